// saib-kdf (app/kdf), the helper process the GUI derives the passphrase key in, run as the
// real binary: it must give exactly the key core derives in-process, and refuse anything
// that is not a well-formed request with a non-zero exit and not one byte of output.
#include "TestSupport.h"

#include <core/crypto/KeyFile.h>
#include <core/crypto/SecureBuffer.h>

#include <QProcess>
#include <QtEndian>

#include <cstring>

namespace {
struct Answer {
    int exitCode = -1;
    QByteArray out;
};

Answer runHelper(const QByteArray &request)
{
    QProcess p;
    p.start(QStringLiteral(SAIB_KDF_PATH), {});
    REQUIRE(p.waitForStarted(10000));
    p.write(request);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), p.readAllStandardOutput()};
}

QByteArray request(const QByteArray &passphrase, const QByteArray &salt, quint32 ops, quint64 mem)
{
    QByteArray r(40, '\0');
    std::memcpy(r.data(), "SAIBKDF1", 8);
    qToLittleEndian<quint32>(ops, r.data() + 8);
    qToLittleEndian<quint64>(mem, r.data() + 12);
    std::memcpy(r.data() + 20, salt.constData(), 16);
    qToLittleEndian<quint32>(quint32(passphrase.size()), r.data() + 36);
    return r + passphrase;
}

QByteArray inProcess(const QByteArray &passphrase, const QByteArray &salt, const saib::KdfParams &params)
{
    auto key = saib::derivePassphraseKey(saib::SecureBuffer::fromBytes(passphrase.constData(), passphrase.size()),
                                         reinterpret_cast<const unsigned char *>(salt.constData()), params);
    REQUIRE(key.ok());
    return QByteArray(reinterpret_cast<const char *>(key.value().data()), int(key.value().size()));
}
} // namespace

TEST_CASE("saib-kdf gives the in-process Argon2id key for the same inputs", "[kdf]")
{
    const QByteArray salt("0123456789abcdef");
    const auto min = saib::KdfParams::minimum();
    for (const QByteArray &pass : {QByteArray("afon goch llyfr tawel"), QByteArray("ŵy â’r ddôl"), QByteArray()}) {
        const Answer a = runHelper(request(pass, salt, min.opslimit, min.memlimit));
        CHECK(a.exitCode == 0);
        CHECK(a.out.size() == 32);
        CHECK(a.out == inProcess(pass, salt, min));
    }
    // Other limits (the interactive ones, 64 MiB) and another salt change the key, and
    // the helper still agrees.
    const auto inter = saib::KdfParams::interactive();
    const QByteArray salt2("fedcba9876543210");
    const Answer b = runHelper(request("afon goch llyfr tawel", salt2, inter.opslimit, inter.memlimit));
    CHECK(b.exitCode == 0);
    CHECK(b.out == inProcess("afon goch llyfr tawel", salt2, inter));
    CHECK(b.out != inProcess("afon goch llyfr tawel", salt, min));
}

TEST_CASE("saib-kdf refuses a bad request with a non-zero exit and no output", "[kdf]")
{
    const QByteArray salt("0123456789abcdef");
    const auto min = saib::KdfParams::minimum();
    const QByteArray good = request("passphrase", salt, min.opslimit, min.memlimit);
    QByteArray badMagic = good;
    badMagic[0] = 'X';
    QByteArray tooLong = request(QByteArray(5000, 'a'), salt, min.opslimit, min.memlimit);
    QByteArray lies = good;
    qToLittleEndian<quint32>(200, lies.data() + 36); // says 200 bytes, sends 10
    const QList<QByteArray> bad{
        QByteArray(),                                                  // nothing at all
        good.left(20),                                                 // cut short
        badMagic,                                                      // not our request
        tooLong,                                                       // over the 4096-byte limit
        lies,                                                          // shorter than it says
        good + "x",                                                    // trailing bytes
        request("passphrase", salt, 0, min.memlimit),                  // opslimit below libsodium's
        request("passphrase", salt, 65, min.memlimit),                 // opslimit above the accepted 64
        request("passphrase", salt, min.opslimit, 1024),               // memory below the minimum
        request("passphrase", salt, min.opslimit, quint64(5) << 30),   // memory above 4 GiB
    };
    for (const QByteArray &r : bad) {
        const Answer a = runHelper(r);
        CHECK(a.exitCode != 0);
        CHECK(a.out.isEmpty());
    }
}

TEST_CASE("KeyFile::unwrap runs a given key derivation and checks what it returns", "[kdf][keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("key"));
    const auto key = saib::SecureBuffer::random(saib::kDatabaseKeyBytes);
    REQUIRE(saib::KeyFile::write(path, key, saib::SecureBuffer::fromUtf8(QStringLiteral("pass")),
                                 saib::KdfParams::minimum())
                .ok());
    int calls = 0;
    saib::PassphraseKdf counting = [&calls](const saib::SecureBuffer &p, const unsigned char *salt,
                                            const saib::KdfParams &params) {
        ++calls;
        return saib::derivePassphraseKey(p, salt, params);
    };
    auto opened = saib::KeyFile::unwrap(path, saib::SecureBuffer::fromUtf8(QStringLiteral("pass")), counting);
    REQUIRE(opened.ok());
    CHECK(opened.value().equals(key));
    CHECK(calls == 1);
    // A derivation that answers with the wrong size is an error, never a key.
    saib::PassphraseKdf shortKey = [](const saib::SecureBuffer &, const unsigned char *, const saib::KdfParams &) {
        return saib::Result<saib::SecureBuffer>(saib::SecureBuffer(16));
    };
    auto refused = saib::KeyFile::unwrap(path, saib::SecureBuffer::fromUtf8(QStringLiteral("pass")), shortKey);
    CHECK(refused.error().code == saib::ErrorCode::CryptoUnavailable);
}
