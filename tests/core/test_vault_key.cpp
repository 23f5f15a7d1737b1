// The raw-key unlock path behind "remember on this device": the database key itself
// opens the vault; a wrong key is refused and changes nothing on disk.
#include "TestSupport.h"

#include <core/crypto/Sodium.h>

using namespace saib;
using namespace saib::test;

TEST_CASE("vault: the database key unlocks without the passphrase")
{
    TempVault t;
    REQUIRE(t.vault.create(kPassphrase).ok());
    REQUIRE(t.vault.checkins().save(sampleCheckin(QDate(2026, 3, 2)), QDate(2026, 3, 2)).ok());
    const SecureBuffer &live = t.vault.databaseKey();
    REQUIRE(live.size() == kDatabaseKeyBytes);
    SecureBuffer copy = SecureBuffer::fromBytes(reinterpret_cast<const char *>(live.data()), live.size());
    t.vault.lock();
    CHECK(t.vault.databaseKey().isNull()); // wiped on lock

    REQUIRE(t.vault.unlockWithKey(std::move(copy)).ok());
    auto day = t.vault.checkins().forDay(QDate(2026, 3, 2));
    REQUIRE(day.ok());
    CHECK(day.value().has_value());
}

TEST_CASE("vault: a wrong or malformed key is refused and nothing is written")
{
    TempVault t;
    REQUIRE(t.vault.create(kPassphrase).ok());
    t.vault.lock();
    const QByteArray dbBefore = sha256(t.vault.databasePath());
    const QByteArray keyBefore = sha256(t.vault.keyFilePath());

    Error wrong = t.vault.unlockWithKey(SecureBuffer::random(kDatabaseKeyBytes));
    CHECK(wrong.code == ErrorCode::RememberedKeyInvalid);
    CHECK_FALSE(t.vault.isUnlocked());
    CHECK(t.vault.unlockWithKey(SecureBuffer::random(16)).code == ErrorCode::RememberedKeyInvalid);
    CHECK(sha256(t.vault.databasePath()) == dbBefore);
    CHECK(sha256(t.vault.keyFilePath()) == keyBefore);
    CHECK(t.vault.unlock(kPassphrase).ok()); // the passphrase still works
}

// The halves the app runs apart (the slow one on a worker thread, on a separate Vault over
// the same folder): createFiles / unwrapKey derive, openWithKey opens.
TEST_CASE("vault: create and unlock split into deriving and opening")
{
    TempVault t;
    const Vault worker(t.vault.dataDir(), KdfParams::minimum());
    auto made = worker.createFiles(kPassphrase);
    REQUIRE(made.ok());
    CHECK(t.vault.exists());
    CHECK_FALSE(t.vault.isUnlocked());
    REQUIRE(t.vault.openWithKey(made.take()).ok());
    REQUIRE(t.vault.checkins().save(sampleCheckin(QDate(2026, 3, 2)), QDate(2026, 3, 2)).ok());
    t.vault.lock();

    CHECK(worker.unwrapKey(QStringLiteral("not the passphrase")).error().code == ErrorCode::WrongPassphrase);
    auto key = worker.unwrapKey(kPassphrase);
    REQUIRE(key.ok());
    REQUIRE(t.vault.openWithKey(key.take()).ok());
    CHECK(t.vault.checkins().forDay(QDate(2026, 3, 2)).value().has_value());
    // A second store cannot be made over the first.
    CHECK(worker.createFiles(kPassphrase).error().code == ErrorCode::VaultAlreadyExists);
}
