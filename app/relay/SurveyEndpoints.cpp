// The anonymous-survey endpoints (DESIGN.md §6), on only with --survey-keys:
//
//   GET  /v1/surveys                      signed definitions                  public
//   GET  /v1/surveys/<id>                 one signed definition               public
//   POST /v1/surveys                      publish (body-signed envelope)      public
//   POST /v1/surveys/<id>/enrolment-codes add hashes of codes (body-signed)   public
//   POST /v1/surveys/<id>/enrol           code + blinded elements -> evaluated elements
//   POST /v1/surveys/<id>/responses       anonymous submission, spends a token
//   GET  /v1/surveys/<id>/results[?by=..] the declared tables, suppressed jointly, once closed
//
// Publishing needs no account: only a document signed by the pinned body key is taken.
// A valid submission is never tied to an address: it is rate-limited per survey, the log
// line carries no address (none does), and only the response is stored, with no time.
// Invalid submissions are limited per address, in memory only (submitSurvey).
#include "RelayServer.h"
#include "RequestLog.h"
#include <core/Clock.h>

#include <core/survey/Aggregator.h>
#include <core/survey/EnrolmentCodes.h>
#include <core/survey/ResponseJson.h>
#include <core/survey/SignedDefinition.h>
#include <core/io/JsonReader.h>
#include <core/survey/SurveyKeyFiles.h>
#include <core/survey/TokenIssuer.h>

#include <QDir>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace saib::relay {

using namespace saib::survey;

namespace {
constexpr qint64 kMaxDefinitionBytes = 256 * 1024;
constexpr qint64 kMaxEnrolBytes = 16 * 1024;
constexpr qint64 kMaxSubmissionBytes = 64 * 1024;
constexpr qint64 kSurveyJunkWindowMs = 60 * 1000;

// Spending a token and storing its response happen in one transaction, so a response is
// never kept without its token spent, nor a token spent without its response kept.
class StoringSpentSet final : public SpentTokenSet {
public:
    StoringSpentSet(SurveyStore &store, QByteArray response) : m_store(store), m_response(std::move(response)) {}
    Result<bool> markSpent(const QString &surveyId, const QByteArray &inputHash) override
    {
        return m_store.spendAndStore(surveyId, inputHash, m_response);
    }

private:
    SurveyStore &m_store;
    QByteArray m_response;
};

Error tooLarge() { return Error(ErrorCode::RelayPayloadTooLarge, QStringLiteral("request body too large")); }
} // namespace

void RelayServer::enableSurveys(std::unique_ptr<SurveyStore> store, QByteArray bodyKey, QString keysDir)
{
    m_surveys = std::move(store);
    m_surveyBodyKey = std::move(bodyKey);
    m_surveyKeysDir = std::move(keysDir);
}

void RelayServer::addSurveyRoutes()
{
    using M = QHttpServerRequest::Method;
    addRoute(QStringLiteral("/v1/surveys"), M::Get, Access::Public, &RelayServer::listSurveys);
    addRoute(QStringLiteral("/v1/surveys"), M::Post, Access::Public, &RelayServer::publishSurvey);
    addArgRoute(QStringLiteral("/v1/surveys/<arg>"), M::Get, Access::Public, &RelayServer::getSurvey);
    addArgRoute(QStringLiteral("/v1/surveys/<arg>/enrolment-codes"), M::Post, Access::Public,
                &RelayServer::uploadEnrolmentCodes);
    addArgRoute(QStringLiteral("/v1/surveys/<arg>/enrol"), M::Post, Access::Public, &RelayServer::enrolSurvey);
    addArgRoute(QStringLiteral("/v1/surveys/<arg>/responses"), M::Post, Access::Anonymous,
                &RelayServer::submitSurvey);
    addArgRoute(QStringLiteral("/v1/surveys/<arg>/results"), M::Get, Access::Public, &RelayServer::surveyResults);
}

QDate RelayServer::surveyToday() const
{
    return m_options.today.isValid() ? m_options.today : saib::Clock::today();
}

Result<SurveyDefinition> RelayServer::publishedSurvey(const QString &surveyId)
{
    if (!m_surveys)
        return Error(ErrorCode::SurveysDisabled, QStringLiteral("this relay runs no surveys"));
    if (!isValidId(surveyId))
        return Error(ErrorCode::NotFound, QStringLiteral("no such survey"));
    auto envelope = m_surveys->envelope(surveyId);
    if (!envelope.ok())
        return envelope.error();
    // Checked again on every read: a database edited behind the relay's back is refused.
    return verifySignedDefinition(envelope.value(), m_surveyBodyKey);
}

Result<voprf::KeyPair> RelayServer::surveyKey(const QString &surveyId)
{
    // Read on each use, so a key dropped into the directory works without a restart.
    const QString path = QDir(m_surveyKeysDir).filePath(surveyId + QStringLiteral(".voprf"));
    auto key = readVoprfKey(path, surveyId);
    if (!key.ok())
        return Error(ErrorCode::SurveyDefinitionInvalid,
                     QStringLiteral("the relay holds no token key for this survey (%1)").arg(key.error().detail));
    return key;
}

