#include "SyncEngine.h"
#include "SyncPayload.h"
#include "SyncRecords.h"
#include "SyncStateKeys.h"

#include <core/protocol/Pairing.h>
#include <core/protocol/Transport.h>
#include <core/protocol/Wire.h>
#include <core/store/Database.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <limits>

namespace saib::sync {

using protocol::DeviceIdentity;
using protocol::Envelope;
using protocol::HlcTimestamp;
using protocol::RelayClient;

namespace {
// Runs `step` from a fresh turn of the event loop, after the events already posted to this
// thread: a page's network reply that arrived while a slice was written, the opening
// thread's result, queued signals for the UI. Without that a page's fetch moved one step
// per slice (QTimer::singleShot(0) is itself a posted event queued before them, and a zero
// timer may fire before them too), and this thread waited for every page. No parent: it
// fires even after the engine is gone, and `step` says so.
void afterWaitingEvents(std::function<void()> step)
{
    auto *timer = new QTimer;
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, [timer, step = std::move(step)] {
        QCoreApplication::sendPostedEvents();
        // Only now: asked before, the deletion could be carried out by that very call,
        // under this slot.
        timer->deleteLater();
        step();
    });
    timer->start(0);
}

Error busyError() { return Error(ErrorCode::SyncBusy, QStringLiteral("a sync is already running")); }
Error notEnabled() { return Error(ErrorCode::SyncNotEnabled, QStringLiteral("sync is off")); }
} // namespace

SyncEngine::SyncEngine(Database &db, std::function<QString(const QString &)> conflictTitle,
                       QObject *parent)
    : QObject(parent), m_db(db), m_ledger(db), m_conflictTitle(std::move(conflictTitle))
{
    // One worker thread (the other core) seals push batches and opens pulled pages; a sync
    // pulls before it pushes, and one page is opened at a time (the next is asked for only
    // once the last is opened, see readAhead), so one thread is enough.
    m_worker.setMaxThreadCount(1);
}

SyncEngine::~SyncEngine() = default;

Result<QUrl> SyncEngine::parseRelayUrl(const QString &text)
{
    // Without a scheme, assume TLS: a relay is normally reached over the internet.
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed.contains(QLatin1String("://")) ? trimmed : QStringLiteral("https://") + trimmed);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || !url.path(QUrl::FullyEncoded).remove(QLatin1Char('/')).isEmpty() || url.hasQuery())
        return Error(ErrorCode::RelayAddressInvalid, text);
    QUrl clean;
    clean.setScheme(scheme);
    clean.setHost(url.host());
    clean.setPort(url.port());
    if (Error e = protocol::checkTransport(clean); !e.ok())
        return e;
    return clean;
}

Error SyncEngine::load()
{
    auto url = m_ledger.text(stateKeys::relayUrl);
    auto account = m_ledger.text(stateKeys::accountId);
    auto device = m_ledger.text(stateKeys::deviceId);
    auto seed = m_ledger.secret(stateKeys::deviceSeed);
    auto key = m_ledger.secret(stateKeys::syncKey);
    auto last = m_ledger.text(stateKeys::lastSyncedMs);
    for (const Error *e : {&url.error(), &account.error(), &device.error(), &seed.error(), &key.error(), &last.error()})
        if (!e->ok())
            return *e;
    m_lastSyncedMs = last.value().toLongLong();
    if (url.value().isEmpty() || !seed.value() || !key.value())
        return {};
    auto identity = DeviceIdentity::fromSeed(device.value(), *seed.value());
    if (!identity.ok())
        return identity.error();
    m_relayUrl = QUrl(url.value());
    m_client = std::make_unique<RelayClient>(m_relayUrl);
    m_client->setIdentity(identity.take());
    m_client->setAccountId(account.value());
    m_keys = KeyRing();
    m_keys.keys.emplace(0, std::move(*key.value()));
    return loadKeys();
}

