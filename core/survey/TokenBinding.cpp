#include "TokenBinding.h"

#include <sodium.h>

namespace saib::survey {

namespace {
const unsigned char *bytes(const QByteArray &b) { return reinterpret_cast<const unsigned char *>(b.constData()); }
} // namespace

QByteArray payloadMac(const QByteArray &tokenOutput, const QByteArray &payloadBytes)
{
    // A derived key, not the output itself, so the MAC key is used for nothing else.
    unsigned char key[crypto_hash_sha256_BYTES];
    const QByteArray keyInput = QByteArrayLiteral("saib-survey-payload-mac-v1") + tokenOutput;
    crypto_hash_sha256(key, bytes(keyInput), static_cast<unsigned long long>(keyInput.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key, sizeof key);
    crypto_auth_hmacsha256_update(&state, bytes(payloadBytes), static_cast<unsigned long long>(payloadBytes.size()));
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    sodium_memzero(key, sizeof key);
    sodium_memzero(&state, sizeof state);
    return mac;
}

bool payloadMacMatches(const QByteArray &tokenOutput, const QByteArray &payloadBytes, const QByteArray &mac)
{
    if (mac.size() != kPayloadMacBytes)
        return false;
    const QByteArray expected = payloadMac(tokenOutput, payloadBytes);
    return sodium_memcmp(expected.constData(), mac.constData(), kPayloadMacBytes) == 0;
}

} // namespace saib::survey
