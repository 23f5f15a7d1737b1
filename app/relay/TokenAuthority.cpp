#include "TokenAuthority.h"

#include <core/protocol/Base64Url.h>
#include <core/protocol/Ids.h>

#include <QList>
#include <QStringList>
#include <sodium.h>

namespace saib::relay {

using protocol::fromBase64Url;
using protocol::toBase64Url;

QByteArray TokenAuthority::mac(const QByteArray &payload) const
{
    static_assert(crypto_auth_hmacsha256_KEYBYTES == 32);
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char *>(out.data()),
                           reinterpret_cast<const unsigned char *>(payload.constData()),
                           static_cast<unsigned long long>(payload.size()), m_secret.data());
    return out;
}

QString TokenAuthority::issue(const QString &accountId, const QString &deviceId, qint64 expiresAtMs) const
{
    const QByteArray payload = accountId.toUtf8() + '\n' + deviceId.toUtf8() + '\n'
        + QByteArray::number(expiresAtMs);
    return QStringLiteral("v1.") + toBase64Url(payload) + QLatin1Char('.') + toBase64Url(mac(payload));
}

Result<TokenClaims> TokenAuthority::verify(const QString &token, qint64 nowMs) const
{
    const Error bad(ErrorCode::RelayUnauthenticated, QStringLiteral("invalid token"));
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3 || parts.at(0) != QLatin1String("v1") || m_secret.size() != 32)
        return bad;
    const auto payload = fromBase64Url(parts.at(1));
    const auto tag = fromBase64Url(parts.at(2));
    if (!payload || !tag || tag->size() != crypto_auth_hmacsha256_BYTES)
        return bad;
    if (crypto_auth_hmacsha256_verify(reinterpret_cast<const unsigned char *>(tag->constData()),
                                      reinterpret_cast<const unsigned char *>(payload->constData()),
                                      static_cast<unsigned long long>(payload->size()),
                                      m_secret.data())
        != 0)
        return bad;
    const QList<QByteArray> fields = payload->split('\n');
    if (fields.size() != 3)
        return bad;
    TokenClaims c;
    c.accountId = QString::fromUtf8(fields.at(0));
    c.deviceId = QString::fromUtf8(fields.at(1));
    bool ok = false;
    c.expiresAtMs = fields.at(2).toLongLong(&ok);
    if (!ok || !protocol::isValidId(c.accountId) || !protocol::isValidId(c.deviceId))
        return bad;
    if (c.expiresAtMs <= nowMs)
        return Error(ErrorCode::RelayUnauthenticated, QStringLiteral("token expired"));
    return c;
}

} // namespace saib::relay