SyncStatus SyncEngine::status()
{
    SyncStatus s;
    s.enabled = isEnabled();
    s.busy = m_busy;
    s.joining = m_joining != nullptr;
    s.relayUrl = m_relayUrl;
    s.deviceId = m_client ? m_client->identity().deviceId() : QString();
    s.accountId = m_client ? m_client->accountId() : QString();
    s.lastSyncedMs = m_lastSyncedMs;
    auto pending = m_ledger.pendingCount();
    s.pending = s.enabled && pending.ok() ? pending.value() : 0;
    s.lastError = m_lastError;
    s.epoch = m_keys.current;
    auto total = m_ledger.text(stateKeys::resealTotal);
    if (s.enabled && total.ok() && total.value().toInt() > 0) {
        s.resealing = true;
        s.resealTotal = total.value().toInt();
        s.resealLeft = qMin(s.pending, s.resealTotal);
    }
    s.lastReport = m_lastReport;
    if (m_busy && m_pullHead >= 0)
        s.pullProgress = m_pullHead > m_pullStart
            ? double(qMax<qint64>(0, m_pullDone - m_pullStart)) / double(m_pullHead - m_pullStart)
            : 1.0;
    auto unseen = m_ledger.text(stateKeys::rejectedUnseen);
    auto reason = m_ledger.text(stateKeys::rejectedReason);
    if (unseen.ok() && reason.ok()) {
        s.rejectedUnseen = unseen.value().toInt();
        const int code = reason.value().toInt();
        if (code > 0 && code <= int(ErrorCode::LastErrorCode))
            s.rejectedReason = ErrorCode(code);
    }
    return s;
}

void SyncEngine::noteRejected(const ApplyReport &page)
{
    if (page.rejected == 0)
        return;
    auto unseen = m_ledger.text(stateKeys::rejectedUnseen);
    const int before = unseen.ok() ? unseen.value().toInt() : 0;
    // Best effort: the count is a notice for the user, the page itself is already applied.
    (void)m_ledger.setText(stateKeys::rejectedUnseen, QString::number(before + page.rejected));
    if (before == 0)
        (void)m_ledger.setText(stateKeys::rejectedReason, QString::number(int(page.firstRejection.code)));
}

Error SyncEngine::acknowledgeRejected()
{
    if (Error e = m_ledger.setText(stateKeys::rejectedUnseen, QStringLiteral("0")); !e.ok())
        return e;
    if (Error e = m_ledger.setText(stateKeys::rejectedReason, QStringLiteral("0")); !e.ok())
        return e;
    emit statusChanged();
    return {};
}

Error SyncEngine::saveIdentity(const QUrl &relay, const DeviceIdentity &identity,
                               const QString &accountId, const SecureBuffer &syncKey)
{
    return m_db.transaction([&]() -> Error {
        if (Error e = m_ledger.clearAll(); !e.ok())
            return e;
        for (const auto &[k, v] : {std::pair{stateKeys::relayUrl, relay.toString()},
                                   std::pair{stateKeys::accountId, accountId},
                                   std::pair{stateKeys::deviceId, identity.deviceId()},
                                   std::pair{stateKeys::cursor, QStringLiteral("0")}})
            if (Error e = m_ledger.setText(k, v); !e.ok())
                return e;
        if (Error e = m_ledger.setSecret(stateKeys::deviceSeed, identity.seed()); !e.ok())
            return e;
        if (Error e = m_ledger.setSecret(stateKeys::syncKey, syncKey); !e.ok())
            return e;
        // Everything already here goes to the other devices with the first push.
        return m_ledger.markEverything(QDateTime::currentMSecsSinceEpoch());
    });
}

SyncEngine::Done SyncEngine::guard(Done done)
{
    m_busy = true;
    emit statusChanged();
    QPointer<SyncEngine> self(this);
    return [self, done](Error e) {
        if (self)
            self->finish(e, done);
        else if (done)
            done(e);
    };
}

void SyncEngine::finish(const Error &error, const Done &done)
{
    m_busy = false;
    m_lastError = error;
    emit statusChanged();
    if (done)
        done(error);
}

