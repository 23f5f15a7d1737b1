#include "CheckinController.h"
#include "AppController.h"
#include "UiStrings.h"
#include <core/Clock.h>

#include <core/ErrorMessages.h>
#include <core/model/TagCatalogue.h>

namespace saib::ui {

namespace {
constexpr int kHistoryDays = 30;

QVariantMap tagEntry(const TagInfo &t)
{
    return {{QStringLiteral("id"), QString::fromLatin1(t.id)},
            {QStringLiteral("label"), saib::tagLabel(QString::fromLatin1(t.id))}};
}
} // namespace

CheckinController::CheckinController(AppController &app, QObject *parent)
    : QObject(parent), m_app(app)
{
    m_history.setLanguage(app.language());
    // Unlock fills the history; lock empties it, so nothing private stays in a model.
    connect(&app, &AppController::stateChanged, this, [this] {
        if (m_app.unlocked())
            reloadHistory();
        else
            m_history.setCheckins({});
    });
    connect(&app, &AppController::dataChanged, this, [this] {
        reloadHistory();
        emit todayChanged();
    });
    connect(&app, &AppController::languageChanged, this, [this] {
        m_history.setLanguage(m_app.language());
        emit tagsChanged();
    });
}

QVariantList CheckinController::demandTagGroups() const
{
    QVariantList groups;
    TagFamily current = TagFamily::Resource;
    QVariantList tags;
    auto flush = [&]() {
        if (!tags.isEmpty())
            groups << QVariantMap{{QStringLiteral("family"), tagFamilyLabel(current)},
                                  {QStringLiteral("tags"), tags}};
        tags.clear();
    };
    for (const TagInfo &t : demandTags()) {
        if (t.family != current) {
            flush();
            current = t.family;
        }
        tags << tagEntry(t);
    }
    flush();
    return groups;
}

QVariantList CheckinController::resourceTags() const
{
    QVariantList tags;
    for (const TagInfo &t : saib::resourceTags())
        tags << tagEntry(t);
    return tags;
}

QString CheckinController::todayIso() const { return saib::Clock::today().toString(Qt::ISODate); }

CheckinRecord CheckinController::checkinFor(const QString &isoDay)
{
    CheckinRecord out;
    out.day = isoDay;
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    if (!m_app.vault().isUnlocked() || !day.isValid())
        return out;
    auto found = m_app.vault().checkins().forDay(day);
    if (!found.ok() || !found.value())
        return out;
    return CheckinRecord::fromCheckin(*found.value());
}

QString CheckinController::save(const CheckinRecord &record)
{
    if (!m_app.vault().isUnlocked())
        return errorMessage(ErrorCode::Locked);
    auto saved = m_app.vault().checkins().save(record.toCheckin(), saib::Clock::today());
    if (!saved.ok())
        return errorMessage(saved.error());
    emit m_app.dataChanged(); // reloads the history here, and every view that reads check-ins
    return {};
}

QString CheckinController::saveCheckin(const QVariantMap &f)
{
    CheckinRecord r;
    r.day = f.value(QStringLiteral("day")).toString();
    r.hours = f.value(QStringLiteral("hours")).toDouble();
    r.strategic = f.value(QStringLiteral("strategic")).toInt();
    r.demand = f.value(QStringLiteral("demand")).toInt();
    r.emotional = f.value(QStringLiteral("emotional")).toInt();
    r.energy = f.value(QStringLiteral("energy")).toInt();
    r.drained = f.value(QStringLiteral("drained")).toStringList();
    r.sustained = f.value(QStringLiteral("sustained")).toStringList();
    r.note = f.value(QStringLiteral("note")).toString();
    return save(r);
}

QString CheckinController::tagLabel(const QString &id) const { return saib::tagLabel(id); }

QString CheckinController::longDay(const QString &isoDay) const
{
    return ui::longDay(QDate::fromString(isoDay, Qt::ISODate), m_app.language());
}

void CheckinController::reloadHistory()
{
    if (!m_app.vault().isUnlocked())
        return;
    const QDate today = saib::Clock::today();
    auto list = m_app.vault().checkins().between(today.addDays(-(kHistoryDays - 1)), today);
    m_history.setCheckins(list.ok() ? list.take() : QVector<Checkin>());
}

} // namespace saib::ui
