// One set of rules for every row write (issue 19): a record that save() refuses — a note
// or title too long, a malformed tag, an unknown skill, a rating off its scale — is
// refused just the same when another device sends it (the envelope is rejected and
// nothing is written) and when a backup carries it (restore fails and the store is left
// as it was).
#include "SyncFixtures.h"

#include <core/backup/Backup.h>
#include <core/model/Skills.h>
#include <core/store/InsightStores.h>
#include <core/sync/SyncApplier.h>
#include <core/sync/SyncPayload.h>
#include <core/sync/SyncRecords.h>

#include <QJsonArray>

using namespace saib;
using namespace saib::sync;
using namespace saib::test;
using protocol::HlcTimestamp;

namespace {
const QDate kToday(2026, 11, 25);
const QDate kDay(2026, 11, 24);

// How one rule is broken: in the domain value (for save() and for a backup) and in the
// same record's wire JSON (for sync).
struct Breach {
    const char *what;
    ErrorCode saveRefuses;
    QString kind;
    std::function<Error(LocalStore &, BackupData &)> breakValue; // breaks it, returns save()'s answer
    std::function<void(QJsonObject &row, QJsonArray &children)> breakJson;
};

QJsonObject withBreach(const QJsonObject &record, const Breach &b)
{
    QJsonObject row = record.value(QStringLiteral("row")).toObject();
    QJsonArray children = record.value(QStringLiteral("children")).toArray();
    b.breakJson(row, children);
    return QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("children"), children}};
}

QJsonArray withChild(QJsonArray children, int i, const QString &column, const QJsonValue &value)
{
    QJsonObject child = children.at(i).toObject();
    child.insert(column, value);
    children.replace(i, child);
    return children;
}

const QString kLongNote(kMaxNoteLength + 1, QLatin1Char('n'));
const QString kLongTitle(kMaxTitleLength + 1, QLatin1Char('t'));
const QString kLongTag(kMaxTagLength + 1, QLatin1Char('g'));
const QString kNoSuchSkill = QStringLiteral("juggling");

QVector<Breach> breaches()
{
    return {
        {"a check-in note too long", ErrorCode::NoteTooLong, kinds::checkin,
         [](LocalStore &s, BackupData &d) {
             d.checkins.first().note = kLongNote;
             return s.checkins().save(d.checkins.first(), kToday).error();
         },
         [](QJsonObject &row, QJsonArray &) { row.insert(QStringLiteral("note"), kLongNote); }},
        {"a check-in tag too long", ErrorCode::InvalidTag, kinds::checkin,
         [](LocalStore &s, BackupData &d) {
             d.checkins.first().drainedBy.first() = kLongTag;
             return s.checkins().save(d.checkins.first(), kToday).error();
         },
         [](QJsonObject &, QJsonArray &children) { children = withChild(children, 0, QStringLiteral("tag"), kLongTag); }},
        {"a journal title too long", ErrorCode::TitleTooLong, kinds::entry,
         [](LocalStore &s, BackupData &d) {
             d.entries.first().title = kLongTitle;
             return s.journal().save(d.entries.first()).error();
         },
         [](QJsonObject &row, QJsonArray &) { row.insert(QStringLiteral("title"), kLongTitle); }},
        {"a journal tag too long", ErrorCode::InvalidTag, kinds::entry,
         [](LocalStore &s, BackupData &d) {
             d.entries.first().tags.first() = kLongTag;
             return s.journal().save(d.entries.first()).error();
         },
         [](QJsonObject &, QJsonArray &children) { children = withChild(children, 0, QStringLiteral("tag"), kLongTag); }},
        {"an unknown skill", ErrorCode::UnknownSkill, kinds::skills,
         [](LocalStore &s, BackupData &d) {
             SkillsAssessment &a = d.skills.first();
             const SkillRating r = a.ratings.first();
             a.ratings.remove(a.ratings.firstKey());
             a.ratings.insert(kNoSuchSkill, r);
             return SkillsStore(*s.db).save(a).error();
         },
         [](QJsonObject &, QJsonArray &children) { children = withChild(children, 0, QStringLiteral("skill_id"), kNoSuchSkill); }},
        {"a weekly rating off its scale", ErrorCode::InvalidRating, kinds::rating,
         [](LocalStore &s, BackupData &d) {
             d.ratings.first().scores[0] = 6;
             return s.ratings().save(d.ratings.first()).error();
         },
         [](QJsonObject &row, QJsonArray &) { row.insert(QStringLiteral("purpose"), 6); }},
    };
}

// A store holding one good record of each kind the breaches break.
void fill(LocalStore &s)
{
    Checkin c = checkinOn(kDay, 6, QStringLiteral("a long day"));
    REQUIRE(s.checkins().save(c, kToday).ok());
    REQUIRE(s.journal().save(newEntry(QStringLiteral("Diwrnod hir"), QStringLiteral("body"), {QStringLiteral("lles")})).ok());
    REQUIRE(s.ratings().save(ratingFor(QDate(2026, 11, 23), 4)).ok());
    SkillsAssessment a;
    a.takenOn = QDate(2026, 11, 1);
    a.ratings.insert(QLatin1String(skillCatalogue().first().id), SkillRating{7, 4});
    REQUIRE(SkillsStore(*s.db).save(a).ok());
}