void SyncEngine::enable(const QUrl &relay, Done done)
{
    if (m_busy)
        return done(busyError());
    auto identity = DeviceIdentity::generate();
    if (!identity.ok())
        return done(identity.error());
    auto client = std::make_shared<std::unique_ptr<RelayClient>>(std::make_unique<RelayClient>(relay));
    (*client)->setIdentity(identity.take());
    Done finished = guard(std::move(done));
    RelayClient *raw = client->get();
    raw->registerAccount([this, client, relay, finished](Error e) {
        if (!e.ok())
            return finished(e);
        SecureBuffer key = protocol::newVaultKey();
        if (Error s = saveIdentity(relay, (*client)->identity(), (*client)->accountId(), key); !s.ok())
            return finished(s);
        m_relayUrl = relay;
        m_keys = KeyRing();
        m_keys.keys.emplace(0, std::move(key));
        m_client = std::move(*client);
        finished({});
    });
}

void SyncEngine::syncNow(Done done)
{
    if (!isEnabled())
        return done(notEnabled());
    if (m_busy)
        return done(busyError());
    auto cursor = m_ledger.text(stateKeys::cursor);
    if (!cursor.ok())
        return done(cursor.error());
    m_runReport = ApplyReport();
    Done finished = guard(std::move(done));
    QPointer<SyncEngine> self(this);
    // New key epochs first (a device removed elsewhere), so the pull can open them. Then
    // pull, so conflicts are resolved here before this device's changes go out; then make
    // a rotation this device owes; then push (under the newest epoch) and tell the relay
    // this device has moved to it.
    refreshEpochs([self, finished](Error refreshed) {
        if (!self || !refreshed.ok())
            return finished(refreshed);
        auto cursor = self->m_ledger.text(stateKeys::cursor);
        if (!cursor.ok())
            return finished(cursor.error());
        self->pullFrom(cursor.value().toLongLong(), [self, finished](Error e) {
            if (!self || !e.ok())
                return finished(e);
            self->rotateIfDue([self, finished](Error rotated) {
                if (!self || !rotated.ok())
                    return finished(rotated);
                self->pushPending([self, finished](Error pushed) {
                    if (!self || !pushed.ok())
                        return finished(pushed);
                    self->reportMoved([self, finished](Error reported) {
                        if (self && reported.ok()) {
                            self->m_lastSyncedMs = QDateTime::currentMSecsSinceEpoch();
                            self->m_lastReport = self->m_runReport;
                            // The sync itself went through; a store that cannot keep the
                            // time (full disk) is still worth telling the leader about.
                            if (Error kept = self->m_ledger.setText(stateKeys::lastSyncedMs,
                                                                    QString::number(self->m_lastSyncedMs)))
                                return finished(kept);
                        }
                        finished(reported);
                    });
                });
            });
        });
    });
}

// A page asked of the relay, and what to do when it has arrived and been opened (if it
// has not already).
struct SyncEngine::PendingPage {
    qint64 since = 0;
    std::optional<Result<OpenedPage>> page;
    std::function<void()> onArrival;
    std::shared_ptr<PendingPage> next; // the page after it, once asked for
};

std::shared_ptr<SyncEngine::PendingPage> SyncEngine::requestPage(qint64 since)
{
    auto pending = std::make_shared<PendingPage>();
    pending->since = since;
    m_pullTail = pending;
    ++m_pagesAhead;
    QPointer<SyncEngine> self(this);
    auto arrive = [self, pending](Result<OpenedPage> page) {
        pending->page.emplace(std::move(page));
        if (self)
            self->readAhead();
        if (auto arrived = std::move(pending->onArrival))
            arrived();
    };
    // The opener of this pull, taken now: a page may still arrive after its pull ended.
    m_client->pullBytes(since, protocol::kMaxBatch, [self, arrive, opener = m_pullOpener](Result<QByteArray> body) {
        if (!self)
            return arrive(Error(ErrorCode::Locked));
        if (!body.ok())
            return arrive(body.error());
        // Parsing the answer and opening its envelopes touches no database: it runs on the
        // opening thread while this one writes. The worker gets the bytes and the opener
        // (keys in its own secure memory, never changed); the page comes back to this
        // thread as a queued call on the engine, which cannot be gone while the task runs
        // (its pool, destroyed before the rest of it, waits for the task) and drops the
        // call if it goes before the call is delivered.
        SyncEngine *engine = self;
        self->m_worker.start([engine, arrive, opener, bytes = body.take()] {
            auto page = std::make_shared<Result<OpenedPage>>(opener->openPage(bytes));
            QMetaObject::invokeMethod(engine, [arrive, page] { arrive(std::move(*page)); }, Qt::QueuedConnection);
        });
    });
    return pending;
}

