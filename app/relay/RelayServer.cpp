#include "RelayServer.h"
#include "RequestLog.h"

#include <core/io/JsonReader.h>
#include <core/protocol/Wire.h>
#include <core/protocol/WireErrors.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

#include <cstdio>

namespace saib::relay {

namespace {
constexpr int kPurgeIntervalMs = 60 * 1000;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QByteArray methodName(QHttpServerRequest::Method m)
{
    using M = QHttpServerRequest::Method;
    switch (m) {
    case M::Get: return QByteArrayLiteral("GET");
    case M::Put: return QByteArrayLiteral("PUT");
    case M::Delete: return QByteArrayLiteral("DELETE");
    case M::Post: return QByteArrayLiteral("POST");
    case M::Head: return QByteArrayLiteral("HEAD");
    case M::Options: return QByteArrayLiteral("OPTIONS");
    case M::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("OTHER");
    }
}
} // namespace

RelayServer::RelayServer(RelayOptions options, std::unique_ptr<RelayStore> store,
                         TokenAuthority tokens, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_store(std::move(store)),
      m_tokens(std::move(tokens))
{
    using M = QHttpServerRequest::Method;
    addRoute(QStringLiteral("/v1/health"), M::Get, Access::Unlimited, &RelayServer::health);
    addRoute(QStringLiteral("/v1/register"), M::Post, Access::Public, &RelayServer::registerAccount);
    addRoute(QStringLiteral("/v1/auth/challenge"), M::Post, Access::Public, &RelayServer::challenge);
    addRoute(QStringLiteral("/v1/auth/token"), M::Post, Access::Public, &RelayServer::token);
    addRoute(QStringLiteral("/v1/envelopes"), M::Post, Access::Device, &RelayServer::push);
    addRoute(QStringLiteral("/v1/envelopes"), M::Get, Access::Device, &RelayServer::pull);
    addRoute(QStringLiteral("/v1/devices"), M::Get, Access::Device, &RelayServer::listDevices);
    addRoute(QStringLiteral("/v1/devices/revoke"), M::Post, Access::Device, &RelayServer::revokeDevice);
    addRoute(QStringLiteral("/v1/devices"), M::Post, Access::Device, &RelayServer::addDevice);
    addRoute(QStringLiteral("/v1/epochs"), M::Post, Access::Device, &RelayServer::postEpoch);
    addRoute(QStringLiteral("/v1/epochs"), M::Get, Access::Device, &RelayServer::listEpochs);
    addRoute(QStringLiteral("/v1/epochs/moved"), M::Post, Access::Device, &RelayServer::moved);
    addRoute(QStringLiteral("/v1/pairings"), M::Post, Access::Public, &RelayServer::pairingCreate);
    addRoute(QStringLiteral("/v1/pairings/read"), M::Post, Access::Public, &RelayServer::pairingRead);
    addRoute(QStringLiteral("/v1/pairings/post"), M::Post, Access::Public, &RelayServer::pairingPost);
    addRoute(QStringLiteral("/v1/pairings/close"), M::Post, Access::Public, &RelayServer::pairingClose);
    addSurveyRoutes();

    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QElapsedTimer timer;
        timer.start();
        Reply reply;
        const QByteArray allow = allowedMethods(request.url().path());
        if (request.body().size() > m_options.maxBodyBytes) {
            reply = error(Error(ErrorCode::RelayPayloadTooLarge, QStringLiteral("request body too large")));
        } else if (!allow.isEmpty()) {
            // The path exists, the method does not: 405 with the methods it does take.
            reply.status = 405;
            reply.errorCode = QStringLiteral("method_not_allowed");
            reply.body = protocol::ErrorBody{reply.errorCode, QStringLiteral("use ") + QString::fromLatin1(allow)}.toJson();
            reply.allow = allow;
        } else {
            reply = error(Error(ErrorCode::NotFound, QStringLiteral("no such endpoint")));
        }
        qint64 out = 0;
        const QHttpServerResponse response = toResponse(reply, &out);
        response.write(std::move(responder));
        writeRequestLog({methodName(request.method()),
                         request.url().path(), reply.status, request.body().size(), out,
                         timer.elapsed(), QString(), reply.errorCode});
    });

    // Housekeeping that any relay may do; concurrent purges are harmless.
    m_purge.setInterval(kPurgeIntervalMs);
    connect(&m_purge, &QTimer::timeout, this, [this] {
        // Nothing waits on a purge: say why it failed in the log; the next tick tries again.
        if (const Error e = m_store->purgeExpired(nowMs()))
            std::fprintf(stderr, "saib-relay: purge failed: %s\n", qPrintable(e.detail));
    });
    m_purge.start();
}

