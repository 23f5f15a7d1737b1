// Sync envelopes as a device receives them from the relay (core/protocol/Envelope.h): the
// JSON form, opening under the vault key, unpadding, the clock, base64url, pairing codes and
// the first pairing message as the existing device reads it from the relay. The first byte
// picks the parser.
// Properties: base64url and clocks are canonical (what parses prints back identically);
// an envelope that opens and is sealed again opens to the same plaintext.
#include "FuzzSupport.h"

#include <core/protocol/Base64Url.h>
#include <core/protocol/DeviceIdentity.h>
#include <core/protocol/Envelope.h>
#include <core/protocol/Ids.h>
#include <core/protocol/Padding.h>
#include <core/protocol/Pairing.h>
#include <core/protocol/Wire.h>

#include <QJsonDocument>

using namespace saib;
using namespace saib::protocol;

namespace {
const SecureBuffer &vaultKey()
{
    static const SecureBuffer key = SecureBuffer::fromBytes("vault-key-for-fuzz-seeds-32bytes", 32);
    return key;
}

const HlcTimestamp kClock{1767225600000, 3, QStringLiteral("dev-7fXk2pQ")};

bool checkOpened(const Envelope &e)
{
    HlcTimestamp clock;
    auto plain = openEnvelope(vaultKey(), e, &clock);
    if (!plain.ok())
        return false;
    auto again = sealEnvelope(vaultKey(), e.recordId, e.kind, clock, plain.value(), e.epoch);
    SAIB_FUZZ_CHECK(again.ok());
    // The same version, sealed again, has the same version id (the relay's duplicate key).
    SAIB_FUZZ_CHECK(e.isLegacy() || again.value().versionId == e.versionId);
    HlcTimestamp clockAgain;
    auto reopened = openEnvelope(vaultKey(), again.value(), &clockAgain);
    SAIB_FUZZ_CHECK(reopened.ok() && reopened.value() == plain.value() && clockAgain == clock);
    return true;
}

bool envelopeJson(const QByteArray &body, bool withSeq)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return false;
    auto e = envelopeFromJson(doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()), withSeq);
    if (!e.ok())
        return false;
    SAIB_FUZZ_CHECK(validateEnvelopeShape(e.value()).ok());
    auto back = envelopeFromJson(envelopeToJson(e.value(), withSeq), withSeq);
    SAIB_FUZZ_CHECK(back.ok() && back.value().sameVersion(e.value()) && back.value().ciphertext == e.value().ciphertext);
    return checkOpened(e.value());
}
} // namespace

bool fuzzOne(const QByteArray &input)
{
    if (input.isEmpty())
        return false;
    const QByteArray body = fuzz::tail(input);
    const int selector = quint8(input[0]) % 8;
    switch (selector) {
    case 0:
    case 1:
        return envelopeJson(body, selector == 1);
    case 2: {
        const QString text = QString::fromUtf8(body);
        auto clock = HlcTimestamp::parse(text);
        if (!clock.ok())
            return false;
        auto again = HlcTimestamp::parse(clock.value().toString());
        SAIB_FUZZ_CHECK(again.ok() && again.value() == clock.value());
        SAIB_FUZZ_CHECK(again.value().toString() == clock.value().toString());
        return true;
    }
    case 3: {
        auto plain = unpad(body);
        if (!plain.ok())
            return false;
        auto padded = pad(plain.value());
        SAIB_FUZZ_CHECK(padded.ok() && isBucketSize(padded.value().size()));
        auto again = unpad(padded.value());
        SAIB_FUZZ_CHECK(again.ok() && again.value() == plain.value());
        return true;
    }
    case 4: {
        const QString text = QString::fromUtf8(body);
        auto decoded = fromBase64Url(text);
        if (!decoded)
            return false;
        SAIB_FUZZ_CHECK(toBase64Url(*decoded) == text);
        return true;
    }
    case 5: // m1 of a pairing run, as the relay hands it to the device that typed the code
        return PairingResponder::respond(QStringLiteral("K7QM4XTDAB"), body).ok();
    case 6: {
        const QString code = normalisePairingCode(QString::fromUtf8(body));
        if (!isValidPairingCode(code))
            return false;
        SAIB_FUZZ_CHECK(normalisePairingCode(formatPairingCode(code)) == code);
        return true;
    }
    default: {
        // Raw ciphertext under a fixed id, kind and version: reaches the AEAD, unpadding
        // and the clock inside with sizes the JSON layer would refuse.
        Envelope e;
        e.recordId = QStringLiteral("rec_1");
        e.kind = kinds::entry;
        e.versionId = sealEnvelope(vaultKey(), e.recordId, e.kind, kClock, {}).value().versionId;
        e.ciphertext = body;
        return checkOpened(e);
    }
    }
}

void writeSeeds(const fuzz::Seeder &seed)
{
    const QByteArray small = "{\"demand\":7,\"note\":\"Estyn\"}";
    const QByteArray large(5000, 'w');
    for (const auto &[name, plain] : {std::pair{"small", small}, std::pair{"large", large}, std::pair{"empty", QByteArray()}}) {
        Envelope e = sealEnvelope(vaultKey(), QStringLiteral("rec_1"), kinds::entry, kClock, plain).take();
        seed((QByteArray("envelope-") + name).constData(), fuzz::selected(0, toJsonBytes(envelopeToJson(e, false))));
        e.seq = 12;
        seed((QByteArray("envelope-seq-") + name).constData(), fuzz::selected(1, toJsonBytes(envelopeToJson(e, true))));
        seed((QByteArray("ciphertext-") + name).constData(), fuzz::selected(7, e.ciphertext));
    }
    seed("clock", fuzz::selected(2, kClock.toString().toUtf8()));
    seed("padded", fuzz::selected(3, pad("hello").take()));
    seed("base64url", fuzz::selected(4, toBase64Url("any carnal pleas").toUtf8()));
    seed("pairing-m1", fuzz::selected(5, PairingJoiner::start(QStringLiteral("K7QM4XTDAB")).take().firstMessage()));
    seed("pairing-code", fuzz::selected(6, "k7qm4-xtdab"));
}
