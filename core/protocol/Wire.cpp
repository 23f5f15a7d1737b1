#include "Wire.h"
#include "Base64Url.h"
#include "DeviceIdentity.h"
#include "Ids.h"
#include "Pairing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <utility>

namespace saib::protocol {

namespace {
template <typename T>
Result<T> finish(const JsonReader &r, T value)
{
    if (Error e = r.finish())
        return e;
    return value;
}
QString b64(const QByteArray &a) { return toBase64Url(a); }
constexpr qint64 kMaxDuration = 366LL * 24 * 3600 * 1000;
constexpr int kMaxMessage = 300;
constexpr int kMaxClockLength = 26 + kMaxIdLength;
} // namespace

QByteArray toJsonBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject envelopeToJson(const Envelope &e, bool withSeq)
{
    QJsonObject o{{QStringLiteral("id"), e.recordId},
                  {QStringLiteral("kind"), e.kind},
                  {QStringLiteral("ct"), b64(e.ciphertext)}};
    // The clock travels inside the ciphertext; only a v1 envelope (stored before that)
    // still has it in clear.
    if (e.isLegacy())
        o.insert(QStringLiteral("clock"), e.clock.toString());
    else
        o.insert(QStringLiteral("vid"), b64(e.versionId));
    if (e.epoch != 0)
        o.insert(QStringLiteral("epoch"), e.epoch);
    if (withSeq)
        o.insert(QStringLiteral("seq"), static_cast<double>(e.seq));
    return o;
}

Result<Envelope> envelopeFromJson(const QJsonValue &value, bool withSeq)
{
    if (!value.isObject())
        return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("envelope must be an object"));
    JsonReader r(value.toObject(), kWireInvalid);
    Envelope e;
    e.recordId = readId(r, QStringLiteral("id"));
    e.kind = r.string(QStringLiteral("kind"), 32);
    const bool legacy = !r.has(QStringLiteral("vid"));
    const QString clock = legacy ? r.string(QStringLiteral("clock"), kMaxClockLength) : QString();
    if (!legacy)
        e.versionId = r.base64Url(QStringLiteral("vid"), kVersionIdSize, kVersionIdSize);
    e.ciphertext = r.base64Url(QStringLiteral("ct"), kEnvelopeOverhead + 1, kMaxCiphertextSize);
    if (r.has(QStringLiteral("epoch"))) // absent: epoch 0 (clients from before rotation)
        e.epoch = static_cast<int>(r.integer(QStringLiteral("epoch"), 0, kMaxEpoch));
    if (withSeq)
        e.seq = r.integer(QStringLiteral("seq"), 1, kMaxJsonInteger);
    if (Error err = r.finish())
        return err;
    if (legacy) {
        auto parsed = HlcTimestamp::parse(clock);
        if (!parsed.ok())
            return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("malformed clock"));
        e.clock = parsed.take();
    }
    if (Error err = validateEnvelopeShape(e))
        return err;
    return e;
}

QJsonObject RegisterRequest::toJson() const
{
    return {{QStringLiteral("accountId"), accountId},
            {QStringLiteral("deviceId"), deviceId},
            {QStringLiteral("publicKey"), b64(publicKey)},
            {QStringLiteral("signature"), b64(signature)}};
}
Result<RegisterRequest> RegisterRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    RegisterRequest v;
    v.accountId = readId(r, QStringLiteral("accountId"));
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    v.publicKey = r.base64Url(QStringLiteral("publicKey"), kPublicKeySize, kPublicKeySize);
    v.signature = r.base64Url(QStringLiteral("signature"), kSignatureSize, kSignatureSize);
    return finish(r, v);
}

QJsonObject RegisterResponse::toJson() const
{
    return {{QStringLiteral("accountId"), accountId}, {QStringLiteral("deviceId"), deviceId}};
}
Result<RegisterResponse> RegisterResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    RegisterResponse v;
    v.accountId = readId(r, QStringLiteral("accountId"));
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    return finish(r, v);
}

