// The benchmark driver: parses options, runs each phase in a child process, measures the
// GUI's cold start as whole-process wall time, and writes the table and JSON.
#include "Bench.h"
#include "Spawn.h"
#include "Stats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <memory>

#ifndef SAIB_BENCH_GUI_PATH
#define SAIB_BENCH_GUI_PATH ""
#endif
#ifndef SAIB_BENCH_RELAY_PATH
#define SAIB_BENCH_RELAY_PATH ""
#endif

namespace saib::bench {

SyntheticOptions BenchConfig::workload() const
{
    SyntheticOptions o = SyntheticOptions::tenYears(seed, lastDay);
    if (quick) {
        o.days = 365;
        o.weeklyRatings = 52;
        o.journalEntries = 200;
        o.wordsPerEntry = 200;
    }
    return o;
}

namespace {
const char *const kPhases[] = {"store", "unlock", "gui", "relay", "sync", "load"};

// A binary beside this one (installed together), else the path CMake compiled in.
QString findTool(const QString &name, const char *builtPath)
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
    const QString built = QString::fromLocal8Bit(builtPath);
    return QFileInfo(built).isExecutable() ? built : QString();
}

// Other work on the machine skews timings; the report says how busy it was.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString &path, const QJsonObject &o)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(o).toJson(QJsonDocument::Indented)) > 0;
}

QStringList configArgs(const BenchConfig &c)
{
    QStringList a{QStringLiteral("--work"), c.workDir, QStringLiteral("--seed"), QString::number(c.seed),
                  QStringLiteral("--clients"), QString::number(c.relayClients),
                  QStringLiteral("--repeats"), QString::number(c.repeats),
                  QStringLiteral("--store-rounds"), QString::number(c.storeRounds)};
    if (c.quick)
        a << QStringLiteral("--quick");
    if (!c.relayPath.isEmpty())
        a << QStringLiteral("--relay") << c.relayPath;
    if (!c.postgresUrl.isEmpty())
        a << QStringLiteral("--postgres") << c.postgresUrl;
    return a;
}

// Runs one phase in a child of its own and adds its wall time and peak memory.
QJsonObject runChild(const BenchConfig &c, const QStringList &childCommand, const QString &phase,
                     const QStringList &extra, const QString &tag)
{
    const QString out = QDir(c.workDir).filePath(QStringLiteral("phase-%1.json").arg(tag));
    QFile::remove(out);
    QStringList argv = childCommand;
    argv << QStringLiteral("--phase") << phase << QStringLiteral("--out") << out << configArgs(c) << extra;
    std::fprintf(stderr, "saib-bench: running %s\n", qPrintable(tag));
    const ProcessResult r = runProcess(argv);
    QJsonObject o = readJson(out);
    if (!r.ok() && !o.contains(QStringLiteral("error")))
        o[QStringLiteral("error")] = r.started ? QStringLiteral("phase exited with %1 (signal %2)").arg(r.exitCode).arg(r.signal)
                                               : r.error;
    o[QStringLiteral("wall_ms")] = round3(r.wallMs);
    o[QStringLiteral("peak_rss_kb")] = r.peakRssKb;
    return o;
}

// The last "dashboard first frame N ms after the key was derived" that `saib
// --bench-startup dashboard` printed into the log (-1 if none).
double lastFigure(const QString &logPath)
{
    QFile log(logPath);
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    double ms = -1;
    const QRegularExpression line(QStringLiteral("first frame (\\d+) ms after the key was derived"));
    for (auto it = line.globalMatch(QString::fromUtf8(log.readAll())); it.hasNext();)
        ms = it.next().captured(1).toDouble();
    return ms;
}

