#include "TokenLedgers.h"

#include <QMutexLocker>

namespace saib::survey {

Result<EnrolmentLedger::Claim> InMemoryEnrolmentLedger::claim(const QString &surveyId, const QString &enrolmentId,
                                                              const QByteArray &requestDigest)
{
    QMutexLocker lock(&m_mutex);
    const QString key = surveyId + QLatin1Char('\n') + enrolmentId;
    auto it = m_claims.constFind(key);
    if (it == m_claims.constEnd()) {
        m_claims.insert(key, requestDigest);
        return Claim::New;
    }
    return it.value() == requestDigest ? Claim::SameRequest : Claim::Different;
}

Result<bool> InMemorySpentTokenSet::markSpent(const QString &surveyId, const QByteArray &inputHash)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray key = surveyId.toUtf8() + '\n' + inputHash;
    if (m_spent.contains(key))
        return false;
    m_spent.insert(key);
    return true;
}

QList<QByteArray> InMemorySpentTokenSet::hashes() const
{
    QList<QByteArray> out;
    for (const QByteArray &key : m_spent)
        out.append(key.mid(key.indexOf('\n') + 1));
    return out;
}

} // namespace saib::survey
