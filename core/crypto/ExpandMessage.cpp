#include "ExpandMessage.h"

#include <sodium.h>

namespace saib {

namespace {
constexpr int kHashBytes = crypto_hash_sha512_BYTES; // b_in_bytes
constexpr int kBlockBytes = 128;                     // s_in_bytes: SHA-512's input block
} // namespace

QByteArray sha512(const QByteArray &data)
{
    QByteArray out(kHashBytes, '\0');
    crypto_hash_sha512(reinterpret_cast<unsigned char *>(out.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return out;
}

QByteArray expandMessageXmdSha512(const QByteArray &msg, const QByteArray &dst, int lenInBytes)
{
    const int ell = (lenInBytes + kHashBytes - 1) / kHashBytes;
    if (lenInBytes <= 0 || ell > 255 || lenInBytes > 65535 || dst.size() > 255)
        return {};

    QByteArray dstPrime = dst;
    dstPrime.append(static_cast<char>(dst.size()));

    // msg_prime = Z_pad || msg || I2OSP(len_in_bytes, 2) || I2OSP(0, 1) || DST_prime
    QByteArray msgPrime(kBlockBytes, '\0');
    msgPrime.append(msg);
    msgPrime.append(static_cast<char>((lenInBytes >> 8) & 0xff));
    msgPrime.append(static_cast<char>(lenInBytes & 0xff));
    msgPrime.append('\0');
    msgPrime.append(dstPrime);
    const QByteArray b0 = sha512(msgPrime);

    QByteArray uniform;
    QByteArray previous;
    for (int i = 1; i <= ell; ++i) {
        // b_1 = H(b_0 || 1 || DST'); b_i = H((b_0 XOR b_(i-1)) || i || DST')
        QByteArray block = b0;
        if (i > 1) {
            for (int j = 0; j < kHashBytes; ++j)
                block[j] = static_cast<char>(block[j] ^ previous[j]);
        }
        block.append(static_cast<char>(i));
        block.append(dstPrime);
        previous = sha512(block);
        uniform.append(previous);
    }
    uniform.truncate(lenInBytes);
    return uniform;
}

} // namespace saib
