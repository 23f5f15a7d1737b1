#pragma once
// The key file beside the database holds the random database key, wrapped
// (XChaCha20-Poly1305) by a key-encryption key derived from the passphrase with
// Argon2id. Changing the passphrase rewrites only this small file; the database is never
// re-encrypted. Layout (little-endian, 112 bytes):
//   0  magic "SAIBKEY1"   8  version (1)   9  KDF algorithm (2 = Argon2id v1.3)
//   10 reserved (2)       12 opslimit u32  16 memlimit u64   24 salt (16)
//   40 nonce (24)         64 wrapped key + tag (48)
// Bytes 0..39 are the associated data, so the KDF parameters cannot be altered unnoticed.
#include "../Error.h"
#include "SecureBuffer.h"

#include <QString>
#include <QtGlobal>

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

class KeyFile {
public:
    // Wraps `databaseKey` under `passphrase` and atomically replaces `path`.
    static Error write(const QString &path, const SecureBuffer &databaseKey,
                       const SecureBuffer &passphrase, const KdfParams &params);
    // Returns the database key, or WrongPassphrase / KeyFileCorrupt / VaultMissing.
    static Result<SecureBuffer> unwrap(const QString &path, const SecureBuffer &passphrase);
    static Result<KdfParams> readParams(const QString &path);
};

} // namespace saib
