#pragma once
// The encrypted backup container: one file, protected by its own backup passphrase
// (independent of the device's passphrase and database key, so a backup can be restored
// on a new device). Layout, little-endian:
//   0  magic "SAIBBKUP"   8  format version (1)   9  KDF algorithm (2 = Argon2id v1.3)
//   10 reserved (0, 2 bytes)  12 opslimit u32   16 memlimit u64   24 salt (16)
//   40 libsodium secretstream header (24)
//   64 chunks: u32 ciphertext length, then crypto_secretstream_xchacha20poly1305 output
//      of at most 64 KiB of plaintext; the last chunk carries TAG_FINAL.
// Every chunk authenticates the 64 header bytes as associated data, so the KDF
// parameters cannot be changed unnoticed; secretstream's own chaining refuses reordered,
// dropped or repeated chunks, and a missing final chunk means the file was cut short.
// This layer knows nothing of what the plaintext holds (see BackupPayload).
#include "../Error.h"
#include "../crypto/KeyFile.h"
#include "../crypto/SecureBuffer.h"

#include <QByteArray>

namespace saib::BackupFile {

constexpr int kHeaderBytes = 64;
constexpr int kSaltBytes = 16;
constexpr int kChunkPlaintextBytes = 64 * 1024;
constexpr quint8 kFormatVersion = 1;
// The largest backup file Saib will read (a ten-year journal is tens of megabytes).
constexpr qint64 kMaxFileBytes = qint64(1) << 30;

struct Header {
    quint8 version = 0;
    KdfParams kdf;
    QByteArray salt;         // kSaltBytes
    QByteArray streamHeader; // secretstream header, 24 bytes
    QByteArray raw;          // the first kHeaderBytes bytes, authenticated with every chunk
};

// BackupInvalid (not a Saib backup, or KDF parameters out of range), BackupTooNew,
// BackupTruncated (shorter than the header).
Result<Header> parseHeader(const QByteArray &file);
// Argon2id(passphrase, salt, the header's limits) -> the 32-byte stream key, through `via`
// when given (the app runs it in its helper process, app/kdf).
Result<SecureBuffer> deriveKey(const SecureBuffer &passphrase, const Header &header, const PassphraseKdf &via = {});
// Decrypts every chunk. BackupWrongPassphrase when the first chunk does not open (a
// wrong passphrase, or damage there), BackupCorrupt for damage further on or bytes after
// the final chunk, BackupTruncated when the final chunk is missing.
Result<QByteArray> open(const QByteArray &file, const Header &header, const SecureBuffer &key);
// parseHeader + deriveKey + open.
Result<QByteArray> decrypt(const QByteArray &file, const SecureBuffer &passphrase, const PassphraseKdf &via = {});
// Encrypts `plaintext` under a fresh salt and stream key derived from `passphrase`.
Result<QByteArray> encrypt(const QByteArray &plaintext, const SecureBuffer &passphrase,
                           const KdfParams &kdf, const PassphraseKdf &via = {});

// Overwrites the bytes of `bytes` (plaintext that is no longer needed) with zeros.
void wipe(QByteArray &bytes);

} // namespace saib::BackupFile
