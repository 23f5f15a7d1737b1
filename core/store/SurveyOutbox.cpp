#include "SurveyOutbox.h"

#include "Database.h"
#include "SurveyLocalStore.h"

#include <core/survey/SurveyClient.h>
#include <core/survey/SurveyDefinition.h>
#include <core/survey/TokenWallet.h>

#include <QPointer>
#include <memory>

namespace saib {

using namespace saib::survey;

Result<SubmissionQueue> SurveyOutbox::load()
{
    auto json = SurveyLocalStore(m_db).outbox();
    if (!json.ok())
        return json.error();
    if (json.value().isEmpty())
        return SubmissionQueue();
    return SubmissionQueue::fromJson(json.value());
}

Result<QDateTime> SurveyOutbox::queue(const SurveyDefinition &definition, const QString &server,
                                      const QByteArray &bytes, const QByteArray &tokenInput, const QDateTime &now)
{
    SurveyLocalStore store(m_db);
    auto queue = load();
    if (!queue.ok())
        return queue.error();
    auto walletJson = store.wallet();
    if (!walletJson.ok())
        return walletJson.error();
    auto wallet = walletJson.value().isEmpty() ? Result<TokenWallet>(TokenWallet())
                                                : TokenWallet::fromJson(walletJson.value());
    if (!wallet.ok())
        return wallet.error();
    wallet.value().markSpent(definition.id, tokenInput);
    const QDateTime at = randomSendTime(now, definition.closes);
    queue.value().add({definition.id, server, bytes, at});
    if (Error e = store.saveOutbox(queue.value().toJson(), wallet.value().toJson()); !e.ok())
        return e;
    return at;
}

bool SurveyOutbox::isTransient(const Error &error)
{
    switch (error.code) {
    case ErrorCode::RelayUnreachable:
    case ErrorCode::RelayRateLimited:
    case ErrorCode::RelayServerError:
        return true;
    default:
        return false;
    }
}

namespace {
// One submission at a time, so two never share a moment (or a connection).
struct SendRun : std::enable_shared_from_this<SendRun> {
    Database *db = nullptr;
    QPointer<QObject> context;
    QList<QueuedSubmission> todo;
    OutboxReport report;
    std::function<void(OutboxReport)> done;

    void next()
    {
        if (todo.isEmpty() || !context) {
            report.kept += static_cast<int>(todo.size());
            return done(report);
        }
        const QueuedSubmission item = todo.takeFirst();
        auto *client = new SurveyClient(QUrl(item.server), context);
        auto self = shared_from_this();
        client->submit(item.surveyId, item.bytes, [self, client, item](Error e) {
            client->deleteLater();
            self->finished(item, e);
            self->next();
        });
    }

    void finished(const QueuedSubmission &item, const Error &e)
    {
        // Spent means an earlier try arrived and its reply was lost: these bytes are there.
        const bool arrived = e.ok() || e.code == ErrorCode::SurveyTokenSpent;
        if (!arrived && SurveyOutbox::isTransient(e)) {
            ++report.kept;
            if (report.firstError.ok())
                report.firstError = e;
            return;
        }
        if (!arrived) {
            ++report.refused;
            if (report.firstError.ok())
                report.firstError = e;
        }
        // The record of what was sent and the removal from the queue in one transaction:
        // never recorded twice, never dequeued without its record.
        const Error saved = db->transaction([&]() -> Error {
            SurveyLocalStore store(*db);
            if (arrived) {
                if (auto r = store.recordSubmission({{}, item.surveyId, item.bytes, item.server, {}}); !r.ok())
                    return r.error();
            }
            auto queue = SurveyOutbox(*db).load();
            if (!queue.ok())
                return queue.error();
            queue.value().remove(item.surveyId);
            return store.saveOutbox(queue.value().toJson());
        });
        if (!saved.ok()) {
            if (arrived)
                ++report.kept; // still queued: the next try reads "spent" and records it then
            if (report.firstError.ok())
                report.firstError = saved;
            return;
        }
        if (arrived)
            ++report.sent;
    }
};
} // namespace

void SurveyOutbox::sendDue(const QDateTime &now, bool all, QObject *context, std::function<void(OutboxReport)> done)
{
    auto run = std::make_shared<SendRun>();
    run->db = &m_db;
    run->context = context;
    run->done = std::move(done);
    auto queue = load();
    if (!queue.ok()) {
        run->report.firstError = queue.error();
        return run->done(run->report);
    }
    run->todo = all ? queue.value().all() : queue.value().due(now.toUTC());
    run->report.kept = static_cast<int>(queue.value().all().size() - run->todo.size());
    run->next();
}

} // namespace saib
