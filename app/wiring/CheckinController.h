#pragma once
// The daily check-in feature for QML (the `Checkins` singleton): the history of recent
// days, the tag catalogue in the UI language, and reading and saving one day. A page
// edits a day through its own CheckinDraft, which saves through here.
#include "CheckinListModel.h"
#include "CheckinRecord.h"

#include "OpResult.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class CheckinController : public QObject {
    Q_OBJECT
    Q_PROPERTY(saib::ui::CheckinListModel *history READ history CONSTANT)
    Q_PROPERTY(QVariantList demandTagGroups READ demandTagGroups NOTIFY tagsChanged)
    Q_PROPERTY(QVariantList resourceTags READ resourceTags NOTIFY tagsChanged)
    Q_PROPERTY(QString todayIso READ todayIso NOTIFY todayChanged)
    // The tags this leader used most over the last 90 days (catalogue order fills up to
    // six), shown first on the check-in; the rest sit behind "More…".
    Q_PROPERTY(QStringList topDrained READ topDrained NOTIFY topTagsChanged)
    Q_PROPERTY(QStringList topSustained READ topSustained NOTIFY topTagsChanged)
    // The day of the first check-in (yyyy-MM-dd, "" without any): the calendar goes back
    // no further than its month, and no further forward than today's.
    Q_PROPERTY(QString firstDayIso READ firstDayIso NOTIFY historyChanged)

public:
    explicit CheckinController(AppController &app, QObject *parent = nullptr);

    CheckinListModel *history() { return &m_history; }
    QVariantList demandTagGroups() const;
    QVariantList resourceTags() const;
    QString todayIso() const;
    QStringList topDrained() const { return m_topDrained; }
    QStringList topSustained() const { return m_topSustained; }

    // The check-in for a day (yyyy-MM-dd), or the starting values with exists=false.
    Q_INVOKABLE saib::ui::CheckinRecord checkinFor(const QString &isoDay);
    OpResult save(const CheckinRecord &record);
    // The same from a plain object ({day, hours, strategic, ...}): for test scripts that
    // fill the store through the UI's own path.
    Q_INVOKABLE saib::ui::OpResult saveCheckin(const QVariantMap &fields);
    Q_INVOKABLE QString tagLabel(const QString &id) const;
    Q_INVOKABLE QString longDay(const QString &isoDay) const;

    QString firstDayIso() const { return m_firstDay; }
    // The History calendar (see CheckinCalendar.h): 42 day cells for month 1-12 of `year`,
    // its title ("November 2026" / "Tachwedd 2026") and the short weekday names, Monday
    // first, in the UI language. Re-read them on historyChanged.
    Q_INVOKABLE QVariantList monthDays(int year, int month);
    Q_INVOKABLE QString monthTitle(int year, int month) const;
    Q_INVOKABLE QStringList weekdayNames() const;

signals:
    void tagsChanged();
    void todayChanged();
    void topTagsChanged();
    // Check-ins were saved, restored or synced, or the vault opened or locked.
    void historyChanged();

private:
    void reloadHistory();
    void reloadTopTags();

    AppController &m_app;
    CheckinListModel m_history;
    QStringList m_topDrained;
    QStringList m_topSustained;
    QString m_firstDay;
};

} // namespace saib::ui
