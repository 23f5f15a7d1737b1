#pragma once
// The daily check-in feature for QML (the `Checkins` singleton): the history of recent
// days, the tag catalogue in the UI language, and reading and saving one day. A page
// edits a day through its own CheckinDraft, which saves through here.
#include "CheckinListModel.h"
#include "CheckinRecord.h"

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

public:
    explicit CheckinController(AppController &app, QObject *parent = nullptr);

    CheckinListModel *history() { return &m_history; }
    QVariantList demandTagGroups() const;
    QVariantList resourceTags() const;
    QString todayIso() const;

    // The check-in for a day (yyyy-MM-dd), or the starting values with exists=false.
    Q_INVOKABLE saib::ui::CheckinRecord checkinFor(const QString &isoDay);
    // "" on success or a sentence in the UI language.
    QString save(const CheckinRecord &record);
    // The same from a plain object ({day, hours, strategic, ...}): for test scripts that
    // fill the store through the UI's own path.
    Q_INVOKABLE QString saveCheckin(const QVariantMap &fields);
    Q_INVOKABLE QString tagLabel(const QString &id) const;
    Q_INVOKABLE QString longDay(const QString &isoDay) const;

signals:
    void tagsChanged();
    void todayChanged();

private:
    void reloadHistory();

    AppController &m_app;
    CheckinListModel m_history;
};

} // namespace saib::ui
