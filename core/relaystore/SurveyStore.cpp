#include "SurveyStore.h"

#include <core/crypto/Sodium.h>

#include <QSqlQuery>
#include <QVariant>
#include <sodium.h>

namespace saib::relay {

namespace {
// Names the advisory lock that serialises schema creation across relays on PostgreSQL.
constexpr qint64 kSurveySchemaLockId = 0x5a1b0006;
constexpr int kResponseIdBytes = 16;
} // namespace

SurveyStore::SurveyStore() : m_db(QStringLiteral("saib-surveys")) {}

Error SurveyStore::open(const DatabaseUrl &url)
{
    if (Error e = m_db.open(url))
        return e;
    return createSchema();
}

Error SurveyStore::createSchema()
{
    const QString blob = m_db.dialect().blobType();
    // WITHOUT ROWID: rows live in primary-key order (hashes, random ids), not arrival order.
    const QString noRowid = m_db.isPostgres() ? QString() : QStringLiteral(" WITHOUT ROWID");
    const QStringList schema{
        QStringLiteral("CREATE TABLE IF NOT EXISTS survey_definitions ("
                       " survey_id TEXT PRIMARY KEY, envelope %1 NOT NULL)%2").arg(blob, noRowid),
        QStringLiteral("CREATE TABLE IF NOT EXISTS survey_enrolment_codes ("
                       " survey_id TEXT NOT NULL, code_hash %1 NOT NULL,"
                       " PRIMARY KEY (survey_id, code_hash))%2").arg(blob, noRowid),
        QStringLiteral("CREATE TABLE IF NOT EXISTS survey_enrolments ("
                       " survey_id TEXT NOT NULL, enrolment_id TEXT NOT NULL,"
                       " request_digest %1 NOT NULL,"
                       " PRIMARY KEY (survey_id, enrolment_id))%2").arg(blob, noRowid),
        QStringLiteral("CREATE TABLE IF NOT EXISTS survey_spent_tokens ("
                       " survey_id TEXT NOT NULL, token_hash %1 NOT NULL,"
                       " PRIMARY KEY (survey_id, token_hash))%2").arg(blob, noRowid),
        QStringLiteral("CREATE TABLE IF NOT EXISTS survey_responses ("
                       " survey_id TEXT NOT NULL, response_id %1 NOT NULL, response %1 NOT NULL,"
                       " PRIMARY KEY (survey_id, response_id))%2").arg(blob, noRowid),
    };
    Error e = m_db.transaction([&]() -> Error {
        if (m_db.isPostgres()) {
            if (Error l = m_db.execRaw(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kSurveySchemaLockId)))
                return l;
        }
        for (const QString &sql : schema) {
            if (Error c = m_db.execRaw(sql))
                return c;
        }
        return {};
    });
    if (e)
        return Error(ErrorCode::DatabaseOpenFailed, e.detail);
    return {};
}

Error SurveyStore::publish(const QString &surveyId, const QByteArray &envelope)
{
    auto ins = m_db.prepare(QStringLiteral(
        "INSERT INTO survey_definitions (survey_id, envelope) VALUES (:s, :e)"
        " ON CONFLICT (survey_id) DO NOTHING"));
    ins.bindValue(QStringLiteral(":s"), surveyId);
    ins.bindValue(QStringLiteral(":e"), envelope);
    if (Error e = m_db.exec(ins))
        return e;
    if (ins.numRowsAffected() == 1)
        return {};
    auto existing = this->envelope(surveyId);
    if (!existing.ok())
        return existing.error();
    if (existing.value() != envelope)
        return Error(ErrorCode::RelayConflict, QStringLiteral("a different definition is already published under this id"));
    return {};
}

