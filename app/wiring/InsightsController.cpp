#include "InsightsController.h"
#include "VaultSettings.h"
#include "AppController.h"
#include <core/Clock.h>

#include <core/ErrorMessages.h>
#include <core/insights/Dashboard.h>
#include <core/insights/SupportDirectory.h>
#include <core/store/InsightStores.h>
#include <core/vault/Vault.h>

#include <QCoreApplication>

namespace saib::ui {

namespace {
const QString kSkippedWeek = QStringLiteral("rating.skippedWeek");
const QString kSupportDismissedOn = QStringLiteral("support.dismissedOn");
const QString kRegion = QStringLiteral("support.region");
constexpr int kSupportQuietDays = 7;
} // namespace

InsightsController::InsightsController(Vault &vault, AppController &app, QObject *parent)
    : QObject(parent), m_vault(vault), m_app(app)
{
    connect(&app, &AppController::stateChanged, this, &InsightsController::onStateChanged);
    connect(&app, &AppController::dataChanged, this, &InsightsController::invalidate);
    connect(&app, &AppController::languageChanged, this, &InsightsController::invalidate);
}

void InsightsController::onStateChanged()
{
    // Figures from an unlocked session never outlive it (lock, or another store opened).
    if (!m_vault.isUnlocked())
        m_cache.clear();
    update(true);
}

void InsightsController::invalidate()
{
    m_cache.clear();
    update(true); // also the language-dependent lists (regions, services, skills)
}

void InsightsController::setRange(const QString &range)
{
    if (!insights::rangeFromId(range) || range == m_range)
        return;
    m_range = range;
    refresh();
}

// Everything the bindings read is worked out here once, not on every property read.
// `changed` is emitted only when something did change: a refresh served from the cache
// (the Insights page asks for one as it opens, right after unlock) then costs no binding
// re-evaluation across the whole dashboard.
void InsightsController::refresh()
{
    update(false);
}

void InsightsController::update(bool alwaysNotify)
{
    const QVariantMap oldDashboard = m_dashboard, oldRating = m_thisWeeksRating;
    const QString oldSummary = m_summary, oldRegion = m_region;
    const bool oldDue = m_ratingDue, oldSupport = m_showSupport;
    m_dashboard.clear();
    m_summary.clear();
    m_thisWeeksRating.clear();
    m_ratingDue = false;
    m_showSupport = false;
    m_region = SupportDirectory::builtIn().defaultRegion();
    if (m_vault.isUnlocked()) {
        const QDate today = saib::Clock::today();
        if (m_cacheDay != today) {
            m_cache.clear();
            m_cacheDay = today;
        }
        auto cached = m_cache.constFind(m_range);
        if (cached == m_cache.constEnd()) {
            auto d = insights::computeDashboard(*m_vault.database(), *insights::rangeFromId(m_range), today);
            ++m_computations;
            if (d.ok()) // an error is not cached: the next refresh tries again
                cached = m_cache.insert(m_range, insights::dashboardJson(d.value()).toVariantMap());
        }
        if (cached != m_cache.constEnd()) {
            m_dashboard = *cached;
            m_summary = buildSummary();
        }
        const QDate monday = weekStart(today);
        auto rating = RatingStore(*m_vault.database()).forWeek(monday);
        if (rating.ok() && rating.value()) {
            QVariantList scores;
            for (int s : rating.value()->scores)
                scores << s;
            m_thisWeeksRating = {{QStringLiteral("scores"), scores}};
        }
        m_ratingDue = rating.ok() && !rating.value() && setting(kSkippedWeek) != monday.toString(Qt::ISODate);

        const QVariantMap sign = m_dashboard.value(QStringLiteral("signposting")).toMap();
        const QDate dismissed = QDate::fromString(setting(kSupportDismissedOn), Qt::ISODate);
        m_showSupport = sign.value(QStringLiteral("show")).toBool()
            && (!dismissed.isValid() || dismissed.daysTo(today) >= kSupportQuietDays);
        const QString stored = setting(kRegion);
        if (!stored.isEmpty())
            m_region = stored;
    }
    const bool same = (m_dashboard.isSharedWith(oldDashboard) || m_dashboard == oldDashboard)
        && m_summary == oldSummary && m_thisWeeksRating == oldRating && m_ratingDue == oldDue
        && m_showSupport == oldSupport && m_region == oldRegion;
    if (alwaysNotify || !same)
        emit changed();
}

QString InsightsController::buildSummary() const
{
    const QVariantMap week = m_dashboard.value(QStringLiteral("week")).toMap();
    const QVariantMap now = week.value(QStringLiteral("thisWeek")).toMap();
    const int count = week.value(QStringLiteral("checkins")).toInt();
    QStringList parts;
    parts << QCoreApplication::translate("Insights", "%n check-in(s) this week.", nullptr, count);
    if (count > 0)
        parts << QCoreApplication::translate("Insights", "Average demand %1, emotional load %2, energy %3 out of 10.")
                     .arg(now.value(QStringLiteral("demand")).toDouble(), 0, 'f', 1)
                     .arg(now.value(QStringLiteral("emotional")).toDouble(), 0, 'f', 1)
                     .arg(now.value(QStringLiteral("energy")).toDouble(), 0, 'f', 1);
    // The widening gap and purpose-without-care are said by the headline and by their own
    // notes beside the charts, so this line under the headline stays short.
    return parts.join(QLatin1Char(' '));
}

QString InsightsController::setting(const QString &key) const
{
    return readSetting(const_cast<Vault &>(m_vault), key);
}

void InsightsController::setSetting(const QString &key, const QString &value)
{
    // Display choices only (region, skipped week, dismissed note): one that does not stick
    // falls back to its default and is offered again; nothing the leader wrote is lost.
    (void)writeSetting(m_vault, key, value);
}

QVariantList InsightsController::domains() const
{
    QVariantList out;
    for (int d = 0; d < kDomainCount; ++d)
        out << QVariantMap{{QStringLiteral("id"), QLatin1String(domainId(Domain(d)))},
                           {QStringLiteral("label"), domainLabel(Domain(d))}};
    return out;
}

OpResult InsightsController::saveRating(const QVariantList &scores)
{
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    if (scores.size() != kDomainCount)
        return OpResult::from(ErrorCode::InvalidRating);
    WeeklyRating r;
    r.week = weekStart(saib::Clock::today());
    for (int i = 0; i < kDomainCount; ++i)
        r.scores[std::size_t(i)] = scores[i].toInt();
    auto saved = RatingStore(*m_vault.database()).save(r);
    if (!saved.ok())
        return OpResult::from(saved.error());
    invalidate();
    return {};
}

void InsightsController::skipRating()
{
    setSetting(kSkippedWeek, weekStart(saib::Clock::today()).toString(Qt::ISODate));
    m_ratingDue = false;
    emit changed();
}

OpResult InsightsController::saveSkills(const QVariantMap &ratings)
{
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    SkillsAssessment a;
    a.takenOn = saib::Clock::today();
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
        const QVariantMap r = it.value().toMap();
        a.ratings.insert(it.key(), SkillRating{r.value(QStringLiteral("importance")).toInt(),
                                               r.value(QStringLiteral("confidence")).toInt()});
    }
    auto saved = SkillsStore(*m_vault.database()).save(a);
    if (!saved.ok())
        return OpResult::from(saved.error());
    invalidate();
    return {};
}

