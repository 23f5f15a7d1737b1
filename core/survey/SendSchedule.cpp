#include "SendSchedule.h"

#include "SurveyDefinition.h"
#include "SurveyJson.h"
#include <core/io/JsonReader.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <sodium.h>

namespace saib::survey {

QDateTime randomSendTime(const QDateTime &now, const QDate &closes)
{
    const QDateTime start = now.toUTC();
    qint64 latest = kMaxSendDelaySecs;
    if (closes.isValid()) {
        const QDateTime closeEnd(closes.addDays(1), QTime(0, 0), QTimeZone::utc());
        latest = qMin(latest, start.secsTo(closeEnd) - kMinSendDelaySecs);
    }
    if (latest < kMinSendDelaySecs)
        return start; // no room for a delay before the close: due now
    const auto span = static_cast<uint32_t>(latest - kMinSendDelaySecs + 1);
    // randombytes_uniform: unbiased, from the OS's CSPRNG (the time must not be guessable).
    return start.addSecs(kMinSendDelaySecs + randombytes_uniform(span));
}

void SubmissionQueue::add(QueuedSubmission submission)
{
    remove(submission.surveyId);
    m_items.append(std::move(submission));
}

void SubmissionQueue::remove(const QString &surveyId)
{
    m_items.removeIf([&](const QueuedSubmission &q) { return q.surveyId == surveyId; });
}

QList<QueuedSubmission> SubmissionQueue::due(const QDateTime &now) const
{
    QList<QueuedSubmission> out;
    for (const QueuedSubmission &q : m_items) {
        if (q.sendAfter <= now)
            out.append(q);
    }
    return out;
}

QByteArray SubmissionQueue::toJson() const
{
    QJsonArray items;
    for (const QueuedSubmission &q : m_items)
        items.append(QJsonObject{{QStringLiteral("survey"), q.surveyId},
                                 {QStringLiteral("server"), q.server},
                                 {QStringLiteral("bytes"), toBase64(q.bytes)},
                                 {QStringLiteral("send_after"), q.sendAfter.toUTC().toString(Qt::ISODate)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("queued"), items}}).toJson(QJsonDocument::Compact);
}

Result<SubmissionQueue> SubmissionQueue::fromJson(const QByteArray &json)
{
    const Error bad(ErrorCode::SurveyResponseInvalid, QStringLiteral("queue JSON"));
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    // The app's own file: members it does not know are ignored, as they always were.
    JsonReader root(doc.object(), bad.code, JsonReader::Unknown::Allow);
    const QJsonArray queued = root.array(QStringLiteral("queued"));
    if (!doc.isObject() || root.failed())
        return bad;
    SubmissionQueue queue;
    for (const QJsonValue &v : queued) {
        JsonReader r(v.toObject(), bad.code, JsonReader::Unknown::Allow);
        QueuedSubmission q;
        q.surveyId = r.text(QStringLiteral("survey"));
        // A missing server leaves it empty, as it always has.
        if (r.has(QStringLiteral("server")))
            q.server = r.text(QStringLiteral("server"));
        q.bytes = r.base64(QStringLiteral("bytes"), 1, kJsonUnbounded);
        q.sendAfter = QDateTime::fromString(r.text(QStringLiteral("send_after")), Qt::ISODate);
        if (r.failed() || !isValidId(q.surveyId) || !q.sendAfter.isValid())
            return bad;
        queue.m_items.append(q);
    }
    return queue;
}

} // namespace saib::survey
