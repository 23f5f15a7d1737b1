#include "Pairing.h"
#include "DeviceIdentity.h"
#include "Envelope.h"

#include <core/crypto/ExpandMessage.h>
#include <core/crypto/Sodium.h>

#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace saib::protocol {

namespace {
constexpr int kAlphabetSize = sizeof(kPairingAlphabet) - 1;
constexpr int kTagBytes = crypto_auth_hmacsha512_BYTES; // 64
constexpr int kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int kSealOverhead = kNonceBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES;
const QByteArray kJoinerRole = QByteArrayLiteral("joiner");
const QByteArray kExistingRole = QByteArrayLiteral("existing");

Error failed(const char *why) { return Error(ErrorCode::PairingFailed, QString::fromLatin1(why)); }

QByteArray contextFor(const QString &slot)
{
    return cpace::lvCat({QByteArrayLiteral("saib-pairing-v1"), slot.toLatin1()});
}

// The 6 secret characters, in secure memory.
SecureBuffer passwordFor(const QString &code)
{
    return SecureBuffer::fromUtf8(code.mid(kPairingSlotLength));
}

QByteArray transcriptHash(const QByteArray &sid, const QByteArray &ya, const QByteArray &yb)
{
    return saib::sha512(cpace::lvCat({QByteArrayLiteral("saib-pairing-transcript-v1"), sid,
                                       cpace::transcriptIr(ya, kJoinerRole, yb, kExistingRole)}));
}

// SHA-512(prefix ‖ ISK) into secure memory, truncated to `size`.
SecureBuffer deriveKey(const QByteArray &prefix, const SecureBuffer &isk, std::size_t size)
{
    SecureBuffer full(crypto_hash_sha512_BYTES);
    crypto_hash_sha512_state st;
    crypto_hash_sha512_init(&st);
    crypto_hash_sha512_update(&st, reinterpret_cast<const unsigned char *>(prefix.constData()), prefix.size());
    crypto_hash_sha512_update(&st, isk.data(), isk.size());
    crypto_hash_sha512_final(&st, full.data());
    sodium_memzero(&st, sizeof st);
    return SecureBuffer::fromBytes(reinterpret_cast<const char *>(full.data()), size);
}

// The draft's key-confirmation MAC (mac_key = H("CPaceMac" ‖ sid ‖ ISK)), over the role
// and the whole transcript rather than one message, so both tags vouch for everything.
QByteArray confirmationTag(const SecureBuffer &isk, const QByteArray &sid, const QByteArray &th,
                           const QByteArray &role)
{
    const SecureBuffer macKey = deriveKey(QByteArrayLiteral("CPaceMac") + sid, isk, crypto_hash_sha512_BYTES);
    const QByteArray input = cpace::lvCat({role, th});
    QByteArray tag(kTagBytes, '\0');
    crypto_auth_hmacsha512_state st;
    crypto_auth_hmacsha512_init(&st, macKey.data(), macKey.size());
    crypto_auth_hmacsha512_update(&st, reinterpret_cast<const unsigned char *>(input.constData()), input.size());
    crypto_auth_hmacsha512_final(&st, reinterpret_cast<unsigned char *>(tag.data()));
    sodium_memzero(&st, sizeof st);
    return tag;
}

bool sameTag(const QByteArray &a, const QByteArray &b)
{
    return a.size() == kTagBytes && b.size() == kTagBytes
        && crypto_verify_64(reinterpret_cast<const unsigned char *>(a.constData()),
                            reinterpret_cast<const unsigned char *>(b.constData())) == 0;
}

SecureBuffer sealKey(const SecureBuffer &isk, const QByteArray &direction)
{
    return deriveKey(cpace::lvCat({QByteArrayLiteral("saib-pairing-seal-v1"), direction}), isk,
                     crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
}

QByteArray seal(const SecureBuffer &key, const QByteArray &th, const unsigned char *plain, std::size_t size)
{
    QByteArray out(kNonceBytes + int(size) + crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
    auto *o = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(o, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(o + kNonceBytes, &written, plain, size,
                                               reinterpret_cast<const unsigned char *>(th.constData()), th.size(),
                                               nullptr, o, key.data());
    return out;
}

Result<SecureBuffer> unseal(const SecureBuffer &key, const QByteArray &th, const QByteArray &sealed)
{
    if (sealed.size() <= kSealOverhead)
        return failed("sealed pairing message too short");
    const auto *in = reinterpret_cast<const unsigned char *>(sealed.constData());
    SecureBuffer plain(std::size_t(sealed.size() - kSealOverhead));
    unsigned long long written = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.data(), &written, nullptr, in + kNonceBytes,
                                                   sealed.size() - kNonceBytes,
                                                   reinterpret_cast<const unsigned char *>(th.constData()), th.size(),
                                                   in, key.data())
        != 0)
        return failed("sealed pairing message does not open");
    return plain;
}

// Reads one prepend_len field (LEB128 length, then the bytes) starting at *pos.
bool readField(const unsigned char *data, std::size_t size, std::size_t *pos, QByteArray *out)
{
    quint64 length = 0;
    for (int shift = 0;; shift += 7) {
        if (*pos >= size || shift > 28)
            return false;
        const unsigned char b = data[(*pos)++];
        length |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80))
            break;
    }
    if (length > size - *pos)
        return false;
    *out = QByteArray(reinterpret_cast<const char *>(data + *pos), int(length));
    *pos += length;
    return true;
}
} // namespace

