#include "KeyFile.h"
#include "Argon2Header.h"
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
constexpr quint8 kRecordVersion = 1; // the passphrase record (and a whole version-1 file)
constexpr quint8 kFileVersion = 2;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES; // 16
constexpr std::size_t kHeaderBytes = Argon2Header::kBytes; // 40: the record's associated data
constexpr std::size_t kRecordBytes = kHeaderBytes + kNonceBytes + kDatabaseKeyBytes + kTagBytes;
static_assert(kRecordBytes == 112, "passphrase record layout changed");
// Version 2: a 12-byte file header, the passphrase record, then the recovery slot.
constexpr std::size_t kFileHeaderBytes = 12;
constexpr quint8 kFlagRecovery = 0x01;
constexpr std::size_t kSlotHeaderBytes = 16;
constexpr std::size_t kSlotBytes = kSlotHeaderBytes + kNonceBytes + kDatabaseKeyBytes + kTagBytes;
static_assert(kSlotBytes == 88, "recovery slot layout changed");
constexpr quint8 kSlotAlgorithm = 1; // crypto_kdf (BLAKE2b) + XChaCha20-Poly1305
// crypto_kdf context: the recovery key is used for nothing else, but a fixed label keeps
// the derived key from ever equalling a key derived for another purpose.
constexpr char kRecoveryContext[crypto_kdf_CONTEXTBYTES] = {'S', 'a', 'i', 'b', 'R', 'c', 'v', 'y'};

} // namespace

Result<SecureBuffer> derivePassphraseKey(const SecureBuffer &passphrase, const unsigned char *salt,
                                         const KdfParams &params)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    SecureBuffer kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    // An empty passphrase is rejected earlier; libsodium needs a non-null pointer.
    static const char empty = 0;
    const char *pw = passphrase.isNull() ? &empty : reinterpret_cast<const char *>(passphrase.data());
    if (crypto_pwhash(kek.data(), kek.size(), pw, passphrase.size(), salt, params.opslimit,
                      static_cast<size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("argon2id ran out of memory"));
    return kek;
}

Result<SecureBuffer> derivePassphraseKey(const SecureBuffer &passphrase, const unsigned char *salt,
                                         const KdfParams &params, const PassphraseKdf &via)
{
    auto key = via ? via(passphrase, salt, params) : derivePassphraseKey(passphrase, salt, params);
    if (key.ok() && key.value().size() != kKdfKeyBytes)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("key derivation gave a key of the wrong size"));
    return key;
}