QString keyOf(const QString &kind, const BackupData &d)
{
    if (kind == kinds::checkin)
        return d.checkins.first().day.toString(Qt::ISODate);
    if (kind == kinds::entry)
        return d.entries.first().id;
    if (kind == kinds::rating)
        return d.ratings.first().week.toString(Qt::ISODate);
    return d.skills.first().id;
}
} // namespace

TEST_CASE("sync and restore refuse exactly what save() refuses", "[sync][records][restore]")
{
    for (const Breach &breach : breaches()) {
        DYNAMIC_SECTION(breach.what)
        {
            LocalStore source;
            fill(source);
            auto collected = Backup::collect(*source.db);
            REQUIRE(collected.ok());
            BackupData data = collected.take();
            const QString key = keyOf(breach.kind, data);
            auto good = readRecord(*source.db, breach.kind, key);
            REQUIRE(good.ok());
            REQUIRE(good.value().has_value());

            // save() refuses it.
            LocalStore saver;
            CHECK(breach.breakValue(saver, data).code == breach.saveRefuses);

            // A backup carrying it fails to restore, and the target stays empty.
            LocalStore restored;
            auto r = Backup::restore(*restored.db, data);
            INFO(r.error().detail.toStdString());
            CHECK(r.error().code == ErrorCode::BackupCorrupt);
            CHECK(r.error().detail.contains(QString::number(int(breach.saveRefuses))));
            auto empty = Backup::isEmpty(*restored.db);
            REQUIRE(empty.ok());
            CHECK(empty.value());
            CHECK(snapshot(*restored.db).isEmpty());

            // An envelope carrying it is rejected, and nothing is written.
            const SecureBuffer syncKey = SecureBuffer::random(32);
            LocalStore here;
            REQUIRE(here.checkins().save(checkinOn(QDate(2026, 11, 20), 3), kToday).ok());
            const auto before = snapshot(*here.db);
            auto env = protocol::sealEnvelope(syncKey, recordIdFor(recordIdKey(syncKey), breach.kind, key),
                                              kEnvelopeKind, HlcTimestamp{1'800'000'000'000, 0, QStringLiteral("there")},
                                              encodePayload({breach.kind, key, withBreach(*good.value(), breach)}));
            REQUIRE(env.ok());
            SyncApplier applier(*here.db, syncKey, QStringLiteral("here"), conflictTitle);
            auto applied = applier.apply({env.value()}, 1);
            REQUIRE(applied.ok());
            CHECK(applied.value().rejected == 1);
            CHECK(applied.value().applied == 0);
            CHECK(applied.value().firstRejection.code == ErrorCode::SyncMalformed);
            CHECK(applied.value().firstRejection.detail.contains(QString::number(int(breach.saveRefuses))));
            CHECK(snapshot(*here.db) == before);

            // The unbroken record goes through both ways.
            auto fine = here.db->transaction([&] { return writeRecord(*here.db, breach.kind, key, good.value()); });
            INFO(fine.detail.toStdString());
            CHECK(fine.ok());
        }
    }
}

TEST_CASE("put() writes exactly what it is given, and can leave search indexing to a batch", "[sync][records]")
{
    LocalStore s;
    Checkin c = checkinOn(kDay, 4, QStringLiteral("governors again"));
    c.id = QStringLiteral("given-id");
    c.createdAt = QDateTime(QDate(2026, 11, 24), QTime(7, 30), Qt::UTC);
    c.updatedAt = QDateTime(QDate(2026, 11, 24), QTime(8, 15, 0, 250), Qt::UTC);
    REQUIRE(s.db->transaction([&] { return s.checkins().put(c, PutOptions{false}); }).ok());
    auto back = s.checkins().forDay(kDay);
    REQUIRE(back.ok());
    REQUIRE(back.value().has_value());
    CHECK(back.value()->id == c.id);
    CHECK(back.value()->createdAt == c.createdAt);
    CHECK(back.value()->updatedAt == c.updatedAt);
    CHECK(back.value()->drainedBy == c.drainedBy);
    auto unindexed = s.journal().search(SearchQuery{QStringLiteral("governors"), {}, {}, {}, 10});
    REQUIRE(unindexed.ok());
    CHECK(unindexed.value().isEmpty());

    REQUIRE(s.db->transaction([&] { return s.checkins().put(c); }).ok());
    auto indexed = s.journal().search(SearchQuery{QStringLiteral("governors"), {}, {}, {}, 10});
    REQUIRE(indexed.ok());
    CHECK(indexed.value().size() == 1);
}
