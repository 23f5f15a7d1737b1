#pragma once
// Short-lived bearer tokens: "v1.<payload>.<mac>", payload = base64url of
// "accountId \n deviceId \n expiresAtMs", mac = HMAC-SHA-256 under the database's token
// secret. Any relay sharing the database can check any token without shared memory.
// Revocation is still checked against the database on every request.
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QString>

namespace saib::relay {

struct TokenClaims {
    QString accountId;
    QString deviceId;
    qint64 expiresAtMs = 0;
};

class TokenAuthority {
public:
    explicit TokenAuthority(SecureBuffer secret) : m_secret(std::move(secret)) {}

    QString issue(const QString &accountId, const QString &deviceId, qint64 expiresAtMs) const;
    // RelayUnauthenticated when forged, malformed or expired.
    Result<TokenClaims> verify(const QString &token, qint64 nowMs) const;

private:
    QByteArray mac(const QByteArray &payload) const;
    SecureBuffer m_secret;
};

} // namespace saib::relay
