#pragma once
// The school year for QML ("Calendar"): the authority the leader follows, the weeks they
// mark, where a day sits in the year ("Week 6 of the autumn term", "Christmas holiday"),
// and the term-shaped insight sentences, all translated here from core/calendar and
// core/insights/TermInsights. Stored in the encrypted settings (core/calendar/LeaderCalendar).
#include <core/calendar/LeaderCalendar.h>

#include "OpResult.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class CalendarController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString authority READ authority NOTIFY changed)
    Q_PROPERTY(QVariantList authorities READ authorities NOTIFY changed)
    Q_PROPERTY(QString authorityNote READ authorityNote NOTIFY changed)
    Q_PROPERTY(QString todayLabel READ todayLabel NOTIFY changed)
    Q_PROPERTY(QVariantList markedWeeks READ markedWeeks NOTIFY changed)
    // The leader's INSET days: [{day: YYYY-MM-DD, when: "Mon 5 Jan 2026"}], in date order.
    Q_PROPERTY(QVariantList insetDays READ insetDays NOTIFY changed)
    // This school year's terms and next year's, as the leader's calendar has them:
    // [{year, term: "autumn", name: "Autumn term 2026", from, to (YYYY-MM-DD), when, changed}],
    // changed when the leader gave their school's own dates.
    Q_PROPERTY(QVariantList terms READ terms NOTIFY changed)

public:
    CalendarController(AppController &app, QObject *parent = nullptr);

    QString authority() const;
    QVariantList authorities() const;
    // Which of the current year's dates were not checked against a source, in words; "" if all were.
    QString authorityNote() const;
    QString todayLabel() const { return label(m_today); }
    QVariantList markedWeeks() const;

    Q_INVOKABLE void refresh();
    // "" (none) or a built-in authority id.
    Q_INVOKABLE saib::ui::OpResult setAuthority(const QString &id);
    // First-run setup offers the choice before the vault exists: kept here, and saved when the
    // new vault first unlocks (so leaving setup at "None" stores nothing).
    Q_INVOKABLE void chooseAuthorityForSetup(const QString &id) { m_setupAuthority = id; }
    // Dates as YYYY-MM-DD; kind "inspection" or "other".
    Q_INVOKABLE saib::ui::OpResult addMarkedWeek(const QString &from, const QString &to, const QString &kind, const QString &label);
    Q_INVOKABLE saib::ui::OpResult removeMarkedWeek(int index);
    QVariantList insetDays() const;
    // Every weekday from `from` to `to` (YYYY-MM-DD; `to` empty: one day) becomes an INSET
    // day, at most 10 at once.
    Q_INVOKABLE saib::ui::OpResult addInsetDays(const QString &from, const QString &to);
    Q_INVOKABLE saib::ui::OpResult removeInsetDay(int index);
    QVariantList terms() const;
    // The school's own first and last day of one term (the half-term stays the
    // authority's). Refused, with the reason, when the year would no longer be consistent.
    Q_INVOKABLE saib::ui::OpResult changeTerm(int year, const QString &term, const QString &from, const QString &to);
    // Back to the authority's dates for that term.
    Q_INVOKABLE saib::ui::OpResult resetTerm(int year, const QString &term);
    // Where a day (YYYY-MM-DD) sits in the leader's year; "" when no calendar covers it.
    Q_INVOKABLE QString dayLabel(const QString &isoDay) const;
    // The school year across one month, for History's calendar: {title: "Autumn term, weeks
    // 10–14" or the holiday ("" when no calendar covers the month), days: {YYYY-MM-DD:
    // {holiday, marked, spoken}}} for every day of the 6-week grid, spoken being the words a
    // screen reader adds to the day ("half-term", "Estyn week"), "" for a plain term day.
    Q_INVOKABLE QVariantMap monthContext(int year, int month) const;
    // One chart point's span (YYYY-MM-DD, inclusive) in the school year, for the dashboard's
    // charts: {holiday: most of its weekdays are a holiday, marked: a marked week touches it}.
    // Both false when no calendar is chosen.
    Q_INVOKABLE QVariantMap spanContext(const QString &from, const QString &to) const;
    // The dashboard's term-shaped insights (Insights.dashboard.term) as sentences.
    Q_INVOKABLE QStringList sentences(const QVariantMap &term) const;

    // Translated, for tests and other controllers.
    static QString label(const DayContext &ctx);

signals:
    void changed();

private:
    // Checks `add` against the authority's calendar, saves it and refreshes.
    OpResult saveAdditions(const CalendarAdditions &add);

    AppController &m_app;
    LeaderCalendar m_calendar;
    DayContext m_today;
    QString m_setupAuthority;
};

} // namespace saib::ui
