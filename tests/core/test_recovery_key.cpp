#include "TestSupport.h"

#include <core/crypto/KeyFile.h>
#include <core/crypto/RecoveryKey.h>

using namespace saib;

namespace {
const QDate kToday(2026, 11, 30);

QString text(const SecureBuffer &formatted)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(formatted.data()), int(formatted.size()));
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A key file exactly as Saib wrote it before the recovery key (version 1, made by the
// code of that time): database key bytes i*7+1, passphrase test::kPassphrase, minimum KDF.
const QByteArray kVersion1File = QByteArray::fromHex(
    "534149424b45593101020000010000000020000000000000dd7a8356d956697b0039cb69b9a4e7d6"
    "635938c3c575b1dff9725005cb8210e441c66ca54e83fc3297eaab52940d168c5ef0698c60e80a18"
    "adcd63794fce671130e83485fcbba8bd1308ab50250ec9836c98413890b4d39d");
} // namespace

TEST_CASE("a recovery key is 13 checked groups that round-trip", "[recovery]")
{
    const SecureBuffer key = RecoveryKey::generate();
    const QString written = text(RecoveryKey::format(key));
    CHECK(written.size() == 13 * 6 - 1);
    CHECK(written.split(QLatin1Char('-')).size() == 13);
    for (QChar c : written)
        CHECK(QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ-").contains(c));

    auto parsed = RecoveryKey::parse(written);
    REQUIRE(parsed.ok());
    CHECK(parsed.key.equals(key));

    SECTION("case, spaces and look-alike letters do not matter")
    {
        QString typed = written.toLower();
        typed.replace(QLatin1Char('-'), QLatin1Char(' '));
        typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
        auto again = RecoveryKey::parse(QStringLiteral("  ") + typed + QStringLiteral("\n"));
        REQUIRE(again.ok());
        CHECK(again.key.equals(key));
        QString joined = written;
        auto unspaced = RecoveryKey::parse(joined.remove(QLatin1Char('-')));
        REQUIRE(unspaced.ok());
        CHECK(unspaced.key.equals(key));
    }
    SECTION("every single wrong character is caught and its group named")
    {
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        for (int pos = 0; pos < written.size(); ++pos) {
            if (written[pos] == QLatin1Char('-'))
                continue;
            for (QChar other : alphabet) {
                if (other == written[pos])
                    continue;
                QString typo = written;
                typo[pos] = other;
                auto bad = RecoveryKey::parse(typo);
                REQUIRE_FALSE(bad.ok());
                CHECK(bad.error.code == ErrorCode::RecoveryKeyTypo);
                CHECK(bad.badGroup == pos / 6 + 1);
            }
        }
    }
    SECTION("two swapped characters, or two swapped groups, are caught")
    {
        for (int pos = 0; pos + 1 < written.size(); ++pos) {
            if (written[pos] == QLatin1Char('-') || written[pos + 1] == QLatin1Char('-')
                || written[pos] == written[pos + 1])
                continue;
            QString swapped = written;
            std::swap(swapped[pos], swapped[pos + 1]);
            auto bad = RecoveryKey::parse(swapped);
            CHECK(bad.error.code == ErrorCode::RecoveryKeyTypo);
            CHECK(bad.badGroup == pos / 6 + 1);
        }
        QStringList groups = written.split(QLatin1Char('-'));
        groups.swapItemsAt(3, 8);
        auto bad = RecoveryKey::parse(groups.join(QLatin1Char('-')));
        CHECK(bad.error.code == ErrorCode::RecoveryKeyTypo);
        CHECK(bad.badGroup == 4);
    }
    SECTION("a dropped character is located in its group")
    {
        QString dropped = written;
        dropped.remove(6 * 6 + 2, 1); // a character of group 7
        auto bad = RecoveryKey::parse(dropped);
        CHECK(bad.error.code == ErrorCode::RecoveryKeyTypo);
        CHECK(bad.badGroup == 7);
        // Without dashes the characters after it shift: group 7 is named, or (1 time in
        // 32, when the shifted run happens to pass its check) a later one, never an earlier.
        QString unspaced = dropped;
        CHECK(RecoveryKey::parse(unspaced.remove(QLatin1Char('-'))).badGroup >= 7);
    }
    SECTION("a short or empty key is not a key")
    {
        CHECK(RecoveryKey::parse(written.left(6 * 12 - 1)).error.code == ErrorCode::RecoveryKeyMalformed);
        CHECK(RecoveryKey::parse(written.left(6 * 12 - 1)).badGroup == 13);
        CHECK(RecoveryKey::parse(QString()).error.code == ErrorCode::RecoveryKeyMalformed);
        CHECK(RecoveryKey::parse(written + QStringLiteral("-AAAAA")).error.code == ErrorCode::RecoveryKeyMalformed);
    }
    SECTION("groups can be read back for the type-back check")
    {
        const SecureBuffer formatted = RecoveryKey::format(key);
        CHECK(RecoveryKey::group(formatted, 1) == written.left(5));
        CHECK(RecoveryKey::group(formatted, 13) == written.right(5));
        CHECK(RecoveryKey::group(formatted, 14).isEmpty());
    }
}

TEST_CASE("the written form of a recovery key is fixed", "[recovery]")
{
    // Printed keys must keep working in every later version: a known answer (also the
    // fuzz_recovery_key seed).
    SecureBuffer key(kRecoveryKeyBytes);
    for (std::size_t i = 0; i < key.size(); ++i)
        key.data()[i] = static_cast<unsigned char>(i * 37 + 11);
    CHECK(text(RecoveryKey::format(key))
          == QStringLiteral("1CR5E-AYMZ9-RKMGF-WCTR1-FPHC8-FV0HX-6SDRP-19EAP-XWA3F-JQM3H-N36Z1-45SW2-C630N"));
}

TEST_CASE("the key file's recovery slot", "[recovery][keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saib.key"));
    const SecureBuffer dbKey = SecureBuffer::random(kDatabaseKeyBytes);
    const SecureBuffer pass = SecureBuffer::fromUtf8(test::kPassphrase);
    REQUIRE(KeyFile::write(path, dbKey, pass, KdfParams::minimum()).ok());
    CHECK(KeyFile::inspect(path).value().version == 2);
    CHECK(KeyFile::inspect(path).value().recovery == KeyFileInfo::Recovery::None);
    CHECK(KeyFile::unwrapWithRecovery(path, RecoveryKey::generate()).error().code == ErrorCode::RecoveryKeyMissing);

    const QByteArray passphraseSlot = test::readAll(path).mid(12, 112);
    const SecureBuffer recovery = RecoveryKey::generate();
    REQUIRE(KeyFile::setRecovery(path, dbKey, recovery, kToday).ok());
    CHECK(QFile(path).size() == 12 + 112 + 88);
    CHECK(test::readAll(path).mid(12, 112) == passphraseSlot); // the passphrase slot is untouched
    auto info = KeyFile::inspect(path);
    REQUIRE(info.ok());
    CHECK(info.value().recovery == KeyFileInfo::Recovery::Present);
    CHECK(info.value().recoveryMade == kToday);

    auto opened = KeyFile::unwrapWithRecovery(path, recovery);
    REQUIRE(opened.ok());
    CHECK(opened.value().equals(dbKey));
    CHECK(KeyFile::unwrap(path, pass).value().equals(dbKey));

    SECTION("a new recovery key makes the old one fail")
    {
        const SecureBuffer next = RecoveryKey::generate();
        REQUIRE(KeyFile::setRecovery(path, dbKey, next, kToday.addDays(3)).ok());
        CHECK(KeyFile::unwrapWithRecovery(path, recovery).error().code == ErrorCode::WrongRecoveryKey);
        CHECK(KeyFile::unwrapWithRecovery(path, next).value().equals(dbKey));
        CHECK(KeyFile::inspect(path).value().recoveryMade == kToday.addDays(3));
    }
    SECTION("a new passphrase keeps the recovery key working")
    {
        const SecureBuffer newPass = SecureBuffer::fromUtf8(QStringLiteral("cyfrinair newydd sbon"));
        REQUIRE(KeyFile::write(path, dbKey, newPass, KdfParams::minimum()).ok());
        CHECK(KeyFile::unwrap(path, newPass).value().equals(dbKey));
        CHECK(KeyFile::unwrapWithRecovery(path, recovery).value().equals(dbKey));
    }
    SECTION("a damaged recovery slot still opens with the passphrase")
    {
        QByteArray bytes = test::readAll(path);
        bytes[12 + 112 + 50] = char(bytes[12 + 112 + 50] ^ 0x40); // inside the wrapped key
        writeBytes(path, bytes);
        CHECK(KeyFile::unwrapWithRecovery(path, recovery).error().code == ErrorCode::WrongRecoveryKey);
        CHECK(KeyFile::unwrap(path, pass).value().equals(dbKey));

        writeBytes(path, bytes.left(12 + 112 + 30)); // cut short
        CHECK(KeyFile::inspect(path).value().recovery == KeyFileInfo::Recovery::Damaged);
        CHECK(KeyFile::unwrapWithRecovery(path, recovery).error().code == ErrorCode::RecoverySlotDamaged);
        CHECK(KeyFile::unwrap(path, pass).value().equals(dbKey));
        // And a new recovery key repairs it.
        REQUIRE(KeyFile::setRecovery(path, dbKey, recovery, kToday).ok());
        CHECK(KeyFile::unwrapWithRecovery(path, recovery).value().equals(dbKey));
    }
    SECTION("the recovery slot's date is authenticated")
    {
        QByteArray bytes = test::readAll(path);
        bytes[12 + 112 + 8] = char(bytes[12 + 112 + 8] ^ 0x01);
        writeBytes(path, bytes);
        CHECK(KeyFile::unwrapWithRecovery(path, recovery).error().code == ErrorCode::WrongRecoveryKey);
    }
    SECTION("a key file from a newer Saib is refused as such")
    {
        QByteArray bytes = test::readAll(path);
        bytes[8] = char(3);
        writeBytes(path, bytes);
        CHECK(KeyFile::unwrap(path, pass).error().code == ErrorCode::KeyFileTooNew);
    }
}

