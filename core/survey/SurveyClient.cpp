#include "SurveyClient.h"

#include <core/protocol/Transport.h>
#include <core/protocol/Wire.h>
#include <core/protocol/WireErrors.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace saib::survey {

namespace {
constexpr int kTimeoutMs = 30000;
constexpr qint64 kMaxReplyBytes = 16 * 1024 * 1024;

// Refuses every cookie, so none is ever stored or sent.
class NoCookieJar : public QNetworkCookieJar {
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &) const override { return {}; }
    bool setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &) override { return false; }
};

QJsonObject objectFrom(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

Error unexpected(const QString &why) { return Error(ErrorCode::SyncMalformed, why); }
} // namespace

SurveyClient::SurveyClient(QUrl server, QObject *parent) : QObject(parent), m_server(std::move(server)) {}

Error SurveyClient::errorFrom(const RawReply &reply)
{
    if (reply.status >= 200 && reply.status < 300)
        return {};
    if (!reply.refused.ok())
        return reply.refused;
    if (reply.status == 0)
        return Error(ErrorCode::RelayUnreachable, reply.networkError);
    const QJsonObject o = objectFrom(reply.body);
    return Error(protocol::errorCodeFromWire(reply.status, o.value(QStringLiteral("error")).toString()),
                 o.value(QStringLiteral("message")).toString().left(300));
}

void SurveyClient::send(const QByteArray &method, const QString &path, const QString &query,
                        const QByteArray &body, std::function<void(RawReply)> done)
{
    // An answer or a token must never cross the network in the clear (Transport.h).
    if (Error e = protocol::checkTransport(m_server); !e.ok()) {
        RawReply refused;
        refused.refused = e;
        QMetaObject::invokeMethod(this, [done = std::move(done), refused] { done(refused); }, Qt::QueuedConnection);
        return;
    }
    // A fresh manager per call: nothing (connection, TLS session, cookie) is shared.
    auto *nam = new QNetworkAccessManager(this);
    nam->setCookieJar(new NoCookieJar(nam));
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl url = m_server;
    url.setPath(m_server.path().chopped(m_server.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("saib"));
    // Qt adds Accept-Language from the system locale (e.g. "cy-GB,cy,en") to every
    // request unless one is set, which would mark the few Welsh-locale leaders among
    // the submissions. Qt cannot leave it out, so every copy sends the same "*".
    req.setRawHeader(QByteArrayLiteral("Accept-Language"), QByteArrayLiteral("*"));
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    req.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = method == "GET" ? nam->get(req) : nam->sendCustomRequest(req, method, body);
    connect(reply, &QNetworkReply::finished, this, [reply, nam, done = std::move(done)] {
        RawReply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->read(kMaxReplyBytes);
        if (r.status == 0)
            r.networkError = reply->errorString();
        reply->deleteLater();
        nam->deleteLater();
        done(std::move(r));
    });
}

void SurveyClient::listSurveys(std::function<void(Result<QList<QByteArray>>)> done)
{
    send("GET", QStringLiteral("/v1/surveys"), {}, {}, [done = std::move(done)](RawReply r) {
        if (Error e = errorFrom(r))
            return done(e);
        const QJsonValue list = objectFrom(r.body).value(QStringLiteral("surveys"));
        if (!list.isArray())
            return done(unexpected(QStringLiteral("no survey list")));
        QList<QByteArray> out;
        for (const QJsonValue &v : list.toArray())
            out.append(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        done(out);
    });
}

void SurveyClient::fetchSurvey(const QString &surveyId, std::function<void(Result<QByteArray>)> done)
{
    send("GET", QStringLiteral("/v1/surveys/") + surveyId, {}, {}, [done = std::move(done)](RawReply r) {
        if (Error e = errorFrom(r))
            return done(e);
        done(r.body);
    });
}

void SurveyClient::enrol(const QString &surveyId, const QString &code, const IssuanceRequest &request,
                         std::function<void(Result<IssuanceResponse>)> done)
{
    const QJsonObject body{{QStringLiteral("code"), code},
                           {QStringLiteral("request"), QJsonDocument::fromJson(request.toJson()).object()}};
    send("POST", QStringLiteral("/v1/surveys/%1/enrol").arg(surveyId), {},
         QJsonDocument(body).toJson(QJsonDocument::Compact), [done = std::move(done)](RawReply r) {
             if (Error e = errorFrom(r))
                 return done(e);
             done(IssuanceResponse::fromJson(r.body));
         });
}

void SurveyClient::submit(const QString &surveyId, const QByteArray &payload, std::function<void(Error)> done)
{
    send("POST", QStringLiteral("/v1/surveys/%1/responses").arg(surveyId), {}, payload,
         [done = std::move(done)](RawReply r) { done(errorFrom(r)); });
}

void SurveyClient::publish(const QByteArray &envelope, std::function<void(Error)> done)
{
    send("POST", QStringLiteral("/v1/surveys"), {}, envelope,
         [done = std::move(done)](RawReply r) { done(errorFrom(r)); });
}

void SurveyClient::uploadEnrolmentCodes(const QString &surveyId, const QByteArray &signedBatch,
                                        std::function<void(Result<int>)> done)
{
    send("POST", QStringLiteral("/v1/surveys/%1/enrolment-codes").arg(surveyId), {}, signedBatch,
         [done = std::move(done)](RawReply r) {
             if (Error e = errorFrom(r))
                 return done(e);
             done(objectFrom(r.body).value(QStringLiteral("added")).toInt());
         });
}

void SurveyClient::results(const QString &surveyId, const QStringList &dimensions,
                           std::function<void(Result<QJsonObject>)> done)
{
    QUrlQuery q;
    if (!dimensions.isEmpty())
        q.addQueryItem(QStringLiteral("by"), dimensions.join(QLatin1Char(',')));
    send("GET", QStringLiteral("/v1/surveys/%1/results").arg(surveyId), q.toString(), {},
         [done = std::move(done)](RawReply r) {
             if (Error e = errorFrom(r))
                 return done(e);
             done(objectFrom(r.body));
         });
}

} // namespace saib::survey