Result<QList<QByteArray>> SurveyStore::envelopes()
{
    auto q = m_db.prepare(QStringLiteral("SELECT envelope FROM survey_definitions ORDER BY survey_id"));
    if (Error e = m_db.exec(q))
        return e;
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

Result<QByteArray> SurveyStore::envelope(const QString &surveyId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT envelope FROM survey_definitions WHERE survey_id = :s"));
    q.bindValue(QStringLiteral(":s"), surveyId);
    if (Error e = m_db.exec(q))
        return e;
    if (!q.next())
        return Error(ErrorCode::NotFound, QStringLiteral("no such survey"));
    return q.value(0).toByteArray();
}

Result<int> SurveyStore::addEnrolmentCodes(const QString &surveyId, const QList<QByteArray> &hashes)
{
    int added = 0;
    Error failed = m_db.transaction([&]() -> Error {
        auto ins = m_db.prepare(QStringLiteral(
            "INSERT INTO survey_enrolment_codes (survey_id, code_hash) VALUES (:s, :h)"
            " ON CONFLICT (survey_id, code_hash) DO NOTHING"));
        for (const QByteArray &h : hashes) {
            ins.bindValue(QStringLiteral(":s"), surveyId);
            ins.bindValue(QStringLiteral(":h"), h);
            if (Error e = m_db.exec(ins))
                return e;
            added += ins.numRowsAffected() == 1 ? 1 : 0;
        }
        return {};
    });
    if (failed)
        return failed;
    return added;
}

Result<bool> SurveyStore::hasEnrolmentCode(const QString &surveyId, const QByteArray &hash)
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT 1 FROM survey_enrolment_codes WHERE survey_id = :s AND code_hash = :h"));
    q.bindValue(QStringLiteral(":s"), surveyId);
    q.bindValue(QStringLiteral(":h"), hash);
    if (Error e = m_db.exec(q))
        return e;
    return q.next();
}

Result<SurveyStore::Claim> SurveyStore::claim(const QString &surveyId, const QString &enrolmentId,
                                              const QByteArray &requestDigest)
{
    // The primary key makes the first claim win, even with several relays racing.
    auto ins = m_db.prepare(QStringLiteral(
        "INSERT INTO survey_enrolments (survey_id, enrolment_id, request_digest) VALUES (:s, :e, :d)"
        " ON CONFLICT (survey_id, enrolment_id) DO NOTHING"));
    ins.bindValue(QStringLiteral(":s"), surveyId);
    ins.bindValue(QStringLiteral(":e"), enrolmentId);
    ins.bindValue(QStringLiteral(":d"), requestDigest);
    if (Error e = m_db.exec(ins))
        return e;
    if (ins.numRowsAffected() == 1)
        return Claim::New;
    auto sel = m_db.prepare(QStringLiteral(
        "SELECT request_digest FROM survey_enrolments WHERE survey_id = :s AND enrolment_id = :e"));
    sel.bindValue(QStringLiteral(":s"), surveyId);
    sel.bindValue(QStringLiteral(":e"), enrolmentId);
    if (Error e = m_db.exec(sel))
        return e;
    if (!sel.next())
        return Error(ErrorCode::StorageFailed, QStringLiteral("enrolment vanished"));
    return sel.value(0).toByteArray() == requestDigest ? Claim::SameRequest : Claim::Different;
}

Result<bool> SurveyStore::spendAndStore(const QString &surveyId, const QByteArray &tokenHash,
                                        const QByteArray &responseJson)
{
    ensureSodium();
    // A token already spent rolls the transaction back like an error, without being one.
    const Error alreadySpent(ErrorCode::RelayConflict, QStringLiteral("token spent"));
    Error failed = m_db.transaction([&]() -> Error {
        auto spend = m_db.prepare(QStringLiteral(
            "INSERT INTO survey_spent_tokens (survey_id, token_hash) VALUES (:s, :h)"
            " ON CONFLICT (survey_id, token_hash) DO NOTHING"));
        spend.bindValue(QStringLiteral(":s"), surveyId);
        spend.bindValue(QStringLiteral(":h"), tokenHash);
        if (Error e = m_db.exec(spend))
            return e;
        if (spend.numRowsAffected() != 1)
            return alreadySpent;
        // A random id, unrelated to the token, keys the response.
        QByteArray id(kResponseIdBytes, '\0');
        randombytes_buf(id.data(), static_cast<size_t>(id.size()));
        auto store = m_db.prepare(QStringLiteral(
            "INSERT INTO survey_responses (survey_id, response_id, response) VALUES (:s, :i, :r)"));
        store.bindValue(QStringLiteral(":s"), surveyId);
        store.bindValue(QStringLiteral(":i"), id);
        store.bindValue(QStringLiteral(":r"), responseJson);
        return m_db.exec(store);
    });
    if (failed.code == alreadySpent.code && failed.detail == alreadySpent.detail)
        return false;
    if (failed)
        return failed;
    return true;
}

Result<QList<QByteArray>> SurveyStore::responses(const QString &surveyId)
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT response FROM survey_responses WHERE survey_id = :s ORDER BY response_id"));
    q.bindValue(QStringLiteral(":s"), surveyId);
    if (Error e = m_db.exec(q))
        return e;
    QList<QByteArray> out;
    while (q.next())
        out.append(q.value(0).toByteArray());
    return out;
}

} // namespace saib::relay
