// saib-cli: a thin headless front end over saib_core, for scripting and power users.
#include <core/Clock.h>
#include "CliBackup.h"
#include "CliCheckin.h"
#include "CliInsights.h"
#include "CliCalendar.h"
#include "CliImport.h"
#include "CliJournal.h"
#include "CliRecovery.h"
#include "CliSession.h"
#include "CliSummary.h"
#include "CliSync.h"
#include "CliSurvey.h"
#include "CliStress.h"

#include <bench/Bench.h>

#include <core/crypto/PassphraseStrength.h>
#include <core/vault/Vault.h>
#include <platform/DataPaths.h>
#include <platform/ProcessHardening.h>
#include <platform/TerminalInput.h>
#include <saib/Version.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>
#include <cstdio>

using namespace saib;
using namespace saib::cli;

namespace {
const char *const kHelp = R"(Commands:
  init                 choose a passphrase and create the encrypted store
  passwd               change the passphrase (SAIB_NEW_PASSPHRASE or a prompt)
  recovery create      make a recovery key and print it once (a newer one
                       replaces the old, which then stops working)
  recovery reset       forgot the passphrase: the recovery key (SAIB_RECOVERY_KEY
                       or a prompt) sets a new one (SAIB_NEW_PASSPHRASE or a prompt)
  recovery status      whether a recovery key is set, and since when
  checkin add          save today's check-in (or --day); a second save edits it
  checkin list         list the last 30 days (or --days N); --json for JSON
  journal add          save a journal entry: --title, --body (or piped input),
                       --tags a,b, --prompt ID, --day
  journal list         list entries, newest first (--limit N); --json for JSON
  journal search WORDS search entries and check-in notes (--tag, --from, --to,
                       --limit); --json for JSON
  journal export       --markdown DIR (one file per entry) or --json FILE;
                       exported files are NOT encrypted
  journal import       --json FILE: read back a JSON export
  import KIND FILE     import from another app: dayone (the export zip or its Journal.json), daylio
                       (CSV export; --mood NAME=D,E,N maps your own moods) or
                       checkins (CSV: day,hours,strategic_percent,demand,
                       emotional,energy,drained_by,sustained_by,note). Shows what
                       it read first; --dry-run writes nothing; importing the
                       same file again adds nothing twice
  summary              a summary to take to a coach or supervision session:
                       --from DATE --to DATE --include trends,domains,skills,helps
                       [,entries:ID,ID] --pdf FILE [--text FILE] [--lang cy];
                       journal entries go in only when named one by one; the
                       files are written owner-only and are NOT encrypted
  insights             this week, trends, what helps (--range 4w|3m|1y); --json
                       prints exactly the figures the app's dashboard shows
  calendar             your school year (--year YYYY): terms, half-terms, your INSET
                       days and marked weeks; calendar regions | set REGION |
                       mark FROM TO [--kind inspection|other] [--label TEXT] |
                       inset DAY
  rating add           this week's six-domain rating: --purpose --belonging
                       --valued --cared-for --fairness --control, each 1-5
  backup FILE          write an encrypted backup of everything to FILE, under a
                       separate backup passphrase (SAIB_BACKUP_PASSPHRASE or a
                       prompt); --kdf interactive for slow devices
  restore FILE         restore a backup into a new store here (or an empty one);
                       a store that already holds entries is left untouched
  prompts              list the reflective prompts (--category ID, --lang en|cy);
                       --today for today's prompt only
  sync on URL          turn on end-to-end-encrypted sync with this as first device
  sync join URL        join a device that already syncs: shows a code to add there,
                       then the 6 digits both devices show, and asks; with no
                       terminal, --confirm DIGITS must match them
  sync add CODE        add the device showing CODE (prints the digits it must show);
                       sync now | status | devices | remove ID | off
  survey join FILE     join a national survey with the body's invitation file:
                       shows the body's name and key fingerprint, then asks
                       (or --yes); survey list | show ID | status
  survey enrol ID      --code CODE: redeem the body's enrolment code for a token
  survey answer ID     --answers FILE: prints the exact payload; with --yes queues
                       it, sealed, to be sent anonymously at a random time 1-24 h
                       later (so it cannot be paired with the enrolment by time)
  survey send          send what is due; --now sends everything queued at once
                       (giving up the delay)
  bench                the benchmark on a synthetic 10-year leader (--quick,
                       --json FILE; 'saib-cli bench --help' lists the rest)
  stress               write check-ins and entries in a loop (--count N),
                       printing "committed <kind> <id>" after each commit; for
                       the crash-safety test, on a throwaway store

The passphrase comes from SAIB_PASSPHRASE or a prompt on the terminal. If it is
lost, only the recovery key (if you made one) can open the data: nobody else can.)";

