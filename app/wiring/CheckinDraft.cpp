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
    CheckinRecord previous;
    if (checkins) {
        next = checkins->checkinFor(isoDay);
        const QDate day = QDate::fromString(isoDay, Qt::ISODate);
        if (day.isValid())
            previous = checkins->checkinFor(day.addDays(-1).toString(Qt::ISODate));
    }
    m_record = next;
    m_previous = previous;
    m_edited = false;
    emit changed();
}

OpResult CheckinDraft::save()
{
    CheckinController *checkins = controller();
    if (!checkins)
        return OpResult::from(ErrorCode::Locked);
    const OpResult result = checkins->save(m_record);
    if (result.ok && (!m_record.exists || m_edited)) {
        m_record.exists = true;
        m_edited = false;
        emit changed();
    }
    return result;
}

void CheckinDraft::copyPrevious()
{
    if (!m_previous.exists)
        return;
    m_record.hours = m_previous.hours;
    m_record.strategic = m_previous.strategic;
    m_record.demand = m_previous.demand;
    m_record.emotional = m_previous.emotional;
    m_record.energy = m_previous.energy;
    m_record.drained = m_previous.drained;
    m_record.sustained = m_previous.sustained;
    m_edited = true;
    emit changed();
}

} // namespace saib::ui
