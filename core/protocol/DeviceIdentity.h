#pragma once
// A device's long-term identity: an Ed25519 key pair made from a 32-byte seed. The relay
// keeps only the public key and authenticates the device by challenge–response, so no
// password or shared secret ever reaches it. The same key, converted to X25519, receives
// the vault key when the device is paired (crypto_box_seal).
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QByteArray>
#include <QString>

namespace saib::protocol {

constexpr int kPublicKeySize = 32; // crypto_sign_PUBLICKEYBYTES
constexpr int kSignatureSize = 64; // crypto_sign_BYTES
constexpr int kSeedSize = 32;      // crypto_sign_SEEDBYTES

// What a signature is for; signing the purpose stops a signature made for one step from
// being replayed at another.
namespace purpose {
inline const QByteArray authenticate = QByteArrayLiteral("auth");
inline const QByteArray registerAccount = QByteArrayLiteral("register");
} // namespace purpose

// "saib-auth-v1" ‖ challenge ‖ accountId ‖ deviceId ‖ purpose, each length-prefixed.
QByteArray signedMessage(const QByteArray &challenge, const QString &accountId,
                         const QString &deviceId, const QByteArray &purpose);

bool verifySignature(const QByteArray &publicKey, const QByteArray &message,
                     const QByteArray &signature);

class DeviceIdentity {
public:
    DeviceIdentity() = default;
    DeviceIdentity(DeviceIdentity &&) noexcept = default;
    DeviceIdentity &operator=(DeviceIdentity &&) noexcept = default;

    // A new device with a random id and key.
    static Result<DeviceIdentity> generate();
    // Restores an identity persisted as (deviceId, seed).
    static Result<DeviceIdentity> fromSeed(const QString &deviceId, const SecureBuffer &seed);

    bool isNull() const { return m_secret.isNull(); }
    const QString &deviceId() const { return m_deviceId; }
    const QByteArray &publicKey() const { return m_publicKey; }
    // The secret to persist (in the encrypted store, never in clear).
    const SecureBuffer &seed() const { return m_seed; }

    QByteArray sign(const QByteArray &message) const;
    QByteArray signFor(const QByteArray &challenge, const QString &accountId,
                       const QByteArray &purpose) const;

    // Opens a crypto_box_seal addressed to this device's X25519 key.
    Result<SecureBuffer> openSealed(const QByteArray &sealed) const;

private:
    QString m_deviceId;
    QByteArray m_publicKey;
    SecureBuffer m_seed;
    SecureBuffer m_secret; // Ed25519 secret key (seed ‖ public key)
};

// crypto_box_seal of `secret` to the X25519 form of an Ed25519 public key.
Result<QByteArray> sealToDevice(const SecureBuffer &secret, const QByteArray &edPublicKey);

} // namespace saib::protocol
