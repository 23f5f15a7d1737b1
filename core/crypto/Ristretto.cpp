#include "Ristretto.h"

#include <core/crypto/Sodium.h>

#include <sodium.h>

namespace saib::ristretto {

namespace {
const unsigned char *in(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
unsigned char *out(QByteArray &b) { return reinterpret_cast<unsigned char *>(b.data()); }
} // namespace

bool isValidElement(const QByteArray &element)
{
    ensureSodium();
    if (element.size() != kElementBytes)
        return false;
    // The identity encodes as 32 zero bytes; libsodium's check accepts it, the RFC does not.
    if (sodium_is_zero(in(element), kElementBytes))
        return false;
    return crypto_core_ristretto255_is_valid_point(in(element)) == 1;
}

bool isCanonicalScalar(const QByteArray &scalar)
{
    ensureSodium();
    if (scalar.size() != kScalarBytes)
        return false;
    // libsodium 1.0.18 has no public "is canonical" test: a value below the order is the
    // only one that survives reduction unchanged.
    QByteArray wide(64, '\0');
    wide.replace(0, kScalarBytes, scalar);
    QByteArray reduced = reduceWide(wide);
    const bool canonical = sodium_memcmp(in(reduced), in(scalar), kScalarBytes) == 0;
    wipe(wide); // the scalar may be a secret key or blind
    wipe(reduced);
    return canonical;
}

QByteArray elementFromHash(const QByteArray &uniform64)
{
    ensureSodium();
    QByteArray r(kElementBytes, '\0');
    crypto_core_ristretto255_from_hash(out(r), in(uniform64));
    return r;
}

QByteArray reduceWide(const QByteArray &wide64)
{
    QByteArray r(kScalarBytes, '\0');
    crypto_core_ristretto255_scalar_reduce(out(r), in(wide64));
    return r;
}

std::optional<QByteArray> mul(const QByteArray &scalar, const QByteArray &element)
{
    ensureSodium();
    if (scalar.size() != kScalarBytes || element.size() != kElementBytes)
        return std::nullopt;
    QByteArray r(kElementBytes, '\0');
    if (crypto_scalarmult_ristretto255(out(r), in(scalar), in(element)) != 0)
        return std::nullopt;
    return r;
}

std::optional<QByteArray> mulBase(const QByteArray &scalar)
{
    ensureSodium();
    if (scalar.size() != kScalarBytes)
        return std::nullopt;
    QByteArray r(kElementBytes, '\0');
    if (crypto_scalarmult_ristretto255_base(out(r), in(scalar)) != 0)
        return std::nullopt;
    return r;
}

std::optional<QByteArray> add(const QByteArray &p, const QByteArray &q)
{
    ensureSodium();
    if (p.size() != kElementBytes || q.size() != kElementBytes)
        return std::nullopt;
    QByteArray r(kElementBytes, '\0');
    if (crypto_core_ristretto255_add(out(r), in(p), in(q)) != 0)
        return std::nullopt;
    if (sodium_is_zero(in(r), kElementBytes))
        return std::nullopt;
    return r;
}

QByteArray scalarMul(const QByteArray &a, const QByteArray &b)
{
    QByteArray r(kScalarBytes, '\0');
    crypto_core_ristretto255_scalar_mul(out(r), in(a), in(b));
    return r;
}

QByteArray scalarSub(const QByteArray &a, const QByteArray &b)
{
    QByteArray r(kScalarBytes, '\0');
    crypto_core_ristretto255_scalar_sub(out(r), in(a), in(b));
    return r;
}

std::optional<QByteArray> scalarInvert(const QByteArray &s)
{
    if (s.size() != kScalarBytes)
        return std::nullopt;
    QByteArray r(kScalarBytes, '\0');
    if (crypto_core_ristretto255_scalar_invert(out(r), in(s)) != 0)
        return std::nullopt;
    return r;
}

QByteArray randomScalar()
{
    ensureSodium();
    QByteArray r(kScalarBytes, '\0');
    crypto_core_ristretto255_scalar_random(out(r)); // never zero
    return r;
}

bool equalBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

void wipe(QByteArray &bytes)
{
    // Only a buffer we own alone is wiped: writing through a shared one would detach and
    // wipe a fresh copy, and a raw-data view points at memory someone else owns.
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

} // namespace saib::ristretto
