#include "CliCheckin.h"
#include "CliSession.h"
#include <core/Clock.h>

#include <core/model/CheckinJson.h>
#include <core/model/TagCatalogue.h>
#include <core/vault/Vault.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace saib::cli {

namespace {
struct NumberOption {
    const char *name;
    bool integer;
};
const NumberOption kRequired[] = {
    {"hours", false}, {"strategic", true}, {"demand", true}, {"emotional", true}, {"energy", true}};
} // namespace

void addCheckinOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("day"), QStringLiteral("Day of the check-in or journal entry (YYYY-MM-DD, default today)."), QStringLiteral("date")});
    p.addOption({QStringLiteral("hours"), QStringLiteral("Hours worked, 0-24 in steps of 0.5."), QStringLiteral("h")});
    p.addOption({QStringLiteral("strategic"), QStringLiteral("Share of the day that was strategic, 0-100."), QStringLiteral("percent")});
    p.addOption({QStringLiteral("demand"), QStringLiteral("How heavy the demands felt, 0-10."), QStringLiteral("n")});
    p.addOption({QStringLiteral("emotional"), QStringLiteral("Emotional load, 0-10."), QStringLiteral("n")});
    p.addOption({QStringLiteral("energy"), QStringLiteral("Energy, 0-10."), QStringLiteral("n")});
    p.addOption({QStringLiteral("drained"), QStringLiteral("Drained by: tag ids or your own words, comma-separated."), QStringLiteral("tags")});
    p.addOption({QStringLiteral("sustained"), QStringLiteral("Sustained by: tag ids or your own words, comma-separated."), QStringLiteral("tags")});
    p.addOption({QStringLiteral("note"), QStringLiteral("A short note."), QStringLiteral("text")});
    p.addOption({QStringLiteral("days"), QStringLiteral("How many days back to list (default 30)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of a table; for journal export/import, the JSON file format.")});
}

int checkinAdd(Vault &vault, const QCommandLineParser &p)
{
    Checkin c;
    c.day = saib::Clock::today();
    if (p.isSet(QStringLiteral("day"))) {
        c.day = QDate::fromString(p.value(QStringLiteral("day")), Qt::ISODate);
        if (!c.day.isValid())
            return usage(QStringLiteral("--day must be a date like 2026-11-25"));
    }
    QStringList missing;
    for (const NumberOption &opt : kRequired)
        if (!p.isSet(QLatin1String(opt.name)))
            missing << QStringLiteral("--") + QLatin1String(opt.name);
    if (!missing.isEmpty())
        return usage(QStringLiteral("missing %1").arg(missing.join(QStringLiteral(", "))));

    double numbers[5];
    for (int i = 0; i < 5; ++i) {
        bool ok = false;
        const QString text = p.value(QLatin1String(kRequired[i].name));
        numbers[i] = kRequired[i].integer ? text.toInt(&ok) : text.toDouble(&ok);
        if (!ok)
            return usage(QStringLiteral("--%1 must be a number, not '%2'")
                             .arg(QLatin1String(kRequired[i].name), text));
    }
    c.hours = numbers[0];
    c.strategicPercent = int(numbers[1]);
    c.demand = int(numbers[2]);
    c.emotional = int(numbers[3]);
    c.energy = int(numbers[4]);
    c.drainedBy = splitCommaList(p.values(QStringLiteral("drained")));
    c.sustainedBy = splitCommaList(p.values(QStringLiteral("sustained")));
    c.note = p.value(QStringLiteral("note"));

    if (!unlockOrReport(vault))
        return Failed;
    auto saved = vault.checkins().save(c, saib::Clock::today());
    if (!saved.ok())
        return fail(saved.error());
    std::printf("Saved check-in for %s (%s)\n", qUtf8Printable(saved.value().day.toString(Qt::ISODate)),
                qUtf8Printable(saved.value().id));
    return Ok;
}

int checkinList(Vault &vault, const QCommandLineParser &p)
{
    int days = 30;
    if (p.isSet(QStringLiteral("days"))) {
        bool ok = false;
        days = p.value(QStringLiteral("days")).toInt(&ok);
        if (!ok || days < 1 || days > 36500)
            return usage(QStringLiteral("--days must be a whole number from 1 to 36500"));
    }
    if (!unlockOrReport(vault))
        return Failed;
    const QDate today = saib::Clock::today();
    auto list = vault.checkins().between(today.addDays(-(days - 1)), today);
    if (!list.ok())
        return fail(list.error());

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Checkin &c : list.value())
            array.append(toJson(c));
        std::printf("%s\n", QJsonDocument(array).toJson(QJsonDocument::Indented).constData());
        return Ok;
    }
    std::printf("%-10s  %5s  %5s  %6s  %9s  %6s  %s\n", "day", "hours", "strat", "demand",
                "emotional", "energy", "drained by / sustained by");
    for (const Checkin &c : list.value()) {
        QStringList drained, sustained;
        for (const QString &t : c.drainedBy) drained << tagLabel(t);
        for (const QString &t : c.sustainedBy) sustained << tagLabel(t);
        std::printf("%-10s  %5.1f  %4d%%  %6d  %9d  %6d  %s / %s\n",
                    qUtf8Printable(c.day.toString(Qt::ISODate)), c.hours, c.strategicPercent,
                    c.demand, c.emotional, c.energy, qUtf8Printable(drained.join(QStringLiteral(", "))),
                    qUtf8Printable(sustained.join(QStringLiteral(", "))));
    }
    return Ok;
}

} // namespace saib::cli