RelayServer::Reply RelayServer::listSurveys(Context &)
{
    if (!m_surveys)
        return error(Error(ErrorCode::SurveysDisabled, QStringLiteral("this relay runs no surveys")));
    auto rows = m_surveys->envelopes();
    if (!rows.ok())
        return error(rows.error());
    QJsonArray list;
    for (const QByteArray &envelope : rows.value())
        list.append(QJsonDocument::fromJson(envelope).object());
    return Reply::ok({{QStringLiteral("surveys"), list}});
}

RelayServer::Reply RelayServer::getSurvey(Context &c)
{
    auto definition = publishedSurvey(c.pathArg);
    if (!definition.ok())
        return error(definition.error());
    auto envelope = m_surveys->envelope(c.pathArg);
    if (!envelope.ok())
        return error(envelope.error());
    return Reply::ok(QJsonDocument::fromJson(envelope.value()).object());
}

RelayServer::Reply RelayServer::publishSurvey(Context &c)
{
    if (!m_surveys)
        return error(Error(ErrorCode::SurveysDisabled, QStringLiteral("this relay runs no surveys")));
    const QByteArray envelope = c.request.body();
    if (envelope.size() > kMaxDefinitionBytes)
        return error(tooLarge());
    auto definition = verifySignedDefinition(envelope, m_surveyBodyKey);
    if (!definition.ok())
        return error(definition.error());
    auto key = surveyKey(definition.value().id);
    if (!key.ok())
        return error(key.error());
    if (key.value().publicKey != definition.value().tokenKey)
        return error(Error(ErrorCode::SurveyDefinitionInvalid,
                           QStringLiteral("token_key does not match the relay's key for this survey")));
    if (Error e = m_surveys->publish(definition.value().id, envelope))
        return error(e);
    return Reply::ok({{QStringLiteral("survey"), definition.value().id}}, 201);
}

RelayServer::Reply RelayServer::uploadEnrolmentCodes(Context &c)
{
    auto definition = publishedSurvey(c.pathArg);
    if (!definition.ok())
        return error(definition.error());
    auto batch = verifyEnrolmentCodes(c.request.body(), m_surveyBodyKey);
    if (!batch.ok())
        return error(batch.error());
    if (batch.value().surveyId != definition.value().id)
        return error(Error(ErrorCode::RelayRequestInvalid, QStringLiteral("codes are for another survey")));
    auto added = m_surveys->addEnrolmentCodes(definition.value().id, batch.value().hashes);
    if (!added.ok())
        return error(added.error());
    return Reply::ok({{QStringLiteral("added"), added.value()}});
}

RelayServer::Reply RelayServer::enrolSurvey(Context &c)
{
    if (c.request.body().size() > kMaxEnrolBytes)
        return error(tooLarge());
    auto definition = publishedSurvey(c.pathArg);
    if (!definition.ok())
        return error(definition.error());
    const SurveyDefinition &def = definition.value();
    if (surveyToday() > def.closes)
        return error(Error(ErrorCode::SurveyClosed, QStringLiteral("the survey has closed")));

    const QJsonDocument doc = QJsonDocument::fromJson(c.request.body());
    JsonReader body(doc.object(), ErrorCode::RelayRequestInvalid);
    const QJsonObject requestObject = body.object(QStringLiteral("request"));
    const QString typedCode = body.value(QStringLiteral("code")).toString(); // checked below
    if (!doc.isObject() || !body.finish().ok())
        return malformedJson();
    auto request = IssuanceRequest::fromJson(QJsonDocument(requestObject).toJson(QJsonDocument::Compact));
    if (!request.ok())
        return error(request.error());
    const auto code = normaliseEnrolmentCode(typedCode);
    if (!code)
        return error(Error(ErrorCode::SurveyEnrolmentCodeInvalid, QStringLiteral("not an enrolment code")));
    const QByteArray codeHash = enrolmentCodeHash(def.id, *code);
    auto known = m_surveys->hasEnrolmentCode(def.id, codeHash);
    if (!known.ok())
        return error(known.error());
    if (!known.value())
        return error(Error(ErrorCode::SurveyEnrolmentCodeInvalid, QStringLiteral("unknown enrolment code")));

    auto key = surveyKey(def.id);
    if (!key.ok())
        return error(key.error());
    const TokenIssuer issuer(def.id, key.take());
    auto response = issuer.issue(QString::fromLatin1(codeHash.toHex()), request.value(), *m_surveys);
    if (!response.ok())
        return error(response.error());
    return Reply::ok(QJsonDocument::fromJson(response.value().toJson()).object());
}

