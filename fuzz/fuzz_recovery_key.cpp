// What a person types as their recovery key (core/crypto/RecoveryKey.h), and the key
// file it opens (core/crypto/KeyFile.h), which sits on disk where anything may change it.
// Property: an accepted key formats back to text that parses to the same key; a refused
// one names a group within 1..13 (or none); a key file that parses has sane parameters.
#include "FuzzSupport.h"

#include <core/crypto/KeyFile.h>
#include <core/crypto/RecoveryKey.h>

#include <QTemporaryDir>

using namespace saib;

bool fuzzOne(const QByteArray &input)
{
    if (input.isEmpty())
        return false;
    const QByteArray body = fuzz::tail(input);
    if (quint8(input[0]) % 2 == 0) {
        ParsedRecoveryKey parsed = RecoveryKey::parse(QString::fromUtf8(body));
        if (!parsed.ok()) {
            SAIB_FUZZ_CHECK(parsed.badGroup >= 0 && parsed.badGroup <= kRecoveryKeyGroups);
            return false;
        }
        SAIB_FUZZ_CHECK(parsed.key.size() == kRecoveryKeyBytes);
        const SecureBuffer text = RecoveryKey::format(parsed.key);
        ParsedRecoveryKey again = RecoveryKey::parse(
            QString::fromLatin1(reinterpret_cast<const char *>(text.data()), int(text.size())));
        SAIB_FUZZ_CHECK(again.ok() && again.key.equals(parsed.key));
        return true;
    }
    // The key file's layout (no KDF runs here: inspect() reads the layout only).
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saib.key"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(body) != body.size())
        return false;
    f.close();
    auto info = KeyFile::inspect(path);
    if (!info.ok())
        return false;
    SAIB_FUZZ_CHECK(info.value().version == 1 || info.value().version == 2);
    SAIB_FUZZ_CHECK(info.value().params.opslimit >= 1 && info.value().params.memlimit >= 8192);
    return true;
}

void writeSeeds(const fuzz::Seeder &seed)
{
    SecureBuffer key(kRecoveryKeyBytes);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 37 + 11);
    const SecureBuffer text = RecoveryKey::format(key);
    const QByteArray written(reinterpret_cast<const char *>(text.data()), int(text.size()));
    seed("key", fuzz::selected(0, written));
    seed("key-lower-spaced", fuzz::selected(0, written.toLower().replace('-', ' ')));
    QByteArray typo = written;
    typo[8] = typo[8] == 'A' ? 'B' : 'A';
    seed("reject-key-typo", fuzz::selected(0, typo));
    // A version-1 key file as Saib wrote it before the recovery key (tests/core/test_recovery_key.cpp).
    const QByteArray v1 = QByteArray::fromHex(
        "534149424b45593101020000010000000020000000000000dd7a8356d956697b0039cb69b9a4e7d6"
        "635938c3c575b1dff9725005cb8210e441c66ca54e83fc3297eaab52940d168c5ef0698c60e80a18"
        "adcd63794fce671130e83485fcbba8bd1308ab50250ec9836c98413890b4d39d");
    seed("keyfile-v1", fuzz::selected(1, v1));
    QByteArray v2 = QByteArray("SAIBKEY1\x02\x00\x00\x00", 12) + v1;
    seed("keyfile-v2", fuzz::selected(1, v2));
}
