#include "RelayClient.h"
#include "Ids.h"
#include "Transport.h"
#include "WireErrors.h"

#include <QHostAddress>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <type_traits>

namespace saib::protocol {

namespace {
// Renew a little before the relay's expiry so a request never races the deadline.
constexpr qint64 kTokenMarginMs = 30 * 1000;
// Keep each push body well under the relay's default body limit.
constexpr qint64 kBatchBytes = 2 * 1024 * 1024;

Error errorFromReply(const RelayClient::RawReply &reply)
{
    if (!reply.refused.ok())
        return reply.refused;
    if (reply.status == 0)
        return Error(ErrorCode::RelayUnreachable, reply.networkError);
    auto body = parseBody<ErrorBody>(reply.body);
    const QString wire = body.ok() ? body.value().error : QString();
    const QString detail = body.ok() ? body.value().message
                                     : QStringLiteral("HTTP %1").arg(reply.status);
    return Error(errorCodeFromWire(reply.status, wire), detail);
}
} // namespace

RelayClient::RelayClient(const QUrl &baseUrl, QObject *parent)
    : QObject(parent), m_base(baseUrl)
{
    // A loopback relay (tests, a relay on this machine) must never go through a proxy.
    const QHostAddress host(baseUrl.host());
    if (host.isLoopback() || baseUrl.host() == QLatin1String("localhost"))
        m_nam.setProxy(QNetworkProxy::NoProxy);
}

void RelayClient::setIdentity(DeviceIdentity identity)
{
    m_identity = std::move(identity);
    m_token.clear();
}

void RelayClient::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    m_token.clear();
}

bool RelayClient::hasToken() const
{
    return !m_token.isEmpty() && m_tokenAge.isValid()
        && m_tokenAge.elapsed() < m_tokenLifetimeMs - kTokenMarginMs;
}

void RelayClient::send(const QByteArray &method, const QString &path, const QUrlQuery &query,
                       const QByteArray &body, bool authenticated,
                       std::function<void(RawReply)> done)
{
    // Checked on every request, not only where an address is typed: no code path may
    // send a token or an envelope in the clear to another machine.
    if (Error e = checkTransport(m_base); !e.ok()) {
        RawReply refused;
        refused.refused = e;
        refused.networkError = QStringLiteral("refused: plain http to another host");
        QMetaObject::invokeMethod(this, [done = std::move(done), refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    if (!body.isEmpty() || method == "POST")
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (authenticated && !m_token.isEmpty())
        req.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)]() {
        reply->deleteLater();
        RawReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        if (r.status == 0)
            r.networkError = reply->errorString();
        done(std::move(r));
    });
}

void RelayClient::sendRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                          bool authenticated, std::function<void(RawReply)> done)
{
    const qsizetype mark = path.indexOf(QLatin1Char('?'));
    const QUrlQuery query(mark < 0 ? QString() : path.mid(mark + 1));
    send(method, mark < 0 ? path : path.left(mark), query, body, authenticated, std::move(done));
}

template <typename T>
void RelayClient::call(const QByteArray &method, const QString &path, const QUrlQuery &query,
                       const QByteArray &body, bool authenticated, Callback<T> done)
{
    send(method, path, query, body, authenticated, [done = std::move(done)](RawReply reply) {
        if (reply.status < 200 || reply.status >= 300) {
            done(errorFromReply(reply));
            return;
        }
        if constexpr (std::is_same_v<T, QByteArray>) {
            done(std::move(reply.body)); // the caller parses it
        } else {
            auto parsed = parseBody<T>(reply.body);
            if (!parsed.ok()) {
                done(Error(ErrorCode::SyncMalformed, parsed.error().detail));
                return;
            }
            done(parsed.take());
        }
    });
}

template <typename T>
void RelayClient::authedCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                             const QByteArray &body, Callback<T> done, bool retried)
{
    auto go = [=](Error e) {
        if (e) {
            done(e);
            return;
        }
        call<T>(method, path, query, body, true, [=](Result<T> r) {
            // The relay may have restarted with a rotated secret or our token aged out:
            // log in again once, then give up.
            if (!r.ok() && r.error().code == ErrorCode::RelayUnauthenticated && !retried) {
                m_token.clear();
                authedCall<T>(method, path, query, body, done, true);
                return;
            }
            done(std::move(r));
        });
    };
    if (hasToken())
        go({});
    else
        authenticate(go);
}

