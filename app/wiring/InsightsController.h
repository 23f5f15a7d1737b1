#pragma once
// The QML-facing insights ("insights" in QML): the dashboard figures (the same JSON that
// `saib-cli insights --json` prints, as a QVariantMap), a text summary for screen
// readers, the weekly rating, the skills self-assessment and support signposting.
//
// The statistics are worked out once per range and kept for the session (issue 21: the
// dashboard's first frame after unlock must not wait on them twice, and switching back
// to a range is instant). The cache is dropped when anything they read changes: a
// check-in, rating or skills assessment saved, a sync/import/restore (App.dataChanged),
// the language (labels and the headline are translated), a new day, and on lock.
#include <QDate>
#include <QHash>
#include "OpResult.h"

#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace saib {
class Vault;
}

namespace saib::ui {

class AppController;

class InsightsController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString range READ range WRITE setRange NOTIFY changed)
    Q_PROPERTY(QVariantMap dashboard READ dashboard NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(bool ratingDue READ ratingDue NOTIFY changed)
    Q_PROPERTY(QVariantList domains READ domains NOTIFY changed)
    Q_PROPERTY(QVariantMap thisWeeksRating READ thisWeeksRating NOTIFY changed)
    Q_PROPERTY(bool showSupport READ showSupport NOTIFY changed)
    Q_PROPERTY(QString supportReason READ supportReason NOTIFY changed)
    Q_PROPERTY(QVariantList supportServices READ supportServices NOTIFY changed)
    Q_PROPERTY(QString region READ region WRITE setRegion NOTIFY changed)
    Q_PROPERTY(QVariantList regions READ regions NOTIFY changed)
    Q_PROPERTY(QVariantList skillGroups READ skillGroups NOTIFY changed)
    // How many times the statistics have been worked out (not served from the cache) since
    // start: the QML tests check the cache with it.
    Q_PROPERTY(int computations READ computations NOTIFY changed)

public:
    InsightsController(Vault &vault, AppController &app, QObject *parent = nullptr);

    QString range() const { return m_range; }
    void setRange(const QString &range);
    QVariantMap dashboard() const { return m_dashboard; }
    QString summary() const { return m_summary; }
    bool ratingDue() const { return m_ratingDue; }
    QVariantList domains() const;
    QVariantMap thisWeeksRating() const { return m_thisWeeksRating; }
    bool showSupport() const { return m_showSupport; }
    QString supportReason() const;
    QVariantList supportServices() const;
    QString region() const { return m_region; }
    void setRegion(const QString &region);
    QVariantList regions() const;
    QVariantList skillGroups() const;
    int computations() const { return m_computations; }

    // Shows the cached statistics for the current range, working them out if not cached.
    Q_INVOKABLE void refresh();
    // Drops the cache (the data behind it changed), then refreshes.
    void invalidate();
    // scores: six integers 1-5 in domain order.
    Q_INVOKABLE saib::ui::OpResult saveRating(const QVariantList &scores);
    // Skips this week's prompt (the rating can still be given later).
    Q_INVOKABLE void skipRating();
    // ratings: {skillId: {importance, confidence}}.
    Q_INVOKABLE saib::ui::OpResult saveSkills(const QVariantMap &ratings);
    Q_INVOKABLE void dismissSupport();

signals:
    void changed();

private:
    QString setting(const QString &key) const;
    void setSetting(const QString &key, const QString &value);
    QString buildSummary() const;
    void onStateChanged();
    void update(bool alwaysNotify);

    Vault &m_vault;
    AppController &m_app;
    QString m_range = QStringLiteral("4w");
    QVariantMap m_dashboard;
    QHash<QString, QVariantMap> m_cache; // range id -> dashboardJson, for m_cacheDay
    QDate m_cacheDay;
    int m_computations = 0;
    QString m_summary;
    QVariantMap m_thisWeeksRating;
    bool m_ratingDue = false;
    bool m_showSupport = false;
    QString m_region;
};

} // namespace saib::ui