namespace {
static_assert(kKdfSaltBytes == crypto_pwhash_SALTBYTES, "salt size");
static_assert(kKdfKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES, "key size");

bool paramsAcceptable(const KdfParams &p)
{
    return p.opslimit >= crypto_pwhash_OPSLIMIT_MIN && p.opslimit <= 64
        && p.memlimit >= crypto_pwhash_MEMLIMIT_MIN && p.memlimit <= (quint64(4) << 30);
}

const unsigned char *bytes(const QByteArray &a) { return reinterpret_cast<const unsigned char *>(a.constData()); }

// A key file split into its parts. Only the layout is checked here; the AEAD tags are
// checked when a slot is opened.
struct Parsed {
    KeyFileInfo info;
    QByteArray record; // the passphrase record, 112 bytes
    QByteArray slot;   // the recovery slot, when info.recovery == Present
};

Result<KdfParams> recordParams(const QByteArray &record)
{
    if (record.size() != int(kRecordBytes) || !Argon2Header::hasMagic(bytes(record), record.size(), kMagic))
        return Error(ErrorCode::KeyFileCorrupt);
    const Argon2Header::Fields head = Argon2Header::read(bytes(record));
    if (head.version != kRecordVersion || head.algorithm != Argon2Header::kArgon2id)
        return Error(ErrorCode::KeyFileCorrupt);
    const KdfParams p = head.params;
    if (!paramsAcceptable(p))
        return Error(ErrorCode::KeyFileCorrupt, QStringLiteral("KDF parameters out of range"));
    return p;
}

Result<Parsed> readKeyFile(const QString &path)
{
    QFile in(path);
    if (!in.exists())
        return Error(ErrorCode::VaultMissing);
    if (!in.open(QIODevice::ReadOnly))
        return Error(ErrorCode::DatabaseOpenFailed, in.errorString());
    const QByteArray file = in.read(4096); // far more than any version needs
    if (file.size() < 9 || std::memcmp(file.constData(), kMagic, sizeof kMagic) != 0)
        return Error(ErrorCode::KeyFileCorrupt);
    Parsed out;
    out.info.version = quint8(file[8]);
    if (out.info.version > kFileVersion)
        return Error(ErrorCode::KeyFileTooNew, QString::number(out.info.version));
    if (out.info.version == 0) // never written by any version (found by fuzz_recovery_key)
        return Error(ErrorCode::KeyFileCorrupt);
    if (out.info.version == kRecordVersion) {
        out.record = file;
    } else {
        if (file.size() < int(kFileHeaderBytes + kRecordBytes))
            return Error(ErrorCode::KeyFileCorrupt);
        out.record = file.mid(int(kFileHeaderBytes), int(kRecordBytes));
        const QByteArray rest = file.mid(int(kFileHeaderBytes + kRecordBytes));
        const bool flagged = quint8(file[9]) & kFlagRecovery;
        if (!flagged && rest.isEmpty()) {
            out.info.recovery = KeyFileInfo::Recovery::None;
        } else if (flagged && rest.size() == int(kSlotBytes) && quint8(rest[0]) == kSlotAlgorithm) {
            out.info.recovery = KeyFileInfo::Recovery::Present;
            out.info.recoveryMade = QDate::fromJulianDay(qFromLittleEndian<qint64>(bytes(rest) + 8));
            out.slot = rest;
        } else {
            out.info.recovery = KeyFileInfo::Recovery::Damaged;
        }
    }
    auto params = recordParams(out.record);
    if (!params.ok())
        return params.error();
    out.info.params = params.value();
    return out;
}

// The recovery slot's associated data: the file header and the slot's own header.
QByteArray slotAssociatedData(const QByteArray &fileHeader, const QByteArray &slot)
{
    return fileHeader + slot.left(int(kSlotHeaderBytes));
}

QByteArray fileHeader(bool withRecovery)
{
    QByteArray h(int(kFileHeaderBytes), '\0');
    std::memcpy(h.data(), kMagic, sizeof kMagic);
    h[8] = char(kFileVersion);
    h[9] = char(withRecovery ? kFlagRecovery : 0);
    return h;
}

SecureBuffer recoveryKek(const SecureBuffer &recoveryKey)
{
    SecureBuffer kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    crypto_kdf_derive_from_key(kek.data(), kek.size(), 1, kRecoveryContext, recoveryKey.data());
    return kek;
}

// Writes the current version from its parts: a passphrase record and, if not empty, a
// recovery slot (already sealed against fileHeader(true)).
Error writeFile(const QString &path, const QByteArray &record, const QByteArray &slot)
{
    // The one place a key file reaches the disk. A crash or a full disk leaves either the
    // old key file or the new one, never a short or empty one (which would make the store
    // unopenable).
    return AtomicFile::write(path, fileHeader(!slot.isEmpty()) + record + slot, ErrorCode::StorageFailed);
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
                     const SecureBuffer &passphrase, const KdfParams &params, const PassphraseKdf &kdf)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (databaseKey.size() != kDatabaseKeyBytes || !paramsAcceptable(params))
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("bad key or KDF parameters"));

    QByteArray record(int(kRecordBytes), '\0');
    auto *raw = reinterpret_cast<unsigned char *>(record.data());
    Argon2Header::write(raw, kMagic, kRecordVersion, params);
    unsigned char *nonce = raw + kHeaderBytes;
    randombytes_buf(nonce, kNonceBytes);

    auto kek = derivePassphraseKey(passphrase, raw + Argon2Header::kSaltOffset, params, kdf);
    if (!kek.ok())
        return kek.error();
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, databaseKey.data(),
                                               databaseKey.size(), raw, kHeaderBytes, nullptr,
                                               nonce, kek.value().data());

    QByteArray slot;
    if (QFile::exists(path)) {
        auto old = readKeyFile(path);
        if (old.ok() && old.value().info.recovery == KeyFileInfo::Recovery::Present)
            slot = old.value().slot;
    }
    return writeFile(path, record, slot);
}

