#pragma once
// "Remember on this device" (off by default): the database key of one Saib store kept in
// the OS keychain, so a trusted laptop unlocks without the passphrase. preferences.ini
// records only *whether* it is on, so the lock screen can offer the button; the key
// itself is only ever in the keychain and in secure memory.
#include "BiometricGate.h"
#include "Keychain.h"

#include <core/vault/Preferences.h>
#include <core/vault/Vault.h>

#include <QObject>

namespace saib::platform {

class RememberedKey : public QObject {
    Q_OBJECT
public:
    // `gate` (optional): asked before every unlock with the remembered key (on a phone,
    // the biometric prompt; see BiometricGate.h).
    RememberedKey(Vault &vault, Preferences &prefs, Keychain &keychain, BiometricGate *gate = nullptr,
                  QObject *parent = nullptr);
    // The prompt's title and fallback button, in the UI language.
    void setPromptTexts(const QString &title, const QString &fallback)
    {
        m_promptTitle = title;
        m_promptFallback = fallback;
    }

    bool isOn() const;
    bool isBusy() const { return m_busy; }

    // Needs the vault unlocked: stores its key, then records that it is on.
    void turnOn(Keychain::Done done);
    // Deletes the key from the keychain, then records that it is off. If the keychain
    // cannot be reached the setting stays on, so the leader knows the key is still there.
    void turnOff(Keychain::Done done);
    // Asks the gate, then reads the key and opens the vault with it. A declined prompt
    // changes nothing (BiometricCancelled / BiometricUnavailable). A key that is gone from the keychain, or
    // that no longer opens this store, turns the setting off (and removes the stale key).
    void unlock(Keychain::Done done);

signals:
    void busyChanged();
    void stateChanged();

private:
    void setBusy(bool busy);
    QString account() const;
    void readAndUnlock(Keychain::Done done);

    Vault &m_vault;
    Preferences &m_prefs;
    Keychain &m_keychain;
    BiometricGate *m_gate = nullptr;
    QString m_promptTitle;
    QString m_promptFallback;
    bool m_busy = false;
};

} // namespace saib::platform
