#pragma once
// The relay's HTTP front: routes, request-size and rate limits, bearer-token checks and
// the per-request log line, around the endpoint handlers (RelayEndpoints.cpp,
// PairingEndpoints.cpp). It keeps no state of its own beyond the database, so any
// number of relays can serve one database.
#include "ConnectionGate.h"
#include "RelayOptions.h"
#include "TokenAuthority.h"

#include <core/io/JsonReader.h>
#include <core/relaystore/RelayStore.h>
#include <core/relaystore/SurveyStore.h>
#include <core/survey/SurveyDefinition.h>
#include <core/survey/Voprf.h>

#include <QHash>
#include <QHttpServer>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>
#include <memory>
#include <optional>

namespace saib::relay {

class RelayServer : public QObject {
    Q_OBJECT
public:
    RelayServer(RelayOptions options, std::unique_ptr<RelayStore> store, TokenAuthority tokens,
                QObject *parent = nullptr);

    // Returns the port actually bound.
    Result<quint16> listen();
    // Turns the survey endpoints on (SurveyEndpoints.cpp): `bodyKey` is the pinned survey
    // body's Ed25519 key, `keysDir` holds one <survey>.voprf file per survey.
    void enableSurveys(std::unique_ptr<SurveyStore> store, QByteArray bodyKey, QString keysDir);

    struct Reply {
        int status = 200;
        QJsonObject body;
        QString errorCode; // for the log
        QByteArray retryAfter;
        QByteArray allow; // for 405: the methods the path does accept
        static Reply ok(const QJsonObject &body, int status = 200)
        {
            Reply r;
            r.status = status;
            r.body = body;
            return r;
        }
    };
    struct Context {
        const QHttpServerRequest &request;
        qint64 nowMs = 0;
        QString accountId; // set for authenticated calls
        QString deviceId;
        QString pathArg; // the <arg> of a route such as /v1/surveys/<arg>
    };

private:
    // Anonymous: size limits only; no per-address bucket, so no address is ever written
    // down (the handler applies its own limit).
    enum class Access { Public, Device, Unlimited, Anonymous };
    using Handler = Reply (RelayServer::*)(Context &);

    void addRoute(const QString &path, QHttpServerRequest::Method method, Access access, Handler handler);
    // `pattern` holds one "<arg>" (a path segment), passed to the handler as c.pathArg.
    void addArgRoute(const QString &pattern, QHttpServerRequest::Method method, Access access, Handler handler);
    QHttpServerResponse dispatch(const QHttpServerRequest &request, Access access, Handler handler,
                                 const QString &pathArg = {});
    std::optional<Reply> admit(Context &c, Access access);
    std::optional<Reply> checkRate(const QString &bucket, int limit, qint64 nowMs,
                                   qint64 windowMs = 60 * 1000);
    // Also ends the request at the gate, which decides whether the connection stays open.
    QHttpServerResponse toResponse(const Reply &reply, qint64 *bytesOut);
    // The methods routed for `path` ("GET, POST"), empty when no route has that path.
    QByteArray allowedMethods(const QString &path) const;

    static Reply error(const Error &e);
    static Reply malformedJson();
    template <typename T>
    bool readBody(const Context &c, T &out, Reply &failure);

    // RelayEndpoints.cpp
    Reply health(Context &c);
    Reply registerAccount(Context &c);
    Reply challenge(Context &c);
    Reply token(Context &c);
    Reply push(Context &c);
    Reply pull(Context &c);
    Reply listDevices(Context &c);
    Reply revokeDevice(Context &c);
    // PairingEndpoints.cpp
    Reply addDevice(Context &c);
    Reply pairingCreate(Context &c);
    Reply pairingRead(Context &c);
    Reply pairingPost(Context &c);
    Reply pairingClose(Context &c);
    // EpochEndpoints.cpp
    Reply postEpoch(Context &c);
    Reply listEpochs(Context &c);
    Reply moved(Context &c);
    // SurveyEndpoints.cpp
    void addSurveyRoutes();
    Reply listSurveys(Context &c);
    Reply getSurvey(Context &c);
    Reply publishSurvey(Context &c);
    Reply uploadEnrolmentCodes(Context &c);
    Reply enrolSurvey(Context &c);
    Reply submitSurvey(Context &c);
    Reply surveyResults(Context &c);
    Result<survey::SurveyDefinition> publishedSurvey(const QString &surveyId);
    Result<survey::voprf::KeyPair> surveyKey(const QString &surveyId);
    QDate surveyToday() const;

    RelayOptions m_options;
    std::unique_ptr<RelayStore> m_store;
    TokenAuthority m_tokens;
    QHttpServer m_http;
    ConnectionGate *m_gate = nullptr; // owned by m_http once bound
    // Every routed path (regular expression) with its methods, for 405 answers.
    QList<QPair<QRegularExpression, QByteArray>> m_routes;
    QTimer m_purge;
    std::unique_ptr<SurveyStore> m_surveys; // null: survey endpoints answer surveys_disabled
    QByteArray m_surveyBodyKey;
    QString m_surveyKeysDir;
    QSslCertificate m_tlsCertificate; // set by listen() when --tls-cert is given
    QSslKey m_tlsKey;
    // Invalid survey submissions per address in the current minute. In memory only and
    // cleared each minute: an address is never written down for a survey.
    QHash<QString, int> m_surveyJunk;
    qint64 m_surveyJunkWindow = 0;
    bool surveyJunkLimited(const QString &address, qint64 nowMs);
    void countSurveyJunk(const QString &address, qint64 nowMs);
};

template <typename T>
bool RelayServer::readBody(const Context &c, T &out, Reply &failure)
{
    auto object = JsonReader::parseObject(c.request.body(), ErrorCode::RelayRequestInvalid);
    if (!object.ok()) {
        failure = malformedJson();
        return false;
    }
    auto value = T::fromJson(object.value());
    if (!value.ok()) {
        failure = error(value.error());
        return false;
    }
    out = value.take();
    return true;
}

} // namespace saib::relay
