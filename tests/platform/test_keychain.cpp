// "Remember on this device" against the real keychain backend: turning it on stores
// the database key, unlock then needs no passphrase, turning it off deletes the key,
// and stale or foreign keys are handled without touching the data.
#include <platform/Keychain.h>
#include <platform/RememberedKey.h>

#include <core/crypto/KeyFile.h>
#include <core/vault/Preferences.h>
#include <core/vault/Vault.h>

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace saib;
using namespace saib::platform;

namespace {
const QString kPassphrase = QStringLiteral("cwm rhondda glaw mân");

// Waits for one asynchronous RememberedKey call, as the UI's event loop would.
template <typename Call>
Error await(Call call)
{
    QEventLoop loop;
    Error result;
    bool finished = false;
    call([&](Error e) { result = std::move(e); finished = true; loop.quit(); });
    if (!finished)
        loop.exec();
    return result;
}

struct Fixture {
    QTemporaryDir dir;
    QString dataDir = dir.filePath(QStringLiteral("data"));
    Vault vault{dataDir, KdfParams::minimum()};
    Preferences prefs{dataDir};
    Keychain keychain{QStringLiteral("Saib tests")};
    RememberedKey remembered{vault, prefs, keychain};
    QString account = Keychain::accountFor(dataDir);
    ~Fixture() { (void)keychain.removeKeySync(account); } // clean-up; the cases check removal themselves
};
} // namespace

TEST_CASE("keychain: store, read back and remove a key")
{
    Keychain keychain(QStringLiteral("Saib tests"));
    const QString account = QStringLiteral("roundtrip");
    SecureBuffer key = SecureBuffer::random(kDatabaseKeyBytes);
    REQUIRE(keychain.storeKeySync(account, key).ok());
    auto read = keychain.readKeySync(account);
    REQUIRE(read.ok());
    CHECK(read.value().equals(key));
    REQUIRE(keychain.removeKeySync(account).ok());
    CHECK(keychain.readKeySync(account).error().code == ErrorCode::KeychainEntryMissing);
    CHECK(keychain.removeKeySync(account).ok()); // already gone is fine
}

TEST_CASE("keychain: entries are per data folder")
{
    CHECK(Keychain::accountFor(QStringLiteral("/a/Saib")) != Keychain::accountFor(QStringLiteral("/b/Saib")));
    CHECK(Keychain::accountFor(QStringLiteral("/a/Saib")) == Keychain::accountFor(QStringLiteral("/a/Saib/")));
    CHECK_FALSE(Keychain::accountFor(QStringLiteral("/home/headteacher/Saib")).contains(QStringLiteral("headteacher")));
}

TEST_CASE("remember on this device: off by default, on, unlock without passphrase, off")
{
    Fixture f;
    REQUIRE(f.vault.create(kPassphrase).ok());
    CHECK_FALSE(f.remembered.isOn());
    CHECK_FALSE(f.prefs.rememberOnDevice());

    // On: the key goes to the keychain and only a flag to preferences.ini.
    REQUIRE(await([&](auto done) { f.remembered.turnOn(done); }).ok());
    CHECK(f.remembered.isOn());
    auto stored = f.keychain.readKeySync(f.account);
    REQUIRE(stored.ok());
    CHECK(stored.value().equals(f.vault.databaseKey()));
    QFile ini(f.dataDir + QStringLiteral("/preferences.ini"));
    REQUIRE(ini.open(QIODevice::ReadOnly));
    const QByteArray iniText = ini.readAll();
    CHECK(iniText.contains("rememberOnDevice=true"));
    const QByteArray hexKey = QByteArray(reinterpret_cast<const char *>(f.vault.databaseKey().data()),
                                         int(kDatabaseKeyBytes)).toHex();
    CHECK_FALSE(iniText.toLower().contains(hexKey));

    // Locked, then unlocked with no passphrase at all.
    f.vault.lock();
    REQUIRE(await([&](auto done) { f.remembered.unlock(done); }).ok());
    CHECK(f.vault.isUnlocked());

    // Off: the key is deleted from the keychain and the flag cleared.
    REQUIRE(await([&](auto done) { f.remembered.turnOff(done); }).ok());
    CHECK_FALSE(f.remembered.isOn());
    CHECK(f.keychain.readKeySync(f.account).error().code == ErrorCode::KeychainEntryMissing);
    f.vault.lock();
    CHECK(await([&](auto done) { f.remembered.unlock(done); }).code == ErrorCode::KeychainEntryMissing);
    CHECK_FALSE(f.vault.isUnlocked());
    CHECK(f.vault.unlock(kPassphrase).ok());
}

