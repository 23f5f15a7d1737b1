#include "CliBackup.h"
#include "CliSession.h"

#include <core/backup/Backup.h>
#include <core/vault/Vault.h>
#include <platform/TerminalInput.h>

#include <cstdio>

namespace saib::cli {

namespace {
// SAIB_BACKUP_PASSPHRASE, else the terminal (asked twice when `confirm`). Null on failure,
// with the reason printed.
QString backupPassphrase(bool confirm)
{
    const QString fromEnv = qEnvironmentVariable("SAIB_BACKUP_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (!platform::stdinIsTerminal()) {
        std::fprintf(stderr, "saib-cli: no backup passphrase: set SAIB_BACKUP_PASSPHRASE or run in a terminal\n");
        return QString();
    }
    const QString pass = platform::readSecretLine(QStringLiteral("Backup passphrase: "));
    if (confirm && !pass.isNull()
        && platform::readSecretLine(QStringLiteral("Type the backup passphrase again: ")) != pass) {
        fail(Error(ErrorCode::PassphraseMismatch));
        return QString();
    }
    return pass;
}

bool kdfFrom(const QCommandLineParser &p, KdfParams &kdf)
{
    const QString profile = p.value(QStringLiteral("kdf"));
    kdf = profile == QLatin1String("interactive") ? KdfParams::interactive() : KdfParams::moderate();
    return profile.isEmpty() || profile == QLatin1String("interactive") || profile == QLatin1String("moderate");
}

void printCounts(const char *verb, const BackupCounts &c, const QString &file)
{
    std::printf("%s %d check-ins, %d journal entries%s, %d weekly ratings, %d skills assessments, "
                "%d settings %s %s\n",
                verb, c.checkins, c.entries, c.draft ? " and a draft" : "", c.ratings, c.skills,
                c.settings, verb[0] == 'B' ? "to" : "from", qUtf8Printable(file));
}
} // namespace

int backupCreate(const QString &dataDir, const QCommandLineParser &p, const QString &file)
{
    KdfParams kdf;
    if (!kdfFrom(p, kdf))
        return usage(QStringLiteral("--kdf must be 'moderate' or 'interactive'"));
    Vault vault(dataDir);
    if (!unlockOrReport(vault))
        return Failed;
    const QString pass = backupPassphrase(true);
    if (pass.isNull())
        return Failed;
    auto counts = Backup::writeFile(*vault.database(), file, pass, kdf);
    if (!counts.ok())
        return fail(counts.error());
    printCounts("Backed up", counts.value(), file);
    std::printf("Keep the backup passphrase safe: without it nobody can open this backup.\n");
    return Ok;
}

int backupRestore(const QString &dataDir, const QCommandLineParser &p, const QString &file)
{
    KdfParams kdf;
    if (!kdfFrom(p, kdf))
        return usage(QStringLiteral("--kdf must be 'moderate' or 'interactive'"));
    const QString pass = backupPassphrase(false);
    if (pass.isNull())
        return Failed;
    // Decrypt and check the whole backup before touching this device's store, so a bad
    // file leaves nothing behind, not even a new empty store.
    auto data = Backup::readFile(file, pass);
    if (!data.ok())
        return fail(data.error());

    Vault vault(dataDir, kdf);
    if (vault.exists()) {
        if (!unlockOrReport(vault))
            return Failed;
    } else {
        const QString devicePass = obtainPassphrase(QStringLiteral("Choose a passphrase for this device: "));
        if (devicePass.isNull())
            return Failed;
        if (qEnvironmentVariableIsEmpty("SAIB_PASSPHRASE")
            && obtainPassphrase(QStringLiteral("Type it again: ")) != devicePass)
            return fail(Error(ErrorCode::PassphraseMismatch));
        if (Error e = vault.create(devicePass); !e.ok())
            return fail(e);
        std::printf("Created encrypted store in %s\n", qUtf8Printable(dataDir));
    }
    auto counts = Backup::restore(*vault.database(), data.value());
    if (!counts.ok())
        return fail(counts.error());
    printCounts("Restored", counts.value(), file);
    return Ok;
}

} // namespace saib::cli
