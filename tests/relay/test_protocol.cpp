// Unit tests of the shared protocol: clock, padding, envelopes, identity and pairing.
#include <core/protocol/Base64Url.h>
#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/Envelope.h>
#include <core/protocol/Hlc.h>
#include <core/protocol/Ids.h>
#include <core/protocol/Padding.h>
#include <core/protocol/Pairing.h>
#include <core/protocol/Wire.h>

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace saib;
using namespace saib::protocol;

TEST_CASE("protocol: hybrid logical clock is monotonic and totally ordered", "[protocol]")
{
    qint64 wall = 1000;
    HybridLogicalClock a(QStringLiteral("devA"), [&] { return wall; });
    HybridLogicalClock b(QStringLiteral("devB"), [&] { return wall; });

    const HlcTimestamp t1 = a.tick();
    const HlcTimestamp t2 = a.tick(); // same millisecond: counter moves
    CHECK(t1 < t2);
    CHECK(t2.counter == 1);

    wall = 500; // the wall clock stepped back: the HLC does not
    const HlcTimestamp t3 = a.tick();
    CHECK(t2 < t3);

    // b receives a's time and is after it from then on, even with the same wall clock.
    auto merged = b.receive(t3);
    REQUIRE(merged.ok());
    CHECK(t3 < merged.value());
    CHECK(t3 < b.tick());

    // Equal wall and counter: the device id breaks the tie.
    HlcTimestamp x{5, 0, QStringLiteral("devA")}, y{5, 0, QStringLiteral("devB")};
    CHECK(x < y);
    CHECK(x != y);

    // A clock a day ahead of ours is refused, not followed.
    HlcTimestamp far{wall + HybridLogicalClock::kMaxForwardDriftMs + 10, 0, QStringLiteral("devC")};
    auto refused = b.receive(far);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::SyncClockSkew);
}

TEST_CASE("protocol: clock string form round-trips and sorts like the clock", "[protocol]")
{
    const HlcTimestamp t{1735689600123, 42, QStringLiteral("dev_1-x")};
    const QString s = t.toString();
    CHECK(s == QStringLiteral("000001941f297c7b.0000002a.dev_1-x"));
    auto back = HlcTimestamp::parse(s);
    REQUIRE(back.ok());
    CHECK(back.value() == t);

    const HlcTimestamp later{1735689600123, 43, QStringLiteral("a")};
    CHECK((t.toString() < later.toString()) == (t < later));

    for (const char *bad : {"", "xyz", "00000194205fe87b.0000002a.", "00000194205FE87B.0000002a.d",
                            "00000194205fe87b-0000002a.d", "00000194205fe87b.0000002a.d/e",
                            "0000194205fe87b.0000002a.dev"}) {
        INFO(bad);
        CHECK_FALSE(HlcTimestamp::parse(QString::fromLatin1(bad)).ok());
    }
}

TEST_CASE("protocol: plaintexts are padded to size buckets", "[protocol]")
{
    CHECK(bucketFor(0) == 256);
    CHECK(bucketFor(255) == 256);
    CHECK(bucketFor(256) == 1024);
    CHECK(bucketFor(1023) == 1024);
    CHECK(bucketFor(4000) == 4096);
    CHECK(bucketFor(16383) == 16384);
    CHECK(bucketFor(65535) == 65536);
    CHECK(bucketFor(65536) == 131072);
    CHECK(bucketFor(200000) == 262144);
    CHECK(bucketFor(kMaxPlaintextSize) == kMaxPaddedSize);
    CHECK(bucketFor(kMaxPlaintextSize + 1) == -1);

    for (const qsizetype n : {0, 1, 255, 256, 1000, 70000}) {
        const QByteArray plain(n, 'x');
        auto padded = pad(plain);
        REQUIRE(padded.ok());
        CHECK(isBucketSize(padded.value().size()));
        auto back = unpad(padded.value());
        REQUIRE(back.ok());
        CHECK(back.value() == plain);
    }
    // Trailing zero bytes in the plaintext survive.
    const QByteArray zeros("abc\0\0", 5);
    CHECK(unpad(pad(zeros).value()).value() == zeros);
    CHECK_FALSE(unpad(QByteArray(256, '\0')).ok());
}