TEST_CASE("a version-1 key file still opens and is upgraded in place", "[recovery][keyfile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("saib.key"));
    writeBytes(path, kVersion1File);
    SecureBuffer expected(kDatabaseKeyBytes);
    for (std::size_t i = 0; i < kDatabaseKeyBytes; ++i)
        expected.data()[i] = static_cast<unsigned char>(i * 7 + 1);
    const SecureBuffer pass = SecureBuffer::fromUtf8(test::kPassphrase);

    auto info = KeyFile::inspect(path);
    REQUIRE(info.ok());
    CHECK(info.value().version == 1);
    CHECK(info.value().recovery == KeyFileInfo::Recovery::None);
    REQUIRE(KeyFile::unwrap(path, pass).ok());
    CHECK(KeyFile::unwrap(path, pass).value().equals(expected));

    SECTION("adding a recovery key upgrades it, keeping the version-1 record whole")
    {
        const SecureBuffer recovery = RecoveryKey::generate();
        REQUIRE(KeyFile::setRecovery(path, expected, recovery, kToday).ok());
        const QByteArray after = test::readAll(path);
        CHECK(quint8(after[8]) == 2);
        CHECK(after.mid(12, 112) == kVersion1File);
        CHECK(KeyFile::unwrap(path, pass).value().equals(expected));
        CHECK(KeyFile::unwrapWithRecovery(path, recovery).value().equals(expected));
        // Replaced atomically: no temporary is left beside it.
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("saib.key")});
    }
    SECTION("a failed upgrade leaves the old file as it was")
    {
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        const SecureBuffer recovery = RecoveryKey::generate();
        const Error e = KeyFile::setRecovery(path, expected, recovery, kToday);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!e.ok()) // root can write to a read-only folder; the check means nothing then
            CHECK(test::readAll(path) == kVersion1File);
    }
    SECTION("changing the passphrase upgrades it too")
    {
        const SecureBuffer newPass = SecureBuffer::fromUtf8(QStringLiteral("cyfrinair newydd sbon"));
        REQUIRE(KeyFile::write(path, expected, newPass, KdfParams::minimum()).ok());
        CHECK(KeyFile::inspect(path).value().version == 2);
        CHECK(KeyFile::unwrap(path, newPass).value().equals(expected));
    }
}