QVariantList InsightsController::skillGroups() const
{
    QVariantList groups;
    for (SkillGroup g : {SkillGroup::School, SkillGroup::System}) {
        QVariantList skills;
        for (const SkillInfo &s : skillCatalogue())
            if (s.group == g)
                skills << QVariantMap{{QStringLiteral("id"), QLatin1String(s.id)},
                                      {QStringLiteral("label"), skillLabel(QLatin1String(s.id))}};
        groups << QVariantMap{{QStringLiteral("name"), skillGroupLabel(g)}, {QStringLiteral("skills"), skills}};
    }
    return groups;
}

QString InsightsController::supportReason() const
{
    const QVariantMap s = m_dashboard.value(QStringLiteral("signposting")).toMap();
    const int highDays = s.value(QStringLiteral("highLoadDays")).toInt();
    if (s.value(QStringLiteral("highEmotionalLoad")).toBool())
        return QCoreApplication::translate("Insights", "Your emotional load has been high on %n of your last 7 check-ins.",
                                           nullptr, highDays);
    if (s.value(QStringLiteral("lowCaredFor")).toBool())
        return QCoreApplication::translate("Insights", "For three weeks you have rated feeling cared for low.");
    return {};
}

QVariantList InsightsController::supportServices() const
{
    QVariantList out;
    const QString lang = m_app.language();
    for (const SupportService &s : SupportDirectory::builtIn().servicesFor(region()))
        out << QVariantMap{{QStringLiteral("id"), s.id},
                           {QStringLiteral("name"), s.name(lang)},
                           {QStringLiteral("description"), s.description(lang)},
                           {QStringLiteral("phone"), s.phone},
                           {QStringLiteral("text"), s.text(lang)},
                           {QStringLiteral("url"), s.url}};
    return out;
}

void InsightsController::setRegion(const QString &region)
{
    setSetting(kRegion, region);
    m_region = region;
    emit changed();
}

QVariantList InsightsController::regions() const
{
    QVariantList out;
    const bool cy = m_app.language() == QLatin1String("cy");
    for (const SupportRegion &r : SupportDirectory::builtIn().regions())
        out << QVariantMap{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), cy ? r.nameCy : r.nameEn}};
    return out;
}

void InsightsController::dismissSupport()
{
    setSetting(kSupportDismissedOn, saib::Clock::today().toString(Qt::ISODate));
    m_showSupport = false;
    emit changed();
}

} // namespace saib::ui