TEST_CASE("protocol: envelopes seal, open, and refuse any tampering", "[protocol]")
{
    const SecureBuffer key = newVaultKey();
    const HlcTimestamp clock{1700000000000, 0, QStringLiteral("dev1")};
    const QByteArray note("Roedd cyfarfod y llywodraethwyr yn anodd heddiw.");
    auto sealed = sealEnvelope(key, QStringLiteral("rec1"), kinds::checkin, clock, note);
    REQUIRE(sealed.ok());
    const Envelope env = sealed.value();
    CHECK(env.ciphertext.size() == 256 + kEnvelopeOverhead);
    CHECK_FALSE(env.ciphertext.contains("llywodraethwyr"));
    HlcTimestamp inside;
    CHECK(openEnvelope(key, env, &inside).value() == note);
    CHECK(inside == clock);
    // Nothing in clear tells when the change was made: the version id is opaque and the
    // same for the same version, different for another.
    CHECK(env.versionId.size() == kVersionIdSize);
    CHECK_FALSE(toJsonBytes(envelopeToJson(env, true)).contains(clock.toString().toUtf8()));
    CHECK_FALSE(toJsonBytes(envelopeToJson(env, true)).contains("clock"));
    CHECK(sealEnvelope(key, QStringLiteral("rec1"), kinds::checkin, clock, note).value().versionId == env.versionId);
    CHECK(sealEnvelope(key, QStringLiteral("rec1"), kinds::checkin, HlcTimestamp{1700000000001, 0, QStringLiteral("dev1")}, note)
              .value().versionId != env.versionId);

    // Same plaintext twice: different ciphertexts (random nonces).
    CHECK(sealEnvelope(key, QStringLiteral("rec1"), kinds::checkin, clock, note).value().ciphertext
          != env.ciphertext);

    auto expectTampered = [&](const Envelope &e) {
        auto opened = openEnvelope(key, e);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::SyncTampered);
    };
    Envelope flipped = env;
    flipped.ciphertext[40] = static_cast<char>(flipped.ciphertext.at(40) ^ 1);
    expectTampered(flipped);
    Envelope moved = env;
    moved.recordId = QStringLiteral("rec2");
    expectTampered(moved);
    Envelope rekinded = env;
    rekinded.kind = kinds::entry;
    expectTampered(rekinded);
    Envelope reversioned = env;
    reversioned.versionId[0] = static_cast<char>(reversioned.versionId.at(0) ^ 1);
    expectTampered(reversioned);
    Envelope reepoched = env;
    reepoched.epoch = 1;
    expectTampered(reepoched);
    // A version id copied from another version of the record does not match the clock inside.
    Envelope swapped = sealEnvelope(key, QStringLiteral("rec1"), kinds::checkin,
                                    HlcTimestamp{1700000000005, 0, QStringLiteral("dev1")}, note).take();
    swapped.versionId = env.versionId;
    expectTampered(swapped);
    Envelope truncated = env;
    truncated.ciphertext.chop(1);
    expectTampered(truncated);
    expectTampered(Envelope{});
    const SecureBuffer otherKey = newVaultKey();
    auto wrongKey = openEnvelope(otherKey, env);
    REQUIRE_FALSE(wrongKey.ok());
    CHECK(wrongKey.error().code == ErrorCode::SyncTampered);
}

