#pragma once
// The leader's encrypted store on this device: a SQLCipher database (saib.db) plus the
// key file (saib.key) that wraps its random key under the passphrase. While unlocked the
// database key sits in secure memory; lock() wipes it and closes the database.
#include "../Error.h"
#include "../crypto/KeyFile.h"
#include "../crypto/SecureBuffer.h"
#include "../store/CheckinStore.h"
#include "../store/Database.h"
#include "../store/JournalStore.h"

#include <QString>
#include <memory>

namespace saib {

class Vault {
public:
    explicit Vault(QString dataDir, KdfParams kdf = KdfParams::moderate());
    ~Vault();

    const QString &dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString keyFilePath() const;

    // True once a passphrase has been chosen here (the key file exists).
    bool exists() const;
    bool isUnlocked() const { return m_db != nullptr; }

    // First run: makes a fresh database key, the encrypted database and the key file.
    // On any failure nothing is left behind. (= createFiles + openWithKey)
    Error create(const QString &passphrase);
    // Wrong passphrase -> WrongPassphrase, and nothing on disk is touched.
    // (= unwrapKey + openWithKey)
    Error unlock(const QString &passphrase);

    // The two halves of create() and unlock(), so an app can run the slow half (Argon2id,
    // ~1 s with the moderate limits) on a worker thread and the quick half on its own.
    // The slow halves are const and touch only files, never this object's key or
    // database, so they may run on a separate Vault over the same folder.
    // createFiles: writes the new database and key file (database closed again) and
    // returns the database key. `kdf` as for unwrapKey.
    Result<SecureBuffer> createFiles(const QString &passphrase, const PassphraseKdf &kdf = {}) const;
    // unwrapKey: the database key from the key file (WrongPassphrase, VaultMissing...).
    // `kdf` may run the Argon2id step elsewhere (KeyFile.h); empty runs it here.
    Result<SecureBuffer> unwrapKey(const QString &passphrase, const PassphraseKdf &kdf = {}) const;
    // openWithKey: opens the database with a key from one of the two above.
    Error openWithKey(SecureBuffer key);
    // "Remember on this device": opens with the database key itself (from the OS
    // keychain) instead of the passphrase. A key that does not open this database gives
    // RememberedKeyInvalid and touches nothing.
    Error unlockWithKey(SecureBuffer key);
    // The database key while unlocked (null when locked), so it can be handed to the OS
    // keychain. Never log it or copy it out of secure memory for longer than needed.
    const SecureBuffer &databaseKey() const { return m_key; }
    void lock();
    // Re-wraps the same database key under a new passphrase; the database is untouched.
    // Touches only the key file (const: safe on a separate Vault on a worker thread).
    Error changePassphrase(const QString &oldPassphrase, const QString &newPassphrase,
                           const PassphraseKdf &kdf = {}) const;

    // The recovery key (see RecoveryKey.h and KeyFile.h). Making one needs the vault
    // unlocked; it wraps the database key in the key file's recovery slot, replacing (and
    // so invalidating) any earlier recovery key, and returns the key written out in groups
    // for the leader to keep. Saib keeps no other copy of it.
    Result<SecureBuffer> createRecoveryKey(const QDate &today);
    // Forgotten passphrase: opens the store with the recovery key (parsed by
    // RecoveryKey::parse) and re-wraps the database key under `newPassphrase`, with the
    // KDF limits already in the key file. Only the key file's passphrase slot changes; the
    // recovery key keeps working. Leaves the vault unlocked. On any error nothing is written.
    // (= resetPassphraseFiles + openWithKey)
    Error resetPassphrase(const SecureBuffer &recoveryKey, const QString &newPassphrase);
    // The slow half of resetPassphrase, for a worker thread like createFiles: checks the
    // recovery key opens the database, re-wraps under `newPassphrase` and returns the
    // database key (database closed again).
    Result<SecureBuffer> resetPassphraseFiles(const SecureBuffer &recoveryKey, const QString &newPassphrase,
                                              const PassphraseKdf &kdf = {}) const;
    Result<KeyFileInfo> keyFileInfo() const;

    // Valid only while unlocked.
    Database *database() { return m_db.get(); }
    CheckinStore checkins();
    JournalStore journal();

private:
    QString m_dataDir;
    KdfParams m_kdf;
    SecureBuffer m_key;
    std::unique_ptr<Database> m_db;
};

} // namespace saib
