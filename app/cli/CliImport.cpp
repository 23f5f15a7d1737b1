#include "CliImport.h"
#include "CliSession.h"

#include <core/ErrorMessages.h>
#include <core/import/CheckinCsv.h>
#include <core/import/DayOneImport.h>
#include <core/import/DaylioImport.h>

#include <QFile>
#include <cstdio>

namespace saib::cli {

namespace {
void printPlan(const QString &source, const ImportParse &parsed)
{
    const ImportPlan &plan = parsed.plan;
    std::printf("%s: %d journal entries and %d check-ins over %d days, %d tags.\n", qUtf8Printable(source),
                int(plan.entries.size()), int(plan.checkins.size()), plan.days(), int(plan.tags().size()));
    if (!plan.skipped.isEmpty())
        std::printf("Skipped %d:\n", int(plan.skipped.size()));
    for (const ImportSkip &s : plan.skipped)
        std::printf("  %s %d: %s\n", parsed.byLine ? "line" : "entry", s.where,
                    qUtf8Printable(skipReasonText(s)));
}
} // namespace

void addImportOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("dry-run"), QStringLiteral("For import: show what would be imported, and write nothing.")});
    p.addOption({QStringLiteral("mood"), QStringLiteral("For import daylio: how a mood maps to demand, emotional load and energy (0-10), e.g. --mood 'tired=6,6,2'. Repeatable; rad, good, meh, bad and awful have defaults."), QStringLiteral("name=d,e,n")});
}

int importCommand(Vault &vault, const QCommandLineParser &p, const QStringList &args, const QDate &today)
{
    if (args.size() != 2)
        return usage(QStringLiteral("import needs a kind (dayone, daylio or checkins) and a file"));
    const QString kind = args[0];
    QFile in(args[1]);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::ImportInvalid, in.errorString()));
    const QByteArray bytes = in.readAll();

    ImportParse parsed;
    QString source;
    if (kind == QLatin1String("dayone")) {
        source = QStringLiteral("Day One");
        parsed = DayOneImport::parse(bytes, today);
    } else if (kind == QLatin1String("daylio")) {
        source = QStringLiteral("Daylio");
        auto moods = DaylioImport::defaultMoods();
        for (const QString &option : p.values(QStringLiteral("mood"))) {
            QString name;
            MoodMapping mapping;
            if (!DaylioImport::parseMoodOption(option, name, mapping))
                return usage(QStringLiteral("--mood must look like 'name=demand,emotional,energy' (each 0-10)"));
            moods.insert(name, mapping);
        }
        parsed = DaylioImport::parse(bytes, moods, today);
    } else if (kind == QLatin1String("checkins")) {
        source = QStringLiteral("Check-ins CSV");
        parsed = CheckinCsv::parse(bytes, today);
    } else {
        return usage(QStringLiteral("import kinds: dayone, daylio, checkins"));
    }
    if (!parsed.ok()) {
        std::fprintf(stderr, "saib-cli: %s (%s)\n", qUtf8Printable(importFailureText(parsed)),
                     qUtf8Printable(parsed.error.detail));
        return Failed;
    }
    printPlan(source, parsed);

    if (!unlockOrReport(vault))
        return Failed;
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    auto outcome = applyImport(*vault.database(), parsed.plan, today, dryRun);
    if (!outcome.ok())
        return fail(outcome.error());
    const ImportOutcome &o = outcome.value();
    std::printf("%s %d journal entries and %d check-ins; %d already in Saib.\n",
                dryRun ? "Would add" : "Added", o.entriesAdded, o.checkinsAdded, int(o.alreadyThere.size()));
    if (dryRun)
        std::printf("Nothing was written (--dry-run).\n");
    return Ok;
}

} // namespace saib::cli