TEST_CASE("protocol: device signatures bind challenge, account, device and purpose", "[protocol]")
{
    auto id = DeviceIdentity::generate();
    REQUIRE(id.ok());
    const DeviceIdentity &d = id.value();
    const QByteArray challenge(32, 'c');
    const QByteArray sig = d.signFor(challenge, QStringLiteral("acct"), purpose::authenticate);
    const auto msg = [&](const QString &acct, const QString &dev, const QByteArray &p) {
        return signedMessage(challenge, acct, dev, p);
    };
    CHECK(verifySignature(d.publicKey(), msg(QStringLiteral("acct"), d.deviceId(), purpose::authenticate), sig));
    CHECK_FALSE(verifySignature(d.publicKey(), msg(QStringLiteral("acct2"), d.deviceId(), purpose::authenticate), sig));
    CHECK_FALSE(verifySignature(d.publicKey(), msg(QStringLiteral("acct"), QStringLiteral("other"), purpose::authenticate), sig));
    CHECK_FALSE(verifySignature(d.publicKey(), msg(QStringLiteral("acct"), d.deviceId(), purpose::registerAccount), sig));
    CHECK_FALSE(verifySignature(d.publicKey(), msg(QStringLiteral("acct"), d.deviceId(), purpose::authenticate), QByteArray(64, 0)));
    CHECK_FALSE(verifySignature(QByteArray(3, 'k'), QByteArray(), sig));

    // Restoring from the persisted seed gives the same key.
    auto restored = DeviceIdentity::fromSeed(d.deviceId(), d.seed());
    REQUIRE(restored.ok());
    CHECK(restored.value().publicKey() == d.publicKey());
}

TEST_CASE("protocol: pairing codes, the CPace run and its short authentication string", "[protocol]")
{
    const QString code = newPairingCode();
    CHECK(isValidPairingCode(code));
    CHECK(newPairingCode() != code);
    CHECK(normalisePairingCode(formatPairingCode(code).toLower()) == code);
    CHECK(formatPairingCode(code).size() == kPairingCodeLength + 1);
    CHECK_FALSE(isValidPairingCode(QStringLiteral("ABCD0FGHJK"))); // 0 is not in the alphabet
    CHECK_FALSE(isValidPairingCode(QStringLiteral("ABCDEFGHJ")));
    CHECK(pairingSlot(code) == code.left(kPairingSlotLength));

    auto newcomer = DeviceIdentity::generate();
    REQUIRE(newcomer.ok());
    const SecureBuffer vaultKey = newVaultKey();
    auto joiner = PairingJoiner::start(code);
    REQUIRE(joiner.ok());
    auto responder = PairingResponder::respond(code, joiner.value().firstMessage());
    REQUIRE(responder.ok());
    auto m3 = joiner.value().answer(responder.value().reply(), newcomer.value().deviceId(), newcomer.value().publicKey());
    REQUIRE(m3.ok());
    auto device = responder.value().confirm(m3.value());
    REQUIRE(device.ok());
    CHECK(device.value().publicKey == newcomer.value().publicKey());
    QString sas;
    auto m4 = responder.value().welcome(QStringLiteral("acct"), vaultKey, {QStringLiteral("d1"), QStringLiteral("d2")}, &sas);
    REQUIRE(m4.ok());
    auto welcome = joiner.value().open(m4.value());
    REQUIRE(welcome.ok());
    CHECK(welcome.value().vaultKey.equals(vaultKey));
    CHECK(welcome.value().accountId == QStringLiteral("acct"));
    CHECK(welcome.value().deviceIds == QStringList{QStringLiteral("d1"), QStringLiteral("d2")});
    CHECK(welcome.value().sas == sas);
    CHECK(QRegularExpression(QStringLiteral("^[0-9]{3} [0-9]{3}$")).match(sas).hasMatch());
    // Nothing secret travels in the clear: neither the code's secret part nor the key.
    for (const QByteArray &m : {joiner.value().firstMessage(), responder.value().reply(), m3.value(), m4.value()}) {
        CHECK_FALSE(m.contains(code.mid(kPairingSlotLength).toLatin1()));
        CHECK_FALSE(m.contains(QByteArray(reinterpret_cast<const char *>(vaultKey.data()), 32)));
    }
    // The string depends on the account and the vault key, not just on the session.
    const SecureBuffer otherKey = newVaultKey();
    CHECK(pairingSas(QByteArray(64, 'x'), QStringLiteral("acct"), vaultKey)
          != pairingSas(QByteArray(64, 'x'), QStringLiteral("acct"), otherKey));
    CHECK(pairingSas(QByteArray(64, 'x'), QStringLiteral("acct"), vaultKey)
          != pairingSas(QByteArray(64, 'x'), QStringLiteral("acct2"), vaultKey));

    // Altered messages are caught by the key confirmation or the AEAD.
    QByteArray badM3 = m3.value();
    badM3[badM3.size() - 1] = char(badM3.at(badM3.size() - 1) ^ 1);
    CHECK(responder.value().confirm(badM3).error().code == ErrorCode::PairingFailed);
    QByteArray badM4 = m4.value();
    badM4[30] = char(badM4.at(30) ^ 1);
    CHECK(joiner.value().open(badM4).error().code == ErrorCode::PairingFailed);
}

