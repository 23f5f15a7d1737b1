#pragma once
// The leader's own survey records, inside the encrypted store (migration 6): signed
// definitions they loaded, the token wallet, the submissions waiting for their send
// time, and what was sent where and when.
#include "../Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace saib {

class Database;

struct StoredSurvey {
    QString surveyId;
    QByteArray envelope;
    QString source;
};

struct SentSurvey {
    QString id;
    QString surveyId;
    QByteArray payload; // byte for byte what went to the server
    QString server;
    QDateTime sentAt;   // UTC
};

class SurveyLocalStore {
public:
    explicit SurveyLocalStore(Database &db) : m_db(db) {}

    // Replaces any stored envelope for the same survey.
    Error saveDefinition(const StoredSurvey &survey);
    Result<QVector<StoredSurvey>> definitions();

    // Empty when no tokens were ever stored.
    Result<QByteArray> wallet();
    Error saveWallet(const QByteArray &walletJson);

    // The sealed submissions waiting to be sent (SubmissionQueue::toJson()); empty when none.
    Result<QByteArray> outbox();
    // Saves the queue, and the wallet too when given, in one transaction: a queued
    // submission carries its token, so the wallet forgets that token in the same step.
    Error saveOutbox(const QByteArray &queueJson, const QByteArray &walletJson = {});

    // Stores the record and returns it with its id and time filled in.
    Result<SentSurvey> recordSubmission(SentSurvey sent);
    // Newest first.
    Result<QVector<SentSurvey>> submissions();

private:
    Database &m_db;
};

} // namespace saib
