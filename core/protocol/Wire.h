#pragma once
// JSON bodies of every relay request and response (API version 1, paths under /v1).
// Binary fields are base64url without padding; times are durations in milliseconds
// (never absolute, so client and relay clocks need not agree). Every parser is strict
// (see JsonReader) and returns an error value on anything unexpected.
//
//   POST /v1/register          RegisterRequest        -> 201 RegisterResponse
//   POST /v1/auth/challenge    ChallengeRequest       -> ChallengeResponse
//   POST /v1/auth/token        TokenRequest           -> TokenResponse
//   POST /v1/envelopes         PushRequest      (auth)-> PushResponse
//   GET  /v1/envelopes?since=N&limit=M          (auth)-> PullResponse
//   GET  /v1/devices                            (auth)-> DeviceListResponse
//   POST /v1/devices/revoke    RevokeRequest    (auth)-> RevokeResponse
//   POST /v1/pairings          PairingStartRequest    -> 201 PairingStartResponse
//   POST /v1/pairings/lookup   PairingCodeRequest (auth) -> PairingLookupResponse
//   POST /v1/pairings/approve  PairingApproveRequest (auth) -> PairingApproveResponse
//   POST /v1/pairings/claim    PairingClaimRequest    -> PairingClaimResponse
//   GET  /v1/health                                   -> {"status":"ok"}
// Errors: 4xx/5xx with ErrorBody {"error": "<code>", "message": "<English>"}.
// (auth) = header "Authorization: Bearer <token>".
#include "Envelope.h"
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
constexpr int kSealedVaultKeySize = kVaultKeySize + 48; // crypto_box_SEALBYTES

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
struct PairingStartRequest {
    QString deviceId;
    QByteArray publicKey, signature; // signature: signedMessage(publicKey, "", deviceId, "pair-start")
    QJsonObject toJson() const;
    static Result<PairingStartRequest> fromJson(const QJsonObject &o);
};
struct PairingStartResponse {
    QString code;
    qint64 expiresInMs = 0;
    QJsonObject toJson() const;
    static Result<PairingStartResponse> fromJson(const QJsonObject &o);
};
struct PairingCodeRequest {
    QString code;
    QJsonObject toJson() const;
    static Result<PairingCodeRequest> fromJson(const QJsonObject &o);
};
struct PairingLookupResponse {
    QString deviceId;
    QByteArray publicKey;
    qint64 expiresInMs = 0;
    QJsonObject toJson() const;
    static Result<PairingLookupResponse> fromJson(const QJsonObject &o);
};
struct PairingApproveRequest {
    QString code;
    QByteArray sealedVaultKey;
    QJsonObject toJson() const;
    static Result<PairingApproveRequest> fromJson(const QJsonObject &o);
};
struct PairingApproveResponse {
    QString deviceId;
    QJsonObject toJson() const;
    static Result<PairingApproveResponse> fromJson(const QJsonObject &o);
};
struct PairingClaimRequest {
    QString code, deviceId;
    QByteArray signature; // signature: signedMessage(code, "", deviceId, "pair-claim")
    QJsonObject toJson() const;
    static Result<PairingClaimRequest> fromJson(const QJsonObject &o);
};
struct PairingClaimResponse {
    bool ready = false;        // false: not approved yet, ask again shortly
    QString accountId;         // set when ready
    QByteArray sealedVaultKey; // set when ready
    QJsonObject toJson() const;
    static Result<PairingClaimResponse> fromJson(const QJsonObject &o);
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

#include "JsonReader.h"

template <typename T>
saib::Result<T> saib::protocol::parseBody(const QByteArray &body)
{
    auto obj = JsonReader::parseObject(body);
    if (!obj.ok())
        return obj.error();
    return T::fromJson(obj.value());
}
