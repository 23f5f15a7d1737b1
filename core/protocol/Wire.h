#pragma once
// JSON bodies of every relay request and response (API version 1, paths under /v1).
// Binary fields are base64url without padding; times are durations in milliseconds
// (never absolute, so client and relay clocks need not agree). Every parser is strict
// (core/io/JsonReader) and returns an error value on anything unexpected.
//
//   POST /v1/register          RegisterRequest        -> 201 RegisterResponse
//   POST /v1/auth/challenge    ChallengeRequest       -> ChallengeResponse
//   POST /v1/auth/token        TokenRequest           -> TokenResponse
//   POST /v1/envelopes         PushRequest      (auth)-> PushResponse
//   GET  /v1/envelopes?since=N&limit=M          (auth)-> PullResponse
//   GET  /v1/devices                            (auth)-> DeviceListResponse
//   POST /v1/devices/revoke    RevokeRequest    (auth)-> RevokeResponse
//   POST /v1/devices           AddDeviceRequest (auth)-> 201 AddDeviceResponse
//   POST /v1/pairings          PairingCreateRequest   -> 201 PairingStateResponse
//   POST /v1/pairings/read     PairingReadRequest     -> PairingStateResponse
//   POST /v1/pairings/post     PairingPostRequest     -> PairingStateResponse
//   POST /v1/pairings/close    PairingCloseRequest    -> PairingStateResponse
// The pairing calls need no account: the relay passes opaque PAKE messages between the
// two devices of one code (see Pairing.h) and grants nothing by doing so. Adding the new
// device to the account is a separate authenticated call by a device already in it.
//   GET  /v1/health                                   -> {"status":"ok"}
// Errors: 4xx/5xx with ErrorBody {"error": "<code>", "message": "<English>"}.
// (auth) = header "Authorization: Bearer <token>".
#include "Envelope.h"
#include "KeyEpoch.h"
#include "Padding.h"

#include <core/Error.h>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrlQuery>

