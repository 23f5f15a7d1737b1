#include "KeyFile.h"
#include "Sodium.h"
#include "../io/AtomicFile.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QtEndian>
#include <sodium.h>
#include <cstring>

namespace saib {

namespace {
constexpr char kMagic[8] = {'S', 'A', 'I', 'B', 'K', 'E', 'Y', '1'};
constexpr quint8 kVersion = 1;
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES; // 16
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES; // 16
constexpr std::size_t kHeaderBytes = 24 + kSaltBytes; // 40: the associated data
constexpr std::size_t kFileBytes = kHeaderBytes + kNonceBytes + kDatabaseKeyBytes + kTagBytes;
static_assert(kFileBytes == 112, "key file layout changed");

Result<SecureBuffer> deriveKek(const SecureBuffer &passphrase, const unsigned char *salt,
                               const KdfParams &params)
{
    SecureBuffer kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    // An empty passphrase is rejected earlier; libsodium needs a non-null pointer.
    static const char empty = 0;
    const char *pw = passphrase.isNull() ? &empty : reinterpret_cast<const char *>(passphrase.data());
    if (crypto_pwhash(kek.data(), kek.size(), pw, passphrase.size(), salt, params.opslimit,
                      static_cast<size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("argon2id ran out of memory"));
    return kek;
}

bool paramsAcceptable(const KdfParams &p)
{
    return p.opslimit >= crypto_pwhash_OPSLIMIT_MIN && p.opslimit <= 64
        && p.memlimit >= crypto_pwhash_MEMLIMIT_MIN && p.memlimit <= (quint64(4) << 30);
}
} // namespace

KdfParams KdfParams::moderate()
{
    return {quint32(crypto_pwhash_OPSLIMIT_MODERATE), quint64(crypto_pwhash_MEMLIMIT_MODERATE)};
}
KdfParams KdfParams::interactive()
{
    return {quint32(crypto_pwhash_OPSLIMIT_INTERACTIVE), quint64(crypto_pwhash_MEMLIMIT_INTERACTIVE)};
}
KdfParams KdfParams::minimum()
{
    return {quint32(crypto_pwhash_OPSLIMIT_MIN), quint64(crypto_pwhash_MEMLIMIT_MIN)};
}

Error KeyFile::write(const QString &path, const SecureBuffer &databaseKey,
                     const SecureBuffer &passphrase, const KdfParams &params)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (databaseKey.size() != kDatabaseKeyBytes || !paramsAcceptable(params))
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("bad key or KDF parameters"));

    QByteArray file(int(kFileBytes), '\0');
    auto *raw = reinterpret_cast<unsigned char *>(file.data());
    std::memcpy(raw, kMagic, sizeof kMagic);
    raw[8] = kVersion;
    raw[9] = quint8(crypto_pwhash_ALG_ARGON2ID13);
    qToLittleEndian<quint32>(params.opslimit, raw + 12);
    qToLittleEndian<quint64>(params.memlimit, raw + 16);
    randombytes_buf(raw + 24, kSaltBytes);
    unsigned char *nonce = raw + kHeaderBytes;
    randombytes_buf(nonce, kNonceBytes);

    auto kek = deriveKek(passphrase, raw + 24, params);
    if (!kek.ok())
        return kek.error();
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, databaseKey.data(),
                                               databaseKey.size(), raw, kHeaderBytes, nullptr,
                                               nonce, kek.value().data());

    // A crash or a full disk leaves either the old key file or the new one, never a
    // short or empty one (which would make the store unopenable).
    return AtomicFile::write(path, file, ErrorCode::StorageFailed);
}

Result<KdfParams> KeyFile::readParams(const QString &path)
{
    QFile in(path);
    if (!in.exists())
        return Error(ErrorCode::VaultMissing);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::DatabaseOpenFailed, in.errorString());
    const QByteArray file = in.readAll();
    if (file.size() != int(kFileBytes) || std::memcmp(file.constData(), kMagic, sizeof kMagic) != 0
        || quint8(file[8]) != kVersion || quint8(file[9]) != crypto_pwhash_ALG_ARGON2ID13)
        return Error(ErrorCode::KeyFileCorrupt);
    const auto *raw = reinterpret_cast<const unsigned char *>(file.constData());
    KdfParams p{qFromLittleEndian<quint32>(raw + 12), qFromLittleEndian<quint64>(raw + 16)};
    if (!paramsAcceptable(p))
        return Error(ErrorCode::KeyFileCorrupt, QStringLiteral("KDF parameters out of range"));
    return p;
}

Result<SecureBuffer> KeyFile::unwrap(const QString &path, const SecureBuffer &passphrase)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    auto params = readParams(path);
    if (!params.ok())
        return params.error();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::DatabaseOpenFailed, in.errorString());
    const QByteArray file = in.readAll();
    const auto *raw = reinterpret_cast<const unsigned char *>(file.constData());

    auto kek = deriveKek(passphrase, raw + 24, params.value());
    if (!kek.ok())
        return kek.error();
    SecureBuffer key(kDatabaseKeyBytes);
    const unsigned char *nonce = raw + kHeaderBytes;
    unsigned long long keyLen = 0;
    // A wrong passphrase and a tampered file are indistinguishable here by design; a
    // wrong passphrase is by far the likelier cause, so that is what we report.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keyLen, nullptr, nonce + kNonceBytes,
                                                   kDatabaseKeyBytes + kTagBytes, raw, kHeaderBytes,
                                                   nonce, kek.value().data())
            != 0
        || keyLen != kDatabaseKeyBytes)
        return Error(ErrorCode::WrongPassphrase);
    return key;
}

} // namespace saib