QJsonObject ChallengeRequest::toJson() const
{
    return {{QStringLiteral("accountId"), accountId}, {QStringLiteral("deviceId"), deviceId}};
}
Result<ChallengeRequest> ChallengeRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    ChallengeRequest v;
    v.accountId = readId(r, QStringLiteral("accountId"));
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    return finish(r, v);
}

QJsonObject ChallengeResponse::toJson() const
{
    return {{QStringLiteral("challenge"), b64(challenge)},
            {QStringLiteral("expiresInMs"), static_cast<double>(expiresInMs)}};
}
Result<ChallengeResponse> ChallengeResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    ChallengeResponse v;
    v.challenge = r.base64Url(QStringLiteral("challenge"), kChallengeSize, kChallengeSize);
    v.expiresInMs = r.integer(QStringLiteral("expiresInMs"), 0, kMaxDuration);
    return finish(r, v);
}

QJsonObject TokenRequest::toJson() const
{
    return {{QStringLiteral("accountId"), accountId},
            {QStringLiteral("deviceId"), deviceId},
            {QStringLiteral("challenge"), b64(challenge)},
            {QStringLiteral("signature"), b64(signature)}};
}
Result<TokenRequest> TokenRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    TokenRequest v;
    v.accountId = readId(r, QStringLiteral("accountId"));
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    v.challenge = r.base64Url(QStringLiteral("challenge"), kChallengeSize, kChallengeSize);
    v.signature = r.base64Url(QStringLiteral("signature"), kSignatureSize, kSignatureSize);
    return finish(r, v);
}

QJsonObject TokenResponse::toJson() const
{
    return {{QStringLiteral("token"), token},
            {QStringLiteral("expiresInMs"), static_cast<double>(expiresInMs)}};
}
Result<TokenResponse> TokenResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    TokenResponse v;
    v.token = r.string(QStringLiteral("token"), kMaxTokenLength);
    v.expiresInMs = r.integer(QStringLiteral("expiresInMs"), 0, kMaxDuration);
    return finish(r, v);
}

QJsonObject PushRequest::toJson() const
{
    QJsonArray a;
    for (const Envelope &e : envelopes)
        a.append(envelopeToJson(e, false));
    return {{QStringLiteral("envelopes"), a}};
}

QByteArray PushRequest::toJsonBytes() const
{
    // The body of a whole batch is most of what a push costs this device after sealing:
    // building QJsonObjects and serialising them took longer than writing the text here.
    // Only for what needs no escaping (checked ids and kinds, base64url, integers), in
    // QJsonDocument's compact form with its sorted keys; anything else goes through Qt.
    qsizetype size = 16;
    for (const Envelope &e : envelopes) {
        if (e.isLegacy() || !isValidId(e.recordId) || !isValidKind(e.kind))
            return protocol::toJsonBytes(toJson());
        size += 64 + e.recordId.size() + e.kind.size() + (e.ciphertext.size() + e.versionId.size()) * 4 / 3;
    }
    QByteArray out;
    out.reserve(size);
    out += "{\"envelopes\":[";
    for (const Envelope &e : envelopes) {
        if (&e != &envelopes.first())
            out += ',';
        out += "{\"ct\":\"";
        appendBase64Url(out, e.ciphertext);
        out += '"';
        if (e.epoch != 0) {
            out += ",\"epoch\":";
            out += QByteArray::number(e.epoch);
        }
        out += ",\"id\":\"";
        out += e.recordId.toLatin1();
        out += "\",\"kind\":\"";
        out += e.kind.toLatin1();
        out += "\",\"vid\":\"";
        appendBase64Url(out, e.versionId);
        out += "\"}";
    }
    out += "]}";
    return out;
}

Result<PushRequest> PushRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    const QJsonArray a = r.array(QStringLiteral("envelopes"), kMaxBatch);
    if (Error e = r.finish())
        return e;
    PushRequest v;
    v.envelopes.reserve(a.size());
    for (const QJsonValue &item : a) {
        auto env = envelopeFromJson(item, false);
        if (!env.ok())
            return env.error();
        v.envelopes.append(env.take());
    }
    return v;
}