void SyncEngine::readAhead()
{
    // The next page is asked for as soon as the last one asked for is opened, up to two
    // pages beyond the one being written: the relay, the network and the opening thread
    // then keep ahead of this thread, which only writes (it hands a page to the opening
    // thread only when its event loop turns, between slices, so one page ahead was not
    // enough). Pages are still applied in order; what is read ahead of a page that fails
    // is dropped unread.
    constexpr int kPagesAhead = 2;
    const std::shared_ptr<PendingPage> tail = m_pullTail;
    if (!tail || !tail->page || !tail->page->ok() || m_pagesAhead >= kPagesAhead)
        return;
    const OpenedPage &page = tail->page->value();
    if (page.more && page.nextCursor > tail->since) // a cursor that stands still: see applyPage
        tail->next = requestPage(page.nextCursor);
}

void SyncEngine::pullFrom(qint64 cursor, Done done)
{
    m_pullStart = m_pullDone = cursor;
    m_pullHead = -1;
    m_pagesAhead = 0;
    // The keys as they are for this pull (new epochs are adopted before it, a rotation
    // made after it), for the opening thread.
    m_pullOpener = std::make_shared<const SyncOpener>(m_keys);
    QPointer<SyncEngine> self(this);
    applyPage(cursor, requestPage(cursor), [self, done](Error e) {
        if (self) {
            self->m_pullHead = -1;
            self->m_pullOpener.reset();
            self->m_pullTail.reset();
        }
        done(e);
    });
}

void SyncEngine::applyPage(qint64 cursor, std::shared_ptr<PendingPage> pending, Done done)
{
    QPointer<SyncEngine> self(this);
    auto apply = [self, cursor, pending, done]() {
        if (!self)
            return done(Error(ErrorCode::Locked));
        --self->m_pagesAhead;
        const Result<OpenedPage> &page = *pending->page;
        if (!page.ok())
            return done(page.error());
        // The cursor is the highest sequence number this device has applied. A relay
        // that now holds less, or serves a sequence number at or below it again, has
        // lost or rolled back data: report it rather than carry on as if nothing happened.
        bool backwards = page.value().head < cursor || page.value().nextCursor < cursor;
        for (const OpenedRecord &r : page.value().records)
            backwards = backwards || r.seq <= cursor;
        if (backwards)
            return done(Error(ErrorCode::SyncRolledBack,
                              QStringLiteral("relay head %1 below cursor %2").arg(page.value().head).arg(cursor)));
        // A relay that says there is more but does not move the cursor would keep this
        // device asking for the same page forever.
        if (page.value().more && page.value().nextCursor <= cursor)
            return done(Error(ErrorCode::SyncMalformed, QStringLiteral("cursor did not advance")));
        // Asks for the page after this one if it has not been already.
        self->readAhead();
        self->m_pullHead = page.value().head;
        // Written from a fresh turn of the event loop, so the request just made goes out
        // before this thread is busy with the first slice.
        afterWaitingEvents([self, pending, done] {
            if (!self)
                return done(Error(ErrorCode::Locked));
            self->applySlices(pending, 0, [self, pending, done](Error e) {
                if (!self)
                    return done(Error(ErrorCode::Locked));
                if (!e.ok())
                    return done(e);
                if (pending->next)
                    return self->applyPage(self->m_pullDone, pending->next, done);
                done({});
            });
        });
    };
    if (pending->page)
        apply();
    else
        pending->onArrival = std::move(apply);
}

