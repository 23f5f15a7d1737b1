#include "CheckinController.h"
#include "AppController.h"
#include "CheckinCalendar.h"
#include "UiStrings.h"
#include <core/Clock.h>

#include <core/ErrorMessages.h>
#include <core/model/TagCatalogue.h>

#include <QHash>
#include <algorithm>

namespace saib::ui {

namespace {
constexpr int kHistoryDays = 30;
constexpr int kTopTagDays = 90;
constexpr int kTopTagCount = 6;

// Before a leader has history: a spread over the four demand families, and the
// resources most leaders name first.
const char *const kStarterDrained[] = {"workload", "others-emotions", "staffing", "scrutiny", "many-masters", "pupil-need"};
const char *const kStarterSustained[] = {"senior-team", "family-friends", "peer-heads", "exercise-rest", "chair-of-governors", "recognition"};

// The `count` catalogue ids used most in `lists`; ties go to the starter ids, then to
// catalogue order.
template <std::size_t N>
QStringList mostUsed(const QVector<const QStringList *> &lists, const QVector<TagInfo> &catalogue,
                     const char *const (&starter)[N], int count)
{
    QHash<QString, int> uses;
    for (const QStringList *tags : lists)
        for (const QString &t : *tags)
            uses[t] += 1;
    QStringList ids;
    for (const char *id : starter)
        ids << QString::fromLatin1(id);
    for (const TagInfo &t : catalogue)
        if (!ids.contains(QString::fromLatin1(t.id)))
            ids << QString::fromLatin1(t.id);
    std::stable_sort(ids.begin(), ids.end(),
                     [&uses](const QString &a, const QString &b) { return uses.value(a) > uses.value(b); });
    return ids.mid(0, count);
}

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
        if (m_app.unlocked()) {
            reloadHistory();
        } else {
            m_history.setCheckins({});
            m_firstDay.clear();
            emit historyChanged();
        }
        reloadTopTags();
    });
    connect(&app, &AppController::dataChanged, this, [this] {
        reloadHistory();
        reloadTopTags();
        emit todayChanged();
    });
    connect(&app, &AppController::languageChanged, this, [this] {
        m_history.setLanguage(m_app.language());
        emit tagsChanged();
        emit historyChanged(); // the calendar's labels
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

OpResult CheckinController::save(const CheckinRecord &record)
{
    if (!m_app.vault().isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    auto saved = m_app.vault().checkins().save(record.toCheckin(), saib::Clock::today());
    if (!saved.ok())
        return OpResult::from(saved.error());
    emit m_app.dataChanged(); // reloads the history here, and every view that reads check-ins
    return {};
}

OpResult CheckinController::saveCheckin(const QVariantMap &f)
{
    // A scale missing from the object stays unset.
    auto number = [&f](const char *key) {
        const QVariant v = f.value(QLatin1String(key));
        return v.isValid() && !v.isNull() ? v.toDouble() : double(CheckinRecord::kUnset);
    };
    CheckinRecord r;
    r.day = f.value(QStringLiteral("day")).toString();
    r.hours = number("hours");
    r.strategic = int(number("strategic"));
    r.demand = int(number("demand"));
    r.emotional = int(number("emotional"));
    r.energy = int(number("energy"));
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

QVariantList CheckinController::monthDays(int year, int month)
{
    if (!m_app.vault().isUnlocked())
        return {};
    CheckinStore store = m_app.vault().checkins();
    return monthCells(store, year, month, saib::Clock::today(), m_app.language());
}

QString CheckinController::monthTitle(int year, int month) const
{
    return ui::monthTitle(QDate(year, month, 1), m_app.language());
}

QStringList CheckinController::weekdayNames() const { return ui::weekdayNames(m_app.language()); }

void CheckinController::reloadTopTags()
{
    QVector<Checkin> recent;
    if (m_app.vault().isUnlocked()) {
        const QDate today = saib::Clock::today();
        auto list = m_app.vault().checkins().between(today.addDays(-(kTopTagDays - 1)), today);
        if (list.ok())
            recent = list.take();
    }
    QVector<const QStringList *> drained, sustained;
    for (const Checkin &c : recent) {
        drained << &c.drainedBy;
        sustained << &c.sustainedBy;
    }
    m_topDrained = mostUsed(drained, demandTags(), kStarterDrained, kTopTagCount);
    m_topSustained = mostUsed(sustained, saib::resourceTags(), kStarterSustained, kTopTagCount);
    emit topTagsChanged();
}

void CheckinController::reloadHistory()
{
    if (!m_app.vault().isUnlocked())
        return;
    const QDate today = saib::Clock::today();
    auto list = m_app.vault().checkins().between(today.addDays(-(kHistoryDays - 1)), today);
    m_history.setCheckins(list.ok() ? list.take() : QVector<Checkin>());
    auto first = m_app.vault().checkins().firstDay();
    m_firstDay = first.ok() && first.value().isValid() ? first.value().toString(Qt::ISODate) : QString();
    emit historyChanged();
}

} // namespace saib::ui
