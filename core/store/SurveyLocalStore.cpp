#include "SurveyLocalStore.h"
#include "Database.h"
#include "../Clock.h"

#include <QUuid>

namespace saib {

namespace {
QString nowIso() { return saib::Clock::nowUtc().toString(Qt::ISODateWithMs); }
} // namespace

Error SurveyLocalStore::saveDefinition(const StoredSurvey &s)
{
    // DELETE + INSERT: SQLite 3.15 (SQLCipher 3.4.1) has no UPSERT.
    return m_db.transaction([&]() -> Error {
        Statement del(m_db, "DELETE FROM survey_definitions WHERE survey_id = ?");
        del.bind(1, s.surveyId);
        if (Error e = del.run(); !e.ok())
            return e;
        Statement ins(m_db,
                      "INSERT INTO survey_definitions (survey_id, envelope, source, added_at) VALUES (?, ?, ?, ?)");
        // Envelopes are JSON text, so they are bound as text.
        ins.bind(1, s.surveyId).bind(2, QString::fromUtf8(s.envelope)).bind(3, s.source).bind(4, nowIso());
        return ins.run();
    });
}

Result<QVector<StoredSurvey>> SurveyLocalStore::definitions()
{
    Statement st(m_db, "SELECT survey_id, envelope, source FROM survey_definitions ORDER BY added_at DESC");
    QVector<StoredSurvey> out;
    while (st.next())
        out.append(StoredSurvey{st.text(0), st.text(1).toUtf8(), st.text(2)});
    if (!st.error().ok())
        return st.error();
    return out;
}

Result<QByteArray> SurveyLocalStore::wallet()
{
    Statement st(m_db, "SELECT tokens FROM survey_wallet WHERE slot = 1");
    if (st.next())
        return st.text(0).toUtf8();
    if (!st.error().ok())
        return st.error();
    return QByteArray();
}

Error SurveyLocalStore::saveWallet(const QByteArray &walletJson)
{
    return m_db.transaction([&]() -> Error {
        Statement del(m_db, "DELETE FROM survey_wallet WHERE slot = 1");
        if (Error e = del.run(); !e.ok())
            return e;
        Statement ins(m_db, "INSERT INTO survey_wallet (slot, tokens) VALUES (1, ?)");
        ins.bind(1, QString::fromUtf8(walletJson));
        return ins.run();
    });
}

Result<QByteArray> SurveyLocalStore::outbox()
{
    Statement st(m_db, "SELECT queued FROM survey_outbox WHERE slot = 1");
    if (st.next())
        return st.text(0).toUtf8();
    if (!st.error().ok())
        return st.error();
    return QByteArray();
}

Error SurveyLocalStore::saveOutbox(const QByteArray &queueJson, const QByteArray &walletJson)
{
    return m_db.transaction([&]() -> Error {
        if (!walletJson.isEmpty()) {
            if (Error e = saveWallet(walletJson); !e.ok())
                return e;
        }
        Statement del(m_db, "DELETE FROM survey_outbox WHERE slot = 1");
        if (Error e = del.run(); !e.ok())
            return e;
        Statement ins(m_db, "INSERT INTO survey_outbox (slot, queued) VALUES (1, ?)");
        ins.bind(1, QString::fromUtf8(queueJson));
        return ins.run();
    });
}

Result<SentSurvey> SurveyLocalStore::recordSubmission(SentSurvey sent)
{
    sent.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    sent.sentAt = saib::Clock::nowUtc();
    Statement ins(m_db,
                  "INSERT INTO survey_submissions (id, survey_id, payload, server, sent_at) VALUES (?, ?, ?, ?, ?)");
    ins.bind(1, sent.id).bind(2, sent.surveyId).bind(3, QString::fromUtf8(sent.payload)).bind(4, sent.server)
        .bind(5, sent.sentAt.toString(Qt::ISODateWithMs));
    if (Error e = ins.run(); !e.ok())
        return e;
    return sent;
}

Result<QVector<SentSurvey>> SurveyLocalStore::submissions()
{
    Statement st(m_db,
                 "SELECT id, survey_id, payload, server, sent_at FROM survey_submissions ORDER BY sent_at DESC");
    QVector<SentSurvey> out;
    while (st.next()) {
        SentSurvey s;
        s.id = st.text(0);
        s.surveyId = st.text(1);
        s.payload = st.text(2).toUtf8();
        s.server = st.text(3);
        s.sentAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
        s.sentAt.setTimeSpec(Qt::UTC);
        out.append(s);
    }
    if (!st.error().ok())
        return st.error();
    return out;
}

} // namespace saib