QString newPairingCode()
{
    ensureSodium();
    QString code;
    for (int i = 0; i < kPairingCodeLength; ++i)
        code.append(QLatin1Char(kPairingAlphabet[randombytes_uniform(kAlphabetSize)]));
    return code;
}

QString normalisePairingCode(const QString &input)
{
    QString out;
    for (const QChar c : input) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        out.append(c.toUpper());
    }
    return out;
}

namespace {
bool inAlphabet(const QString &text, int length)
{
    if (text.size() != length)
        return false;
    for (const QChar c : text) {
        if (c.unicode() == 0 || c.unicode() > 127 || !std::strchr(kPairingAlphabet, static_cast<char>(c.unicode())))
            return false;
    }
    return true;
}
} // namespace

bool isValidPairingCode(const QString &code) { return inAlphabet(code, kPairingCodeLength); }
bool isValidPairingSlot(const QString &slot) { return inAlphabet(slot, kPairingSlotLength); }

QString formatPairingCode(const QString &code)
{
    return code.left(kPairingCodeLength / 2) + QLatin1Char('-') + code.mid(kPairingCodeLength / 2);
}

QString pairingSlot(const QString &code) { return code.left(kPairingSlotLength); }

QString pairingSas(const QByteArray &th, const QString &accountId, const SecureBuffer &vaultKey)
{
    QByteArray commitment(crypto_hash_sha512_BYTES, '\0');
    crypto_hash_sha512_state st;
    crypto_hash_sha512_init(&st);
    const QByteArray label = QByteArrayLiteral("saib-vault-commit-v1");
    crypto_hash_sha512_update(&st, reinterpret_cast<const unsigned char *>(label.constData()), label.size());
    crypto_hash_sha512_update(&st, vaultKey.data(), vaultKey.size());
    crypto_hash_sha512_final(&st, reinterpret_cast<unsigned char *>(commitment.data()));
    const QByteArray digest = saib::sha512(
        cpace::lvCat({QByteArrayLiteral("saib-pairing-sas-v1"), th, accountId.toUtf8(), commitment}));
    const quint32 n = qFromBigEndian<quint32>(digest.constData()) % 1000000u;
    return QStringLiteral("%1 %2").arg(n / 1000, 3, 10, QLatin1Char('0')).arg(n % 1000, 3, 10, QLatin1Char('0'));
}

Result<PairingJoiner> PairingJoiner::start(const QString &code)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (!isValidPairingCode(code))
        return Error(ErrorCode::PairingCodeInvalid);
    PairingJoiner j;
    j.m_slot = pairingSlot(code);
    j.m_password = passwordFor(code);
    j.m_sid = QByteArray(kPairingSidSize, '\0');
    randombytes_buf(j.m_sid.data(), kPairingSidSize);
    auto share = cpace::makeShare(j.m_password, contextFor(j.m_slot), j.m_sid);
    if (!share.ok())
        return share.error();
    j.m_share = share.take();
    j.m_m1 = j.m_sid + j.m_share.message;
    return j;
}

Result<QByteArray> PairingJoiner::answer(const QByteArray &m2, const QString &deviceId, const QByteArray &publicKey)
{
    if (m2.size() != cpace::kShareBytes + kTagBytes)
        return failed("m2 has the wrong size");
    const QByteArray yb = m2.left(cpace::kShareBytes);
    const QByteArray th = transcriptHash(m_sid, m_share.message, yb);
    auto isk = cpace::intermediateKey(m_share, yb, m_sid, cpace::transcriptIr(m_share.message, kJoinerRole, yb, kExistingRole));
    if (!isk.ok())
        return isk.error();
    if (!sameTag(m2.mid(cpace::kShareBytes), confirmationTag(isk.value(), m_sid, th, kExistingRole)))
        return failed("the other device's confirmation does not match: different code or altered message");
    m_isk = isk.take();
    m_transcriptHash = th;
    const QByteArray plain = cpace::lvCat({deviceId.toUtf8(), publicKey});
    return confirmationTag(m_isk, m_sid, th, kJoinerRole)
        + seal(sealKey(m_isk, kJoinerRole), th, reinterpret_cast<const unsigned char *>(plain.constData()),
               std::size_t(plain.size()));
}