bool RelayServer::surveyJunkLimited(const QString &address, qint64 nowMs)
{
    const qint64 window = nowMs - nowMs % kSurveyJunkWindowMs;
    if (window != m_surveyJunkWindow) {
        m_surveyJunk.clear(); // nothing about last minute's senders is kept
        m_surveyJunkWindow = window;
    }
    return m_surveyJunk.value(address) >= m_options.surveyInvalidPerAddressPerMinute;
}

void RelayServer::countSurveyJunk(const QString &address, qint64 nowMs)
{
    surveyJunkLimited(address, nowMs); // rolls the window over if needed
    m_surveyJunk[address] += 1;
}

RelayServer::Reply RelayServer::submitSurvey(Context &c)
{
    // Two limits. Submissions whose token and MAC check out count against the survey's
    // limit, never per address, so junk cannot use up the survey's allowance. Those that
    // fail count against the sender's address, in memory only, and an address over its
    // allowance is refused before any work for the rest of the minute. A leader behind the
    // same address as a flooder is delayed at worst: the 429 carries Retry-After.
    const QString address = c.request.remoteAddress().toString();
    if (surveyJunkLimited(address, c.nowMs)) {
        Reply r = error(Error(ErrorCode::RelayRateLimited, QStringLiteral("too many invalid submissions")));
        r.retryAfter = QByteArray::number((kSurveyJunkWindowMs - c.nowMs % kSurveyJunkWindowMs + 999) / 1000);
        return r;
    }
    auto junk = [&](const Error &e) {
        if (e.code != ErrorCode::DatabaseOpenFailed && e.code != ErrorCode::RelayServerError)
            countSurveyJunk(address, c.nowMs);
        return error(e);
    };
    if (c.request.body().size() > kMaxSubmissionBytes)
        return junk(tooLarge());
    auto definition = publishedSurvey(c.pathArg);
    if (!definition.ok())
        return junk(definition.error());
    const SurveyDefinition &def = definition.value();
    if (Error e = checkOpen(def, surveyToday()))
        return error(e); // a real leader a day late is not junk
    auto parsed = parsePayload(def, c.request.body());
    if (!parsed.ok())
        return junk(parsed.error());
    auto key = surveyKey(def.id);
    if (!key.ok())
        return error(key.error());
    const TokenIssuer issuer(def.id, key.take());
    const ParsedSubmission &p = parsed.value();
    if (Error e = issuer.checkBound(p.tokenInput, p.payloadBytes, p.mac))
        return junk(e);
    if (auto limited = checkRate(QStringLiteral("survey:") + def.id, m_options.surveySubmitsPerMinute, c.nowMs))
        return *limited;
    StoringSpentSet spent(*m_surveys, responseToJson(p.response));
    // Checked again inside: spending and storing stay one atomic step.
    if (Error e = issuer.redeemBound(p.tokenInput, p.payloadBytes, p.mac, spent))
        return e.code == ErrorCode::SurveyTokenSpent ? junk(e) : error(e);
    return Reply::ok({{QStringLiteral("status"), QStringLiteral("accepted")}}, 201);
}

RelayServer::Reply RelayServer::surveyResults(Context &c)
{
    auto definition = publishedSurvey(c.pathArg);
    if (!definition.ok())
        return error(definition.error());
    const SurveyDefinition &def = definition.value();
    // Only after the window: live figures would let anyone who watches them change
    // before and after one leader's submission work out that leader's answers.
    if (surveyToday() <= def.closes)
        return error(Error(ErrorCode::SurveyResultsNotPublished,
                           QStringLiteral("results are published after %1").arg(def.closes.toString(Qt::ISODate))));
    // Only the tables declared in the signed definition, computed together so that
    // suppression holds across them; `by` picks one of them, never a new grouping.
    const QString by = QUrlQuery(c.request.url()).queryItemValue(QStringLiteral("by"));
    QStringList wanted;
    const bool oneTable = QUrlQuery(c.request.url()).hasQueryItem(QStringLiteral("by"));
    if (oneTable) {
        const QStringList given = by.isEmpty() ? QStringList{} : by.split(QLatin1Char(','));
        for (const QString &key : demographicKeys()) {
            if (given.contains(key))
                wanted.append(key);
        }
        if (wanted.size() != given.size() || !def.tables.contains(wanted))
            return error(Error(ErrorCode::RelayRequestInvalid, QStringLiteral("not a table this survey declared")));
    }
    auto rows = m_surveys->responses(def.id);
    if (!rows.ok())
        return error(rows.error());
    QList<SurveyResponse> responses;
    for (const QByteArray &row : rows.value()) {
        auto r = responseFromJson(row);
        if (!r.ok())
            return error(Error(ErrorCode::DatabaseCorrupt, QStringLiteral("stored response unreadable")));
        responses.append(r.take());
    }
    const PublishedResults results = publishResults(def, responses);
    if (!oneTable)
        return Reply::ok(results.toJson());
    QJsonObject json = results.toJson();
    json.insert(QStringLiteral("tables"), QJsonArray{PublishedResults::tableToJson(*results.table(wanted))});
    return Reply::ok(json);
}

} // namespace saib::relay
