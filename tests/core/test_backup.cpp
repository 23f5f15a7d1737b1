// Encrypted backup and restore (core/backup): a round trip restores everything exactly;
// a wrong passphrase, a flipped byte, a cut-short file or a non-empty target restores
// nothing; no plaintext reaches the file.
#include "TestSupport.h"
#include <core/Clock.h>

#include <core/backup/Backup.h>
#include <core/backup/BackupFile.h>
#include <core/demo/SyntheticLeader.h>
#include <core/model/CheckinJson.h>
#include <core/store/InsightStores.h>
#include <core/store/SettingsStore.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace saib;
using namespace saib::test;

namespace {
const QString kBackupPassphrase = QStringLiteral("copi wrth gefn, diogel");

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A vault holding a bit of everything: check-ins, ratings, entries (English and Welsh),
// a skills assessment, a draft and settings. `entries` sizes the journal; with `richWords`
// each entry is that many words of the benchmark's vocabulary (for size), else a short
// story a head might write.
void fill(Vault &vault, int days, int entries, int richWords)
{
    SyntheticOptions o;
    o.days = days;
    o.journalEntries = entries;
    o.richText = richWords > 0;
    o.wordsPerEntry = richWords;
    REQUIRE(writeSyntheticLeader(*vault.database(), generateSyntheticLeader(o)).ok());
    SkillsAssessment a;
    a.takenOn = saib::Clock::today().addDays(-20);
    a.ratings.insert(QLatin1String(skillCatalogue().first().id), SkillRating{8, 5});
    a.ratings.insert(QLatin1String(skillCatalogue().last().id), SkillRating{6, 7});
    REQUIRE(SkillsStore(*vault.database()).save(a).ok());
    JournalDraft d;
    d.title = QStringLiteral("Heb orffen");
    d.body = QStringLiteral("Half a thought about the ŵyn");
    d.tags = {QStringLiteral("draft-tag"), QStringLiteral("estyn")};
    REQUIRE(vault.journal().saveDraft(d).ok());
    SettingsStore settings(*vault.database());
    REQUIRE(settings.setValue(QStringLiteral("support/region"), QStringLiteral("wales")).ok());
    REQUIRE(settings.setValue(QStringLiteral("support/hiddenUntil"), QStringLiteral("2026-01-01")).ok());
}

// Everything in the vault as backup JSON, minus the moment the backup was taken.
QJsonObject snapshot(Vault &vault)
{
    auto data = Backup::collect(*vault.database());
    REQUIRE(data.ok());
    QJsonObject o = QJsonDocument::fromJson(BackupPayload::serialize(data.value())).object();
    o.remove(QStringLiteral("createdAt"));
    return o;
}

struct Source {
    TempVault tv;
    QString file;
    Source(int days = 40, int entries = 6, int richWords = 0)
    {
        REQUIRE(tv.vault.create(kPassphrase).ok());
        fill(tv.vault, days, entries, richWords);
        file = tv.dir.filePath(QStringLiteral("saib.backup"));
        REQUIRE(Backup::writeFile(*tv.vault.database(), file, kBackupPassphrase, KdfParams::minimum()).ok());
    }
};

struct Target {
    TempVault tv;
    Target() { REQUIRE(tv.vault.create(QStringLiteral("a new device passphrase")).ok()); }
    bool empty() { return Backup::isEmpty(*tv.vault.database()).value(); }
};

ErrorCode restoreCode(const QString &file, Target &target, const QString &passphrase = kBackupPassphrase)
{
    auto data = Backup::readFile(file, passphrase);
    if (!data.ok())
        return data.error().code;
    auto restored = Backup::restore(*target.tv.vault.database(), data.value());
    return restored.ok() ? ErrorCode::None : restored.error().code;
}
} // namespace