Result<quint16> RelayServer::listen()
{
    if (!m_options.tlsCertificate.isEmpty()) {
        if (!QSslSocket::supportsSsl())
            return Error(ErrorCode::CryptoUnavailable, QStringLiteral("TLS is not available in this Qt build"));
        QFile certFile(m_options.tlsCertificate), keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return Error(ErrorCode::CryptoUnavailable, QStringLiteral("cannot read --tls-cert/--tls-key"));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            return Error(ErrorCode::CryptoUnavailable, QStringLiteral("--tls-cert/--tls-key are not PEM"));
        m_tlsCertificate = cert;
        m_tlsKey = key;
    }
    GateLimits limits;
    limits.maxBodyBytes = m_options.maxBodyBytes;
    limits.headerTimeoutMs = m_options.headerTimeoutMs;
    limits.idleTimeoutMs = m_options.idleTimeoutMs;
    limits.maxConnectionsPerAddress = m_options.maxConnectionsPerAddress;
    limits.maxRequestsPerConnection = m_options.maxRequestsPerConnection;
    m_gate = new ConnectionGate(limits, this);
    m_gate->setReader(&m_http);
#if QT_CONFIG(ssl)
    if (!m_options.tlsCertificate.isEmpty()) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(m_tlsCertificate);
        conf.setPrivateKey(m_tlsKey);
        m_gate->setSslConfiguration(conf);
    }
#endif
    const quint16 port = m_gate->listen(m_options.address, m_options.port) ? m_gate->serverPort() : 0;
    if (port != 0)
        m_http.bind(m_gate); // QHttpServer gets each connection once its headers passed the gate
    if (port == 0)
        return Error(ErrorCode::RelayServerError, QStringLiteral("cannot listen on %1:%2")
                                                      .arg(m_options.address.toString())
                                                      .arg(m_options.port));
    return port;
}

QByteArray RelayServer::allowedMethods(const QString &path) const
{
    QByteArrayList methods;
    for (const auto &[pattern, method] : m_routes)
        if (pattern.match(path).hasMatch() && !methods.contains(method))
            methods << method;
    return methods.join(", ");
}

void RelayServer::addRoute(const QString &path, QHttpServerRequest::Method method, Access access,
                           Handler handler)
{
    m_routes.append({QRegularExpression(QRegularExpression::anchoredPattern(QRegularExpression::escape(path))),
                     methodName(method)});
    m_http.route(path, method, [this, access, handler](const QHttpServerRequest &request) {
        return dispatch(request, access, handler);
    });
}

void RelayServer::addArgRoute(const QString &pattern, QHttpServerRequest::Method method, Access access,
                              Handler handler)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QRegularExpression::escape(QStringLiteral("<arg>")), QStringLiteral("[^/]+"));
    m_routes.append({QRegularExpression(QRegularExpression::anchoredPattern(regex)), methodName(method)});
    m_http.route(pattern, method, [this, access, handler](const QString &arg, const QHttpServerRequest &request) {
        return dispatch(request, access, handler, arg);
    });
}

QHttpServerResponse RelayServer::dispatch(const QHttpServerRequest &request, Access access,
                                          Handler handler, const QString &pathArg)
{
    QElapsedTimer timer;
    timer.start();
    Context c{request, nowMs(), {}, {}, pathArg};
    Reply reply;
    auto serve = [&] {
        if (auto refused = admit(c, access))
            reply = *refused;
        else
            reply = (this->*handler)(c);
    };
    if (access == Access::Device) {
        // A device's request reads its device row, counts a rate hit and then does its
        // work: one unit in the store (on SQLite one commit, not two or more).
        if (Error e = m_store->withinRequest([&]() -> Error {
                serve();
                return {};
            }))
            reply = error(e);
    } else {
        serve();
    }
    qint64 out = 0;
    QHttpServerResponse response = toResponse(reply, &out);
    writeRequestLog({methodName(request.method()),
                     request.url().path(), reply.status, request.body().size(), out,
                     timer.elapsed(), c.accountId, reply.errorCode});
    return response;
}

