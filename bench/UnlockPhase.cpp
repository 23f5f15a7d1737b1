// Unlock as the app does it: Argon2id (libsodium MODERATE: 256 MiB, 3 passes) unwraps
// the database key, then SQLCipher opens the 10-year store and checks the key.
#include "Bench.h"
#include "Stats.h"

#include <core/crypto/KeyFile.h>
#include <core/vault/Vault.h>

#include <QDir>

namespace saib::bench {

QJsonObject runUnlockPhase(const BenchConfig &c)
{
    Vault vault(QDir(c.workDir).filePath(QStringLiteral("sqlcipher")), KdfParams::moderate());
    if (!vault.exists())
        return {{QStringLiteral("error"), QStringLiteral("run the sqlcipher store phase first")}};
    const auto params = KeyFile::readParams(vault.keyFilePath());
    QVector<double> kdf, unlock;
    for (int i = 0; i < c.repeats; ++i) {
        double t0 = nowMs();
        auto key = KeyFile::unwrap(vault.keyFilePath(), SecureBuffer::fromUtf8(benchPassphrase()));
        kdf << nowMs() - t0;
        if (!key.ok())
            return {{QStringLiteral("error"), key.error().detail}};
        t0 = nowMs();
        const Error e = vault.unlock(benchPassphrase());
        unlock << nowMs() - t0;
        if (!e.ok())
            return {{QStringLiteral("error"), e.detail}};
        vault.lock();
    }
    return {{QStringLiteral("kdf"), summary(kdf)},
            {QStringLiteral("unlock"), summary(unlock)},
            {QStringLiteral("argon2_memlimit_mib"), params.ok() ? qint64(params.value().memlimit >> 20) : 0},
            {QStringLiteral("argon2_opslimit"), params.ok() ? qint64(params.value().opslimit) : 0}};
}

} // namespace saib::bench
