#pragma once
// "Remember on this device" on a phone: before the remembered database key is read from
// the keychain, the platform's own prompt checks that the device owner is holding the
// phone (fingerprint, face, or the screen-lock PIN as fallback): BiometricPrompt on
// Android, LocalAuthentication on iOS. On the desktop nothing is asked (the keychain
// itself is unlocked with the login session, as before). One implementation is chosen by
// CMake (platform/CMakeLists.txt); the phone ones are not compiled in this build.
#include <core/Error.h>

#include <QObject>
#include <QString>
#include <functional>

namespace saib::platform {

// A QObject only for ownership (parented to the app controller); it has no signals.
class BiometricGate : public QObject {
public:
    using QObject::QObject;
    using Done = std::function<void(Error)>;

    // Asks, then calls `done` on the Qt (UI) thread: no error when confirmed,
    // BiometricCancelled when the leader dismissed the prompt or failed it,
    // BiometricUnavailable when the device has no biometrics or screen lock set up.
    // `title` heads the prompt and `fallback` labels its way out ("Use passphrase"), both
    // in the UI language (platform/ is outside the translation sources: the app passes them).
    virtual void confirm(const QString &title, const QString &fallback, Done done) = 0;
};

BiometricGate *createBiometricGate(QObject *parent);

} // namespace saib::platform
