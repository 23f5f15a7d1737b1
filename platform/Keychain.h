#pragma once
// The OS keychain (Secret Service on Linux, Keychain on macOS/iOS, Credential Manager on
// Windows, Keystore on Android) through QtKeychain, for "remember on this device".
// Calls are asynchronous: the keychain may ask the user or talk over D-Bus, and the UI
// must not freeze meanwhile. The *Sync variants spin a local event loop; they are for
// tests and command-line tools only.
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QObject>
#include <QString>
#include <functional>

namespace saib::platform {

class Keychain : public QObject {
    Q_OBJECT
public:
    explicit Keychain(QString service = QStringLiteral("Saib"), QObject *parent = nullptr);

    // One entry per data folder, named by a hash of its path (so two stores on one
    // machine never share an entry, and the entry name says nothing about the user).
    static QString accountFor(const QString &dataDir);

    using Done = std::function<void(Error)>;
    using KeyDone = std::function<void(Result<SecureBuffer>)>;

    void storeKey(const QString &account, const SecureBuffer &key, Done done);
    // KeychainEntryMissing when nothing is stored under `account`.
    void readKey(const QString &account, KeyDone done);
    // Succeeds when the entry is already gone.
    void removeKey(const QString &account, Done done);

    Error storeKeySync(const QString &account, const SecureBuffer &key);
    Result<SecureBuffer> readKeySync(const QString &account);
    Error removeKeySync(const QString &account);

private:
    QString m_service;
};

} // namespace saib::platform