void SyncEngine::applySlices(std::shared_ptr<PendingPage> pending, int from, Done done)
{
    // A page is written in slices, each one transaction that also moves the cursor to its
    // last sequence number, with the event loop turning in between: the app (on this
    // thread) stays responsive through a first sync of thousands of records, and a kill
    // loses at most the slice being written. 250 records: half a page, so commits (an
    // fsync each) and the search index's segment writes are fewer than with 100.
    constexpr int kSlice = 250;
    const OpenedPage &page = pending->page->value();
    const int to = qMin(from + kSlice, int(page.records.size()));
    const qint64 cursor = to == page.records.size() ? page.nextCursor : page.records.at(to - 1).seq;
    SyncApplier applier(m_db, m_client->identity().deviceId(), m_conflictTitle);
    auto applied = applier.apply(page.records.mid(from, to - from), cursor);
    if (!applied.ok())
        return done(applied.error());
    m_runReport += applied.value();
    noteRejected(applied.value());
    m_pullDone = cursor;
    emit statusChanged();
    if (to == page.records.size())
        return done({});
    QPointer<SyncEngine> self(this);
    afterWaitingEvents([self, pending, to, done] {
        if (!self)
            return done(Error(ErrorCode::Locked));
        self->applySlices(pending, to, done);
    });
}

// A batch read on this thread (the store's), to be sealed on a worker.
struct SyncEngine::ReadBatch {
    QVector<DirtyRecord> records;
    QVector<RecordValue> data; // encoded on the worker
    QVector<HlcTimestamp> clocks;
};

// The current key and the record-id key, copied (in secure memory) for the worker: the
// engine's key ring may change or go away while a batch is being sealed.
struct SyncEngine::SealKeys {
    SecureBuffer key, idKey;
    int epoch = 0;
};

Result<SyncEngine::ReadBatch> SyncEngine::readBatch(const QVector<DirtyRecord> &batch)
{
    const QString me = m_client->identity().deviceId();
    // Each kind's records and known clocks are read in bulk (a query or two per kind, not
    // per record), then taken back in the batch's order.
    struct Read {
        QStringList keys;
        QVector<RecordValue> data;
        QVector<std::optional<HlcTimestamp>> known;
        int taken = 0;
    };
    QHash<QString, Read> reads;
    for (const DirtyRecord &d : batch)
        reads[d.kind].keys << d.key;
    for (auto it = reads.begin(); it != reads.end(); ++it) {
        auto data = readRecordValues(m_db, it.key(), it->keys);
        if (!data.ok())
            return data.error();
        auto known = m_ledger.knownClocks(it.key(), it->keys);
        if (!known.ok())
            return known.error();
        it->data = data.take();
        it->known = known.take();
    }
    ReadBatch out;
    out.records = batch;
    out.data.reserve(batch.size());
    out.clocks.reserve(batch.size());
    for (const DirtyRecord &d : batch) {
        Read &read = reads[d.kind];
        const int i = read.taken++;
        out.data << std::move(read.data[i]);
        out.clocks << localChangeClock(d.changedMs, read.known.at(i), me);
    }
    return out;
}

Result<SyncEngine::SealedBatch> SyncEngine::sealRead(const ReadBatch &read, const SealKeys &keys)
{
    // No store and no engine state here: this runs on a worker thread.
    SealedBatch out;
    out.records = read.records;
    out.clocks = read.clocks;
    out.envelopes.reserve(read.records.size());
    for (int i = 0; i < read.records.size(); ++i) {
        const DirtyRecord &d = read.records.at(i);
        const QByteArray payload = encodePayload({d.kind, d.key, encodeRecord(read.data.at(i))});
        auto sealed = protocol::sealEnvelope(keys.key, recordIdFor(keys.idKey, d.kind, d.key), kEnvelopeKind,
                                             read.clocks.at(i), payload, keys.epoch);
        if (!sealed.ok())
            return sealed.error();
        out.envelopes << sealed.take();
    }
    return out;
}