int init(const QString &dataDir, const QCommandLineParser &p)
{
    KdfParams kdf = KdfParams::moderate();
    const QString profile = p.value(QStringLiteral("kdf"));
    if (profile == QLatin1String("interactive"))
        kdf = KdfParams::interactive();
    else if (!profile.isEmpty() && profile != QLatin1String("moderate"))
        return usage(QStringLiteral("--kdf must be 'moderate' or 'interactive'"));
    Vault vault(dataDir, kdf);
    if (vault.exists())
        return fail(Error(ErrorCode::VaultAlreadyExists));
    const QString pass = obtainPassphrase(QStringLiteral("Choose a passphrase: "));
    if (pass.isNull())
        return Failed;
    if (qEnvironmentVariableIsEmpty("SAIB_PASSPHRASE")) {
        const QString again = obtainPassphrase(QStringLiteral("Type it again: "));
        if (again != pass)
            return fail(Error(ErrorCode::PassphraseMismatch));
    }
    if (Error e = vault.create(pass); !e.ok())
        return fail(e);
    std::printf("Created encrypted store in %s\n", qUtf8Printable(dataDir));
    if (ratePassphrase(pass) <= PassphraseStrength::Weak)
        std::fprintf(stderr, "Warning: that passphrase is weak; consider 'saib-cli passwd'.\n");
    return Ok;
}

int passwd(const QString &dataDir)
{
    Vault vault(dataDir);
    if (!vault.exists())
        return fail(Error(ErrorCode::VaultMissing));
    const QString old = obtainPassphrase(QStringLiteral("Current passphrase: "));
    if (old.isNull())
        return Failed;
    int exitCode = 0;
    const QString next = obtainNewPassphrase(&exitCode);
    if (next.isEmpty())
        return exitCode;
    if (Error e = vault.changePassphrase(old, next); !e.ok())
        return fail(e);
    std::printf("Passphrase changed.\n");
    return Ok;
}
} // namespace

