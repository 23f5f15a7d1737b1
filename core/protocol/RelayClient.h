#pragma once
// Talks to a saib-relay over HTTP(S) with Qt Network: registration, challenge–response
// login, push/pull of envelopes, devices and pairing. Everything is asynchronous; each
// call ends by invoking its callback exactly once (on this object's thread) with a value
// or an Error — never an exception. The client logs nothing and only ever sends sealed
// envelopes, public keys and signatures.
//
// Typical use (an existing device):
//   RelayClient c(QUrl("https://relay.example"));
//   c.setIdentity(std::move(identity)); c.setAccountId(accountId);
//   c.push(envelopes, [](Result<PushResponse> r) { ... });   // logs in on demand
//   c.pullAll(cursor, [](Result<PullResponse> r) { ... });  // remember r.value().nextCursor
#include "DeviceIdentity.h"
#include "Envelope.h"
#include "Wire.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <functional>

namespace saib::protocol {

class RelayClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Callback = std::function<void(Result<T>)>;
    using Done = std::function<void(Error)>;

    struct RawReply {
        int status = 0; // 0 when no HTTP answer arrived
        QByteArray body;
        QString networkError;
        Error refused; // set when the request was never sent (plain http to another host)
    };

    explicit RelayClient(const QUrl &baseUrl, QObject *parent = nullptr);

    void setIdentity(DeviceIdentity identity);
    const DeviceIdentity &identity() const { return m_identity; }
    void setAccountId(const QString &accountId);
    const QString &accountId() const { return m_accountId; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Creates the account (a fresh random id unless one was set) with this device as its
    // first device. Needs an identity.
    void registerAccount(Done done);
    // Challenge–response login; other calls do this on demand.
    void authenticate(Done done);

    // Splits into batches the relay accepts; the counts are summed.
    void push(const QList<Envelope> &envelopes, Callback<PushResponse> done);
    // One page after `since`.
    void pull(qint64 since, int limit, Callback<PullResponse> done);
    // The same page as the relay's JSON bytes, unparsed: for a caller that parses it (and
    // opens its envelopes) on another thread. A refusal or a failed request is an Error.
    void pullBytes(qint64 since, int limit, Callback<QByteArray> done);
    // Every page after `since`; nextCursor is the cursor to keep.
    void pullAll(qint64 since, Callback<PullResponse> done);

    void listDevices(Callback<QList<DeviceInfo>> done);
    void revokeDevice(const QString &deviceId, Done done);

    // Adds a device to this account (its key came through a confirmed pairing).
    void addDevice(const QString &deviceId, const QByteArray &publicKey, Done done);

    // Key epochs (KeyEpoch.h): store a new epoch's grants, read this device's grants, and
    // say this device has moved to `epoch`.
    void postEpoch(const RotateRequest &req, Done done);
    void epochs(Callback<EpochsResponse> done);
    void moved(int epoch, Callback<MovedResponse> done);

    // Pairing (Pairing.h): the relay only passes the four messages of one code along;
    // none of these calls needs an account.
    void createPairing(const PairingCreateRequest &req, Callback<PairingStateResponse> done);
    void readPairing(const PairingReadRequest &req, Callback<PairingStateResponse> done);
    void postPairing(const PairingPostRequest &req, Callback<PairingStateResponse> done);
    void closePairing(const PairingCloseRequest &req, Callback<PairingStateResponse> done);

    // Any request, as is: for diagnostics and tests of the relay's error handling.
    void sendRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                 bool authenticated, std::function<void(RawReply)> done);

    bool hasToken() const;
    // The current bearer token (for diagnostics; it expires within minutes).
    const QString &bearerToken() const { return m_token; }
    void forgetToken() { m_token.clear(); }

private:
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QByteArray &body, bool authenticated, std::function<void(RawReply)> done);
    template <typename T>
    void call(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QByteArray &body, bool authenticated, Callback<T> done);
    template <typename T>
    void authedCall(const QByteArray &method, const QString &path, const QUrlQuery &query,
                    const QByteArray &body, Callback<T> done, bool retried = false);
    void pushBatches(QList<QList<Envelope>> batches, PushResponse sum, Callback<PushResponse> done);
    void pullFrom(qint64 since, PullResponse sum, Callback<PullResponse> done);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    DeviceIdentity m_identity;
    QString m_accountId;
    QString m_token;
    QElapsedTimer m_tokenAge;
    qint64 m_tokenLifetimeMs = 0;
    int m_timeoutMs = 30000;
};

} // namespace saib::protocol