// One push, a pipeline: a batch read from the store (this thread), one being sealed (a
// worker), one sealed and waiting, and requests out.
struct SyncEngine::PushRun {
    QVector<QVector<DirtyRecord>> batches;
    int nextToRead = 0;
    std::shared_ptr<const SealKeys> keys;
    std::optional<ReadBatch> read; // read, not sealed yet
    bool sealing = false;          // a batch is on the worker
    std::optional<SealedBatch> ready; // sealed, not sent yet
    int inFlight = 0;
    // Stored by the relay, not marked here yet.
    QVector<DirtyRecord> answered;
    QVector<HlcTimestamp> answeredClocks;
    Error failed; // the first error; nothing new is read, sealed or sent after it
    Done done;
};

// Four requests out at once: the relay stores one while the others upload or wait in its
// queue, so it never sits idle while this device marks a batch and seals the next (a
// batch over 2 MiB goes as two requests, one after the other). Measured on the ten-year
// push: 1.5-1.6 s with two, 1.1-1.3 s with three, 0.9-1.1 s with four
// (docs/performance/statement-journals.txt); each costs a sealed batch in memory (about
// 3 MB).
constexpr int kPushesInFlight = 4;
// Answered batches are marked together once this many records wait (and at the end):
// each marking is a commit, and a commit waits for the disk. A kill before marking only
// means pushing those records again.
constexpr int kMarkEvery = 2000;

void SyncEngine::pushPending(Done done)
{
    // What is dirty now, in batches the relay accepts; a record changed while this runs is
    // marked dirty again and goes with the next sync.
    auto dirty = m_ledger.dirty(std::numeric_limits<int>::max());
    if (!dirty.ok())
        return done(dirty.error());
    if (dirty.value().isEmpty())
        return done({});
    auto run = std::make_shared<PushRun>();
    for (int i = 0; i < dirty.value().size(); i += protocol::kMaxBatch)
        run->batches.append(dirty.value().mid(i, protocol::kMaxBatch));
    const SecureBuffer &key = m_keys.currentKey();
    auto keys = std::make_shared<SealKeys>();
    keys->key = SecureBuffer::fromBytes(reinterpret_cast<const char *>(key.data()), key.size());
    keys->idKey = recordIdKey(key);
    keys->epoch = m_keys.current;
    run->keys = std::move(keys);
    run->done = std::move(done);
    pumpPush(std::move(run));
}

void SyncEngine::pumpPush(std::shared_ptr<PushRun> run)
{
    // Moves every stage along as far as it can go: send what is sealed, hand what is read
    // to the worker, read the next batch. Batches hold different records, so the order
    // the relay stores them in does not matter.
    while (run->failed.ok()) {
        if (run->ready && run->inFlight < kPushesInFlight) {
            sendReady(run);
        } else if (run->read && !run->sealing && !run->ready) {
            startSealing(run);
        } else if (!run->read && run->nextToRead < run->batches.size()) {
            auto read = readBatch(run->batches.at(run->nextToRead++));
            if (!read.ok())
                run->failed = read.error();
            else
                run->read.emplace(read.take());
        } else {
            break;
        }
    }
    // Done once nothing is out any more: everything sent and answered, or the first error
    // (so a batch the relay did store is still marked, not pushed again).
    const bool allSent = !run->read && !run->sealing && !run->ready && run->nextToRead == run->batches.size();
    if (run->inFlight == 0 && !run->sealing && (!run->failed.ok() || allSent)) {
        markAnswered(*run);
        run->done(run->failed);
    }
}

