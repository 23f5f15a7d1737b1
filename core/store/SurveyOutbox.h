#pragma once
// The leader's sealed survey submissions between "Send" and the moment they leave
// (DESIGN.md §6, core/survey/SendSchedule.h for the why of the 1-24 h window). Shared by
// the app's SurveyController and `saib-cli survey`, so both queue and send the same way:
//  - queue(): the previewed bytes go into the encrypted store with a random send time,
//    and the wallet forgets their token in the same transaction (the queued bytes carry
//    it now, so it can never go out twice with different answers);
//  - sendDue(): each due submission goes on a SurveyClient of its own (a fresh
//    connection, never the one that carried the enrolment), one after another. Accepted
//    (or already spent: an earlier reply was lost) -> recorded as sent and dequeued.
//    Offline, rate-limited or a server fault -> kept for the next try. Refused for good
//    (the survey closed, the server rejects the payload) -> dequeued and reported.
// All times come from the caller (saib::Clock), so tests move them with SAIB_NOW.
#include "../Error.h"

#include <core/survey/SendSchedule.h>

#include <QDateTime>
#include <QList>
#include <functional>

class QObject;

namespace saib {

class Database;

namespace survey {
struct SurveyDefinition;
}

struct OutboxReport {
    int sent = 0;     // accepted now
    int kept = 0;     // still queued (not due, or to retry)
    int refused = 0;  // dropped: the server refused them for good
    Error firstError; // why the first one not sent was not sent
};

class SurveyOutbox {
public:
    explicit SurveyOutbox(Database &db) : m_db(db) {}

    // Queues `bytes` (built with the wallet's next token, `tokenInput`) for `definition`,
    // to be sent at a random time from now; returns that time (UTC).
    Result<QDateTime> queue(const survey::SurveyDefinition &definition, const QString &server,
                            const QByteArray &bytes, const QByteArray &tokenInput, const QDateTime &now);

    Result<survey::SubmissionQueue> load();

    // Sends what is due at `now` (everything when `all`), then calls done once.
    // `context` owns the network clients; the database must outlive the call.
    void sendDue(const QDateTime &now, bool all, QObject *context, std::function<void(OutboxReport)> done);

    // Whether an error means "try again later" rather than "never".
    static bool isTransient(const Error &error);

private:
    Database &m_db;
};

} // namespace saib