namespace saib::protocol {

constexpr int kMaxBatch = 500;
constexpr int kMaxTokenLength = 512;
constexpr int kChallengeSize = 32;
constexpr int kMaxCiphertextSize = static_cast<int>(kMaxPaddedSize) + kEnvelopeOverhead;

QJsonObject envelopeToJson(const Envelope &e, bool withSeq);
Result<Envelope> envelopeFromJson(const QJsonValue &value, bool withSeq);

struct RegisterRequest {
    QString accountId, deviceId;
    QByteArray publicKey, signature; // signature: signedMessage(publicKey, accountId, deviceId, "register")
    QJsonObject toJson() const;
    static Result<RegisterRequest> fromJson(const QJsonObject &o);
};
struct RegisterResponse {
    QString accountId, deviceId;
    QJsonObject toJson() const;
    static Result<RegisterResponse> fromJson(const QJsonObject &o);
};
struct ChallengeRequest {
    QString accountId, deviceId;
    QJsonObject toJson() const;
    static Result<ChallengeRequest> fromJson(const QJsonObject &o);
};
struct ChallengeResponse {
    QByteArray challenge;
    qint64 expiresInMs = 0;
    QJsonObject toJson() const;
    static Result<ChallengeResponse> fromJson(const QJsonObject &o);
};
struct TokenRequest {
    QString accountId, deviceId;
    QByteArray challenge, signature; // signature: signedMessage(challenge, accountId, deviceId, "auth")
    QJsonObject toJson() const;
    static Result<TokenRequest> fromJson(const QJsonObject &o);
};
struct TokenResponse {
    QString token;
    qint64 expiresInMs = 0;
    QJsonObject toJson() const;
    static Result<TokenResponse> fromJson(const QJsonObject &o);
};
struct PushRequest {
    QList<Envelope> envelopes;
    QJsonObject toJson() const;
    // toJsonBytes(toJson()), byte for byte, written straight into the body.
    QByteArray toJsonBytes() const;
    static Result<PushRequest> fromJson(const QJsonObject &o);
};
struct PushResponse {
    int accepted = 0;   // newly stored
    int duplicates = 0; // already held (replays), ignored
    QJsonObject toJson() const;
    static Result<PushResponse> fromJson(const QJsonObject &o);
};
struct PullQuery {
    qint64 since = 0; // cursor: the last seq already held
    int limit = kMaxBatch;
    QUrlQuery toQuery() const;
    static Result<PullQuery> fromQuery(const QUrlQuery &q);
};
struct PullResponse {
    QList<Envelope> envelopes; // ascending seq
    qint64 nextCursor = 0;     // pass as `since` next time
    bool more = false;         // another page is waiting
    // The highest sequence number the account holds: a relay whose head is below a
    // device's cursor has lost (or rolled back) data it had already served.
    qint64 head = 0;
    QJsonObject toJson() const;
    static Result<PullResponse> fromJson(const QJsonObject &o);
};
struct DeviceInfo {
    QString deviceId;
    QByteArray publicKey;
    bool revoked = false;
    qint64 ageMs = 0; // how long ago it was added
};
struct DeviceListResponse {
    QList<DeviceInfo> devices;
    QJsonObject toJson() const;
    static Result<DeviceListResponse> fromJson(const QJsonObject &o);
};
struct RevokeRequest {
    QString deviceId;
    QJsonObject toJson() const;
    static Result<RevokeRequest> fromJson(const QJsonObject &o);
};
struct RevokeResponse {
    QString deviceId;
    QJsonObject toJson() const;
    static Result<RevokeResponse> fromJson(const QJsonObject &o);
};
struct AddDeviceRequest {
    QString deviceId;
    QByteArray publicKey;
    QJsonObject toJson() const;
    static Result<AddDeviceRequest> fromJson(const QJsonObject &o);
};
struct AddDeviceResponse {
    QString deviceId;
    QJsonObject toJson() const;
    static Result<AddDeviceResponse> fromJson(const QJsonObject &o);
};
// A new key epoch (KeyEpoch.h): one grant per remaining device. `epoch` is the account's
// current epoch + 1 for a rotation, or the current epoch to give it to a newly paired
// device.
struct RotateRequest {
    int epoch = 0;
    QList<EpochGrant> grants;
    QJsonObject toJson() const;
    static Result<RotateRequest> fromJson(const QJsonObject &o);
};
// The calling device's grants (every epoch) and the account's current epoch.
struct EpochsResponse {
    int current = 0;
    QList<EpochGrant> grants;
    QJsonObject toJson() const;
    static Result<EpochsResponse> fromJson(const QJsonObject &o);
};
// A device has the key of `epoch` and has pushed everything under it. Once every device
// still in the account has, the relay drops the envelopes of older epochs.
struct MovedRequest {
    int epoch = 0;
    QJsonObject toJson() const;
    static Result<MovedRequest> fromJson(const QJsonObject &o);
};
struct MovedResponse {
    qint64 dropped = 0; // envelopes of retired epochs deleted by this call
    QJsonObject toJson() const;
    static Result<MovedResponse> fromJson(const QJsonObject &o);
};
// The joining device opens a slot with its first message and a random token that
// authenticates its later posts (the relay keeps only a hash of it).
struct PairingCreateRequest {
    QString slot;
    QByteArray token, message;
    QJsonObject toJson() const;
    static Result<PairingCreateRequest> fromJson(const QJsonObject &o);
};
// Without a token (or with one that matches neither side) only the first message is
// returned: enough for a device that was typed the code to answer.
struct PairingReadRequest {
    QString slot;
    QByteArray token; // may be empty
    QJsonObject toJson() const;
    static Result<PairingReadRequest> fromJson(const QJsonObject &o);
};
// Message `index` (1..3). Index 1 claims the answering side for `token`; the first
// device to answer holds it, so a second answer is refused (conflict).
struct PairingPostRequest {
    QString slot;
    QByteArray token, message;
    int index = 0;
    QJsonObject toJson() const;
    static Result<PairingPostRequest> fromJson(const QJsonObject &o);
};
// Either side ends the run (a failed key confirmation, or done): the slot stays closed
// until it expires, so that code is dead.
struct PairingCloseRequest {
    QString slot;
    QByteArray token;
    QJsonObject toJson() const;
    static Result<PairingCloseRequest> fromJson(const QJsonObject &o);
};
struct PairingStateResponse {
    QList<QByteArray> messages;
    bool closed = false;
    qint64 expiresInMs = 0;
    QJsonObject toJson() const;
    static Result<PairingStateResponse> fromJson(const QJsonObject &o);
};
struct ErrorBody {
    QString error;   // machine code, see WireErrors.h
    QString message; // English, for logs and developers
    QJsonObject toJson() const;
    static Result<ErrorBody> fromJson(const QJsonObject &o);
};

QByteArray toJsonBytes(const QJsonObject &o);

// Parses a body into T via T::fromJson.
template <typename T>
Result<T> parseBody(const QByteArray &body);

} // namespace saib::protocol

#include "Ids.h"

template <typename T>
saib::Result<T> saib::protocol::parseBody(const QByteArray &body)
{
    auto obj = JsonReader::parseObject(body, kWireInvalid);
    if (!obj.ok())
        return obj.error();
    return T::fromJson(obj.value());
}
