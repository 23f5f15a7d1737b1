// SyncOpener: the half of applying a pulled envelope that needs only the keys, which a pull
// runs on a worker thread. Every refusal SyncApplier makes on an envelope it makes the same
// way, it keeps its own copy of the keys, it parses a relay's pull answer, and opening a
// page on other threads (several at once) gives exactly what opening it here gives.
#include "SyncFixtures.h"

#include <core/protocol/Wire.h>
#include <core/sync/SyncApplier.h>
#include <core/sync/SyncOpener.h>
#include <core/sync/SyncPayload.h>
#include <core/sync/SyncRecords.h>

#include <QJsonDocument>
#include <algorithm>
#include <thread>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;
using protocol::Envelope;
using protocol::HlcTimestamp;
using Outcome = OpenedRecord::Outcome;

namespace {
const QString kThere = QStringLiteral("there");
const QString kGone = QStringLiteral("gone");
const QString kKey = QStringLiteral("2026-11-24");

QJsonObject checkinData(int demand)
{
    return QJsonObject{{QStringLiteral("row"), QJsonObject{{QStringLiteral("day"), kKey}, {QStringLiteral("demand"), demand}}}};
}

Envelope sealedBy(const SecureBuffer &key, int epoch, qint64 seq, const QString &device = kThere,
                  const QByteArray &payload = encodePayload({kinds::checkin, kKey, checkinData(4)}),
                  const QString &idKind = kinds::checkin)
{
    auto env = protocol::sealEnvelope(key, recordIdFor(recordIdKey(key), idKind, kKey), kEnvelopeKind,
                                      HlcTimestamp{1'800'000'000'000 + seq, 0, device}, payload, epoch);
    REQUIRE(env.ok());
    Envelope e = env.take();
    e.seq = seq;
    return e;
}

// Epoch 0 retired at seq 10 (device "gone" removed), epoch 1 current.
struct Ring {
    KeyRing keys;
    Ring()
    {
        keys.current = 1;
        keys.keys.emplace(0, SecureBuffer::random(32));
        keys.keys.emplace(1, SecureBuffer::random(32));
        keys.closedAtSeq.emplace(0, 10);
        keys.removed << kGone;
    }
    const SecureBuffer &key(int epoch) const { return keys.keys.at(epoch); }
};

bool same(const OpenedRecord &a, const OpenedRecord &b)
{
    return a.outcome == b.outcome && a.seq == b.seq && a.clock == b.clock && a.payload.kind == b.payload.kind
        && a.payload.key == b.payload.key && a.payload.data == b.payload.data && a.rejection.code == b.rejection.code
        && a.rejection.detail == b.rejection.detail;
}
} // namespace

TEST_CASE("an opened envelope holds its sequence number, clock and record", "[sync][opener]")
{
    Ring ring;
    const SyncOpener opener(ring.keys);
    const OpenedRecord r = opener.open(sealedBy(ring.key(1), 1, 42));
    INFO(r.rejection.detail.toStdString());
    REQUIRE(r.outcome == Outcome::Write);
    CHECK(r.seq == 42);
    CHECK(r.clock == HlcTimestamp{1'800'000'000'042, 0, kThere});
    CHECK(r.payload.kind == kinds::checkin);
    CHECK(r.payload.key == kKey);
    REQUIRE(r.payload.data.has_value());
    CHECK(*r.payload.data == checkinData(4));
    CHECK(r.rejection.ok());
}

