#include "BackupFile.h"
#include "../crypto/Argon2Header.h"
#include "../crypto/Sodium.h"

#include <QtEndian>
#include <sodium.h>
#include <cstring>

namespace saib::BackupFile {

namespace {
constexpr char kMagic[8] = {'S', 'A', 'I', 'B', 'B', 'K', 'U', 'P'};
constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
static_assert(kHeaderBytes == 40 + kStreamHeaderBytes, "backup header layout changed");
static_assert(kSaltBytes == crypto_pwhash_SALTBYTES, "salt size");
static_assert(kKdfKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES, "stream key size");

// Wider than the key file's range on purpose only where it must be: a backup made with
// moderate limits on one device must open on another, but a hostile header must not make
// restore allocate more than 1 GiB or run for minutes.
bool paramsAcceptable(const KdfParams &p)
{
    return p.opslimit >= crypto_pwhash_OPSLIMIT_MIN && p.opslimit <= 16
        && p.memlimit >= crypto_pwhash_MEMLIMIT_MIN && p.memlimit <= (quint64(1) << 30);
}

const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
} // namespace

void wipe(QByteArray &b)
{
    if (!b.isEmpty())
        sodium_memzero(b.data(), std::size_t(b.size()));
    b.clear();
}

Result<Header> parseHeader(const QByteArray &file)
{
    if (!Argon2Header::hasMagic(bytes(file), file.size(), kMagic))
        return Error(ErrorCode::BackupInvalid, QStringLiteral("no backup magic"));
    if (file.size() < kHeaderBytes)
        return Error(ErrorCode::BackupTruncated, QStringLiteral("header cut short"));
    const unsigned char *raw = bytes(file);
    const Argon2Header::Fields head = Argon2Header::read(raw);
    Header h;
    h.version = head.version;
    if (h.version > kFormatVersion)
        return Error(ErrorCode::BackupTooNew, QStringLiteral("format %1").arg(h.version));
    if (h.version != kFormatVersion || head.algorithm != Argon2Header::kArgon2id || head.reserved != 0)
        return Error(ErrorCode::BackupInvalid, QStringLiteral("unknown version or KDF"));
    h.kdf = head.params;
    if (!paramsAcceptable(h.kdf))
        return Error(ErrorCode::BackupInvalid, QStringLiteral("KDF parameters out of range"));
    h.salt = file.mid(Argon2Header::kSaltOffset, kSaltBytes);
    h.streamHeader = file.mid(Argon2Header::kBytes, kStreamHeaderBytes);
    h.raw = file.left(kHeaderBytes);
    return h;
}

static_assert(kKdfKeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES, "stream key size");

Result<SecureBuffer> deriveKey(const SecureBuffer &passphrase, const Header &header, const PassphraseKdf &via)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (header.salt.size() != kSaltBytes || !paramsAcceptable(header.kdf))
        return Error(ErrorCode::BackupInvalid, QStringLiteral("bad header"));
    // The same Argon2id as the key file's passphrase slot, so one derivation path (and
    // one helper process) serves both.
    return derivePassphraseKey(passphrase, bytes(header.salt), header.kdf, via);
}

Result<QByteArray> open(const QByteArray &file, const Header &header, const SecureBuffer &key)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (key.size() != crypto_secretstream_xchacha20poly1305_KEYBYTES || header.raw.size() != kHeaderBytes
        || header.streamHeader.size() != kStreamHeaderBytes)
        return Error(ErrorCode::BackupInvalid, QStringLiteral("bad key or header"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes(header.streamHeader), key.data()) != 0)
        return Error(ErrorCode::BackupCorrupt, QStringLiteral("stream header"));

    QByteArray plain;
    qint64 pos = kHeaderBytes;
    bool first = true;
    const qint64 size = file.size();
    while (pos < size) {
        if (size - pos < 4)
            return (wipe(plain), Error(ErrorCode::BackupTruncated, QStringLiteral("chunk length cut short")));
        const quint32 length = qFromLittleEndian<quint32>(bytes(file) + pos);
        pos += 4;
        if (length < quint32(kChunkOverhead) || length > quint32(kChunkPlaintextBytes + kChunkOverhead))
            return (wipe(plain), Error(ErrorCode::BackupCorrupt, QStringLiteral("chunk length %1").arg(length)));
        if (size - pos < qint64(length))
            return (wipe(plain), Error(ErrorCode::BackupTruncated, QStringLiteral("chunk cut short")));
        const int plainLength = int(length) - kChunkOverhead;
        const qsizetype offset = plain.size();
        plain.resize(offset + plainLength);
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()) + offset, &got, &tag,
                bytes(file) + pos, length, bytes(header.raw), kHeaderBytes)
            != 0) {
            wipe(plain);
            // The first chunk failing is what a wrong passphrase looks like; later ones
            // can only fail through damage, since the key already opened one chunk.
            return Error(first ? ErrorCode::BackupWrongPassphrase : ErrorCode::BackupCorrupt,
                         QStringLiteral("chunk at %1 does not open").arg(pos - 4));
        }
        pos += length;
        first = false;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (pos != size)
                return (wipe(plain), Error(ErrorCode::BackupCorrupt, QStringLiteral("bytes after the final chunk")));
            return plain;
        }
    }
    wipe(plain);
    return Error(ErrorCode::BackupTruncated, QStringLiteral("no final chunk"));
}

Result<QByteArray> decrypt(const QByteArray &file, const SecureBuffer &passphrase, const PassphraseKdf &via)
{
    if (file.size() > kMaxFileBytes)
        return Error(ErrorCode::BackupInvalid, QStringLiteral("too large"));
    auto header = parseHeader(file);
    if (!header.ok())
        return header.error();
    auto key = deriveKey(passphrase, header.value(), via);
    if (!key.ok())
        return key.error();
    return open(file, header.value(), key.value());
}

Result<QByteArray> encrypt(const QByteArray &plaintext, const SecureBuffer &passphrase, const KdfParams &kdf,
                           const PassphraseKdf &via)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (!paramsAcceptable(kdf))
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("bad KDF parameters"));
    const qint64 chunks = qMax<qint64>(1, (plaintext.size() + kChunkPlaintextBytes - 1) / kChunkPlaintextBytes);
    QByteArray file(kHeaderBytes, '\0');
    file.reserve(kHeaderBytes + plaintext.size() + chunks * (4 + kChunkOverhead));
    auto *raw = reinterpret_cast<unsigned char *>(file.data());
    Argon2Header::write(raw, kMagic, kFormatVersion, kdf);

    Header h;
    h.kdf = kdf;
    h.salt = file.mid(Argon2Header::kSaltOffset, kSaltBytes);
    auto key = deriveKey(passphrase, h, via);
    if (!key.ok())
        return key.error();
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, raw + Argon2Header::kBytes, key.value().data());
    const QByteArray ad = file.left(kHeaderBytes); // complete now: salt and stream header set

    qint64 pos = 0;
    do {
        const int take = int(qMin<qint64>(kChunkPlaintextBytes, plaintext.size() - pos));
        const bool last = pos + take >= plaintext.size();
        const int length = take + kChunkOverhead;
        char prefix[4];
        qToLittleEndian<quint32>(quint32(length), prefix);
        file.append(prefix, 4);
        const qsizetype offset = file.size();
        file.resize(offset + length);
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(file.data()) + offset, nullptr,
            bytes(plaintext) + pos, std::size_t(take), bytes(ad), kHeaderBytes,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        pos += take;
    } while (pos < plaintext.size());
    sodium_memzero(&state, sizeof state);
    return file;
}

} // namespace saib::BackupFile
