#pragma once
// What the crash tests check after every kill: the store opens, its pages and its
// full-text index are consistent, and every record is whole and appears once.
#include <core/vault/Vault.h>

#include <QHash>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <ToolProcess.h>

namespace saib::test {

inline const QString kCrashPassphrase = QStringLiteral("crash test passphrase, not secret");

using CliRun = ToolRun;
// Runs saib-cli to the end with SAIB_PASSPHRASE set.
CliRun runCli(const QStringList &args, int timeoutMs = 120000);
QProcessEnvironment cliEnvironment();

// What saib-cli stress reported as committed, by record id.
struct Committed {
    QHash<QString, QString> checkins; // id -> day
    QHash<QString, int> entries;      // id -> sequence number
    // Reads the complete "committed ..." lines of one run (a line cut off by the kill
    // is ignored: its write may or may not have committed).
    void addOutput(const QByteArray &stdoutBytes);
    int size() const { return int(checkins.size() + entries.size()); }
};

// SQLite's integrity check, FTS4's own check, and the search index matching the records.
void requireConsistent(Database &db);
// Every committed record is present and whole, nothing is duplicated; returns the
// record counts (check-ins, entries) found.
std::pair<int, int> requireCommittedPresent(Database &db, const Committed &committed);

} // namespace saib::test