TEST_CASE("the opener refuses and skips exactly what the applier did", "[sync][opener]")
{
    Ring ring;
    const SyncOpener opener(ring.keys);
    auto refused = [](const OpenedRecord &r, ErrorCode code, const char *why) {
        INFO(r.rejection.detail.toStdString());
        CHECK(r.outcome == Outcome::Reject);
        CHECK(r.rejection.code == code);
        CHECK(r.rejection.detail.contains(QLatin1String(why)));
    };

    Envelope tampered = sealedBy(ring.key(1), 1, 11);
    tampered.ciphertext[30] = char(tampered.ciphertext[30] ^ 1);
    refused(opener.open(tampered), ErrorCode::SyncTampered, "authentication");

    Envelope wrongKey = sealedBy(SecureBuffer::random(32), 1, 12);
    refused(opener.open(wrongKey), ErrorCode::SyncTampered, "authentication");

    // An epoch after the current one is unknown; one before it this device never held
    // was retired before it joined, and its records have been re-sealed since.
    refused(opener.open(sealedBy(SecureBuffer::random(32), 2, 13)), ErrorCode::SyncTampered, "unknown key epoch");
    KeyRing joinedLate;
    joinedLate.current = 1;
    joinedLate.keys.emplace(1, SecureBuffer::fromBytes(reinterpret_cast<const char *>(ring.key(1).data()), 32));
    const OpenedRecord skipped = SyncOpener(joinedLate).open(sealedBy(ring.key(0), 0, 5));
    CHECK(skipped.outcome == Outcome::Skip);
    CHECK(skipped.seq == 5);

    // Under the retired epoch: accepted up to the seq it was closed at, refused after.
    CHECK(opener.open(sealedBy(ring.key(0), 0, 10)).outcome == Outcome::Write);
    refused(opener.open(sealedBy(ring.key(0), 0, 11)), ErrorCode::SyncTampered, "retired key epoch");

    // A removed device: refused under the current epoch, not for what it wrote before.
    refused(opener.open(sealedBy(ring.key(1), 1, 14, kGone)), ErrorCode::SyncTampered, "removed device");
    CHECK(opener.open(sealedBy(ring.key(0), 0, 9, kGone)).outcome == Outcome::Write);

    refused(opener.open(sealedBy(ring.key(1), 1, 15, kThere, QByteArrayLiteral("not json"))),
            ErrorCode::SyncMalformed, "not a JSON object");
    // Sealed with the right key, but under another record's id.
    refused(opener.open(sealedBy(ring.key(1), 1, 16, kThere, encodePayload({kinds::checkin, kKey, checkinData(4)}),
                                 kinds::entry)),
            ErrorCode::SyncMalformed, "record id does not match");
}

TEST_CASE("the opener keeps its own copy of the keys", "[sync][opener]")
{
    auto ring = std::make_unique<Ring>();
    const Envelope env = sealedBy(ring->key(1), 1, 3);
    const SyncOpener opener(ring->keys);
    ring.reset(); // the engine's ring may change or go once the opener is made
    CHECK(opener.open(env).outcome == Outcome::Write);
}

TEST_CASE("a pull answer is parsed and opened whole, and anything else is malformed", "[sync][opener]")
{
    Ring ring;
    const SyncOpener opener(ring.keys);
    protocol::PullResponse response;
    for (qint64 seq = 21; seq <= 25; ++seq)
        response.envelopes << sealedBy(ring.key(1), 1, seq);
    response.envelopes[2].ciphertext[40] = char(response.envelopes[2].ciphertext[40] ^ 1);
    response.nextCursor = 25;
    response.more = true;
    response.head = 90;

    auto page = opener.openPage(QJsonDocument(response.toJson()).toJson(QJsonDocument::Compact));
    INFO(page.error().detail.toStdString());
    REQUIRE(page.ok());
    CHECK(page.value().nextCursor == 25);
    CHECK(page.value().more);
    CHECK(page.value().head == 90);
    REQUIRE(page.value().records.size() == 5);
    for (int i = 0; i < 5; ++i) {
        CHECK(page.value().records[i].seq == 21 + i);
        CHECK(page.value().records[i].outcome == (i == 2 ? Outcome::Reject : Outcome::Write));
    }

    for (const QByteArray &junk : {QByteArrayLiteral("<html>"), QByteArrayLiteral("[]"),
                                   QByteArrayLiteral("{\"envelopes\": 3, \"nextCursor\": 1, \"more\": false, \"head\": 1}")}) {
        auto bad = opener.openPage(junk);
        CHECK(bad.error().code == ErrorCode::SyncMalformed);
    }
}

