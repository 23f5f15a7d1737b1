#pragma once
// The Saib benchmark (DESIGN.md §7, issue 7), shared by `saib-bench` and `saib-cli bench`.
// A driver runs each measurement in a child process of its own (the same binary with
// --phase), so each figure comes with the peak memory of the process that produced it,
// and prints a table plus JSON. Everything is generated from a seed: two runs on the
// same machine measure the same work.
#include <core/demo/SyntheticLeader.h>

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace saib::bench {

struct BenchConfig {
    bool quick = false;          // CI size: one school year, small journal
    quint32 seed = 2026;
    QString workDir;             // where stores, logs and phase results go
    QString jsonPath;            // --json FILE
    bool keepWork = false;
    QString saibPath;            // the GUI binary, for cold start
    QString relayPath;           // saib-relay, for the push rate
    int relayClients = 4;
    int repeats = 3;             // unlock and GUI start runs (the median is reported)
    int storeRounds = 1;         // store phases, alternating engines (medians are reported)
    QStringList only;            // phases to run (empty: all)
    QString postgresUrl;         // --postgres: also measure the relay over this database
    QString engine;              // in a relay or load phase child: "sqlite" or "postgres"

    // Fixed, so every run measures the same data (and "today" for the dashboard).
    QDate lastDay = QDate(2026, 7, 17);
    SyntheticOptions workload() const;
    int searchQueries() const { return 200; }
    int singleWrites() const { return quick ? 50 : 200; }
    int pushesPerClient() const { return quick ? 60 : 500; }
    int batchedEnvelopesPerClient() const { return quick ? 500 : 5000; }
    // The load run: accounts of ten devices each, every device signing in, pushing and pulling.
    int loadAccounts() const { return quick ? 20 : 1000; }
    int loadDevicesPerAccount() const { return 10; }
    int loadConcurrency() const { return 32; }
};

// The passphrase of the benchmark's throwaway store (not a secret: the data is synthetic).
inline QString benchPassphrase() { return QStringLiteral("saib benchmark passphrase 2026"); }

// Entry point for both binaries. `args` are the options after the program name (and
// after "bench" for saib-cli); `childCommand` is how to start this same code again
// (program path, plus "bench" for saib-cli).
int benchMain(const QStringList &args, const QStringList &childCommand);

// Phases, each run inside its own child process; each returns its figures or {"error"}.
QJsonObject runStorePhase(const BenchConfig &config, bool encrypted);
QJsonObject runUnlockPhase(const BenchConfig &config);
QJsonObject runRelayPhase(const BenchConfig &config);
QJsonObject runSyncPhase(const BenchConfig &config);
QJsonObject runLoadPhase(const BenchConfig &config);
// The relay database a relay or load phase uses: a fresh SQLite file, or config.postgresUrl.
QString relayDatabaseUrl(const BenchConfig &config);
// Why a relay or load phase cannot run here ({"skipped": why}: no relay binary, or no
// PostgreSQL for the postgres engine); empty when it can.
QJsonObject relayPhaseSkipped(const BenchConfig &config);

// The human-readable table for a finished report.
QString formatTable(const QJsonObject &report);

} // namespace saib::bench
