#include "Vault.h"
#include "../crypto/PassphraseStrength.h"
#include "../crypto/RecoveryKey.h"
#include "../crypto/Sodium.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace saib {

namespace {
void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

Vault::Vault(QString dataDir, KdfParams kdf) : m_dataDir(std::move(dataDir)), m_kdf(kdf) {}
Vault::~Vault() { lock(); }

QString Vault::databasePath() const { return QDir(m_dataDir).filePath(QStringLiteral("saib.db")); }
QString Vault::keyFilePath() const { return QDir(m_dataDir).filePath(QStringLiteral("saib.key")); }

bool Vault::exists() const { return QFile::exists(keyFilePath()); }

Error Vault::create(const QString &passphrase)
{
    auto key = createFiles(passphrase);
    if (!key.ok())
        return key.error();
    return openWithKey(key.take());
}

Result<SecureBuffer> Vault::createFiles(const QString &passphrase, const PassphraseKdf &kdf) const
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (exists() || QFile::exists(databasePath()))
        return Error(ErrorCode::VaultAlreadyExists);
    if (passphrase.size() < kMinPassphraseLength)
        return Error(ErrorCode::PassphraseTooShort);
    if (!QDir().mkpath(m_dataDir) || !QFileInfo(m_dataDir).isWritable())
        return Error(ErrorCode::ReadOnlyStorage, m_dataDir);
    // Owner-only: other accounts on a shared laptop should not even see the ciphertext.
    QFile::setPermissions(m_dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    SecureBuffer key = SecureBuffer::random(kDatabaseKeyBytes);
    auto db = Database::open(databasePath(), key, Database::Mode::Create);
    if (!db.ok()) {
        removeDatabaseFiles(databasePath());
        return db.error();
    }
    db.value().reset(); // reopened by openWithKey
    const SecureBuffer secret = SecureBuffer::fromUtf8(passphrase);
    if (Error e = KeyFile::write(keyFilePath(), key, secret, m_kdf, kdf); !e.ok()) {
        removeDatabaseFiles(databasePath());
        return e;
    }
    for (const QString &file : {databasePath(), keyFilePath()})
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return Result<SecureBuffer>(std::move(key));
}

Error Vault::unlock(const QString &passphrase)
{
    lock();
    auto key = unwrapKey(passphrase);
    if (!key.ok())
        return key.error();
    return openWithKey(key.take());
}

Result<SecureBuffer> Vault::unwrapKey(const QString &passphrase, const PassphraseKdf &kdf) const
{
    if (!exists())
        return Error(ErrorCode::VaultMissing);
    return KeyFile::unwrap(keyFilePath(), SecureBuffer::fromUtf8(passphrase), kdf);
}

Error Vault::openWithKey(SecureBuffer key)
{
    lock();
    auto db = Database::open(databasePath(), key, Database::Mode::OpenExisting);
    if (!db.ok())
        return db.error();
    m_key = std::move(key);
    m_db = db.take();
    return {};
}

Error Vault::unlockWithKey(SecureBuffer key)
{
    lock();
    if (!exists())
        return Error(ErrorCode::VaultMissing);
    if (key.size() != kDatabaseKeyBytes)
        return Error(ErrorCode::RememberedKeyInvalid, QStringLiteral("wrong key size"));
    auto db = Database::open(databasePath(), key, Database::Mode::OpenExisting);
    if (!db.ok()) {
        // SQLCipher reports a wrong key as "not a database".
        if (db.error().code == ErrorCode::DatabaseCorrupt)
            return Error(ErrorCode::RememberedKeyInvalid, db.error().detail);
        return db.error();
    }
    m_key = std::move(key);
    m_db = db.take();
    return {};
}

void Vault::lock()
{
    m_db.reset();
    m_key.clear();
}

Error Vault::changePassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                              const PassphraseKdf &kdf) const
{
    if (newPassphrase.size() < kMinPassphraseLength)
        return Error(ErrorCode::PassphraseTooShort);
    auto key = KeyFile::unwrap(keyFilePath(), SecureBuffer::fromUtf8(oldPassphrase), kdf);
    if (!key.ok())
        return key.error();
    return KeyFile::write(keyFilePath(), key.value(), SecureBuffer::fromUtf8(newPassphrase), m_kdf, kdf);
}

Result<SecureBuffer> Vault::createRecoveryKey(const QDate &today)
{
    if (!isUnlocked())
        return Error(ErrorCode::Locked);
    SecureBuffer recovery = RecoveryKey::generate();
    if (Error e = KeyFile::setRecovery(keyFilePath(), m_key, recovery, today); !e.ok())
        return e;
    return RecoveryKey::format(recovery);
}

Error Vault::resetPassphrase(const SecureBuffer &recoveryKey, const QString &newPassphrase)
{
    lock();
    auto key = resetPassphraseFiles(recoveryKey, newPassphrase);
    if (!key.ok())
        return key.error();
    return openWithKey(key.take());
}

Result<SecureBuffer> Vault::resetPassphraseFiles(const SecureBuffer &recoveryKey, const QString &newPassphrase,
                                                 const PassphraseKdf &kdf) const
{
    if (!exists())
        return Error(ErrorCode::VaultMissing);
    if (newPassphrase.size() < kMinPassphraseLength)
        return Error(ErrorCode::PassphraseTooShort);
    auto params = KeyFile::readParams(keyFilePath());
    if (!params.ok())
        return params.error();
    auto key = KeyFile::unwrapWithRecovery(keyFilePath(), recoveryKey);
    if (!key.ok())
        return key.error();
    // Open the database before touching the key file: a key that does not open it must
    // not end up wrapped under the new passphrase.
    auto db = Database::open(databasePath(), key.value(), Database::Mode::OpenExisting);
    if (!db.ok())
        return db.error();
    db.value().reset(); // reopened by openWithKey
    if (Error e = KeyFile::write(keyFilePath(), key.value(), SecureBuffer::fromUtf8(newPassphrase),
                                 params.value(), kdf);
        !e.ok())
        return e;
    return key;
}

Result<KeyFileInfo> Vault::keyFileInfo() const { return KeyFile::inspect(keyFilePath()); }

CheckinStore Vault::checkins()
{
    Q_ASSERT(m_db);
    return CheckinStore(*m_db);
}

} // namespace saib

namespace saib {
JournalStore Vault::journal()
{
    Q_ASSERT(m_db);
    return JournalStore(*m_db);
}
} // namespace saib
