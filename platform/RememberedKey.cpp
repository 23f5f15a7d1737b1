#include "RememberedKey.h"

namespace saib::platform {

RememberedKey::RememberedKey(Vault &vault, Preferences &prefs, Keychain &keychain, BiometricGate *gate,
                             QObject *parent)
    : QObject(parent), m_vault(vault), m_prefs(prefs), m_keychain(keychain), m_gate(gate)
{
}

bool RememberedKey::isOn() const { return m_prefs.rememberOnDevice(); }

QString RememberedKey::account() const { return Keychain::accountFor(m_vault.dataDir()); }

void RememberedKey::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void RememberedKey::turnOn(Keychain::Done done)
{
    if (!m_vault.isUnlocked()) {
        done(Error(ErrorCode::Locked));
        return;
    }
    setBusy(true);
    m_keychain.storeKey(account(), m_vault.databaseKey(), [this, done](Error e) {
        if (e.ok())
            m_prefs.setRememberOnDevice(true);
        setBusy(false);
        emit stateChanged();
        done(e);
    });
}

void RememberedKey::turnOff(Keychain::Done done)
{
    setBusy(true);
    m_keychain.removeKey(account(), [this, done](Error e) {
        if (e.ok())
            m_prefs.setRememberOnDevice(false);
        setBusy(false);
        emit stateChanged();
        done(e);
    });
}

void RememberedKey::unlock(Keychain::Done done)
{
    if (!isOn()) {
        done(Error(ErrorCode::KeychainEntryMissing));
        return;
    }
    setBusy(true);
    if (!m_gate) {
        readAndUnlock(done);
        return;
    }
    m_gate->confirm(m_promptTitle, m_promptFallback, [this, done](Error e) {
        if (e.ok()) {
            readAndUnlock(done);
            return;
        }
        setBusy(false);
        done(e);
    });
}

void RememberedKey::readAndUnlock(Keychain::Done done)
{
    m_keychain.readKey(account(), [this, done](Result<SecureBuffer> key) {
        const Error e = key.ok() ? m_vault.unlockWithKey(key.take()) : key.error();
        auto finish = [this, done, e](Error) {
            setBusy(false);
            emit stateChanged();
            done(e);
        };
        if (e.code == ErrorCode::KeychainEntryMissing || e.code == ErrorCode::RememberedKeyInvalid)
            m_prefs.setRememberOnDevice(false); // stale: stop offering it
        if (e.code == ErrorCode::RememberedKeyInvalid)
            m_keychain.removeKey(account(), finish); // and drop a key that no longer fits
        else
            finish({});
    });
}

} // namespace saib::platform