void SyncEngine::startSealing(const std::shared_ptr<PushRun> &run)
{
    // Encoding each record and its payload and encrypting it need nothing of the store,
    // so they run on a worker while this thread reads the next batch and marks answered
    // ones.
    auto read = std::make_shared<ReadBatch>(std::move(*run->read));
    run->read.reset();
    run->sealing = true;
    // The engine waits for its worker when destroyed (m_worker goes first), so `this` is
    // alive when the result is posted back; a result posted to a destroyed engine is
    // dropped with it.
    m_worker.start([this, run, read, keys = run->keys] {
        auto sealed = std::make_shared<Result<SealedBatch>>(sealRead(*read, *keys));
        QMetaObject::invokeMethod(
            this, [this, run, sealed] {
                run->sealing = false;
                if (!sealed->ok()) {
                    if (run->failed.ok())
                        run->failed = sealed->error();
                } else if (run->failed.ok()) {
                    run->ready.emplace(sealed->take());
                }
                pumpPush(run);
            },
            Qt::QueuedConnection);
    });
}

void SyncEngine::markAnswered(PushRun &run)
{
    if (run.answered.isEmpty())
        return;
    // Replays are harmless: the relay drops a version it already holds, so a crash
    // between its answer and this transaction only means pushing the same clock again.
    Error marked = m_ledger.markPushed(run.answered, run.answeredClocks);
    if (!marked.ok() && run.failed.ok())
        run.failed = marked;
    run.answered.clear();
    run.answeredClocks.clear();
    emit statusChanged();
}

void SyncEngine::sendReady(const std::shared_ptr<PushRun> &run)
{
    auto sent = std::make_shared<SealedBatch>(std::move(*run->ready));
    run->ready.reset();
    ++run->inFlight;
    QPointer<SyncEngine> self(this);
    m_client->push(sent->envelopes, [self, run, sent](Result<protocol::PushResponse> r) {
        --run->inFlight;
        if (self)
            return self->pushed(run, *sent, r);
        if (run->inFlight == 0)
            run->done(Error(ErrorCode::Locked));
    });
}

void SyncEngine::pushed(std::shared_ptr<PushRun> run, const SealedBatch &sent,
                        const Result<protocol::PushResponse> &reply)
{
    if (!reply.ok()) {
        if (run->failed.ok())
            run->failed = reply.error();
        return pumpPush(std::move(run));
    }
    // The next request goes out before this batch is marked, so the relay has work.
    if (run->failed.ok() && run->ready && run->inFlight < kPushesInFlight)
        sendReady(run);
    run->answered += sent.records;
    run->answeredClocks += sent.clocks;
    if (run->answered.size() >= kMarkEvery)
        markAnswered(*run);
    pumpPush(std::move(run));
}

void SyncEngine::listDevices(Callback<QList<protocol::DeviceInfo>> done)
{
    if (!isEnabled())
        return done(notEnabled());
    m_client->listDevices(std::move(done));
}

void SyncEngine::removeDevice(const QString &deviceId, Done done)
{
    if (!isEnabled())
        return done(notEnabled());
    if (m_busy)
        return done(busyError());
    QPointer<SyncEngine> self(this);
    m_client->revokeDevice(deviceId, [self, deviceId, done](Error revoked) {
        if (!self)
            return done(Error(ErrorCode::Locked));
        if (!revoked.ok())
            return done(revoked);
        // Noted before rotating, so a rotation cut short (network, crash) is made by the
        // next sync instead of being forgotten.
        auto due = self->m_ledger.text(stateKeys::rotationDue);
        QStringList ids = due.ok() ? due.value().split(QLatin1Char(','), Qt::SkipEmptyParts) : QStringList();
        if (!ids.contains(deviceId))
            ids << deviceId;
        if (Error e = self->m_ledger.setText(stateKeys::rotationDue, ids.join(QLatin1Char(','))); !e.ok())
            return done(e);
        self->syncNow([done](Error synced) {
            // A sync already under way (the timer's): the rotation is made by the next one.
            done(synced.code == ErrorCode::SyncBusy ? Error() : synced);
        });
    });
}

Error SyncEngine::disable()
{
    if (m_busy)
        return busyError();
    if (Error e = m_ledger.clearAll(); !e.ok())
        return e;
    m_client.reset();
    m_keys = KeyRing();
    m_relayUrl.clear();
    m_lastSyncedMs = 0;
    m_lastError = Error();
    m_lastReport = ApplyReport();
    emit statusChanged();
    return {};
}

} // namespace saib::sync
