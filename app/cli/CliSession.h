#pragma once
// What every saib-cli command needs: the data directory, the passphrase (from
// SAIB_PASSPHRASE or an echo-free terminal prompt) and error printing.
#include <core/Error.h>
#include <core/vault/Vault.h>

#include <QString>
#include <QStringList>

namespace saib::cli {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Prints "saib-cli: <message>" to stderr (message in the UI language) and returns Failed.
int fail(const Error &error);
int usage(const QString &message);

// Reads the passphrase from SAIB_PASSPHRASE, else prompts on the terminal. A null
// string means none could be had (the error is already printed).
QString obtainPassphrase(const QString &prompt);
// The new passphrase for a change or a recovery reset: SAIB_NEW_PASSPHRASE, or typed twice
// at a terminal. Empty, with *exitCode set (mismatch or none given), when there is none.
QString obtainNewPassphrase(int *exitCode);

// Splits repeatable, comma-separated option values ("--tags a,b --tags c") into one list.
QStringList splitCommaList(const QStringList &values);

// Unlocks the vault in `vault`, printing the reason on failure.
bool unlockOrReport(Vault &vault);

} // namespace saib::cli