TEST_CASE("A backup restores every record exactly into a fresh vault", "[backup]")
{
    Source source;
    const QJsonObject before = snapshot(source.tv.vault);
    const int checkins = int(before.value(QStringLiteral("checkins")).toArray().size());
    REQUIRE(checkins > 20); // school days of the last 40
    REQUIRE(before.value(QStringLiteral("journal")).toArray().size() == 6);
    REQUIRE(before.value(QStringLiteral("skills")).toArray().size() == 1);
    REQUIRE(!before.value(QStringLiteral("ratings")).toArray().isEmpty());
    REQUIRE(before.value(QStringLiteral("draft")).isObject());
    REQUIRE(before.value(QStringLiteral("settings")).toObject().size() == 2);

    Target target;
    auto data = Backup::readFile(source.file, kBackupPassphrase);
    REQUIRE(data.ok());
    auto counts = Backup::restore(*target.tv.vault.database(), data.value());
    REQUIRE(counts.ok());
    CHECK(counts.value().checkins == checkins);
    CHECK(counts.value().entries == 6);
    CHECK(counts.value().skills == 1);
    CHECK(counts.value().draft);

    // Ids, timestamps, tags, drafts and settings: all equal, byte for byte.
    CHECK(snapshot(target.tv.vault) == before);

    // The search index was rebuilt: a Welsh word from a note or entry is found.
    SearchQuery q;
    q.text = QStringLiteral("a");
    auto sourceHits = source.tv.vault.journal().search(q);
    auto targetHits = target.tv.vault.journal().search(q);
    REQUIRE(sourceHits.ok());
    REQUIRE(targetHits.ok());
    CHECK(targetHits.value().size() == sourceHits.value().size());
    CHECK(!targetHits.value().isEmpty());

    // And the restored vault keeps working after lock/unlock with its own passphrase.
    target.tv.vault.lock();
    REQUIRE(target.tv.vault.unlock(QStringLiteral("a new device passphrase")).ok());
    CHECK(target.tv.vault.checkins().count().value() == checkins);
}

TEST_CASE("A backup file holds no plaintext and is owner-only", "[backup]")
{
    Source source;
    const QByteArray bytes = readAll(source.file);
    CHECK(bytes.startsWith("SAIBBKUP"));
    for (const char *word : {"Heb orffen", "wales", "workload", "draft-tag", "support/region", "saib-backup"})
        CHECK_FALSE(bytes.contains(word));
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    CHECK((QFile::permissions(source.file) & others) == 0);
    CHECK((QFile::permissions(source.file) & QFile::ReadOwner));
    // Nothing else was left beside it (QSaveFile's temporary is gone).
    CHECK(QDir(source.tv.dir.path()).entryList(QDir::Files).size() == 1);
}

TEST_CASE("A wrong backup passphrase restores nothing", "[backup]")
{
    Source source;
    Target target;
    CHECK(restoreCode(source.file, target, QStringLiteral("not the right one")) == ErrorCode::BackupWrongPassphrase);
    // The device passphrase is not the backup passphrase either: they are independent.
    CHECK(restoreCode(source.file, target, kPassphrase) == ErrorCode::BackupWrongPassphrase);
    CHECK(target.empty());
}

TEST_CASE("A flipped byte anywhere in the backup restores nothing", "[backup]")
{
    Source source;
    const QByteArray good = readAll(source.file);
    const QString bad = source.tv.dir.filePath(QStringLiteral("bad.backup"));
    Target target;
    // Magic, version, KDF id, reserved, opslimit, memlimit, salt, stream header, the
    // first chunk's length, its body, and the very last byte.
    for (int pos : {0, 8, 9, 10, 12, 16, 23, 30, 45, 64, 70, 200, int(good.size()) - 1}) {
        QByteArray copy = good;
        copy[pos] = char(copy[pos] ^ 0x01);
        writeBytes(bad, copy);
        INFO("flipped byte " << pos);
        const ErrorCode code = restoreCode(bad, target);
        CHECK(code != ErrorCode::None);
        CHECK((code == ErrorCode::BackupInvalid || code == ErrorCode::BackupTooNew
               || code == ErrorCode::BackupWrongPassphrase || code == ErrorCode::BackupCorrupt
               || code == ErrorCode::BackupTruncated));
    }
    CHECK(target.empty());

    QByteArray newer = good;
    newer[8] = 2;
    writeBytes(bad, newer);
    CHECK(restoreCode(bad, target) == ErrorCode::BackupTooNew);
    QByteArray notBackup = good;
    notBackup[0] = 'X';
    writeBytes(bad, notBackup);
    CHECK(restoreCode(bad, target) == ErrorCode::BackupInvalid);
    CHECK(target.empty());
}