void RelayClient::registerAccount(Done done)
{
    if (m_identity.isNull()) {
        done(Error(ErrorCode::RelayUnauthenticated, QStringLiteral("no device identity")));
        return;
    }
    if (m_accountId.isEmpty())
        m_accountId = randomId();
    RegisterRequest req;
    req.accountId = m_accountId;
    req.deviceId = m_identity.deviceId();
    req.publicKey = m_identity.publicKey();
    req.signature = m_identity.signFor(req.publicKey, m_accountId, purpose::registerAccount);
    call<RegisterResponse>("POST", QStringLiteral("/v1/register"), {}, toJsonBytes(req.toJson()),
                           false, [done](Result<RegisterResponse> r) { done(r.ok() ? Error() : r.error()); });
}

void RelayClient::authenticate(Done done)
{
    if (m_identity.isNull() || m_accountId.isEmpty()) {
        done(Error(ErrorCode::RelayUnauthenticated, QStringLiteral("no account or identity")));
        return;
    }
    ChallengeRequest creq{m_accountId, m_identity.deviceId()};
    call<ChallengeResponse>(
        "POST", QStringLiteral("/v1/auth/challenge"), {}, toJsonBytes(creq.toJson()), false,
        [this, done](Result<ChallengeResponse> ch) {
            if (!ch.ok()) {
                done(ch.error());
                return;
            }
            TokenRequest treq;
            treq.accountId = m_accountId;
            treq.deviceId = m_identity.deviceId();
            treq.challenge = ch.value().challenge;
            treq.signature = m_identity.signFor(treq.challenge, m_accountId, purpose::authenticate);
            call<TokenResponse>("POST", QStringLiteral("/v1/auth/token"), {},
                                toJsonBytes(treq.toJson()), false,
                                [this, done](Result<TokenResponse> t) {
                                    if (!t.ok()) {
                                        done(t.error());
                                        return;
                                    }
                                    m_token = t.value().token;
                                    m_tokenLifetimeMs = t.value().expiresInMs;
                                    m_tokenAge.start();
                                    done({});
                                });
        });
}

void RelayClient::push(const QList<Envelope> &envelopes, Callback<PushResponse> done)
{
    QList<QList<Envelope>> batches;
    QList<Envelope> current;
    qint64 bytes = 0;
    for (const Envelope &e : envelopes) {
        const qint64 size = e.ciphertext.size() * 4 / 3 + 200;
        if (!current.isEmpty() && (current.size() >= kMaxBatch || bytes + size > kBatchBytes)) {
            batches.append(current);
            current.clear();
            bytes = 0;
        }
        current.append(e);
        bytes += size;
    }
    if (!current.isEmpty())
        batches.append(current);
    pushBatches(std::move(batches), {}, std::move(done));
}

void RelayClient::pushBatches(QList<QList<Envelope>> batches, PushResponse sum,
                              Callback<PushResponse> done)
{
    if (batches.isEmpty()) {
        done(sum);
        return;
    }
    PushRequest req;
    req.envelopes = batches.takeFirst();
    authedCall<PushResponse>("POST", QStringLiteral("/v1/envelopes"), {}, req.toJsonBytes(),
                             [this, batches, sum, done](Result<PushResponse> r) mutable {
                                 if (!r.ok()) {
                                     done(r.error());
                                     return;
                                 }
                                 sum.accepted += r.value().accepted;
                                 sum.duplicates += r.value().duplicates;
                                 pushBatches(std::move(batches), sum, std::move(done));
                             });
}

void RelayClient::pull(qint64 since, int limit, Callback<PullResponse> done)
{
    PullQuery q{since, limit};
    authedCall<PullResponse>("GET", QStringLiteral("/v1/envelopes"), q.toQuery(), {}, std::move(done));
}

void RelayClient::pullBytes(qint64 since, int limit, Callback<QByteArray> done)
{
    PullQuery q{since, limit};
    authedCall<QByteArray>("GET", QStringLiteral("/v1/envelopes"), q.toQuery(), {}, std::move(done));
}

