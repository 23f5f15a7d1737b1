#pragma once
// The two pieces of server state the token scheme needs, as interfaces so the relay can
// back them with its database (a UNIQUE constraint makes each call atomic) while tests use
// the in-memory versions here.
//
// They never meet: the enrolment ledger knows who asked for tokens, the spent set knows
// only hashes of token inputs, and no value is shared between them.
#include <core/Error.h>

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

namespace saib::survey {

// Records that a given enrolled leader has been issued tokens for a survey.
class EnrolmentLedger {
public:
    enum class Claim {
        New,         // first request: issue
        SameRequest, // a retry of the very same blinded elements: re-issuing reveals nothing new
        Different,   // a second, different batch: refuse (one batch per leader per survey)
    };
    virtual ~EnrolmentLedger() = default;
    // Atomically records (surveyId, enrolmentId) -> requestDigest unless already present.
    virtual Result<Claim> claim(const QString &surveyId, const QString &enrolmentId,
                                const QByteArray &requestDigest) = 0;
};

// Records spent tokens, by a hash of their input, per survey.
class SpentTokenSet {
public:
    virtual ~SpentTokenSet() = default;
    // Atomically inserts; true when newly spent, false when it was already spent.
    virtual Result<bool> markSpent(const QString &surveyId, const QByteArray &inputHash) = 0;
};

class InMemoryEnrolmentLedger : public EnrolmentLedger {
public:
    Result<Claim> claim(const QString &surveyId, const QString &enrolmentId,
                        const QByteArray &requestDigest) override;

private:
    QMutex m_mutex;
    QHash<QString, QByteArray> m_claims; // surveyId '\n' enrolmentId -> digest
};

class InMemorySpentTokenSet : public SpentTokenSet {
public:
    Result<bool> markSpent(const QString &surveyId, const QByteArray &inputHash) override;
    int size() const { return static_cast<int>(m_spent.size()); }
    // What the server holds after redemptions: for the unlinkability test.
    QList<QByteArray> hashes() const;

private:
    QMutex m_mutex;
    QSet<QByteArray> m_spent; // surveyId '\n' inputHash
};

} // namespace saib::survey
