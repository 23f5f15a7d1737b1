// saib-kdf: derives the passphrase key (Argon2id v1.3, as core/crypto/KeyFile.cpp's
// derivePassphraseKey) in a process of its own. Why a process and not a thread: libsodium
// maps Argon2's memory (256 MiB with the app's limits) with MAP_POPULATE, which holds the
// process's memory-map lock while every page is filled; the GUI thread's own mmap/mprotect
// calls then wait 70-250 ms behind it and the window stops drawing. Another process has
// its own address space and its own lock.
// Reads one request (KdfRequest.h) from stdin, writes the 32-byte key to stdout, exits.
// Every secret lives in sodium_malloc'd memory and is wiped; nothing is ever logged.
#include "KdfRequest.h"

#include <QtEndian>
#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// Reads exactly `size` bytes; false on end of input or an error.
bool readAll(int fd, unsigned char *out, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::read(fd, out, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        out += n;
        size -= std::size_t(n);
    }
    return true;
}

bool writeAll(int fd, const unsigned char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= std::size_t(n);
    }
    return true;
}

// Exit codes: 0 key written, 2 malformed request, 3 libsodium unusable or out of memory.
int derive(unsigned char *header, unsigned char *passphrase, unsigned char *key)
{
    using namespace saib::kdf;
    if (!readAll(STDIN_FILENO, header, kHeaderBytes) || std::memcmp(header, kMagic, sizeof kMagic) != 0)
        return 2;
    const quint32 ops = qFromLittleEndian<quint32>(header + 8);
    const quint64 mem = qFromLittleEndian<quint64>(header + 12);
    const unsigned char *salt = header + 20;
    const quint32 length = qFromLittleEndian<quint32>(header + 20 + kSaltBytes);
    // The same bounds KeyFile accepts in a key file: nothing can ask for more.
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > 64 || mem < crypto_pwhash_MEMLIMIT_MIN
        || mem > (quint64(4) << 30) || length > kMaxPassphraseBytes)
        return 2;
    if (!readAll(STDIN_FILENO, passphrase, length))
        return 2;
    unsigned char extra;
    if (::read(STDIN_FILENO, &extra, 1) != 0) // trailing bytes: not a request we wrote
        return 2;
    if (crypto_pwhash(key, kKeyBytes, reinterpret_cast<const char *>(passphrase), length, salt, ops,
                      std::size_t(mem), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return 3;
    return writeAll(STDOUT_FILENO, key, kKeyBytes) ? 0 : 3;
}

} // namespace

int main()
{
    static_assert(saib::kdf::kSaltBytes == crypto_pwhash_SALTBYTES, "salt size");
    if (sodium_init() < 0)
        return 3;
    using namespace saib::kdf;
    auto *header = static_cast<unsigned char *>(sodium_malloc(kHeaderBytes));
    auto *passphrase = static_cast<unsigned char *>(sodium_malloc(kMaxPassphraseBytes));
    auto *key = static_cast<unsigned char *>(sodium_malloc(kKeyBytes));
    int rc = 3;
    if (header && passphrase && key)
        rc = derive(header, passphrase, key);
    // sodium_free wipes before it frees.
    sodium_free(header);
    sodium_free(passphrase);
    sodium_free(key);
    return rc;
}