Result<PairingJoiner::Welcome> PairingJoiner::open(const QByteArray &m4) const
{
    if (m_isk.isNull())
        return failed("no confirmed session");
    auto plain = unseal(sealKey(m_isk, kExistingRole), m_transcriptHash, m4);
    if (!plain.ok())
        return plain.error();
    const SecureBuffer &p = plain.value();
    if (p.size() < std::size_t(kVaultKeySize))
        return failed("welcome too short");
    std::size_t pos = kVaultKeySize;
    QByteArray account, devices;
    if (!readField(p.data(), p.size(), &pos, &account) || !readField(p.data(), p.size(), &pos, &devices)
        || pos != p.size())
        return failed("welcome is malformed");
    Welcome w;
    w.accountId = QString::fromUtf8(account);
    w.vaultKey = SecureBuffer::fromBytes(reinterpret_cast<const char *>(p.data()), kVaultKeySize);
    w.deviceIds = QString::fromUtf8(devices).split(QLatin1Char(','), Qt::SkipEmptyParts);
    w.sas = pairingSas(m_transcriptHash, w.accountId, w.vaultKey);
    return w;
}

Result<PairingResponder> PairingResponder::respond(const QString &code, const QByteArray &m1)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    if (!isValidPairingCode(code))
        return Error(ErrorCode::PairingCodeInvalid);
    if (m1.size() != kPairingSidSize + cpace::kShareBytes)
        return failed("m1 has the wrong size");
    PairingResponder r;
    r.m_sid = m1.left(kPairingSidSize);
    const QByteArray ya = m1.mid(kPairingSidSize);
    auto share = cpace::makeShare(passwordFor(code), contextFor(pairingSlot(code)), r.m_sid);
    if (!share.ok())
        return share.error();
    const QByteArray &yb = share.value().message;
    auto isk = cpace::intermediateKey(share.value(), ya, r.m_sid, cpace::transcriptIr(ya, kJoinerRole, yb, kExistingRole));
    if (!isk.ok())
        return isk.error();
    r.m_isk = isk.take();
    r.m_transcriptHash = transcriptHash(r.m_sid, ya, yb);
    r.m_m2 = yb + confirmationTag(r.m_isk, r.m_sid, r.m_transcriptHash, kExistingRole);
    return r;
}

Result<PairingResponder::NewDevice> PairingResponder::confirm(const QByteArray &m3) const
{
    if (m3.size() <= kTagBytes)
        return failed("m3 too short");
    if (!sameTag(m3.left(kTagBytes), confirmationTag(m_isk, m_sid, m_transcriptHash, kJoinerRole)))
        return failed("the joining device's confirmation does not match: different code or altered message");
    auto plain = unseal(sealKey(m_isk, kJoinerRole), m_transcriptHash, m3.mid(kTagBytes));
    if (!plain.ok())
        return plain.error();
    std::size_t pos = 0;
    QByteArray id, key;
    if (!readField(plain.value().data(), plain.value().size(), &pos, &id)
        || !readField(plain.value().data(), plain.value().size(), &pos, &key) || pos != plain.value().size())
        return failed("device description is malformed");
    NewDevice d{QString::fromUtf8(id), key};
    if (d.publicKey.size() != kPublicKeySize || d.deviceId.isEmpty())
        return failed("device description is malformed");
    return d;
}

Result<QByteArray> PairingResponder::welcome(const QString &accountId, const SecureBuffer &vaultKey,
                                             const QStringList &deviceIds, QString *sas) const
{
    if (vaultKey.size() != std::size_t(kVaultKeySize))
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("vault key has wrong size"));
    const QByteArray fields = cpace::lvCat({accountId.toUtf8(), deviceIds.join(QLatin1Char(',')).toUtf8()});
    SecureBuffer plain(vaultKey.size() + std::size_t(fields.size()));
    std::memcpy(plain.data(), vaultKey.data(), vaultKey.size());
    std::memcpy(plain.data() + vaultKey.size(), fields.constData(), std::size_t(fields.size()));
    if (sas)
        *sas = pairingSas(m_transcriptHash, accountId, vaultKey);
    return seal(sealKey(m_isk, kExistingRole), m_transcriptHash, plain.data(), plain.size());
}

} // namespace saib::protocol