QJsonObject PushResponse::toJson() const
{
    return {{QStringLiteral("accepted"), accepted}, {QStringLiteral("duplicates"), duplicates}};
}
Result<PushResponse> PushResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    PushResponse v;
    v.accepted = static_cast<int>(r.integer(QStringLiteral("accepted"), 0, kMaxBatch));
    v.duplicates = static_cast<int>(r.integer(QStringLiteral("duplicates"), 0, kMaxBatch));
    return finish(r, v);
}

QUrlQuery PullQuery::toQuery() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QString::number(since));
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return q;
}
Result<PullQuery> PullQuery::fromQuery(const QUrlQuery &q)
{
    const Error bad(ErrorCode::RelayRequestInvalid, QStringLiteral("since/limit must be integers"));
    PullQuery v;
    const auto items = q.queryItems();
    bool sawSince = false, sawLimit = false;
    for (const auto &[key, value] : items) {
        // A parameter given twice is ambiguous (which one did a proxy or cache act on?).
        bool &seen = key == QLatin1String("since") ? sawSince : sawLimit;
        if ((key == QLatin1String("since") || key == QLatin1String("limit")) && std::exchange(seen, true))
            return Error(ErrorCode::RelayRequestInvalid, key + QStringLiteral(" given more than once"));
        bool ok = false;
        // Digits only: toLongLong would also accept "+5" or " 5".
        for (const QChar c : value) {
            if (!c.isDigit() || c.unicode() > 127)
                return bad;
        }
        if (value.isEmpty() || value.size() > 16)
            return bad;
        const qint64 n = value.toLongLong(&ok);
        if (!ok)
            return bad;
        if (key == QLatin1String("since") && n <= kMaxJsonInteger)
            v.since = n;
        else if (key == QLatin1String("limit") && n >= 1 && n <= kMaxBatch)
            v.limit = static_cast<int>(n);
        else
            return bad;
    }
    return v;
}

QJsonObject PullResponse::toJson() const
{
    QJsonArray a;
    for (const Envelope &e : envelopes)
        a.append(envelopeToJson(e, true));
    return {{QStringLiteral("envelopes"), a},
            {QStringLiteral("nextCursor"), static_cast<double>(nextCursor)},
            {QStringLiteral("more"), more},
            {QStringLiteral("head"), static_cast<double>(head)}};
}
Result<PullResponse> PullResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    PullResponse v;
    const QJsonArray a = r.array(QStringLiteral("envelopes"), kMaxBatch);
    v.nextCursor = r.integer(QStringLiteral("nextCursor"), 0, kMaxJsonInteger);
    v.more = r.boolean(QStringLiteral("more"));
    v.head = r.integer(QStringLiteral("head"), 0, kMaxJsonInteger);
    if (Error e = r.finish())
        return e;
    for (const QJsonValue &item : a) {
        auto env = envelopeFromJson(item, true);
        if (!env.ok())
            return env.error();
        v.envelopes.append(env.take());
    }
    return v;
}

QJsonObject DeviceListResponse::toJson() const
{
    QJsonArray a;
    for (const DeviceInfo &d : devices) {
        a.append(QJsonObject{{QStringLiteral("deviceId"), d.deviceId},
                             {QStringLiteral("publicKey"), b64(d.publicKey)},
                             {QStringLiteral("revoked"), d.revoked},
                             {QStringLiteral("ageMs"), static_cast<double>(d.ageMs)}});
    }
    return {{QStringLiteral("devices"), a}};
}
Result<DeviceListResponse> DeviceListResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    const QJsonArray a = r.array(QStringLiteral("devices"), 1000);
    if (Error e = r.finish())
        return e;
    DeviceListResponse v;
    for (const QJsonValue &item : a) {
        if (!item.isObject())
            return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("device must be an object"));
        JsonReader d(item.toObject(), kWireInvalid);
        DeviceInfo info;
        info.deviceId = readId(d, QStringLiteral("deviceId"));
        info.publicKey = d.base64Url(QStringLiteral("publicKey"), kPublicKeySize, kPublicKeySize);
        info.revoked = d.boolean(QStringLiteral("revoked"));
        info.ageMs = d.integer(QStringLiteral("ageMs"), 0, kMaxJsonInteger);
        if (Error e = d.finish())
            return e;
        v.devices.append(info);
    }
    return v;
}