std::optional<RelayServer::Reply> RelayServer::admit(Context &c, Access access)
{
    // QtHttpServer 6.4 has already read the whole body (it has no limit of its own), so
    // this stops the work, not the upload: production relays also need a proxy limit.
    bool lengthOk = true;
    const QByteArray declared = c.request.value(QByteArrayLiteral("Content-Length"));
    if (!declared.isEmpty() && declared.toLongLong(&lengthOk) > m_options.maxBodyBytes)
        lengthOk = false;
    if (!lengthOk || c.request.body().size() > m_options.maxBodyBytes)
        return error(Error(ErrorCode::RelayPayloadTooLarge, QStringLiteral("request body too large")));

    if (access == Access::Unlimited || access == Access::Anonymous)
        return std::nullopt;
    if (access == Access::Public)
        return checkRate(QStringLiteral("ip:") + c.request.remoteAddress().toString(),
                         m_options.ratePerAddressPerMinute, c.nowMs);

    const QByteArray header = c.request.value(QByteArrayLiteral("Authorization"));
    if (!header.startsWith("Bearer ") || header.size() > protocol::kMaxTokenLength + 7)
        return error(Error(ErrorCode::RelayUnauthenticated, QStringLiteral("missing bearer token")));
    auto claims = m_tokens.verify(QString::fromLatin1(header.mid(7).trimmed()), c.nowMs);
    if (!claims.ok())
        return error(claims.error());
    c.accountId = claims.value().accountId;
    c.deviceId = claims.value().deviceId;
    // Tokens outlive nothing: a revoked device is refused even with a valid token.
    auto device = m_store->device(c.accountId, c.deviceId);
    if (!device.ok()) {
        if (device.error().code == ErrorCode::NotFound)
            return error(Error(ErrorCode::RelayUnauthenticated, QStringLiteral("unknown device")));
        return error(device.error());
    }
    if (device.value().revoked)
        return error(Error(ErrorCode::DeviceRevoked, QStringLiteral("device revoked")));
    return checkRate(QStringLiteral("dev:%1/%2").arg(c.accountId, c.deviceId),
                     m_options.ratePerDevicePerMinute, c.nowMs);
}

std::optional<RelayServer::Reply> RelayServer::checkRate(const QString &bucket, int limit, qint64 now,
                                                        qint64 windowMs)
{
    // Fixed windows (a minute unless said) counted in the database, so the limit holds
    // across relays.
    const qint64 window = now - now % windowMs;
    auto hits = m_store->countHit(bucket, window);
    if (!hits.ok())
        return error(hits.error());
    if (hits.value() > limit) {
        Reply r = error(Error(ErrorCode::RelayRateLimited, QStringLiteral("too many requests")));
        r.retryAfter = QByteArray::number((window + windowMs - now + 999) / 1000);
        return r;
    }
    return std::nullopt;
}

QHttpServerResponse RelayServer::toResponse(const Reply &reply, qint64 *bytesOut)
{
    QByteArray body = protocol::toJsonBytes(reply.body);
    *bytesOut = body.size();
    QHttpServerResponse response(QByteArrayLiteral("application/json"), std::move(body),
                                 static_cast<QHttpServerResponse::StatusCode>(reply.status));
    response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    // Kept alive unless the gate says otherwise (ConnectionGate::finishRequest): it screens
    // every later request on the connection as it did the first.
    if (!m_gate || !m_gate->finishRequest())
        response.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    if (!reply.retryAfter.isEmpty())
        response.addHeader(QByteArrayLiteral("Retry-After"), reply.retryAfter);
    if (!reply.allow.isEmpty())
        response.addHeader(QByteArrayLiteral("Allow"), reply.allow);
    return response;
}

RelayServer::Reply RelayServer::error(const Error &e)
{
    const protocol::WireError w = protocol::wireErrorFor(e.code);
    Reply r;
    r.status = w.httpStatus;
    r.errorCode = w.code;
    protocol::ErrorBody body{w.code, e.detail.isEmpty() ? w.code : e.detail.left(300)};
    // Storage errors name tables and constraints: useful in our log, not for clients.
    if (w.httpStatus >= 500) {
        writeRelayMessage(QStringLiteral("error: ") + e.detail.left(300));
        body.message = QStringLiteral("the relay could not complete the request");
    }
    r.body = body.toJson();
    return r;
}

RelayServer::Reply RelayServer::malformedJson()
{
    Reply r;
    r.status = 400;
    r.errorCode = QStringLiteral("malformed_json");
    r.body = protocol::ErrorBody{r.errorCode, QStringLiteral("the body is not a JSON object")}.toJson();
    return r;
}

} // namespace saib::relay
