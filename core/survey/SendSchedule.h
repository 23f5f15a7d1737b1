#pragma once
// When a sealed submission leaves the device (DESIGN.md §6). Answers are not sent when the
// leader presses Send: they are queued, sealed, and sent at a random moment, uniformly
// between 1 and 24 hours later, on a fresh connection.
//
// Why that window: a leader usually enrols and answers in one sitting, so a submission
// sent at once follows its enrolment by a minute and the operator could pair them by time
// (and by address). Spread uniformly over a day, a submission could follow any of that
// day's enrolments, and codes go out to a whole region at once, so there are many. The
// hour at the start separates it from the enrolment's connection even for the first
// leader of the day; a day at most keeps answers well inside any survey window worth
// running and is short enough that a leader still recognises them in the app's record.
// If the survey closes sooner, the window ends an hour before the close instead; with
// less than that left, the submission is due at once (and the app says what that gives up).
#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <core/Error.h>

namespace saib::survey {

inline constexpr qint64 kMinSendDelaySecs = 60 * 60;
inline constexpr qint64 kMaxSendDelaySecs = 24 * 60 * 60;

// A uniformly random time in [now + 1 h, now + 24 h], ending no later than an hour before
// the survey closes (the end of `closes`, UTC). `now` comes from the caller's clock.
QDateTime randomSendTime(const QDateTime &now, const QDate &closes);

struct QueuedSubmission {
    QString surveyId;
    QString server;     // where to send it (the survey's server)
    QByteArray bytes;   // the exact envelope shown in the preview
    QDateTime sendAfter; // UTC
};

// The queue, persisted as JSON in the encrypted store only (it holds the answers).
class SubmissionQueue {
public:
    void add(QueuedSubmission submission); // replaces any queued one for the same survey
    void remove(const QString &surveyId);
    QList<QueuedSubmission> due(const QDateTime &now) const; // sendAfter <= now
    const QList<QueuedSubmission> &all() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    QByteArray toJson() const;
    static Result<SubmissionQueue> fromJson(const QByteArray &json);

private:
    QList<QueuedSubmission> m_items;
};

} // namespace saib::survey
