// End-to-end sync through the real relay: two devices, replays, tampering, pairing, and
// two stateless relays sharing one database.
#include "RelayHarness.h"

#include <core/protocol/Base64Url.h>
#include <core/protocol/Ids.h>
#include <core/protocol/Pairing.h>
#include <core/protocol/Wire.h>

#include <QSet>

using namespace saib;
using namespace saib::protocol;
using namespace saib::test;

namespace {

// Order-independent fingerprint of what a device holds.
QStringList fingerprint(const QList<Envelope> &envelopes)
{
    QStringList out;
    for (const Envelope &e : envelopes)
        out << QStringLiteral("%1|%2|%3|%4|%5").arg(e.seq).arg(e.recordId, e.kind, e.versionKey(),
                                                        toBase64Url(e.ciphertext));
    out.sort();
    return out;
}

void twoDevicesSync(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice laptop = newDevice(relay);
    registerAccount(laptop);
    const SecureBuffer vault = newVaultKey();
    TestDevice phone = newDevice(relay);
    const SecureBuffer phoneVault = pair(laptop, phone, vault);
    REQUIRE(phoneVault.equals(vault));

    const QList<QByteArray> laptopTexts{"entry one", "entry two", QByteArray(3000, 'w')};
    const QList<QByteArray> phoneTexts{"check-in: demand 7", "rating: purpose 4"};
    QList<Envelope> fromLaptop, fromPhone;
    for (const QByteArray &t : laptopTexts)
        fromLaptop << seal(vault, laptop, kinds::entry, t);
    for (const QByteArray &t : phoneTexts)
        fromPhone << seal(phoneVault, phone, kinds::checkin, t);

    auto p1 = push(laptop, fromLaptop);
    REQUIRE(p1.ok());
    CHECK(p1.value().accepted == 3);
    auto p2 = push(phone, fromPhone);
    REQUIRE(p2.ok());
    CHECK(p2.value().accepted == 2);

    auto onLaptop = pullAll(laptop);
    auto onPhone = pullAll(phone);
    REQUIRE(onLaptop.ok());
    REQUIRE(onPhone.ok());
    CHECK(onLaptop.value().envelopes.size() == 5);
    CHECK(fingerprint(onLaptop.value().envelopes) == fingerprint(onPhone.value().envelopes));
    CHECK(onLaptop.value().nextCursor == onPhone.value().nextCursor);

    // Each device opens everything to exactly what was written.
    QSet<QByteArray> expected;
    for (const auto &t : laptopTexts + phoneTexts)
        expected.insert(t);
    QSet<QByteArray> seen;
    for (const Envelope &e : onPhone.value().envelopes) {
        auto plain = openEnvelope(phoneVault, e);
        REQUIRE(plain.ok());
        seen.insert(plain.value());
    }
    CHECK(seen == expected);

    // Incremental: only what is new since the cursor.
    auto p3 = push(laptop, {seal(vault, laptop, kinds::setting, "language=cy")});
    REQUIRE(p3.ok());
    auto delta = pullAll(phone, onPhone.value().nextCursor);
    REQUIRE(delta.ok());
    REQUIRE(delta.value().envelopes.size() == 1);
    CHECK(openEnvelope(phoneVault, delta.value().envelopes[0]).value() == QByteArray("language=cy"));

    auto devices = wait<Result<QList<DeviceInfo>>>([&](auto cb) { laptop.client->listDevices(cb); });
    REQUIRE(devices.ok());
    REQUIRE(devices.value().size() == 2);
    for (const DeviceInfo &d : devices.value())
        CHECK_FALSE(d.revoked);
}
RELAY_TEST("two devices of one account push, pull and see the same envelopes", twoDevicesSync)

void replayAndReorder(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice d = newDevice(relay);
    registerAccount(d);
    const SecureBuffer vault = newVaultKey();
    QList<Envelope> e;
    for (int i = 0; i < 4; ++i)
        e << seal(vault, d, kinds::checkin, QByteArray("day ") + QByteArray::number(i));

    auto first = push(d, {e[0], e[1], e[2]});
    REQUIRE(first.ok());
    CHECK(first.value().accepted == 3);
    CHECK(first.value().duplicates == 0);
    // A replay, in another order.
    auto replay = push(d, {e[2], e[0]});
    REQUIRE(replay.ok());
    CHECK(replay.value().accepted == 0);
    CHECK(replay.value().duplicates == 2);
    // New and old mixed, with a duplicate inside one batch.
    auto mixed = push(d, {e[3], e[1], e[3]});
    REQUIRE(mixed.ok());
    CHECK(mixed.value().accepted == 1);
    CHECK(mixed.value().duplicates == 2);

    auto all = pullAll(d);
    REQUIRE(all.ok());
    CHECK(all.value().envelopes.size() == 4);
    QSet<QString> versions;
    for (const Envelope &x : all.value().envelopes)
        versions.insert(x.recordId + x.versionKey());
    CHECK(versions.size() == 4);

    // A new version of a record (later clock) is a new envelope; last-writer-wins is the
    // clients' job. It replaces the version the same device pushed before (compaction:
    // a device that has not synced needs only the newest).
    auto edited = push(d, {seal(vault, d, kinds::checkin, "day 0, edited", e[0].recordId)});
    REQUIRE(edited.ok());
    CHECK(edited.value().accepted == 1);
    int versionsOfDay0 = 0;
    const auto afterEdit = pullAll(d); // kept: a range-for over a temporary's member would dangle
    REQUIRE(afterEdit.ok());
    for (const Envelope &x : afterEdit.value().envelopes)
        versionsOfDay0 += x.recordId == e[0].recordId ? 1 : 0;
    CHECK(versionsOfDay0 == 1);

    // Paging by cursor sees each envelope once, in sequence order.
    QList<Envelope> more;
    for (int i = 0; i < 30; ++i)
        more << seal(vault, d, kinds::rating, QByteArray::number(i));
    REQUIRE(push(d, more).ok());
    qint64 cursor = 0;
    QList<Envelope> paged;
    int pages = 0;
    for (;;) {
        auto page = wait<Result<PullResponse>>([&](auto cb) { d.client->pull(cursor, 7, cb); });
        REQUIRE(page.ok());
        ++pages;
        for (const Envelope &x : page.value().envelopes) {
            CHECK(x.seq > cursor);
            cursor = x.seq;
        }
        paged += page.value().envelopes;
        CHECK(page.value().nextCursor == cursor);
        if (!page.value().more)
            break;
        REQUIRE(pages < 20);
    }
    CHECK(paged.size() == 34);
    CHECK(pages == 5);
    CHECK(fingerprint(paged) == fingerprint(pullAll(d).value().envelopes));
}
RELAY_TEST("replayed and reordered pushes do not duplicate and pulls page by cursor", replayAndReorder)

void tamperedEnvelope(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice laptop = newDevice(relay);
    registerAccount(laptop);
    const SecureBuffer vault = newVaultKey();
    TestDevice phone = newDevice(relay);
    const SecureBuffer phoneVault = pair(laptop, phone, vault);

    const Envelope good = seal(vault, laptop, kinds::entry, "A hard week, but the staff were kind.");
    // What a hostile relay (or a bit flip) could hand out: same shape, altered content,
    // or a genuine ciphertext moved to another record or kind.
    Envelope flipped = seal(vault, laptop, kinds::entry, "another entry");
    flipped.ciphertext[60] = static_cast<char>(flipped.ciphertext.at(60) ^ 0x01);
    Envelope moved = good;
    moved.recordId = randomId();
    // (A distinct record: the relay keys versions by record id and version id, not kind.)
    Envelope rekinded = seal(vault, laptop, kinds::entry, "yet another entry");
    rekinded.kind = kinds::setting;
    auto pushed = push(laptop, {flipped, moved, rekinded, good});
    REQUIRE(pushed.ok());
    CHECK(pushed.value().accepted == 4);

    auto pulled = pullAll(phone);
    REQUIRE(pulled.ok());
    REQUIRE(pulled.value().envelopes.size() == 4);
    QList<QByteArray> applied;
    int tampered = 0;
    for (const Envelope &e : pulled.value().envelopes) {
        auto plain = openEnvelope(phoneVault, e);
        if (plain.ok()) {
            applied << plain.value();
        } else {
            CHECK(plain.error().code == ErrorCode::SyncTampered);
            ++tampered;
        }
    }
    CHECK(tampered == 3);
    REQUIRE(applied.size() == 1);
    CHECK(applied[0] == QByteArray("A hard week, but the staff were kind."));
}
RELAY_TEST("a tampered envelope fails authentication on open and nothing of it is applied", tamperedEnvelope)

void pairingHandover(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice laptop = newDevice(relay);
    registerAccount(laptop);
    const SecureBuffer vault = newVaultKey();

    // A slot nobody opened, and one no code could name.
    auto unknown = readSlot(laptop, QStringLiteral("2345"), {});
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::PairingCodeInvalid);
    auto malformed = readSlot(laptop, QStringLiteral("O0O0"), {});
    REQUIRE_FALSE(malformed.ok());
    CHECK(malformed.error().code == ErrorCode::PairingCodeInvalid);

