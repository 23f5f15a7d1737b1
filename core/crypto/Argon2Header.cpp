#include "Argon2Header.h"

#include <QtEndian>
#include <sodium.h>
#include <cstring>

namespace saib::Argon2Header {

static_assert(kBytes - kSaltOffset == crypto_pwhash_SALTBYTES, "salt size");
const quint8 kArgon2id = quint8(crypto_pwhash_ALG_ARGON2ID13);

void write(unsigned char *raw, const char (&magic)[8], quint8 version, const KdfParams &params)
{
    std::memcpy(raw, magic, sizeof magic);
    raw[8] = version;
    raw[9] = kArgon2id;
    raw[10] = raw[11] = 0;
    qToLittleEndian<quint32>(params.opslimit, raw + 12);
    qToLittleEndian<quint64>(params.memlimit, raw + 16);
    randombytes_buf(raw + kSaltOffset, crypto_pwhash_SALTBYTES);
}

bool hasMagic(const unsigned char *raw, qsizetype size, const char (&magic)[8])
{
    return size >= qsizetype(sizeof magic) && std::memcmp(raw, magic, sizeof magic) == 0;
}

Fields read(const unsigned char *raw)
{
    Fields f;
    f.version = raw[8];
    f.algorithm = raw[9];
    f.reserved = qFromLittleEndian<quint16>(raw + 10);
    f.params = {qFromLittleEndian<quint32>(raw + 12), qFromLittleEndian<quint64>(raw + 16)};
    return f;
}

} // namespace saib::Argon2Header