QJsonObject RevokeRequest::toJson() const { return {{QStringLiteral("deviceId"), deviceId}}; }
Result<RevokeRequest> RevokeRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    RevokeRequest v;
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    return finish(r, v);
}

QJsonObject RevokeResponse::toJson() const { return {{QStringLiteral("deviceId"), deviceId}}; }
Result<RevokeResponse> RevokeResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    RevokeResponse v;
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    return finish(r, v);
}

namespace {
QJsonArray grantsToJson(const QList<EpochGrant> &grants)
{
    QJsonArray a;
    for (const EpochGrant &g : grants)
        a.append(g.toJson());
    return a;
}
Error grantsFromJson(const QJsonArray &a, QList<EpochGrant> &out)
{
    for (const QJsonValue &item : a) {
        if (!item.isObject())
            return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("grant must be an object"));
        auto g = EpochGrant::fromJson(item.toObject());
        if (!g.ok())
            return g.error();
        out.append(g.take());
    }
    return {};
}
} // namespace

QJsonObject RotateRequest::toJson() const
{
    return {{QStringLiteral("epoch"), epoch}, {QStringLiteral("grants"), grantsToJson(grants)}};
}
Result<RotateRequest> RotateRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    RotateRequest v;
    v.epoch = static_cast<int>(r.integer(QStringLiteral("epoch"), 1, kMaxEpoch));
    const QJsonArray a = r.array(QStringLiteral("grants"), kMaxEpochMembers);
    if (Error e = r.finish())
        return e;
    if (Error e = grantsFromJson(a, v.grants))
        return e;
    for (const EpochGrant &g : v.grants)
        if (g.epoch != v.epoch)
            return Error(ErrorCode::RelayRequestInvalid, QStringLiteral("grant for another epoch"));
    return v;
}

QJsonObject EpochsResponse::toJson() const
{
    return {{QStringLiteral("current"), current}, {QStringLiteral("grants"), grantsToJson(grants)}};
}
Result<EpochsResponse> EpochsResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    EpochsResponse v;
    v.current = static_cast<int>(r.integer(QStringLiteral("current"), 0, kMaxEpoch));
    const QJsonArray a = r.array(QStringLiteral("grants"), 10000);
    if (Error e = r.finish())
        return e;
    if (Error e = grantsFromJson(a, v.grants))
        return e;
    return v;
}

QJsonObject MovedRequest::toJson() const { return {{QStringLiteral("epoch"), epoch}}; }
Result<MovedRequest> MovedRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    MovedRequest v;
    v.epoch = static_cast<int>(r.integer(QStringLiteral("epoch"), 0, kMaxEpoch));
    return finish(r, v);
}

QJsonObject MovedResponse::toJson() const { return {{QStringLiteral("dropped"), static_cast<double>(dropped)}}; }
Result<MovedResponse> MovedResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    MovedResponse v;
    v.dropped = r.integer(QStringLiteral("dropped"), 0, kMaxJsonInteger);
    return finish(r, v);
}

QJsonObject AddDeviceRequest::toJson() const
{
    return {{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("publicKey"), b64(publicKey)}};
}
Result<AddDeviceRequest> AddDeviceRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    AddDeviceRequest v;
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    v.publicKey = r.base64Url(QStringLiteral("publicKey"), kPublicKeySize, kPublicKeySize);
    return finish(r, v);
}

QJsonObject AddDeviceResponse::toJson() const { return {{QStringLiteral("deviceId"), deviceId}}; }
Result<AddDeviceResponse> AddDeviceResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    AddDeviceResponse v;
    v.deviceId = readId(r, QStringLiteral("deviceId"));
    return finish(r, v);
}