int main(int argc, char *argv[])
{
    // The summary draws a PDF, which needs fonts and so a QGuiApplication; with no display
    // it uses the offscreen platform. Every other command stays QtCore-only.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui = needsGui || qstrcmp(argv[i], "summary") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> appHolder(needsGui ? new QGuiApplication(argc, argv)
                                                         : new QCoreApplication(argc, argv));
    QCoreApplication &app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("saib-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAIB_VERSION_STRING));
    // The benchmark has its own options (and re-runs "saib-cli bench" for each phase).
    if (argc > 1 && qstrcmp(argv[1], "bench") == 0)
        return bench::benchMain(QCoreApplication::arguments().mid(2),
                                {QCoreApplication::applicationFilePath(), QStringLiteral("bench")});
    // Every other command may hold keys and plaintext: no core dumps. (The benchmark above
    // holds only synthetic data and needs /proc/self/clear_refs, which a non-dumpable
    // process cannot write.)
    if (const QString problems = platform::disableCoreDumps(); !problems.isEmpty())
        std::fprintf(stderr, "saib-cli: core dumps may still be possible: %s\n", qUtf8Printable(problems));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Saib: a private, encrypted well-being journal for school leaders.\n\n") + QLatin1String(kHelp));
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("data-dir"), QStringLiteral("Folder holding the encrypted store."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("kdf"), QStringLiteral("For init, backup and restore: 'moderate' (default) or 'interactive' (faster on slow devices)."), QStringLiteral("profile")});
    p.addOption({QStringLiteral("confirm"), QStringLiteral("For sync join without a terminal: the 6 digits both devices show."), QStringLiteral("digits")});
    addCheckinOptions(p);
    addJournalOptions(p);
    addInsightsOptions(p);
    addStressOptions(p);
    addImportOptions(p);
    addSummaryOptions(p);
    addSurveyOptions(p);
    addCalendarOptions(p);
    p.addPositionalArgument(QStringLiteral("command"),
                            QStringLiteral("init | passwd | recovery create|reset|status | checkin add|list | journal add|list|search|export|import | import dayone|daylio|checkins FILE | insights | summary | calendar | rating add | backup FILE | restore FILE | prompts | sync | survey | bench | stress"));
    p.process(app);

    const QString dataDir = p.isSet(QStringLiteral("data-dir")) ? p.value(QStringLiteral("data-dir"))
                                                                 : platform::defaultDataDir();
    const QStringList args = p.positionalArguments();
    const QString command = args.value(0);
    if (command == QLatin1String("init") && args.size() == 1)
        return init(dataDir, p);
    if (command == QLatin1String("passwd") && args.size() == 1)
        return passwd(dataDir);
    if (command == QLatin1String("recovery") && args.size() >= 2)
        return recoveryCommand(dataDir, args.mid(1), saib::Clock::today());
    if (command == QLatin1String("checkin") && args.size() == 2) {
        Vault vault(dataDir);
        if (args[1] == QLatin1String("add"))
            return checkinAdd(vault, p);
        if (args[1] == QLatin1String("list"))
            return checkinList(vault, p);
    }
    if (command == QLatin1String("journal") && args.size() >= 2) {
        Vault vault(dataDir);
        const QString verb = args[1];
        const QStringList rest = args.mid(2); // search words, or the export/import path
        if (verb == QLatin1String("add") && rest.isEmpty())
            return journalAdd(vault, p);
        if (verb == QLatin1String("list") && rest.isEmpty())
            return journalList(vault, p);
        if (verb == QLatin1String("search"))
            return journalSearch(vault, p, rest);
        if (verb == QLatin1String("export"))
            return journalExport(vault, p, rest);
        if (verb == QLatin1String("import"))
            return journalImport(vault, p, rest);
    }
    if (command == QLatin1String("import") && args.size() >= 2) {
        Vault vault(dataDir);
        return importCommand(vault, p, args.mid(1), saib::Clock::today());
    }
    if (command == QLatin1String("insights") && args.size() == 1) {
        Vault vault(dataDir);
        return insightsShow(vault, p);
    }
    if (command == QLatin1String("summary") && args.size() == 1) {
        Vault vault(dataDir);
        return summaryCommand(vault, p);
    }
    if (command == QLatin1String("calendar")) {
        Vault vault(dataDir);
        return calendarCommand(vault, p, args.mid(1), saib::Clock::today());
    }
    if (command == QLatin1String("rating") && args.size() == 2 && args[1] == QLatin1String("add")) {
        Vault vault(dataDir);
        return ratingAdd(vault, p);
    }
    if (command == QLatin1String("sync") && args.size() >= 2) {
        Vault vault(dataDir);
        return syncCommand(vault, args.mid(1), p.value(QStringLiteral("confirm")));
    }
    if (command == QLatin1String("survey") && args.size() >= 2) {
        Vault vault(dataDir);
        return surveyCommand(vault, p, args.mid(1));
    }
    if (command == QLatin1String("stress") && args.size() == 1) {
        Vault vault(dataDir);
        return stress(vault, p);
    }
    if (command == QLatin1String("backup") && args.size() == 2)
        return backupCreate(dataDir, p, args[1]);
    if (command == QLatin1String("restore") && args.size() == 2)
        return backupRestore(dataDir, p, args[1]);
    if (command == QLatin1String("prompts") && args.size() == 1)
        return listPrompts(dataDir, p);
    if (command.isEmpty())
        return usage(QStringLiteral("no command given"));
    return usage(QStringLiteral("unknown command '%1'").arg(args.join(QLatin1Char(' '))));
}
