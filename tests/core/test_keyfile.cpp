#include "TestSupport.h"

#include <core/crypto/KeyFile.h>

using namespace saib;

TEST_CASE("key file wraps and unwraps the database key", "[keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saib.key"));
    const SecureBuffer key = SecureBuffer::random(kDatabaseKeyBytes);
    const SecureBuffer pass = SecureBuffer::fromUtf8(QStringLiteral("ŵyn bach ar y bryn"));

    REQUIRE(KeyFile::write(path, key, pass, KdfParams::minimum()).ok());
    CHECK(QFile(path).size() == 12 + 112); // version 2, no recovery slot yet

    auto back = KeyFile::unwrap(path, pass);
    REQUIRE(back.ok());
    CHECK(back.value().equals(key));

    SECTION("a wrong passphrase is reported as such")
    {
        auto wrong = KeyFile::unwrap(path, SecureBuffer::fromUtf8(QStringLiteral("ŵyn bach ar y bryN")));
        CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    }
    SECTION("the KDF parameters are authenticated")
    {
        QByteArray bytes = test::readAll(path);
        bytes[12 + 12] = char(bytes[12 + 12] + 1); // opslimit, in the passphrase record after the 12-byte file header
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        CHECK_FALSE(KeyFile::unwrap(path, pass).ok());
    }
    SECTION("a truncated file is reported as damaged")
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.resize(50);
        f.close();
        CHECK(KeyFile::unwrap(path, pass).error().code == ErrorCode::KeyFileCorrupt);
    }
    SECTION("a missing file is reported as no vault")
    {
        CHECK(KeyFile::unwrap(dir.filePath(QStringLiteral("none.key")), pass).error().code
              == ErrorCode::VaultMissing);
    }
    SECTION("the parameters chosen are the ones stored")
    {
        auto params = KeyFile::readParams(path);
        REQUIRE(params.ok());
        CHECK(params.value().opslimit == KdfParams::minimum().opslimit);
        CHECK(params.value().memlimit == KdfParams::minimum().memlimit);
    }
}

TEST_CASE("the default KDF is libsodium's MODERATE Argon2id", "[keyfile]")
{
    CHECK(KdfParams::moderate().memlimit == 256ull * 1024 * 1024);
    CHECK(KdfParams::moderate().opslimit == 3);
}
