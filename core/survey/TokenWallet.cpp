#include "TokenWallet.h"

#include <core/crypto/Ristretto.h>
#include "SurveyJson.h"
#include <core/io/JsonReader.h>
#include "Voprf.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <sodium.h>

namespace saib::survey {

Result<PendingIssuance> TokenWallet::beginIssuance(const QString &surveyId, int count)
{
    if (surveyId.isEmpty() || count < 1 || count > kMaxBatch)
        return Error(ErrorCode::SurveyTokenMalformed, QStringLiteral("token count outside 1..%1").arg(kMaxBatch));
    PendingIssuance pending;
    pending.m_request.surveyId = surveyId;
    for (int i = 0; i < count; ++i) {
        QByteArray input(kTokenInputBytes, '\0');
        randombytes_buf(input.data(), static_cast<size_t>(input.size()));
        auto blinded = voprf::blind(input);
        if (!blinded.ok())
            return blinded.error();
        pending.m_inputs.append(input);
        pending.m_request.blindedElements.append(blinded.value().blindedElement);
        pending.m_blinds.push_back(std::move(blinded.value().blind));
    }
    return pending;
}

Error TokenWallet::completeIssuance(PendingIssuance &&pending, const IssuanceResponse &response,
                                    const QByteArray &surveyPublicKey)
{
    const voprf::Evaluation evaluation{response.evaluatedElements, response.proof};
    auto outputs = voprf::finalize(pending.m_inputs, pending.m_blinds, evaluation,
                                   pending.m_request.blindedElements, surveyPublicKey);
    if (!outputs.ok())
        return outputs.error();
    QList<SurveyToken> &tokens = m_tokens[pending.m_request.surveyId];
    for (int i = 0; i < pending.m_inputs.size(); ++i)
        tokens.append(SurveyToken{pending.m_inputs.at(i), outputs.value().at(i)});
    pending.m_blinds.clear(); // blinds are wiped now: they are never needed again
    m_pending.remove(pending.m_request.surveyId);
    return {};
}

void TokenWallet::keepPending(const PendingIssuance &pending)
{
    KeptIssuance kept;
    kept.inputs = pending.m_inputs;
    kept.blinded = pending.m_request.blindedElements;
    for (const SecureBuffer &b : pending.m_blinds)
        kept.blinds.append(QByteArray(reinterpret_cast<const char *>(b.data()), static_cast<qsizetype>(b.size())));
    m_pending.insert(pending.m_request.surveyId, kept);
}

std::optional<PendingIssuance> TokenWallet::pending(const QString &surveyId) const
{
    const auto it = m_pending.constFind(surveyId);
    if (it == m_pending.constEnd())
        return std::nullopt;
    PendingIssuance p;
    p.m_request.surveyId = surveyId;
    p.m_request.blindedElements = it->blinded;
    p.m_inputs = it->inputs;
    for (const QByteArray &b : it->blinds)
        p.m_blinds.push_back(SecureBuffer::fromBytes(b.constData(), static_cast<std::size_t>(b.size())));
    return p;
}

int TokenWallet::count(const QString &surveyId) const
{
    return static_cast<int>(m_tokens.value(surveyId).size());
}

Result<SurveyToken> TokenWallet::next(const QString &surveyId) const
{
    const auto tokens = m_tokens.value(surveyId);
    if (tokens.isEmpty())
        return Error(ErrorCode::SurveyNoTokens);
    return tokens.first();
}

void TokenWallet::markSpent(const QString &surveyId, const QByteArray &tokenInput)
{
    auto it = m_tokens.find(surveyId);
    if (it == m_tokens.end())
        return;
    it->removeIf([&](const SurveyToken &t) { return t.input == tokenInput; });
    if (it->isEmpty())
        m_tokens.erase(it);
}

QByteArray TokenWallet::toJson() const
{
    QJsonObject surveys;
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
        QJsonArray list;
        for (const SurveyToken &t : it.value())
            list.append(QJsonObject{{QStringLiteral("input"), toBase64(t.input)},
                                    {QStringLiteral("output"), toBase64(t.output)}});
        surveys.insert(it.key(), list);
    }
    QJsonObject root{{QStringLiteral("tokens"), surveys}};
    if (!m_pending.isEmpty()) {
        QJsonObject pending;
        auto list = [](const QList<QByteArray> &items) {
            QJsonArray a;
            for (const QByteArray &i : items)
                a.append(toBase64(i));
            return a;
        };
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it)
            pending.insert(it.key(), QJsonObject{{QStringLiteral("inputs"), list(it->inputs)},
                                                 {QStringLiteral("blinds"), list(it->blinds)},
                                                 {QStringLiteral("blinded"), list(it->blinded)}});
        root.insert(QStringLiteral("pending"), pending);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<TokenWallet> TokenWallet::fromJson(const QByteArray &json)
{
    const Error bad(ErrorCode::SurveyTokenMalformed, QStringLiteral("wallet JSON"));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    // The app's own file: members it does not know are ignored, as they always were.
    const auto allow = JsonReader::Unknown::Allow;
    JsonReader root(doc.object(), bad.code, allow);
    const QJsonObject surveys = root.object(QStringLiteral("tokens"));
    const QJsonObject pending = root.has(QStringLiteral("pending")) ? root.object(QStringLiteral("pending")) : QJsonObject();
    if (!doc.isObject() || root.failed())
        return bad;
    TokenWallet wallet;
    for (auto it = surveys.begin(); it != surveys.end(); ++it) {
        if (!it.value().isArray())
            return bad;
        for (const QJsonValue &v : it.value().toArray()) {
            JsonReader t(v.toObject(), bad.code, allow);
            const QByteArray input = t.base64(QStringLiteral("input"), kTokenInputBytes, kTokenInputBytes);
            const QByteArray output = t.base64(QStringLiteral("output"), kTokenOutputBytes, kTokenOutputBytes);
            if (t.failed())
                return bad;
            wallet.m_tokens[it.key()].append(SurveyToken{input, output});
        }
    }
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        JsonReader p(it.value().toObject(), bad.code, allow);
        KeptIssuance kept;
        kept.inputs = p.base64List(QStringLiteral("inputs"), 1, kJsonUnbounded, kTokenInputBytes);
        kept.blinds = p.base64List(QStringLiteral("blinds"), 0, kJsonUnbounded, ristretto::kScalarBytes);
        kept.blinded = p.base64List(QStringLiteral("blinded"), 0, kJsonUnbounded, ristretto::kElementBytes);
        if (p.failed() || kept.inputs.size() != kept.blinds.size() || kept.inputs.size() != kept.blinded.size())
            return bad;
        wallet.m_pending.insert(it.key(), kept);
    }
    return wallet;
}

} // namespace saib::survey
