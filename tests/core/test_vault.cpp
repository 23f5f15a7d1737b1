#include "TestSupport.h"

using namespace saib;
using saib::test::TempVault;
using saib::test::kPassphrase;

TEST_CASE("creating a vault", "[vault]")
{
    TempVault t;
    REQUIRE_FALSE(t.vault.exists());

    SECTION("needs a passphrase of at least 8 characters and leaves nothing behind")
    {
        CHECK(t.vault.create(QStringLiteral("short")).code == ErrorCode::PassphraseTooShort);
        CHECK_FALSE(t.vault.exists());
        CHECK_FALSE(QFile::exists(t.vault.databasePath()));
    }
    SECTION("creates an unlocked, encrypted store")
    {
        REQUIRE(t.vault.create(kPassphrase).ok());
        CHECK(t.vault.exists());
        CHECK(t.vault.isUnlocked());
        CHECK(t.vault.database()->cipherVersion().startsWith(QStringLiteral("3.")));
        CHECK(t.vault.create(kPassphrase).code == ErrorCode::VaultAlreadyExists);
    }
    SECTION("files are readable by the owner only")
    {
        REQUIRE(t.vault.create(kPassphrase).ok());
        const auto perms = QFile::permissions(t.vault.databasePath());
        CHECK_FALSE(perms.testFlag(QFile::ReadOther));
        CHECK_FALSE(perms.testFlag(QFile::ReadGroup));
    }
}

TEST_CASE("unlocking and locking", "[vault]")
{
    TempVault t;
    REQUIRE(t.vault.create(kPassphrase).ok());
    REQUIRE(t.vault.checkins().save(test::sampleCheckin(QDate(2026, 11, 2)), QDate(2026, 11, 25)).ok());
    t.vault.lock();
    CHECK_FALSE(t.vault.isUnlocked());
    CHECK(t.vault.database() == nullptr);

    SECTION("the right passphrase opens the same data")
    {
        REQUIRE(t.vault.unlock(kPassphrase).ok());
        auto c = t.vault.checkins().forDay(QDate(2026, 11, 2));
        REQUIRE(c.ok());
        REQUIRE(c.value().has_value());
        CHECK(c.value()->note == QStringLiteral("Governors met late"));
    }
    SECTION("a wrong passphrase fails clearly and writes nothing")
    {
        const QByteArray dbBefore = test::sha256(t.vault.databasePath());
        const QByteArray keyBefore = test::sha256(t.vault.keyFilePath());
        const auto filesBefore = QDir(t.vault.dataDir()).entryList(QDir::Files);
        CHECK(t.vault.unlock(QStringLiteral("not the passphrase")).code == ErrorCode::WrongPassphrase);
        CHECK_FALSE(t.vault.isUnlocked());
        CHECK(test::sha256(t.vault.databasePath()) == dbBefore);
        CHECK(test::sha256(t.vault.keyFilePath()) == keyBefore);
        CHECK(QDir(t.vault.dataDir()).entryList(QDir::Files) == filesBefore);
    }
    SECTION("a missing vault says so")
    {
        Vault other(t.dir.path() + QStringLiteral("/elsewhere"), KdfParams::minimum());
        CHECK(other.unlock(kPassphrase).code == ErrorCode::VaultMissing);
    }
}

TEST_CASE("changing the passphrase re-wraps the key, not the database", "[vault]")
{
    TempVault t;
    REQUIRE(t.vault.create(kPassphrase).ok());
    REQUIRE(t.vault.checkins().save(test::sampleCheckin(QDate(2026, 11, 20)), QDate(2026, 11, 25)).ok());
    t.vault.lock(); // checkpoints the WAL so the database file is final
    const QByteArray dbBefore = test::sha256(t.vault.databasePath());
    const QByteArray keyBefore = test::sha256(t.vault.keyFilePath());
    const QString next = QStringLiteral("a brand new passphrase");

    SECTION("with the right current passphrase")
    {
        REQUIRE(t.vault.changePassphrase(kPassphrase, next).ok());
        CHECK(test::sha256(t.vault.databasePath()) == dbBefore);
        CHECK(test::sha256(t.vault.keyFilePath()) != keyBefore);
        CHECK(t.vault.unlock(kPassphrase).code == ErrorCode::WrongPassphrase);
        REQUIRE(t.vault.unlock(next).ok());
        CHECK(t.vault.checkins().count().value() == 1);
    }
    SECTION("with a wrong current passphrase nothing changes")
    {
        CHECK(t.vault.changePassphrase(QStringLiteral("wrong one!"), next).code
              == ErrorCode::WrongPassphrase);
        CHECK(test::sha256(t.vault.keyFilePath()) == keyBefore);
        CHECK(t.vault.unlock(kPassphrase).ok());
    }
    SECTION("a too-short new passphrase is refused")
    {
        CHECK(t.vault.changePassphrase(kPassphrase, QStringLiteral("abc")).code
              == ErrorCode::PassphraseTooShort);
        CHECK(test::sha256(t.vault.keyFilePath()) == keyBefore);
    }
}
