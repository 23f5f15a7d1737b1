#pragma once
// The 40-byte head that the key file's passphrase record (KeyFile.h) and the encrypted
// backup (core/backup/BackupFile.h) share, little-endian:
//   0  magic (8)   8  version (1)   9  KDF algorithm (2 = Argon2id v1.3)   10 reserved (2)
//   12 opslimit u32   16 memlimit u64   24 salt (16)
// Each format authenticates these bytes with its AEAD, so the limits cannot be altered
// unnoticed; each also keeps its own idea of which versions and limits it accepts.
#include "KeyFile.h"

#include <QtGlobal>

namespace saib::Argon2Header {

constexpr int kBytes = 40;
constexpr int kSaltOffset = 24;

struct Fields {
    quint8 version = 0;
    quint8 algorithm = 0; // kArgon2id when the head names Argon2id v1.3
    quint16 reserved = 0;
    KdfParams params;
};

// libsodium's crypto_pwhash_ALG_ARGON2ID13.
extern const quint8 kArgon2id;

// Fills raw[0, kBytes): the magic, the version, Argon2id, zero reserved bytes, the limits
// and a fresh random salt.
void write(unsigned char *raw, const char (&magic)[8], quint8 version, const KdfParams &params);
// True when raw (of `size` bytes) starts with `magic`.
bool hasMagic(const unsigned char *raw, qsizetype size, const char (&magic)[8]);
// Reads the fields of raw[0, kBytes); the caller has checked there are kBytes.
Fields read(const unsigned char *raw);

} // namespace saib::Argon2Header