TEST_CASE("protocol: a wrong code fails the key confirmation on both sides", "[protocol]")
{
    const QString code = newPairingCode();
    QString typo = code;
    typo[kPairingCodeLength - 1] = typo.at(kPairingCodeLength - 1) == QLatin1Char('Z') ? QLatin1Char('Y') : QLatin1Char('Z');
    auto joiner = PairingJoiner::start(code);
    REQUIRE(joiner.ok());
    auto responder = PairingResponder::respond(typo, joiner.value().firstMessage());
    REQUIRE(responder.ok());
    auto newcomer = DeviceIdentity::generate();
    auto m3 = joiner.value().answer(responder.value().reply(), newcomer.value().deviceId(), newcomer.value().publicKey());
    REQUIRE_FALSE(m3.ok());
    CHECK(m3.error().code == ErrorCode::PairingFailed);

    // A responder that skips the joiner's check (a forged m3 from the right-looking
    // joiner is impossible without the code) is refused as well.
    auto honest = PairingJoiner::start(code);
    auto wrongJoiner = PairingJoiner::start(typo);
    auto answer = PairingResponder::respond(code, honest.value().firstMessage());
    REQUIRE(answer.ok());
    // The typo'd joiner cannot answer a responder that holds the right code.
    auto forged = wrongJoiner.value().answer(answer.value().reply(), newcomer.value().deviceId(), newcomer.value().publicKey());
    CHECK_FALSE(forged.ok());
}

TEST_CASE("protocol: base64url is strict and canonical and ids and kinds are checked", "[protocol]")
{
    CHECK(toBase64Url(QByteArray("\xfb\xff", 2)) == QStringLiteral("-_8"));
    CHECK(fromBase64Url(QStringLiteral("-_8")).value() == QByteArray("\xfb\xff", 2));
    CHECK_FALSE(fromBase64Url(QStringLiteral("-_9")).has_value()); // non-canonical last char
    CHECK_FALSE(fromBase64Url(QStringLiteral("+/8")).has_value()); // plain base64
    CHECK_FALSE(fromBase64Url(QStringLiteral("AAA=")).has_value());
    CHECK_FALSE(fromBase64Url(QStringLiteral("A")).has_value());
    CHECK(fromBase64Url(QStringLiteral("AA")).value() == QByteArray(1, '\0'));
    CHECK_FALSE(fromBase64Url(QStringLiteral("AB")).has_value()); // stray low bits, 2-char tail
    CHECK(fromBase64Url(QString()).value().isEmpty());
    // Every length round-trips, and every other spelling of the last character is refused.
    for (int n = 0; n < 40; ++n) {
        QByteArray bytes(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            bytes[i] = char((i * 73 + n * 29) & 0xFF);
        const QString text = toBase64Url(bytes);
        CHECK(fromBase64Url(text).value() == bytes);
        if (text.isEmpty())
            continue;
        int accepted = 0;
        for (const QChar c : QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")) {
            QString other = text;
            other.back() = c;
            accepted += fromBase64Url(other).has_value() ? 1 : 0;
        }
        CHECK(accepted == (text.size() % 4 == 2 ? 4 : text.size() % 4 == 3 ? 16 : 64));
    }

    CHECK(isValidId(randomId()));
    CHECK(randomId() != randomId());
    CHECK_FALSE(isValidId(QString()));
    CHECK_FALSE(isValidId(QStringLiteral("a b")));
    CHECK_FALSE(isValidId(QString(65, QLatin1Char('a'))));
    CHECK(isValidKind(kinds::entry));
    CHECK(isValidKind(QStringLiteral("skill-gap2")));
    CHECK_FALSE(isValidKind(QStringLiteral("Entry")));
    CHECK_FALSE(isValidKind(QStringLiteral("2x")));
}
