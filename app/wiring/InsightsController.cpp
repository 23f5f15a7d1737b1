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
    connect(&app, &AppController::stateChanged, this, &InsightsController::refresh);
    connect(&app, &AppController::dataChanged, this, &InsightsController::refresh);
    connect(&app, &AppController::languageChanged, this, &InsightsController::refresh);
}

void InsightsController::setRange(const QString &range)
{
    if (!insights::rangeFromId(range) || range == m_range)
        return;
    m_range = range;
    refresh();
}

// Everything the bindings read is worked out here once, not on every property read.
void InsightsController::refresh()
{
    m_dashboard.clear();
    m_summary.clear();
    m_thisWeeksRating.clear();
    m_ratingDue = false;
    m_showSupport = false;
    m_region = SupportDirectory::builtIn().defaultRegion();
    if (m_vault.isUnlocked()) {
        const QDate today = saib::Clock::today();
        auto d = insights::computeDashboard(*m_vault.database(), *insights::rangeFromId(m_range), today);
        if (d.ok()) {
            m_dashboard = insights::dashboardJson(d.value()).toVariantMap();
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
    const QVariantMap jdr = m_dashboard.value(QStringLiteral("jdr")).toMap();
    if (jdr.value(QStringLiteral("widening")).toBool())
        parts << QCoreApplication::translate("Insights", "Demands have been pulling ahead of your resources over this period.");
    if (m_dashboard.value(QStringLiteral("purposeWithoutCare")).toBool())
        parts << QCoreApplication::translate("Insights", "Your sense of purpose and belonging is strong, but feeling valued and cared for is low.");
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

QString InsightsController::saveRating(const QVariantList &scores)
{
    if (!m_vault.isUnlocked())
        return errorMessage(ErrorCode::Locked);
    if (scores.size() != kDomainCount)
        return errorMessage(ErrorCode::InvalidRating);
    WeeklyRating r;
    r.week = weekStart(saib::Clock::today());
    for (int i = 0; i < kDomainCount; ++i)
        r.scores[std::size_t(i)] = scores[i].toInt();
    auto saved = RatingStore(*m_vault.database()).save(r);
    if (!saved.ok())
        return errorMessage(saved.error());
    refresh();
    return {};
}

void InsightsController::skipRating()
{
    setSetting(kSkippedWeek, weekStart(saib::Clock::today()).toString(Qt::ISODate));
    m_ratingDue = false;
    emit changed();
}

QString InsightsController::saveSkills(const QVariantMap &ratings)
{
    if (!m_vault.isUnlocked())
        return errorMessage(ErrorCode::Locked);
    SkillsAssessment a;
    a.takenOn = saib::Clock::today();
    for (auto it = ratings.cbegin(); it != ratings.cend(); ++it) {
        const QVariantMap r = it.value().toMap();
        a.ratings.insert(it.key(), SkillRating{r.value(QStringLiteral("importance")).toInt(),
                                               r.value(QStringLiteral("confidence")).toInt()});
    }
    auto saved = SkillsStore(*m_vault.database()).save(a);
    if (!saved.ok())
        return errorMessage(saved.error());
    refresh();
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
