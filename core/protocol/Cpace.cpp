#include "Cpace.h"

#include <core/crypto/ExpandMessage.h>
#include <core/crypto/Ristretto.h>
#include <core/crypto/Sodium.h>

#include <sodium.h>

namespace saib::protocol::cpace {

namespace r255 = saib::ristretto;

QByteArray prependLen(const QByteArray &data)
{
    QByteArray out;
    quint64 length = static_cast<quint64>(data.size());
    do {
        const quint8 low = length & 0x7f;
        length >>= 7;
        out.append(static_cast<char>(length ? (low | 0x80) : low));
    } while (length);
    return out + data;
}

QByteArray lvCat(std::initializer_list<QByteArray> parts)
{
    QByteArray out;
    for (const QByteArray &p : parts)
        out += prependLen(p);
    return out;
}

QByteArray generatorString(const QByteArray &dsi, const QByteArray &prs, const QByteArray &ci,
                           const QByteArray &sid, int sInBytes)
{
    // The zero padding fills the first hash block, so the block that holds the password
    // is hashed the same way whatever session data follows.
    const int zpad = std::max(0, sInBytes - 1 - int(prependLen(prs).size()) - int(prependLen(dsi).size()));
    return lvCat({dsi, prs, QByteArray(zpad, '\0'), ci, sid});
}

QByteArray transcriptIr(const QByteArray &ya, const QByteArray &ada, const QByteArray &yb,
                        const QByteArray &adb)
{
    return lvCat({ya, ada}) + lvCat({yb, adb});
}

QByteArray calculateGenerator(const QByteArray &prs, const QByteArray &ci, const QByteArray &sid)
{
    QByteArray genStr = generatorString(kDsi, prs, ci, sid);
    QByteArray hash = sha512(genStr);
    QByteArray g = r255::elementFromHash(hash);
    r255::wipe(genStr); // both derive from the password
    r255::wipe(hash);
    return g;
}

Share::~Share() { r255::wipe(scalar); }

Result<Share> makeShare(const SecureBuffer &prs, const QByteArray &ci, const QByteArray &sid,
                        const std::optional<QByteArray> &fixedScalar)
{
    if (!ensureSodium())
        return Error(ErrorCode::CryptoUnavailable);
    QByteArray password(reinterpret_cast<const char *>(prs.data()), int(prs.size()));
    QByteArray g = calculateGenerator(password, ci, sid);
    r255::wipe(password);
    Share s;
    s.scalar = fixedScalar ? *fixedScalar : r255::randomScalar();
    auto y = r255::mul(s.scalar, g);
    r255::wipe(g);
    if (!y)
        return Error(ErrorCode::CryptoUnavailable, QStringLiteral("CPace share failed"));
    s.message = *y;
    return s;
}

std::optional<QByteArray> sharedPoint(const QByteArray &scalar, const QByteArray &peerShare)
{
    // isValidElement rejects non-canonical encodings and the identity; mul refuses a
    // result that is the identity.
    if (!r255::isValidElement(peerShare))
        return std::nullopt;
    return r255::mul(scalar, peerShare);
}

Result<SecureBuffer> intermediateKey(const Share &own, const QByteArray &peerShare, const QByteArray &sid,
                                     const QByteArray &transcript)
{
    auto k = sharedPoint(own.scalar, peerShare);
    if (!k)
        return Error(ErrorCode::PairingFailed, QStringLiteral("peer share is not a valid element"));
    QByteArray input = lvCat({kDsi + QByteArrayLiteral("_ISK"), sid, *k}) + transcript;
    QByteArray isk = sha512(input);
    SecureBuffer out = SecureBuffer::fromBytes(isk.constData(), std::size_t(isk.size()));
    r255::wipe(*k);
    r255::wipe(input);
    r255::wipe(isk);
    return out;
}

} // namespace saib::protocol::cpace
