#include "CliSession.h"

#include <core/ErrorMessages.h>
#include <platform/TerminalInput.h>

#include <cstdio>

namespace saib::cli {

int fail(const Error &error)
{
    std::fprintf(stderr, "saib-cli: %s\n", qUtf8Printable(errorMessage(error)));
    return Failed;
}

int usage(const QString &message)
{
    std::fprintf(stderr, "saib-cli: %s\nRun 'saib-cli --help' for usage.\n", qUtf8Printable(message));
    return Usage;
}

QStringList splitCommaList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return out;
}

QString obtainPassphrase(const QString &prompt)
{
    const QByteArray fromEnv = qgetenv("SAIB_PASSPHRASE");
    if (!fromEnv.isEmpty())
        return QString::fromUtf8(fromEnv);
    if (!platform::stdinIsTerminal()) {
        std::fprintf(stderr, "saib-cli: no passphrase: set SAIB_PASSPHRASE or run in a terminal\n");
        return QString();
    }
    return platform::readSecretLine(prompt);
}

QString obtainNewPassphrase(int *exitCode)
{
    QString next = qEnvironmentVariable("SAIB_NEW_PASSPHRASE");
    if (next.isEmpty() && platform::stdinIsTerminal()) {
        next = platform::readSecretLine(QStringLiteral("New passphrase: "));
        if (platform::readSecretLine(QStringLiteral("Type it again: ")) != next) {
            *exitCode = fail(Error(ErrorCode::PassphraseMismatch));
            return QString();
        }
    }
    if (next.isEmpty())
        *exitCode = usage(QStringLiteral("no new passphrase: set SAIB_NEW_PASSPHRASE or run in a terminal"));
    return next;
}

bool unlockOrReport(Vault &vault)
{
    if (!vault.exists()) {
        fail(Error(ErrorCode::VaultMissing));
        return false;
    }
    const QString passphrase = obtainPassphrase(QStringLiteral("Passphrase: "));
    if (passphrase.isNull())
        return false;
    if (Error e = vault.unlock(passphrase); !e.ok()) {
        fail(e);
        return false;
    }
    return true;
}

} // namespace saib::cli