TEST_CASE("A cut-short or extended backup restores nothing", "[backup]")
{
    // Big enough for several 64 KiB chunks.
    Source source(60, 80, 800);
    const QByteArray good = readAll(source.file);
    REQUIRE(good.size() > 3 * BackupFile::kChunkPlaintextBytes);
    const QString bad = source.tv.dir.filePath(QStringLiteral("bad.backup"));
    Target target;

    for (int size : {4, 40, 63, 64, 66, 1000, int(good.size()) / 2, int(good.size()) - 1}) {
        writeBytes(bad, good.left(size));
        INFO("cut to " << size);
        const ErrorCode code = restoreCode(bad, target);
        CHECK((code == ErrorCode::BackupTruncated || (size < 8 && code == ErrorCode::BackupInvalid)));
    }
    // Cut exactly at a chunk boundary: every chunk read opens, but the final one is missing.
    const int firstChunk = 4 + BackupFile::kChunkPlaintextBytes + 17;
    writeBytes(bad, good.left(BackupFile::kHeaderBytes + firstChunk));
    CHECK(restoreCode(bad, target) == ErrorCode::BackupTruncated);
    // Damage after the first chunk is damage, not a wrong passphrase.
    QByteArray flipped = good;
    flipped[BackupFile::kHeaderBytes + firstChunk + 100] ^= 0x40;
    writeBytes(bad, flipped);
    CHECK(restoreCode(bad, target) == ErrorCode::BackupCorrupt);
    // Bytes after the final chunk.
    writeBytes(bad, good + QByteArray("extra"));
    CHECK(restoreCode(bad, target) == ErrorCode::BackupCorrupt);
    CHECK(target.empty());

    // The intact file still restores.
    CHECK(restoreCode(source.file, target) == ErrorCode::None);
    CHECK(target.tv.vault.journal().count().value() == 80);
}

TEST_CASE("Restore refuses a vault that already holds records", "[backup]")
{
    Source source;
    Target target;
    auto data = Backup::readFile(source.file, kBackupPassphrase);
    REQUIRE(data.ok());

    SECTION("a check-in")
    {
        REQUIRE(target.tv.vault.checkins().save(sampleCheckin(saib::Clock::today()), saib::Clock::today()).ok());
        auto r = Backup::restore(*target.tv.vault.database(), data.value());
        CHECK(r.error().code == ErrorCode::RestoreTargetNotEmpty);
        CHECK(target.tv.vault.checkins().count().value() == 1);
        CHECK(target.tv.vault.journal().count().value() == 0);
    }
    SECTION("only a draft")
    {
        JournalDraft d;
        d.body = QStringLiteral("typed, not saved");
        REQUIRE(target.tv.vault.journal().saveDraft(d).ok());
        CHECK(Backup::restore(*target.tv.vault.database(), data.value()).error().code
              == ErrorCode::RestoreTargetNotEmpty);
        CHECK(target.tv.vault.journal().draft().value()->body == d.body);
    }
    SECTION("settings alone do not count, and the backup's replace them")
    {
        SettingsStore settings(*target.tv.vault.database());
        REQUIRE(settings.setValue(QStringLiteral("support/region"), QStringLiteral("england")).ok());
        REQUIRE(settings.setValue(QStringLiteral("only/here"), QStringLiteral("x")).ok());
        REQUIRE(Backup::restore(*target.tv.vault.database(), data.value()).ok());
        CHECK(settings.value(QStringLiteral("support/region")).value() == QLatin1String("wales"));
        CHECK(settings.value(QStringLiteral("only/here")).value().isEmpty());
    }
}

TEST_CASE("A restore that fails part-way is rolled back", "[backup]")
{
    Source source;
    Target target;
    auto data = Backup::readFile(source.file, kBackupPassphrase);
    REQUIRE(data.ok());
    // Bypass the parser's checks: the last skills assessment repeats an id, so its insert
    // fails after every check-in, entry and rating has been written.
    BackupData broken = data.value();
    SkillsAssessment copy = broken.skills.first();
    broken.skills << copy;
    auto r = Backup::restore(*target.tv.vault.database(), broken);
    REQUIRE_FALSE(r.ok());
    CHECK(target.empty());
    CHECK(target.tv.vault.journal().search(SearchQuery{QStringLiteral("a")}).value().isEmpty());
    // And the proper data then restores cleanly.
    CHECK(Backup::restore(*target.tv.vault.database(), data.value()).ok());
}