Error KeyFile::setRecovery(const QString &path, const SecureBuffer &databaseKey,
                           const SecureBuffer &recoveryKey, const QDate &made)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (databaseKey.size() != kDatabaseKeyBytes || recoveryKey.size() != crypto_kdf_KEYBYTES)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("bad key size"));
    auto old = readKeyFile(path);
    if (!old.ok())
        return old.error();

    QByteArray slot(int(kSlotBytes), '\0');
    auto *raw = reinterpret_cast<unsigned char *>(slot.data());
    raw[0] = kSlotAlgorithm;
    qToLittleEndian<qint64>(made.toJulianDay(), raw + 8);
    unsigned char *nonce = raw + kSlotHeaderBytes;
    randombytes_buf(nonce, kNonceBytes);
    const QByteArray ad = slotAssociatedData(fileHeader(true), slot);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + kNonceBytes, &written, databaseKey.data(),
                                               databaseKey.size(), bytes(ad), std::size_t(ad.size()),
                                               nullptr, nonce, recoveryKek(recoveryKey).data());
    return writeFile(path, old.value().record, slot);
}

Result<KdfParams> KeyFile::readParams(const QString &path)
{
    auto parsed = readKeyFile(path);
    if (!parsed.ok())
        return parsed.error();
    return parsed.value().info.params;
}

Result<KeyFileInfo> KeyFile::inspect(const QString &path)
{
    auto parsed = readKeyFile(path);
    if (!parsed.ok())
        return parsed.error();
    return parsed.value().info;
}

Result<SecureBuffer> KeyFile::unwrap(const QString &path, const SecureBuffer &passphrase,
                                     const PassphraseKdf &kdf)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    auto parsed = readKeyFile(path);
    if (!parsed.ok())
        return parsed.error();
    const QByteArray &record = parsed.value().record;
    const unsigned char *raw = bytes(record);

    auto kek = derivePassphraseKey(passphrase, raw + Argon2Header::kSaltOffset, parsed.value().info.params, kdf);
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

Result<SecureBuffer> KeyFile::unwrapWithRecovery(const QString &path, const SecureBuffer &recoveryKey)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (recoveryKey.size() != crypto_kdf_KEYBYTES)
        return Error(ErrorCode::RecoveryKeyMalformed, QStringLiteral("wrong size"));
    auto parsed = readKeyFile(path);
    if (!parsed.ok())
        return parsed.error();
    switch (parsed.value().info.recovery) {
    case KeyFileInfo::Recovery::None:
        return Error(ErrorCode::RecoveryKeyMissing);
    case KeyFileInfo::Recovery::Damaged:
        return Error(ErrorCode::RecoverySlotDamaged);
    case KeyFileInfo::Recovery::Present:
        break;
    }
    const QByteArray &slot = parsed.value().slot;
    const QByteArray ad = slotAssociatedData(fileHeader(true), slot);
    const unsigned char *nonce = bytes(slot) + kSlotHeaderBytes;
    SecureBuffer key(kDatabaseKeyBytes);
    unsigned long long keyLen = 0;
    // As with the passphrase: a key that was replaced by a newer one and a tampered slot
    // look the same; the first is what happens in practice.
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(key.data(), &keyLen, nullptr, nonce + kNonceBytes,
                                                   kDatabaseKeyBytes + kTagBytes, bytes(ad),
                                                   std::size_t(ad.size()), nonce,
                                                   recoveryKek(recoveryKey).data())
            != 0
        || keyLen != kDatabaseKeyBytes)
        return Error(ErrorCode::WrongRecoveryKey);
    return key;
}

} // namespace saib