namespace {
QString readSlot(JsonReader &r) { return r.string(QStringLiteral("slot"), kPairingSlotLength); }
// Like finish(), and the slot must be one a code could name.
template <typename T>
Result<T> finishSlot(const JsonReader &r, T value)
{
    if (!r.failed() && !isValidPairingSlot(value.slot))
        return Error(ErrorCode::PairingCodeInvalid, QStringLiteral("bad pairing slot"));
    return finish(r, std::move(value));
}
QByteArray readToken(JsonReader &r) { return r.base64Url(QStringLiteral("token"), kPairingTokenSize, kPairingTokenSize); }
QByteArray readMessage(JsonReader &r) { return r.base64Url(QStringLiteral("message"), 1, kMaxPairingMessage); }
} // namespace

QJsonObject PairingCreateRequest::toJson() const
{
    return {{QStringLiteral("slot"), slot}, {QStringLiteral("token"), b64(token)},
            {QStringLiteral("message"), b64(message)}};
}
Result<PairingCreateRequest> PairingCreateRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    PairingCreateRequest v;
    v.slot = readSlot(r);
    v.token = readToken(r);
    v.message = readMessage(r);
    return finishSlot(r, v);
}

QJsonObject PairingReadRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("slot"), slot}};
    if (!token.isEmpty())
        o.insert(QStringLiteral("token"), b64(token));
    return o;
}
Result<PairingReadRequest> PairingReadRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    PairingReadRequest v;
    v.slot = readSlot(r);
    if (r.has(QStringLiteral("token")))
        v.token = readToken(r);
    return finishSlot(r, v);
}

QJsonObject PairingPostRequest::toJson() const
{
    return {{QStringLiteral("slot"), slot}, {QStringLiteral("token"), b64(token)},
            {QStringLiteral("index"), index}, {QStringLiteral("message"), b64(message)}};
}
Result<PairingPostRequest> PairingPostRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    PairingPostRequest v;
    v.slot = readSlot(r);
    v.token = readToken(r);
    v.index = int(r.integer(QStringLiteral("index"), 1, kPairingMessages - 1));
    v.message = readMessage(r);
    return finishSlot(r, v);
}

QJsonObject PairingCloseRequest::toJson() const
{
    return {{QStringLiteral("slot"), slot}, {QStringLiteral("token"), b64(token)}};
}
Result<PairingCloseRequest> PairingCloseRequest::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    PairingCloseRequest v;
    v.slot = readSlot(r);
    v.token = readToken(r);
    return finishSlot(r, v);
}

QJsonObject PairingStateResponse::toJson() const
{
    QJsonArray list;
    for (const QByteArray &m : messages)
        list.append(b64(m));
    return {{QStringLiteral("messages"), list}, {QStringLiteral("closed"), closed},
            {QStringLiteral("expiresInMs"), static_cast<double>(expiresInMs)}};
}
Result<PairingStateResponse> PairingStateResponse::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    PairingStateResponse v;
    const QJsonArray list = r.array(QStringLiteral("messages"), kPairingMessages);
    v.closed = r.boolean(QStringLiteral("closed"));
    v.expiresInMs = r.integer(QStringLiteral("expiresInMs"), 0, kMaxDuration);
    for (const QJsonValue &m : list) {
        auto bytes = fromBase64Url(m.toString());
        if (!m.isString() || !bytes || bytes->isEmpty() || bytes->size() > kMaxPairingMessage)
            return Error(ErrorCode::SyncMalformed, QStringLiteral("bad pairing message"));
        v.messages.append(*bytes);
    }
    return finish(r, v);
}

QJsonObject ErrorBody::toJson() const
{
    return {{QStringLiteral("error"), error}, {QStringLiteral("message"), message}};
}
Result<ErrorBody> ErrorBody::fromJson(const QJsonObject &o)
{
    JsonReader r(o, kWireInvalid);
    ErrorBody v;
    v.error = r.string(QStringLiteral("error"), 64);
    v.message = r.string(QStringLiteral("message"), kMaxMessage);
    return finish(r, v);
}

} // namespace saib::protocol
