#include "CliInsights.h"
#include "CliSession.h"
#include <core/Clock.h>

#include <core/insights/Dashboard.h>
#include <core/store/InsightStores.h>
#include <core/vault/Vault.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace saib::cli {

namespace {
const char *const kDomainOptions[kDomainCount] = {"purpose", "belonging", "valued", "cared-for", "fairness", "control"};

QString figure(const QJsonValue &v) { return v.isNull() ? QStringLiteral("-") : QString::number(v.toDouble(), 'f', 1); }
} // namespace

void addInsightsOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("range"), QStringLiteral("Insights period: 4w (default), 3m or 1y."), QStringLiteral("range")});
    for (const char *name : kDomainOptions)
        p.addOption({QLatin1String(name), QStringLiteral("For 'rating add': %1, 1-5.").arg(QLatin1String(name)),
                     QStringLiteral("n")});
}

int insightsShow(Vault &vault, const QCommandLineParser &p)
{
    const QString rangeText = p.isSet(QStringLiteral("range")) ? p.value(QStringLiteral("range")) : QStringLiteral("4w");
    const auto range = insights::rangeFromId(rangeText);
    if (!range)
        return usage(QStringLiteral("--range must be 4w, 3m or 1y"));
    if (!unlockOrReport(vault))
        return Failed;
    auto dashboard = insights::computeDashboard(*vault.database(), *range, saib::Clock::today());
    if (!dashboard.ok())
        return fail(dashboard.error());
    const QJsonObject json = insights::dashboardJson(dashboard.value());
    if (p.isSet(QStringLiteral("json"))) {
        std::printf("%s\n", QJsonDocument(json).toJson(QJsonDocument::Indented).constData());
        return Ok;
    }
    const QJsonObject week = json.value(QStringLiteral("week")).toObject();
    const QJsonObject now = week.value(QStringLiteral("thisWeek")).toObject();
    const QJsonObject before = week.value(QStringLiteral("previousFourWeeks")).toObject();
    std::printf("This week: %d check-ins\n", week.value(QStringLiteral("checkins")).toInt());
    for (const char *m : {"demand", "emotional", "energy", "hours", "strategic"})
        std::printf("  %-10s %6s   (4 weeks before: %s)\n", m, qUtf8Printable(figure(now.value(QLatin1String(m)))),
                    qUtf8Printable(figure(before.value(QLatin1String(m)))));
    const QJsonObject jdr = json.value(QStringLiteral("jdr")).toObject();
    std::printf("Demands vs resources: gap change %s%s\n", qUtf8Printable(figure(jdr.value(QStringLiteral("gapChange")))),
                jdr.value(QStringLiteral("widening")).toBool() ? " (widening)" : "");
    std::printf("What helps (emotional load with vs without, last year):\n");
    for (const QJsonValue &v : json.value(QStringLiteral("whatHelps")).toArray()) {
        const QJsonObject e = v.toObject();
        std::printf("  %-32s %+5.1f  (%d days with, %d without)\n", qUtf8Printable(e.value(QStringLiteral("label")).toString()),
                    e.value(QStringLiteral("difference")).toDouble(), e.value(QStringLiteral("daysWith")).toInt(),
                    e.value(QStringLiteral("daysWithout")).toInt());
    }
    const QJsonObject sign = json.value(QStringLiteral("signposting")).toObject();
    if (sign.value(QStringLiteral("show")).toBool())
        std::printf("Load has stayed high. Free, confidential support: Education Support 08000 562 561, "
                    "Samaritans 116 123.\n");
    return Ok;
}

int ratingAdd(Vault &vault, const QCommandLineParser &p)
{
    WeeklyRating r;
    r.week = weekStart(saib::Clock::today());
    for (int i = 0; i < kDomainCount; ++i) {
        const QString name = QLatin1String(kDomainOptions[i]);
        bool ok = false;
        r.scores[std::size_t(i)] = p.value(name).toInt(&ok);
        if (!p.isSet(name) || !ok)
            return usage(QStringLiteral("--%1 is needed, a whole number from 1 to 5").arg(name));
    }
    if (!unlockOrReport(vault))
        return Failed;
    auto saved = RatingStore(*vault.database()).save(r);
    if (!saved.ok())
        return fail(saved.error());
    std::printf("Saved the rating for the week of %s\n", qUtf8Printable(r.week.toString(Qt::ISODate)));
    return Ok;
}

} // namespace saib::cli