TEST_CASE("a forgotten passphrase is reset with the recovery key", "[recovery][vault]")
{
    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    REQUIRE(t.vault.checkins().save(test::sampleCheckin(kToday.addDays(-1)), kToday).ok());
    CHECK(t.vault.keyFileInfo().value().recovery == KeyFileInfo::Recovery::None);

    auto made = t.vault.createRecoveryKey(kToday);
    REQUIRE(made.ok());
    const QString written = text(made.value());
    t.vault.lock();
    CHECK(t.vault.keyFileInfo().value().recovery == KeyFileInfo::Recovery::Present);
    CHECK(t.vault.createRecoveryKey(kToday).error().code == ErrorCode::Locked);

    // The passphrase is forgotten; the printed key is typed in.
    auto parsed = RecoveryKey::parse(written);
    REQUIRE(parsed.ok());
    CHECK(t.vault.resetPassphrase(parsed.key, QStringLiteral("short")).code == ErrorCode::PassphraseTooShort);
    const QByteArray untouched = test::sha256(t.vault.keyFilePath());
    REQUIRE(t.vault.resetPassphrase(parsed.key, QStringLiteral("a new passphrase I will keep")).ok());
    CHECK(t.vault.isUnlocked());
    CHECK(t.vault.checkins().count().value() == 1);
    CHECK(test::sha256(t.vault.keyFilePath()) != untouched);
    t.vault.lock();
    CHECK(t.vault.unlock(test::kPassphrase).code == ErrorCode::WrongPassphrase);
    REQUIRE(t.vault.unlock(QStringLiteral("a new passphrase I will keep")).ok());
    CHECK(t.vault.checkins().count().value() == 1);

    SECTION("after a new recovery key the old one opens nothing and changes nothing")
    {
        REQUIRE(t.vault.createRecoveryKey(kToday).ok());
        t.vault.lock();
        const QByteArray before = test::sha256(t.vault.keyFilePath());
        CHECK(t.vault.resetPassphrase(parsed.key, QStringLiteral("another passphrase")).code
              == ErrorCode::WrongRecoveryKey);
        CHECK_FALSE(t.vault.isUnlocked());
        CHECK(test::sha256(t.vault.keyFilePath()) == before);
    }
}