TEST_CASE("remember on this device: needs an unlocked vault to turn on")
{
    Fixture f;
    REQUIRE(f.vault.create(kPassphrase).ok());
    f.vault.lock();
    CHECK(await([&](auto done) { f.remembered.turnOn(done); }).code == ErrorCode::Locked);
    CHECK_FALSE(f.remembered.isOn());
    CHECK(f.keychain.readKeySync(f.account).error().code == ErrorCode::KeychainEntryMissing);
}

TEST_CASE("remember on this device: a key removed behind Saib's back, or a stale one, turns it off")
{
    Fixture f;
    REQUIRE(f.vault.create(kPassphrase).ok());
    REQUIRE(await([&](auto done) { f.remembered.turnOn(done); }).ok());
    f.vault.lock();

    SECTION("removed from the keychain by the user")
    {
        REQUIRE(f.keychain.removeKeySync(f.account).ok());
        CHECK(await([&](auto done) { f.remembered.unlock(done); }).code == ErrorCode::KeychainEntryMissing);
        CHECK_FALSE(f.remembered.isOn());
    }
    SECTION("a key that no longer opens this store (the data was reset)")
    {
        REQUIRE(f.keychain.storeKeySync(f.account, SecureBuffer::random(kDatabaseKeyBytes)).ok());
        CHECK(await([&](auto done) { f.remembered.unlock(done); }).code == ErrorCode::RememberedKeyInvalid);
        CHECK_FALSE(f.vault.isUnlocked());
        CHECK_FALSE(f.remembered.isOn());
        // The stale key is removed too.
        CHECK(f.keychain.readKeySync(f.account).error().code == ErrorCode::KeychainEntryMissing);
    }
    CHECK(f.vault.unlock(kPassphrase).ok());
}

namespace {
// Stands in for the phone's biometric prompt: answers with `answer` and counts the asks.
class FakeGate final : public BiometricGate {
public:
    explicit FakeGate(Error answer) : m_answer(std::move(answer)) {}
    void confirm(const QString &, const QString &, Done done) override
    {
        ++asked;
        done(m_answer);
    }
    int asked = 0;

private:
    Error m_answer;
};
} // namespace

TEST_CASE("remember on this device: the biometric prompt guards the remembered key")
{
    Fixture f;
    REQUIRE(f.vault.create(kPassphrase).ok());
    REQUIRE(await([&](auto done) { f.remembered.turnOn(done); }).ok());
    f.vault.lock();

    SECTION("declined: nothing is read, nothing changes, the setting stays on")
    {
        FakeGate gate(Error(ErrorCode::BiometricCancelled));
        RememberedKey guarded{f.vault, f.prefs, f.keychain, &gate};
        CHECK(await([&](auto done) { guarded.unlock(done); }).code == ErrorCode::BiometricCancelled);
        CHECK(gate.asked == 1);
        CHECK_FALSE(f.vault.isUnlocked());
        CHECK(guarded.isOn());
        CHECK_FALSE(guarded.isBusy());
        CHECK(f.keychain.readKeySync(f.account).ok());
    }
    SECTION("confirmed: unlocks with the remembered key")
    {
        FakeGate gate{Error()};
        RememberedKey guarded{f.vault, f.prefs, f.keychain, &gate};
        CHECK(await([&](auto done) { guarded.unlock(done); }).ok());
        CHECK(gate.asked == 1);
        CHECK(f.vault.isUnlocked());
    }
}
