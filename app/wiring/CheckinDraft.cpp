#include "CheckinDraft.h"
#include "CheckinController.h"
#include "Wiring.h"

#include <core/ErrorMessages.h>

#include <QQmlEngine>

namespace saib::ui {

CheckinDraft::CheckinDraft(QObject *parent) : QObject(parent) {}

CheckinController *CheckinDraft::controller() const
{
    // A draft is created by QML, so its engine leads to the wiring of that engine.
    Wiring *wiring = Wiring::of(qmlEngine(this));
    return wiring ? &wiring->checkins() : nullptr;
}

void CheckinDraft::load(const QString &isoDay)
{
    CheckinController *checkins = controller();
    CheckinRecord next;
    next.day = isoDay;
    if (checkins)
        next = checkins->checkinFor(isoDay);
    m_record = next;
    emit changed();
}

QString CheckinDraft::save()
{
    CheckinController *checkins = controller();
    if (!checkins)
        return errorMessage(ErrorCode::Locked);
    const QString error = checkins->save(m_record);
    if (error.isEmpty() && !m_record.exists) {
        m_record.exists = true;
        emit changed();
    }
    return error;
}

} // namespace saib::ui
