#include "CliRecovery.h"
#include "CliSession.h"

#include <core/ErrorMessages.h>
#include <core/crypto/RecoveryKey.h>
#include <core/vault/Vault.h>
#include <platform/TerminalInput.h>

#include <cstdio>

namespace saib::cli {

namespace {
int create(const QString &dataDir, const QDate &today)
{
    Vault vault(dataDir);
    if (!unlockOrReport(vault))
        return Failed;
    const bool replacing = vault.keyFileInfo().ok()
        && vault.keyFileInfo().value().recovery == KeyFileInfo::Recovery::Present;
    auto key = vault.createRecoveryKey(today);
    if (!key.ok())
        return fail(key.error());
    // The only time the key is ever shown: Saib keeps no copy it could print again.
    std::printf("Your recovery key (write it down or print it, and keep it somewhere safe):\n\n  ");
    std::fwrite(key.value().data(), 1, key.value().size(), stdout);
    std::printf("\n\nIt opens your Saib if you forget your passphrase ('saib-cli recovery reset').\n"
                "Saib will not show it again.%s\n",
                replacing ? " Your previous recovery key no longer works." : "");
    return Ok;
}

int status(const QString &dataDir)
{
    Vault vault(dataDir);
    if (!vault.exists())
        return fail(Error(ErrorCode::VaultMissing));
    auto info = vault.keyFileInfo();
    if (!info.ok())
        return fail(info.error());
    std::printf("key file version: %d\n", info.value().version);
    switch (info.value().recovery) {
    case KeyFileInfo::Recovery::None:
        std::printf("recovery key: none (make one with 'saib-cli recovery create')\n");
        break;
    case KeyFileInfo::Recovery::Present:
        std::printf("recovery key: set, made %s\n",
                    qUtf8Printable(info.value().recoveryMade.toString(Qt::ISODate)));
        break;
    case KeyFileInfo::Recovery::Damaged:
        std::printf("recovery key: damaged (make a new one with 'saib-cli recovery create')\n");
        break;
    }
    return Ok;
}

int reset(const QString &dataDir)
{
    Vault vault(dataDir);
    if (!vault.exists())
        return fail(Error(ErrorCode::VaultMissing));
    QString typed = qEnvironmentVariable("SAIB_RECOVERY_KEY");
    if (typed.isEmpty() && platform::stdinIsTerminal())
        typed = platform::readSecretLine(QStringLiteral("Recovery key: "));
    if (typed.isEmpty())
        return usage(QStringLiteral("no recovery key: set SAIB_RECOVERY_KEY or run in a terminal"));
    // Checked before anything else, so a typo is named before a new passphrase is asked for.
    ParsedRecoveryKey parsed = RecoveryKey::parse(typed);
    if (!parsed.ok()) {
        if (parsed.error.code == ErrorCode::RecoveryKeyTypo) {
            std::fprintf(stderr, "saib-cli: %s\n", qUtf8Printable(recoveryKeyTypoMessage(parsed.badGroup)));
            return Failed;
        }
        return fail(parsed.error);
    }
    int exitCode = 0;
    const QString next = obtainNewPassphrase(&exitCode);
    if (next.isEmpty())
        return exitCode;
    if (Error e = vault.resetPassphrase(parsed.key, next); !e.ok())
        return fail(e);
    std::printf("Passphrase reset. Your recovery key still works.\n");
    return Ok;
}
} // namespace

int recoveryCommand(const QString &dataDir, const QStringList &args, const QDate &today)
{
    const QString verb = args.value(0);
    if (args.size() == 1 && verb == QLatin1String("create"))
        return create(dataDir, today);
    if (args.size() == 1 && verb == QLatin1String("reset"))
        return reset(dataDir);
    if (args.size() == 1 && verb == QLatin1String("status"))
        return status(dataDir);
    return usage(QStringLiteral("recovery needs create, reset or status"));
}

} // namespace saib::cli
