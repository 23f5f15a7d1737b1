// A flood of junk cannot stop real leaders: 10,000 junk submissions from other addresses
// interleaved with 50 real ones, against the real saib-relay on loopback. Junk counts only
// against its sender's address (in memory); real ones only against the survey.
#include "SurveyServerHarness.h"

#include <core/survey/SurveyJson.h>
#include <core/survey/SurveyPayload.h>
#include <core/survey/TokenWallet.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;
using saib::test::Backend;
using saib::test::RelayProcess;
using saib::test::wait;

namespace {

// One POST on a fresh connection from `from` (any 127.x address works on loopback);
// returns the HTTP status, or 0 when the connection failed.
int rawPost(const QString &from, quint16 port, const QString &path, const QByteArray &body)
{
    QTcpSocket socket;
    if (!socket.bind(QHostAddress(from)))
        return 0;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("POST " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Connection: close\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray reply;
    while (!reply.contains("\r\n") && socket.waitForReadyRead(5000))
        reply += socket.readAll();
    socket.abort();
    return reply.startsWith("HTTP/1.1 ") ? reply.mid(9, 3).toInt() : 0;
}

void flood(const Backend &backend)
{
    QElapsedTimer clock;
    clock.start();
    constexpr int kLeaders = 50;
    constexpr int kJunk = 10000;
    SurveyBody body(kLeaders);
    RelayProcess relay(backend, body.relayArgs());
    CliRun r = runBodyTool({"publish", "--relay", relay.url().toString(), "--signed", body.signedPath,
                            "--codes", body.batchPath});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    SurveyClient client(relay.url());
    auto definition = fetchVerified(client, body.surveyId, body.publicKey);
    REQUIRE(definition.ok());
    const SurveyDefinition def = definition.value();

    // Fifty leaders enrol and build their submissions.
    QList<QByteArray> real;
    for (int i = 0; i < kLeaders; ++i) {
        auto pending = TokenWallet::beginIssuance(def.id, 1);
        REQUIRE(pending.ok());
        auto response = wait<Result<IssuanceResponse>>(
            [&](auto cb) { client.enrol(def.id, body.codes.at(i), pending.value().request(), cb); });
        REQUIRE(response.ok());
        TokenWallet wallet;
        REQUIRE(wallet.completeIssuance(pending.take(), response.value(), def.tokenKey).ok());
        auto payload = buildPayload(def, {{"demand", i % 11}, {"drains", QStringList{"budget"}}},
                                    {{"phase", i % 2 ? "primary" : "secondary"}}, wallet.next(def.id).value());
        REQUIRE(payload.ok());
        real.append(payload.value().bytes);
    }

    // Junk of every kind: garbage, a made-up MAC, and each real payload with its answers
    // swapped (which must not burn the real token).
    QList<QByteArray> junk{"not json", R"({"mac":"","payload":"{}"})"};
    QJsonObject forged = QJsonDocument::fromJson(real.first()).object();
    forged.insert("mac", toBase64(QByteArray(32, 'x')));
    junk.append(QJsonDocument(forged).toJson(QJsonDocument::Compact));
    const QString path = QStringLiteral("/v1/surveys/%1/responses").arg(def.id);

    QMap<int, int> junkStatus;
    int accepted = 0;
    for (int i = 0; i < kJunk; ++i) {
        // Ten flooding addresses; each is cut off after its allowance for the minute.
        const QString from = QStringLiteral("127.0.0.%1").arg(2 + i % 10);
        QByteArray bytes = junk.at(i % junk.size());
        if (i % 200 == 1) { // the very payload a leader is about to send, answers swapped
            QJsonObject swapped = QJsonDocument::fromJson(real.at(i / 200)).object();
            swapped.insert("payload", swapped.value("payload").toString().replace("\"demand\":", "\"demand\":1"));
            bytes = QJsonDocument(swapped).toJson(QJsonDocument::Compact);
        }
        junkStatus[rawPost(from, relay.url().port(), path, bytes)] += 1;
        if (i % 200 == 100) {
            const Error e = wait<Error>([&](auto cb) { client.submit(def.id, real.at(i / 200), cb); });
            INFO("leader " << i / 200 << ": " << e.detail.toStdString());
            CHECK(e.ok());
            accepted += e.ok() ? 1 : 0;
        }
    }
    INFO("junk answered with " << junkStatus.keys().size() << " statuses");
    CHECK(accepted == kLeaders);
    CHECK(junkStatus.value(201) == 0);
    CHECK(junkStatus.value(0) == 0);         // every junk request was answered
    CHECK(junkStatus.value(429) > kJunk / 2); // most were refused before any work
    CHECK(clock.elapsed() < 180 * 1000);      // bounded: junk is cheap to refuse
}

} // namespace

RELAY_TEST("survey: 10,000 junk submissions do not stop 50 real leaders", flood)