// Cold start of the real GUI binary, offscreen: to the first frame of the lock screen,
// and to the first frame of the dashboard after unlocking the 10-year store.
QJsonObject runGui(const BenchConfig &c)
{
    if (c.saibPath.isEmpty())
        return {{QStringLiteral("skipped"), QStringLiteral("saib GUI binary not found (--saib PATH)")}};
    const QString dataDir = QDir(c.workDir).filePath(QStringLiteral("sqlcipher"));
    QJsonObject out;
    for (const QString &target : {QStringLiteral("lock"), QStringLiteral("dashboard")}) {
        QVector<double> wall, afterKey;
        qint64 peak = 0;
        for (int i = 0; i < c.repeats; ++i) {
            std::fprintf(stderr, "saib-bench: GUI cold start to %s (%d/%d)\n", qPrintable(target), i + 1, c.repeats);
            const ProcessResult r = runProcess(
                {c.saibPath, QStringLiteral("--bench-startup"), target, QStringLiteral("--data-dir"), dataDir},
                {{QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")},
                 {QStringLiteral("SAIB_PASSPHRASE"), benchPassphrase()}},
                QDir(c.workDir).filePath(QStringLiteral("gui.log")));
            if (!r.ok())
                return {{QStringLiteral("error"), QStringLiteral("saib --bench-startup %1 failed (exit %2, signal %3; see gui.log)")
                                                      .arg(target).arg(r.exitCode).arg(r.signal)}};
            wall << r.wallMs;
            peak = std::max(peak, r.peakRssKb);
            if (target == QLatin1String("dashboard")) // the probe's own figure, from the log
                if (const double ms = lastFigure(QDir(c.workDir).filePath(QStringLiteral("gui.log"))); ms >= 0)
                    afterKey << ms;
        }
        QJsonObject o = summary(wall);
        o[QStringLiteral("peak_rss_kb")] = peak;
        if (!afterKey.isEmpty())
            o[QStringLiteral("after_key")] = summary(afterKey);
        out[target] = o;
    }
    return out;
}

// Median of each number over several runs of the same phase (same JSON shape).
QJsonValue medianOf(const QList<QJsonValue> &values)
{
    if (values.isEmpty())
        return {};
    if (values.first().isObject()) {
        QJsonObject out;
        for (const QString &key : values.first().toObject().keys()) {
            QList<QJsonValue> column;
            for (const QJsonValue &v : values)
                column << v.toObject().value(key);
            out[key] = medianOf(column);
        }
        return out;
    }
    if (values.first().isDouble()) {
        QVector<double> numbers;
        for (const QJsonValue &v : values)
            numbers << v.toDouble();
        return round3(percentile(numbers, 50));
    }
    return values.first();
}

double ratio(const QJsonObject &a, const QJsonObject &b, const QString &key)
{
    const double x = a.value(key).toDouble(), y = b.value(key).toDouble();
    return y > 0 ? round3(x / y) : 0;
}

// SQLCipher time / plain time for every operation both engines ran, by wall time or
// (cpu = true) by the thread's CPU time.
QJsonObject ratios(const QJsonObject &enc, const QJsonObject &plain, bool cpu)
{
    const QString mean = cpu ? QStringLiteral("cpu_mean_ms") : QStringLiteral("mean_ms");
    QJsonObject r;
    r[QStringLiteral("bulk_insert")] = ratio(enc[QStringLiteral("bulk_insert")].toObject(),
                                             plain[QStringLiteral("bulk_insert")].toObject(),
                                             cpu ? QStringLiteral("cpu_total_ms") : QStringLiteral("total_ms"));
    for (const char *k : {"save_entry", "save_checkin", "search"})
        r[QLatin1String(k)] = ratio(enc[QLatin1String(k)].toObject(), plain[QLatin1String(k)].toObject(), mean);
    if (!cpu) // keystroke latencies are wall time across two threads
        r[QStringLiteral("search_as_you_type")] = ratio(enc[QStringLiteral("search_as_you_type")].toObject(),
                                                        plain[QStringLiteral("search_as_you_type")].toObject(), mean);
    const QJsonObject eq = enc[QStringLiteral("queries")].toObject(), pq = plain[QStringLiteral("queries")].toObject();
    for (const QString &k : eq.keys())
        r[k] = ratio(eq[k].toObject(), pq[k].toObject(), mean);
    const QJsonObject ed = enc[QStringLiteral("dashboard")].toObject(), pd = plain[QStringLiteral("dashboard")].toObject();
    for (const QString &k : ed.keys())
        r[QStringLiteral("dashboard_") + k] = ratio(ed[k].toObject(), pd[k].toObject(), mean);
    if (!cpu)
        r[QStringLiteral("db_bytes")] = plain[QStringLiteral("db_bytes")].toDouble() > 0
            ? round3(enc[QStringLiteral("db_bytes")].toDouble() / plain[QStringLiteral("db_bytes")].toDouble()) : 0;
    return r;
}

int drive(BenchConfig c, const QStringList &childCommand)
{
    std::unique_ptr<QTemporaryDir> temp;
    if (c.workDir.isEmpty()) {
        temp = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("saib-bench-XXXXXX")));
        temp->setAutoRemove(!c.keepWork);
        c.workDir = temp->path();
    }
    QDir().mkpath(c.workDir);
    auto wanted = [&](const char *phase) { return c.only.isEmpty() || c.only.contains(QLatin1String(phase)); };

    const SyntheticOptions w = c.workload();
    QJsonObject report{
        {QStringLiteral("mode"), c.quick ? QStringLiteral("quick") : QStringLiteral("full")},
        {QStringLiteral("seed"), qint64(c.seed)},
        {QStringLiteral("machine"), QJsonObject{{QStringLiteral("cpus"), QThread::idealThreadCount()},
                                                {QStringLiteral("os"), QSysInfo::prettyProductName()},
                                                {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                                {QStringLiteral("loadavg_at_start"), loadAverage()}}},
        {QStringLiteral("workload"), QJsonObject{{QStringLiteral("days"), w.days},
                                                 {QStringLiteral("journal_entries"), w.journalEntries},
                                                 {QStringLiteral("words_per_entry"), w.wordsPerEntry},
                                                 {QStringLiteral("weekly_ratings"), w.weeklyRatings}}}};
    if (wanted("store")) {
        // Engines take turns, so a burst of other load on the machine hits both alike;
        // each figure is the median over the rounds.
        QList<QJsonValue> enc, plain;
        for (int round = 0; round < c.storeRounds; ++round) {
            enc << runChild(c, childCommand, QStringLiteral("store"),
                            {QStringLiteral("--engine"), QStringLiteral("sqlcipher")}, QStringLiteral("store-sqlcipher"));
            plain << runChild(c, childCommand, QStringLiteral("store"),
                              {QStringLiteral("--engine"), QStringLiteral("plain")}, QStringLiteral("store-plain"));
        }
        auto merged = [](const QList<QJsonValue> &runs) {
            for (const QJsonValue &r : runs)
                if (r.toObject().contains(QStringLiteral("error")))
                    return r.toObject(); // a failure is reported as it was
            QJsonObject o = medianOf(runs).toObject();
            o[QStringLiteral("rounds")] = runs.size();
            return o;
        };
        const QJsonObject e = merged(enc), p = merged(plain);
        report[QStringLiteral("store_sqlcipher")] = e;
        report[QStringLiteral("store_plain")] = p;
        report[QStringLiteral("ratio_sqlcipher_to_plain")] = ratios(e, p, false);
        report[QStringLiteral("ratio_sqlcipher_to_plain_cpu")] = ratios(e, p, true);
    }
    if (wanted("unlock"))
        report[QStringLiteral("unlock")] = runChild(c, childCommand, QStringLiteral("unlock"), {}, QStringLiteral("unlock"));
    if (wanted("gui"))
        report[QStringLiteral("gui_cold_start")] = runGui(c);
    // The relay figures over SQLite, then over PostgreSQL when --postgres names one.
    auto relayRuns = [&](const char *phase, const QString &key) {
        report[key] = runChild(c, childCommand, QLatin1String(phase), {QStringLiteral("--engine"), QStringLiteral("sqlite")},
                               key);
        report[key + QStringLiteral("_postgres")] =
            c.postgresUrl.isEmpty()
                ? QJsonObject{{QStringLiteral("skipped"), QStringLiteral("no PostgreSQL (--postgres URL)")}}
                : runChild(c, childCommand, QLatin1String(phase), {QStringLiteral("--engine"), QStringLiteral("postgres")},
                           key + QStringLiteral("_postgres"));
    };
    if (wanted("relay"))
        relayRuns("relay", QStringLiteral("relay"));
    if (wanted("sync"))
        report[QStringLiteral("full_sync")] = runChild(c, childCommand, QStringLiteral("sync"), {}, QStringLiteral("sync"));
    if (wanted("load"))
        relayRuns("load", QStringLiteral("load"));

    bool failed = false;
    for (const QString &k : report.keys())
        if (report[k].isObject() && report[k].toObject().contains(QStringLiteral("error")))
            failed = true;
    std::printf("%s", qUtf8Printable(formatTable(report)));
    if (!c.jsonPath.isEmpty() && !writeJson(c.jsonPath, report)) {
        std::fprintf(stderr, "saib-bench: cannot write %s\n", qPrintable(c.jsonPath));
        return 1;
    }
    return failed ? 1 : 0;
}