TEST_CASE("a page opened on other threads, several at once, is the page opened here", "[sync][opener]")
{
    Ring ring;
    QList<Envelope> page;
    for (qint64 seq = 1; seq <= 60; ++seq)
        page << sealedBy(ring.key(seq <= 10 ? 0 : 1), seq <= 10 ? 0 : 1, seq, seq % 7 == 0 ? kGone : kThere);
    page[30].ciphertext[50] = char(page[30].ciphertext[50] ^ 1);
    const auto opener = std::make_shared<const SyncOpener>(ring.keys);
    const QVector<OpenedRecord> here = opener->open(page);

    QVector<OpenedRecord> elsewhere[4];
    std::vector<std::thread> workers;
    for (auto &out : elsewhere)
        workers.emplace_back([&out, opener, page] { out = opener->open(page); });
    for (std::thread &w : workers)
        w.join();
    for (const auto &out : elsewhere) {
        REQUIRE(out.size() == here.size());
        for (int i = 0; i < here.size(); ++i)
            CHECK(same(out[i], here[i]));
    }
    CHECK(std::count_if(here.begin(), here.end(), [](const OpenedRecord &r) { return r.outcome == Outcome::Reject; }) == 8);
}

TEST_CASE("applying opened records counts and writes exactly as applying the envelopes", "[sync][opener]")
{
    const SecureBuffer syncKey = SecureBuffer::random(32);
    LocalStore there;
    REQUIRE(there.checkins().save(checkinOn(QDate(2026, 11, 23), 6), QDate(2026, 11, 25)).ok());
    auto entry = there.journal().save(newEntry(QStringLiteral("Governors"), QStringLiteral("A long evening.")));
    REQUIRE(entry.ok());
    QList<Envelope> page;
    qint64 seq = 0;
    for (const auto &[kind, key] : {std::pair{kinds::checkin, QStringLiteral("2026-11-23")},
                                    std::pair{kinds::entry, entry.value().id}}) {
        auto data = readRecord(*there.db, kind, key);
        REQUIRE(data.ok());
        auto env = protocol::sealEnvelope(syncKey, recordIdFor(recordIdKey(syncKey), kind, key), kEnvelopeKind,
                                          HlcTimestamp{1'800'000'000'000, 0, kThere}, encodePayload({kind, key, data.value()}));
        REQUIRE(env.ok());
        page << env.take();
        page.last().seq = ++seq;
    }
    page << sealedBy(SecureBuffer::random(32), 0, ++seq); // a wrong key: rejected
    page << page.first();                                  // a replay: unchanged
    page.last().seq = ++seq;

    LocalStore viaEnvelopes, viaOpened;
    auto a = SyncApplier(*viaEnvelopes.db, syncKey, QStringLiteral("here"), conflictTitle).apply(page, seq);
    KeyRing keys;
    keys.keys.emplace(0, SecureBuffer::fromBytes(reinterpret_cast<const char *>(syncKey.data()), syncKey.size()));
    auto b = SyncApplier(*viaOpened.db, QStringLiteral("here"), conflictTitle).apply(SyncOpener(keys).open(page), seq);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.value().applied == 2);
    CHECK(a.value().unchanged == 1);
    CHECK(a.value().rejected == 1);
    CHECK(b.value().applied == a.value().applied);
    CHECK(b.value().unchanged == a.value().unchanged);
    CHECK(b.value().rejected == a.value().rejected);
    CHECK(b.value().firstRejection.code == a.value().firstRejection.code);
    CHECK(snapshot(*viaOpened.db) == snapshot(*viaEnvelopes.db));
    CHECK(snapshot(*viaOpened.db) == snapshot(*there.db));
}
