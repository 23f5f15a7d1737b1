#include "Keychain.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <qt6keychain/keychain.h>
#include <sodium.h>

#include <memory>
#include <optional>

namespace saib::platform {

namespace {
Error toError(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        return Error(ErrorCode::KeychainEntryMissing);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(ErrorCode::KeychainUnavailable, job.errorString());
    default: // denied by the user, keyring locked, D-Bus failure...
        return Error(ErrorCode::KeychainFailed, job.errorString());
    }
}

// QtKeychain takes and returns secrets as QByteArray (ordinary heap memory). We keep
// those copies short-lived and wipe the ones we own; what the OS service does with the
// secret is up to the OS (that is the point of trusting its keychain).
void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    bytes.clear();
}
} // namespace

Keychain::Keychain(QString service, QObject *parent) : QObject(parent), m_service(std::move(service)) {}

QString Keychain::accountFor(const QString &dataDir)
{
    const QString canonical = QFileInfo(dataDir).absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(QDir::cleanPath(canonical).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return QStringLiteral("database-key-") + QString::fromLatin1(digest.toHex().left(16));
}

void Keychain::storeKey(const QString &account, const SecureBuffer &key, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file instead of the keychain
    job->setKey(account);
    auto payload = std::make_shared<QByteArray>(reinterpret_cast<const char *>(key.data()), int(key.size()));
    job->setBinaryData(*payload);
    connect(job, &QKeychain::Job::finished, this, [payload, done](QKeychain::Job *finished) {
        wipe(*payload);
        done(toError(*finished));
    });
    job->start();
}

void Keychain::readKey(const QString &account, KeyDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        if (Error e = toError(*finished); !e.ok()) {
            done(e);
            return;
        }
        QByteArray bytes = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
        SecureBuffer key = SecureBuffer::fromBytes(bytes.constData(), std::size_t(bytes.size()));
        wipe(bytes);
        done(std::move(key));
    });
    job->start();
}

void Keychain::removeKey(const QString &account, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job *finished) {
        Error e = toError(*finished);
        done(e.code == ErrorCode::KeychainEntryMissing ? Error() : e);
    });
    job->start();
}

Error Keychain::storeKeySync(const QString &account, const SecureBuffer &key)
{
    QEventLoop loop;
    Error result;
    bool finished = false; // a job may finish before exec() starts
    storeKey(account, key, [&](Error e) { result = std::move(e); finished = true; loop.quit(); });
    if (!finished)
        loop.exec();
    return result;
}

Result<SecureBuffer> Keychain::readKeySync(const QString &account)
{
    QEventLoop loop;
    std::optional<Result<SecureBuffer>> result;
    readKey(account, [&](Result<SecureBuffer> r) { result.emplace(std::move(r)); loop.quit(); });
    if (!result)
        loop.exec();
    return std::move(*result);
}

Error Keychain::removeKeySync(const QString &account)
{
    QEventLoop loop;
    Error result;
    bool finished = false;
    removeKey(account, [&](Error e) { result = std::move(e); finished = true; loop.quit(); });
    if (!finished)
        loop.exec();
    return result;
}

} // namespace saib::platform
