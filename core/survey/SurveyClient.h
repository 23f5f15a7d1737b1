#pragma once
// HTTP client for the survey endpoints of saib-relay (see app/relay/SurveyEndpoints.cpp).
//
// Every call opens its own QNetworkAccessManager, so no TCP connection, TLS session or
// cookie is shared between calls: an anonymous submission cannot ride on the connection
// that carried the enrolment. No cookie jar is kept, no Authorization header is ever set,
// redirects are not followed (they could carry the payload elsewhere), and the
// User-Agent is the same fixed word for every copy of Saib, as is Accept-Language ("*",
// instead of Qt's default from the system locale). tests/survey/test_survey_headers.cpp
// records the exact request bytes. It is separate from the sync
// RelayClient on purpose and shares nothing with it.
#include "SurveyToken.h"

#include <core/Error.h>

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <functional>

namespace saib::survey {

class SurveyClient : public QObject {
    Q_OBJECT
public:
    explicit SurveyClient(QUrl server, QObject *parent = nullptr);

    const QUrl &server() const { return m_server; }

    struct RawReply {
        int status = 0;
        QByteArray body;
        QString networkError;
        Error refused; // set when the request was never sent (plain http to another host)
    };

    // Signed envelopes, as the server stores them (verify each before use).
    void listSurveys(std::function<void(Result<QList<QByteArray>>)> done);
    void fetchSurvey(const QString &surveyId, std::function<void(Result<QByteArray>)> done);
    // Redeems an enrolment code for blind token evaluations.
    void enrol(const QString &surveyId, const QString &code, const IssuanceRequest &request,
               std::function<void(Result<IssuanceResponse>)> done);
    // Sends the payload bytes exactly as given.
    void submit(const QString &surveyId, const QByteArray &payload, std::function<void(Error)> done);

    // Survey body: publish a signed definition, upload a signed batch of code hashes
    // (returns how many were new), read the published results.
    void publish(const QByteArray &envelope, std::function<void(Error)> done);
    void uploadEnrolmentCodes(const QString &surveyId, const QByteArray &signedBatch,
                              std::function<void(Result<int>)> done);
    void results(const QString &surveyId, const QStringList &dimensions,
                 std::function<void(Result<QJsonObject>)> done);

    // Turns a reply into an Error (RelayUnreachable for network failures; else the
    // server's error code). Ok for 2xx.
    static Error errorFrom(const RawReply &reply);

private:
    void send(const QByteArray &method, const QString &path, const QString &query, const QByteArray &body,
              std::function<void(RawReply)> done);
    QUrl m_server;
};

} // namespace saib::survey
