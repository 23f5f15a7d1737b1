#pragma once
// The key file beside the database holds the random database key, wrapped twice: under a
// key derived from the passphrase (Argon2id), and optionally under the printable recovery
// key (RecoveryKey.h). Changing either rewrites only this small file; the database is
// never re-encrypted.
//
// Version 2 (little-endian):
//   0   magic "SAIBKEY1" (8)   8  version (2)   9  flags (bit 0: recovery slot)   10 reserved (2)
//   12  passphrase slot: a whole version-1 key file, byte for byte (112 bytes, below)
//   124 recovery slot, when flag bit 0 is set (88 bytes):
//       0 algorithm (1 = BLAKE2b KDF + XChaCha20-Poly1305)  1 reserved (7)
//       8 day it was made (Julian day, i64)  16 nonce (24)  40 wrapped key + tag (48)
//       The associated data is the 12-byte file header and the slot's first 16 bytes.
// Version 1 (what Saib wrote before the recovery key; still read, upgraded on the next
// write). 112 bytes:
//   0  magic "SAIBKEY1"   8  version (1)   9  KDF algorithm (2 = Argon2id v1.3)
//   10 reserved (2)       12 opslimit u32  16 memlimit u64   24 salt (16)
//   40 nonce (24)         64 wrapped key + tag (48)
//   Bytes 0..39 are the associated data, so the KDF parameters cannot be altered unnoticed.
// Keeping the version-1 record whole inside version 2 means an upgrade needs no secret
// and cannot disturb the passphrase slot, and the two slots are independent: a damaged
// recovery slot never stops the passphrase from opening the store.
#include "../Error.h"
#include "SecureBuffer.h"

#include <QDate>
#include <QString>
#include <QtGlobal>

#include <functional>

namespace saib {

struct KdfParams {
    quint32 opslimit = 0;
    quint64 memlimit = 0;

    // libsodium's MODERATE limits: the app's default (~0.5-1 s, 256 MiB).
    static KdfParams moderate();
    static KdfParams interactive();
    // The smallest limits libsodium accepts. For tests only: fast, and weak.
    static KdfParams minimum();
};

constexpr std::size_t kDatabaseKeyBytes = 32;
constexpr std::size_t kKdfSaltBytes = 16; // crypto_pwhash_SALTBYTES
constexpr std::size_t kKdfKeyBytes = 32;  // the key-encryption key Argon2id derives

// Argon2id (v1.3) of `passphrase` under `salt` (kKdfSaltBytes) into kKdfKeyBytes: what
// the passphrase slot is wrapped under. Runs in this process.
Result<SecureBuffer> derivePassphraseKey(const SecureBuffer &passphrase, const unsigned char *salt,
                                         const KdfParams &params);
// Something that computes exactly derivePassphraseKey, perhaps elsewhere (the app runs it
// in a helper process, see app/kdf). Empty means derivePassphraseKey.
using PassphraseKdf = std::function<Result<SecureBuffer>(const SecureBuffer &passphrase,
                                                         const unsigned char *salt, const KdfParams &params)>;
// derivePassphraseKey through `via` (or here when it is empty), checking the key's size:
// the one call every passphrase-keyed file (key file, backup) derives through.
Result<SecureBuffer> derivePassphraseKey(const SecureBuffer &passphrase, const unsigned char *salt,
                                         const KdfParams &params, const PassphraseKdf &via);

struct KeyFileInfo {
    enum class Recovery { None, Present, Damaged };
    int version = 0;
    KdfParams params;
    Recovery recovery = Recovery::None;
    QDate recoveryMade; // valid when Present
};

class KeyFile {
public:
    // Wraps `databaseKey` under `passphrase` and atomically replaces `path` (always in the
    // current version). An intact recovery slot of the file it replaces is kept: the
    // database key never changes, so the recovery key still opens it.
    static Error write(const QString &path, const SecureBuffer &databaseKey,
                       const SecureBuffer &passphrase, const KdfParams &params,
                       const PassphraseKdf &kdf = {});
    // Wraps `databaseKey` under `recoveryKey` in the recovery slot, replacing any earlier
    // one (whose key then stops working); the passphrase slot is copied unchanged, and an
    // older key file is upgraded in the same atomic replace.
    static Error setRecovery(const QString &path, const SecureBuffer &databaseKey,
                             const SecureBuffer &recoveryKey, const QDate &made);
    // Returns the database key, or WrongPassphrase / KeyFileCorrupt / VaultMissing.
    static Result<SecureBuffer> unwrap(const QString &path, const SecureBuffer &passphrase,
                                       const PassphraseKdf &kdf = {});
    // Returns the database key, or WrongRecoveryKey / RecoveryKeyMissing / RecoverySlotDamaged.
    static Result<SecureBuffer> unwrapWithRecovery(const QString &path, const SecureBuffer &recoveryKey);
    static Result<KdfParams> readParams(const QString &path);
    static Result<KeyFileInfo> inspect(const QString &path);
};

} // namespace saib
