// KdfProcess: the GUI derives every passphrase key (unlock, setup, passphrase change and
// reset, backup and restore) in the saib-kdf helper process so its window keeps drawing.
// The helper must give the very key core derives in-process (files written one way open
// the other), a missing helper or one that cannot start must fall back to deriving here
// (never unable to unlock), and a helper that starts but fails must be an error, never a
// wrong key.
#include <app/wiring/KdfProcess.h>
#include <core/backup/Backup.h>
#include <core/crypto/KeyFile.h>
#include <core/vault/Vault.h>

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace saib;

namespace {
// Sets SAIB_KDF_HELPER for one scope (kdfHelperPath reads it on every call).
struct HelperEnv {
    explicit HelperEnv(const QByteArray &path) { qputenv("SAIB_KDF_HELPER", path); }
    ~HelperEnv() { qunsetenv("SAIB_KDF_HELPER"); }
};

QString writeScript(const QTemporaryDir &dir, const char *name, const QByteArray &body)
{
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(body);
    f.close();
    REQUIRE(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    return path;
}

QByteArray bytesOf(const SecureBuffer &b) { return QByteArray(reinterpret_cast<const char *>(b.data()), int(b.size())); }

QByteArray derive(const PassphraseKdf &via, const char *passphrase, const QByteArray &salt)
{
    auto key = derivePassphraseKey(SecureBuffer::fromUtf8(QString::fromUtf8(passphrase)),
                                   reinterpret_cast<const unsigned char *>(salt.constData()),
                                   KdfParams::minimum(), via);
    REQUIRE(key.ok());
    return bytesOf(key.value());
}
} // namespace

TEST_CASE("the helper gives the in-process key, without a helper the key is derived here", "[kdf]")
{
    const QByteArray salt("0123456789abcdef");
    const QByteArray here = derive({}, "afon goch llyfr tawel", salt);
    {
        // No saib-kdf beside this test binary and none named: derive in this process.
        CHECK(ui::kdfHelperPath().isEmpty());
        CHECK(!ui::helperKdf());
    }
    {
        HelperEnv env(SAIB_KDF_PATH);
        REQUIRE(!ui::kdfHelperPath().isEmpty());
        const PassphraseKdf helper = ui::helperKdf();
        REQUIRE(helper);
        CHECK(derive(helper, "afon goch llyfr tawel", salt) == here);
        CHECK(derive(helper, "afon goch llyfr tawel", "fedcba9876543210") != here);
    }
    {
        // Named but not there: the same as no helper.
        HelperEnv env("/nonexistent/saib-kdf");
        CHECK(ui::kdfHelperPath().isEmpty());
    }
}

TEST_CASE("a helper that cannot start falls back, one that fails is an error, not a key", "[kdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray salt("0123456789abcdef");
    const QByteArray here = derive({}, "afon goch llyfr tawel", salt);
    {
        // Executable, but its interpreter does not exist: exec fails, so derive here.
        HelperEnv env(writeScript(dir, "no-interpreter", "#!/nonexistent/interpreter\n").toLocal8Bit());
        const PassphraseKdf helper = ui::helperKdf();
        REQUIRE(helper);
        CHECK(derive(helper, "afon goch llyfr tawel", salt) == here);
    }
    for (const QByteArray &body : {QByteArray("#!/bin/sh\nexit 3\n"),
                                   QByteArray("#!/bin/sh\ncat >/dev/null; printf 'short'\n"),
                                   QByteArray("#!/bin/sh\ncat >/dev/null; kill -9 $$\n")}) {
        HelperEnv env(writeScript(dir, "broken", body).toLocal8Bit());
        const PassphraseKdf helper = ui::helperKdf();
        REQUIRE(helper);
        auto key = derivePassphraseKey(SecureBuffer::fromUtf8(QStringLiteral("afon goch llyfr tawel")),
                                       reinterpret_cast<const unsigned char *>(salt.constData()),
                                       KdfParams::minimum(), helper);
        INFO(body.constData());
        REQUIRE(!key.ok());
        CHECK(key.error().code == ErrorCode::CryptoUnavailable);
    }
}

TEST_CASE("files keyed through the helper open in-process and the other way round", "[kdf]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    HelperEnv env(SAIB_KDF_PATH);
    const PassphraseKdf helper = ui::helperKdf();
    REQUIRE(helper);
    const QString folder = dir.filePath(QStringLiteral("store"));
    const Vault files(folder, KdfParams::minimum());

    // Setup through the helper, unlock here.
    auto created = files.createFiles(QStringLiteral("first passphrase"), helper);
    REQUIRE(created.ok());
    auto unlocked = files.unwrapKey(QStringLiteral("first passphrase"));
    REQUIRE(unlocked.ok());
    CHECK(bytesOf(unlocked.value()) == bytesOf(created.value()));

    // Passphrase change through the helper; the old one stops working, the new one opens.
    REQUIRE(files.changePassphrase(QStringLiteral("first passphrase"), QStringLiteral("second passphrase"), helper).ok());
    CHECK(files.unwrapKey(QStringLiteral("first passphrase"), helper).error().code == ErrorCode::WrongPassphrase);
    auto again = files.unwrapKey(QStringLiteral("second passphrase"));
    REQUIRE(again.ok());
    CHECK(bytesOf(again.value()) == bytesOf(created.value()));

    // A backup sealed through the helper opens here, and one sealed here opens through it.
    Vault vault(folder, KdfParams::minimum());
    REQUIRE(vault.openWithKey(again.take()).ok());
    auto collected = Backup::collect(*vault.database());
    REQUIRE(collected.ok());
    const BackupData &data = collected.value();
    const QString viaHelper = dir.filePath(QStringLiteral("helper.saibbackup"));
    const QString viaHere = dir.filePath(QStringLiteral("here.saibbackup"));
    REQUIRE(Backup::writeFile(data, viaHelper, QStringLiteral("backup passphrase"), KdfParams::minimum(), helper).ok());
    REQUIRE(Backup::writeFile(data, viaHere, QStringLiteral("backup passphrase"), KdfParams::minimum()).ok());
    CHECK(Backup::readFile(viaHelper, QStringLiteral("backup passphrase")).ok());
    CHECK(Backup::readFile(viaHere, QStringLiteral("backup passphrase"), helper).ok());
    CHECK(Backup::readFile(viaHelper, QStringLiteral("not the passphrase"), helper).error().code
          == ErrorCode::BackupWrongPassphrase);
}