    TestDevice phone = newDevice(relay);
    const SecureBuffer phoneVault = pair(laptop, phone, vault);
    CHECK(phoneVault.equals(vault));

    // The paired phone is a full device of the account: it logs in and syncs.
    auto pushed = push(phone, {seal(phoneVault, phone, kinds::checkin, "from the phone")});
    REQUIRE(pushed.ok());
    auto onLaptop = pullAll(laptop);
    REQUIRE(onLaptop.ok());
    REQUIRE(onLaptop.value().envelopes.size() == 1);
    CHECK(openEnvelope(vault, onLaptop.value().envelopes[0]).value() == QByteArray("from the phone"));
}
RELAY_TEST("pairing runs CPace through the relay and hands the vault key to the new device", pairingHandover)

void pairingSlotRules(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice joiner = newDevice(relay);
    TestDevice stranger = newDevice(relay);
    const QString code = newPairingCode();
    const QString slot = pairingSlot(code);
    auto run = PairingJoiner::start(code);
    REQUIRE(run.ok());
    const QByteArray token = pairingToken();
    REQUIRE(wait<Result<PairingStateResponse>>([&](auto cb) {
                joiner.client->createPairing({slot, token, run.value().firstMessage()}, cb);
            }).ok());
    // A slot in use cannot be opened twice.
    auto twice = wait<Result<PairingStateResponse>>([&](auto cb) {
        stranger.client->createPairing({slot, pairingToken(), run.value().firstMessage()}, cb);
    });
    CHECK(twice.error().code == ErrorCode::RelayConflict);

    // The first answer holds the answering side; a second answer is refused, and nobody
    // but the joiner may post m3.
    const QByteArray first = pairingToken();
    auto answer = PairingResponder::respond(code, run.value().firstMessage());
    REQUIRE(answer.ok());
    REQUIRE(postSlot(stranger, slot, first, 1, answer.value().reply()).ok());
    CHECK(postSlot(stranger, slot, pairingToken(), 1, answer.value().reply()).error().code == ErrorCode::RelayConflict);
    CHECK(postSlot(stranger, slot, first, 2, "not the joiner").error().code == ErrorCode::RelayConflict);
    CHECK(postSlot(stranger, slot, pairingToken(), 2, "not the joiner").error().code == ErrorCode::RelayConflict);
    // Without a side's token only m1 is visible.
    auto outsider = readSlot(stranger, slot, pairingToken());
    REQUIRE(outsider.ok());
    CHECK(outsider.value().messages.size() == 1);
    auto inside = readSlot(joiner, slot, token);
    REQUIRE(inside.ok());
    CHECK(inside.value().messages.size() == 2);

    // Closing needs a side's token; a closed slot takes nothing more.
    auto closeByStranger = wait<Result<PairingStateResponse>>(
        [&](auto cb) { stranger.client->closePairing({slot, pairingToken()}, cb); });
    CHECK(closeByStranger.error().code == ErrorCode::RelayConflict);
    REQUIRE(wait<Result<PairingStateResponse>>([&](auto cb) { joiner.client->closePairing({slot, token}, cb); }).ok());
    CHECK(readSlot(stranger, slot, {}).value().closed);
    CHECK(postSlot(joiner, slot, token, 2, "late").error().code == ErrorCode::PairingFailed);
}
RELAY_TEST("a pairing slot takes one answer, in turn, from the right side, until closed", pairingSlotRules)

