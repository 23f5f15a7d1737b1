#pragma once
// The survey side of the relay database (DESIGN.md §6), in its own tables beside the
// sync tables, on SQLite or PostgreSQL:
//
//   survey_definitions      survey id -> the body's signed envelope, as published
//   survey_enrolment_codes  hashes of the body's enrolment codes (never the codes)
//   survey_enrolments       the enrolment ledger: (survey, enrolment) -> request digest
//   survey_spent_tokens     the spent set: (survey, hash of a token input)
//   survey_responses        (survey, random id) -> the response JSON
//
// The ledger and the spent set are separate tables with their own UNIQUE primary keys
// (which make claiming and spending atomic across relays) and share no column but the
// survey id; no survey table stores a timestamp, an address or a sequence number. Rows
// are keyed by hashes or random ids, and on SQLite the tables are WITHOUT ROWID, so
// their order says nothing about when a row arrived. (PostgreSQL's heap keeps rows
// roughly in insertion order until VACUUM FULL or CLUSTER; an operator who worries about
// physical order should run `CLUSTER survey_responses USING survey_responses_pkey` after
// a survey closes.)
#include "DatabaseUrl.h"
#include "SqlConnection.h"

#include <core/Error.h>
#include <core/survey/TokenLedgers.h>

#include <QByteArray>
#include <QList>

namespace saib::relay {

class SurveyStore final : public survey::EnrolmentLedger {
public:
    SurveyStore();
    // Opens its own connection and creates the survey tables if needed.
    Error open(const DatabaseUrl &url);

    // A survey id is published once: the same envelope again is accepted (a retry),
    // a different one is RelayConflict (leaders may already have seen the first).
    Error publish(const QString &surveyId, const QByteArray &envelope);
    Result<QList<QByteArray>> envelopes();
    // NotFound when unknown.
    Result<QByteArray> envelope(const QString &surveyId);

    // Returns how many of `hashes` were new.
    Result<int> addEnrolmentCodes(const QString &surveyId, const QList<QByteArray> &hashes);
    Result<bool> hasEnrolmentCode(const QString &surveyId, const QByteArray &hash);

    Result<Claim> claim(const QString &surveyId, const QString &enrolmentId,
                        const QByteArray &requestDigest) override;

    // Marks the token spent and stores the response in one transaction. False (and
    // nothing stored) when the token was already spent.
    Result<bool> spendAndStore(const QString &surveyId, const QByteArray &tokenHash,
                               const QByteArray &responseJson);
    Result<QList<QByteArray>> responses(const QString &surveyId);

private:
    Error createSchema();
    SqlConnection m_db;
};

} // namespace saib::relay