int runPhase(const BenchConfig &c, const QString &phase, const QString &engine, const QString &out)
{
    QJsonObject result;
    if (phase == QLatin1String("store"))
        result = runStorePhase(c, engine != QLatin1String("plain"));
    else if (phase == QLatin1String("unlock"))
        result = runUnlockPhase(c);
    else if (phase == QLatin1String("relay"))
        result = runRelayPhase(c);
    else if (phase == QLatin1String("sync"))
        result = runSyncPhase(c);
    else if (phase == QLatin1String("load"))
        result = runLoadPhase(c);
    else
        result = {{QStringLiteral("error"), QStringLiteral("unknown phase %1").arg(phase)}};
    result[QStringLiteral("self_peak_rss_kb")] = selfPeakRssKb();
    if (!writeJson(out, result))
        return 1;
    return result.contains(QStringLiteral("error")) ? 1 : 0;
}
} // namespace

int benchMain(const QStringList &args, const QStringList &childCommand)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Measures Saib on a deterministic 10-year synthetic leader (3,650 check-ins, 520 weekly ratings, "
        "5,000 journal entries, about 2 million words): the store on SQLCipher against the same engine "
        "unencrypted, journal search, the dashboard, unlock, GUI cold start, relay pushes (SQLite, and PostgreSQL with "
        "--postgres), a full sync to a fresh device and a load run of many accounts on one relay, each with its peak memory."));
    p.addHelpOption();
    p.addOption({QStringLiteral("quick"), QStringLiteral("Small sizes (one school year) for CI.")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."), QStringLiteral("file")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Workload seed (default 2026)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("work"), QStringLiteral("Folder for the stores and logs (default: a temporary one)."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("keep"), QStringLiteral("Keep the temporary work folder.")});
    p.addOption({QStringLiteral("only"), QStringLiteral("Run only these phases: store, unlock, gui, relay, sync, load (comma-separated)."), QStringLiteral("phases")});
    p.addOption({QStringLiteral("clients"), QStringLiteral("Concurrent relay clients (default 4)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("repeats"), QStringLiteral("Runs of unlock and of each GUI start (default 3, quick 1)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("store-rounds"), QStringLiteral("Store runs per engine, taking turns (default 3, quick 1)."), QStringLiteral("n")});
    p.addOption({QStringLiteral("saib"), QStringLiteral("The saib GUI binary."), QStringLiteral("path")});
    p.addOption({QStringLiteral("relay"), QStringLiteral("The saib-relay binary."), QStringLiteral("path")});
    p.addOption({QStringLiteral("postgres"), QStringLiteral("Also measure the relay and the load run over this PostgreSQL "
                                                            "database (postgres://...; default $SAIB_BENCH_POSTGRES_URL). "
                                                            "A throwaway one: rows are added."),
                 QStringLiteral("url")});
    // Internal: how the driver runs one phase in a child process.
    QCommandLineOption phase(QStringLiteral("phase"), QStringLiteral("internal"), QStringLiteral("name"));
    QCommandLineOption engine(QStringLiteral("engine"), QStringLiteral("internal"), QStringLiteral("name"));
    QCommandLineOption out(QStringLiteral("out"), QStringLiteral("internal"), QStringLiteral("file"));
    for (QCommandLineOption *o : {&phase, &engine, &out}) {
        o->setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOption(*o);
    }
    QStringList argv = args;
    argv.prepend(childCommand.join(QLatin1Char(' ')));
    if (!p.parse(argv)) {
        std::fprintf(stderr, "saib-bench: %s\n", qPrintable(p.errorText()));
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qUtf8Printable(p.helpText()));
        return 0;
    }

    BenchConfig c;
    c.quick = p.isSet(QStringLiteral("quick"));
    c.repeats = c.quick ? 1 : 3;
    c.storeRounds = c.quick ? 1 : 3;
    bool ok = true;
    auto number = [&](const char *name, int lo, int hi, int *target) {
        if (!p.isSet(QLatin1String(name)))
            return;
        bool good = false;
        const int n = p.value(QLatin1String(name)).toInt(&good);
        if (!good || n < lo || n > hi) {
            std::fprintf(stderr, "saib-bench: --%s must be a number from %d to %d\n", name, lo, hi);
            ok = false;
        } else {
            *target = n;
        }
    };
    int seed = int(c.seed);
    number("seed", 0, 2147483647, &seed);
    c.seed = quint32(seed);
    number("clients", 1, 64, &c.relayClients);
    number("repeats", 1, 50, &c.repeats);
    number("store-rounds", 1, 20, &c.storeRounds);
    if (!ok)
        return 2;
    c.workDir = p.value(QStringLiteral("work"));
    c.jsonPath = p.value(QStringLiteral("json"));
    c.keepWork = p.isSet(QStringLiteral("keep"));
    c.saibPath = p.isSet(QStringLiteral("saib")) ? p.value(QStringLiteral("saib"))
                                                 : findTool(QStringLiteral("saib"), SAIB_BENCH_GUI_PATH);
    c.relayPath = p.isSet(QStringLiteral("relay")) ? p.value(QStringLiteral("relay"))
                                                   : findTool(QStringLiteral("saib-relay"), SAIB_BENCH_RELAY_PATH);
    c.postgresUrl = p.isSet(QStringLiteral("postgres")) ? p.value(QStringLiteral("postgres"))
                                                        : qEnvironmentVariable("SAIB_BENCH_POSTGRES_URL");
    c.engine = p.value(engine);
    c.only = p.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &name : c.only)
        if (std::find(std::begin(kPhases), std::end(kPhases), name) == std::end(kPhases)) {
            std::fprintf(stderr, "saib-bench: unknown phase '%s'\n", qPrintable(name));
            return 2;
        }

    if (p.isSet(phase))
        return runPhase(c, p.value(phase), p.value(engine), p.value(out));
    return drive(c, childCommand);
}

} // namespace saib::bench