void twoRelaysOneDatabase(const Backend &backend)
{
    // Relays keep no state of their own: a token from one is good at the other, and
    // what is pushed through one is pulled through the other.
    RelayProcess first(backend, kFastRate);
    RelayProcess second(backend, kFastRate);
    TestDevice viaFirst = newDevice(first);
    registerAccount(viaFirst);
    const SecureBuffer vault = newVaultKey();
    REQUIRE(push(viaFirst, {seal(vault, viaFirst, kinds::entry, "through relay one")}).ok());
    REQUIRE(viaFirst.client->hasToken());

    const QUrl pullUrl = second.url().resolved(QUrl(QStringLiteral("/v1/envelopes?since=0")));
    const QByteArray bearer = "Bearer " + viaFirst.client->bearerToken().toLatin1();
    const auto withToken = http(pullUrl, "GET", {}, bearer);
    CHECK(withToken.status == 200);
    CHECK(withToken.body.contains("\"nextCursor\""));
    CHECK(http(pullUrl, "GET", {}).status == 401);

    RelayClient other(second.url());
    auto identity = DeviceIdentity::fromSeed(viaFirst.deviceId(), viaFirst.client->identity().seed());
    REQUIRE(identity.ok());
    other.setIdentity(identity.take());
    other.setAccountId(viaFirst.client->accountId());
    auto all = wait<Result<PullResponse>>([&](auto cb) { other.pullAll(0, cb); });
    REQUIRE(all.ok());
    REQUIRE(all.value().envelopes.size() == 1);
    CHECK(openEnvelope(vault, all.value().envelopes[0]).value() == QByteArray("through relay one"));
}
RELAY_TEST("two relays on one database serve the same account", twoRelaysOneDatabase)

} // namespace