TEST_CASE("The backup payload parser is strict", "[backup]")
{
    Source source;
    auto data = Backup::collect(*source.tv.vault.database());
    REQUIRE(data.ok());
    const QByteArray good = BackupPayload::serialize(data.value());
    REQUIRE(BackupPayload::parse(good).ok());

    auto mutate = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject root = QJsonDocument::fromJson(good).object();
        change(root);
        return BackupPayload::parse(QJsonDocument(root).toJson()).error().code;
    };
    auto mutateFirst = [&](const QString &list, const QString &key, const QJsonValue &value) {
        return mutate([&](QJsonObject &root) {
            QJsonArray a = root.value(list).toArray();
            QJsonObject first = a.first().toObject();
            first.insert(key, value);
            a.replace(0, first);
            root.insert(list, a);
        });
    };
    CHECK(mutateFirst(QStringLiteral("checkins"), QStringLiteral("hours"), QStringLiteral("9")) == ErrorCode::BackupCorrupt);
    CHECK(mutateFirst(QStringLiteral("checkins"), QStringLiteral("demand"), 11) == ErrorCode::BackupCorrupt);
    CHECK(mutateFirst(QStringLiteral("checkins"), QStringLiteral("demand"), 2.5) == ErrorCode::BackupCorrupt);
    CHECK(mutateFirst(QStringLiteral("checkins"), QStringLiteral("day"), QStringLiteral("2026-02-30")) == ErrorCode::BackupCorrupt);
    CHECK(mutateFirst(QStringLiteral("journal"), QStringLiteral("id"), QString()) == ErrorCode::BackupCorrupt);
    CHECK(mutateFirst(QStringLiteral("ratings"), QStringLiteral("purpose"), 6) == ErrorCode::BackupCorrupt);
    CHECK(mutateFirst(QStringLiteral("skills"), QStringLiteral("ratings"), QJsonObject{{QStringLiteral("nope"), QJsonObject{}}}) == ErrorCode::BackupCorrupt);
    CHECK(mutate([](QJsonObject &r) { r.insert(QStringLiteral("schema"), 999); }) == ErrorCode::BackupTooNew);
    CHECK(mutate([](QJsonObject &r) { r.insert(QStringLiteral("version"), 2); }) == ErrorCode::BackupTooNew);
    CHECK(mutate([](QJsonObject &r) { r.insert(QStringLiteral("format"), QStringLiteral("saib-journal")); }) == ErrorCode::BackupCorrupt);
    CHECK(mutate([](QJsonObject &r) { r.remove(QStringLiteral("settings")); }) == ErrorCode::BackupCorrupt);
    CHECK(mutate([](QJsonObject &r) {
              QJsonArray a = r.value(QStringLiteral("checkins")).toArray();
              a.append(a.first());
              r.insert(QStringLiteral("checkins"), a);
          }) == ErrorCode::BackupCorrupt);
    CHECK(BackupPayload::parse("{").error().code == ErrorCode::BackupCorrupt);
    CHECK(BackupPayload::parse("[]").error().code == ErrorCode::BackupCorrupt);
}

TEST_CASE("A check-in survives its JSON form", "[backup]")
{
    Checkin c = sampleCheckin(QDate(2026, 3, 2));
    c.id = QStringLiteral("abc");
    c.createdAt = QDateTime(QDate(2026, 3, 2), QTime(8, 1, 2, 345), Qt::UTC);
    c.updatedAt = c.createdAt.addSecs(60);
    auto back = checkinFromJson(toJson(c));
    REQUIRE(back.ok());
    CHECK(toJson(back.value()) == toJson(c));
    QJsonObject o = toJson(c);
    o.insert(QStringLiteral("drainedBy"), QJsonArray{QStringLiteral("workload"), 3});
    CHECK(checkinFromJson(o).error().code == ErrorCode::ImportInvalid);
    o = toJson(c);
    o.remove(QStringLiteral("energy"));
    CHECK(checkinFromJson(o).error().code == ErrorCode::ImportInvalid);
}

TEST_CASE("A backup needs a real passphrase and a writable place", "[backup]")
{
    TempVault tv;
    REQUIRE(tv.vault.create(kPassphrase).ok());
    CHECK(Backup::writeFile(*tv.vault.database(), tv.dir.filePath(QStringLiteral("x")), QStringLiteral("short"),
                            KdfParams::minimum()).error().code == ErrorCode::PassphraseTooShort);
    CHECK(Backup::writeFile(*tv.vault.database(), tv.dir.filePath(QStringLiteral("no/such/dir/x")),
                            kBackupPassphrase, KdfParams::minimum()).error().code == ErrorCode::BackupWriteFailed);
    // An empty vault backs up and restores too.
    const QString file = tv.dir.filePath(QStringLiteral("empty.backup"));
    REQUIRE(Backup::writeFile(*tv.vault.database(), file, kBackupPassphrase, KdfParams::minimum()).ok());
    Target target;
    CHECK(restoreCode(file, target) == ErrorCode::None);
    CHECK(target.empty());
    CHECK(Backup::readFile(tv.dir.filePath(QStringLiteral("missing")), kBackupPassphrase).error().code
          == ErrorCode::BackupInvalid);
}