void RelayClient::pullAll(qint64 since, Callback<PullResponse> done)
{
    PullResponse sum;
    sum.nextCursor = since;
    pullFrom(since, std::move(sum), std::move(done));
}

void RelayClient::pullFrom(qint64 since, PullResponse sum, Callback<PullResponse> done)
{
    pull(since, kMaxBatch, [this, sum, done](Result<PullResponse> r) mutable {
        if (!r.ok()) {
            done(r.error());
            return;
        }
        sum.envelopes.append(r.value().envelopes);
        sum.head = r.value().head;
        // A cursor must move forward while pages remain, or a faulty relay could keep
        // us looping forever.
        const bool advanced = r.value().nextCursor > sum.nextCursor;
        if (r.value().nextCursor > sum.nextCursor)
            sum.nextCursor = r.value().nextCursor;
        if (r.value().more && advanced) {
            pullFrom(sum.nextCursor, std::move(sum), std::move(done));
            return;
        }
        if (r.value().more) {
            done(Error(ErrorCode::SyncMalformed, QStringLiteral("cursor did not advance")));
            return;
        }
        sum.more = false;
        done(std::move(sum));
    });
}

void RelayClient::listDevices(Callback<QList<DeviceInfo>> done)
{
    authedCall<DeviceListResponse>("GET", QStringLiteral("/v1/devices"), {}, {},
                                   [done](Result<DeviceListResponse> r) {
                                       if (!r.ok())
                                           done(r.error());
                                       else
                                           done(r.value().devices);
                                   });
}

void RelayClient::revokeDevice(const QString &deviceId, Done done)
{
    RevokeRequest req{deviceId};
    authedCall<RevokeResponse>("POST", QStringLiteral("/v1/devices/revoke"), {},
                               toJsonBytes(req.toJson()),
                               [done](Result<RevokeResponse> r) { done(r.ok() ? Error() : r.error()); });
}

void RelayClient::addDevice(const QString &deviceId, const QByteArray &publicKey, Done done)
{
    AddDeviceRequest req{deviceId, publicKey};
    authedCall<AddDeviceResponse>("POST", QStringLiteral("/v1/devices"), {}, toJsonBytes(req.toJson()),
                                  [done](Result<AddDeviceResponse> r) { done(r.ok() ? Error() : r.error()); });
}

void RelayClient::postEpoch(const RotateRequest &req, Done done)
{
    authedCall<EpochsResponse>("POST", QStringLiteral("/v1/epochs"), {}, toJsonBytes(req.toJson()),
                               [done](Result<EpochsResponse> r) { done(r.ok() ? Error() : r.error()); });
}

void RelayClient::epochs(Callback<EpochsResponse> done)
{
    authedCall<EpochsResponse>("GET", QStringLiteral("/v1/epochs"), {}, {}, std::move(done));
}

void RelayClient::moved(int epoch, Callback<MovedResponse> done)
{
    authedCall<MovedResponse>("POST", QStringLiteral("/v1/epochs/moved"), {},
                              toJsonBytes(MovedRequest{epoch}.toJson()), std::move(done));
}

void RelayClient::createPairing(const PairingCreateRequest &req, Callback<PairingStateResponse> done)
{
    call<PairingStateResponse>("POST", QStringLiteral("/v1/pairings"), {}, toJsonBytes(req.toJson()), false,
                               std::move(done));
}

void RelayClient::readPairing(const PairingReadRequest &req, Callback<PairingStateResponse> done)
{
    call<PairingStateResponse>("POST", QStringLiteral("/v1/pairings/read"), {}, toJsonBytes(req.toJson()), false,
                               std::move(done));
}

void RelayClient::postPairing(const PairingPostRequest &req, Callback<PairingStateResponse> done)
{
    call<PairingStateResponse>("POST", QStringLiteral("/v1/pairings/post"), {}, toJsonBytes(req.toJson()), false,
                               std::move(done));
}

void RelayClient::closePairing(const PairingCloseRequest &req, Callback<PairingStateResponse> done)
{
    call<PairingStateResponse>("POST", QStringLiteral("/v1/pairings/close"), {}, toJsonBytes(req.toJson()), false,
                               std::move(done));
}

} // namespace saib::protocol
