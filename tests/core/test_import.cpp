// Imports from other apps (core/import): Day One JSON, Daylio CSV and the plain
// check-ins CSV, parsed headless, previewed, then written in one transaction.
#include "TestSupport.h"

#include <core/import/CheckinCsv.h>
#include <core/import/Csv.h>
#include <core/import/DayOneImport.h>
#include <core/import/DaylioImport.h>
#include <core/import/ZipReader.h>

#include <QtEndian>
#include <zlib.h>

using namespace saib;

namespace {
const QDate kToday(2026, 11, 30);

QByteArray dayOneExport()
{
    return QStringLiteral(R"({"metadata":{"version":"1.0"},"entries":[
 {"uuid":"A1B2C3D4E5F6","creationDate":"2024-03-05T23:30:00Z","modifiedDate":"2024-03-06T08:00:00Z",
  "timeZone":"Pacific/Auckland","starred":true,"tags":["Estyn","team"],
  "text":"# Ar ôl Estyn\n\nGwelais **ŵyn** bach yn y cae.\n\n- one\n- two"},
 {"uuid":"EMPTY0000001","creationDate":"2024-03-07T10:00:00Z","text":"   "},
 {"uuid":"FUTURE000001","creationDate":"2099-01-01T10:00:00Z","text":"later"},
 {"uuid":"PLAIN0000001","creationDate":"2024-04-01T07:00:00Z","timeZone":"Europe/London","text":"No heading here.\nSecond line."}
]})").toUtf8();
}

// A zip as Day One exports it: the photos folder first, then Journal.json (deflated).
QByteArray zipOf(const QList<QPair<QString, QByteArray>> &files, bool compressed)
{
    QByteArray out, directory;
    auto le16 = [](QByteArray &b, quint16 v) { char c[2]; qToLittleEndian(v, c); b.append(c, 2); };
    auto le32 = [](QByteArray &b, quint32 v) { char c[4]; qToLittleEndian(v, c); b.append(c, 4); };
    for (const auto &[name, content] : files) {
        QByteArray packed = content;
        if (compressed) {
            packed.resize(int(compressBound(uLong(content.size()))) + 64);
            z_stream z{};
            REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) == Z_OK);
            z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(content.constData()));
            z.avail_in = uInt(content.size());
            z.next_out = reinterpret_cast<Bytef *>(packed.data());
            z.avail_out = uInt(packed.size());
            REQUIRE(deflate(&z, Z_FINISH) == Z_STREAM_END);
            packed.resize(int(z.total_out));
            deflateEnd(&z);
        }
        const quint32 crc = quint32(crc32(0L, reinterpret_cast<const Bytef *>(content.constData()), uInt(content.size())));
        const QByteArray utf8 = name.toUtf8();
        const quint32 offset = quint32(out.size());
        le32(out, 0x04034b50); le16(out, 20); le16(out, 0); le16(out, compressed ? 8 : 0); le16(out, 0); le16(out, 0);
        le32(out, crc); le32(out, quint32(packed.size())); le32(out, quint32(content.size()));
        le16(out, quint16(utf8.size())); le16(out, 0);
        out += utf8 + packed;
        le32(directory, 0x02014b50); le16(directory, 20); le16(directory, 20); le16(directory, 0);
        le16(directory, compressed ? 8 : 0); le16(directory, 0); le16(directory, 0);
        le32(directory, crc); le32(directory, quint32(packed.size())); le32(directory, quint32(content.size()));
        le16(directory, quint16(utf8.size())); le16(directory, 0); le16(directory, 0); le16(directory, 0);
        le16(directory, 0); le32(directory, 0); le32(directory, offset);
        directory += utf8;
    }
    const quint32 dirOffset = quint32(out.size());
    out += directory;
    le32(out, 0x06054b50); le16(out, 0); le16(out, 0); le16(out, quint16(files.size()));
    le16(out, quint16(files.size())); le32(out, quint32(directory.size())); le32(out, dirOffset); le16(out, 0);
    return out;
}

int entryCount(Vault &v) { return v.journal().count().value(); }
int checkinCount(Vault &v) { return v.checkins().count().value(); }
} // namespace

TEST_CASE("the CSV reader keeps quoted commas, quotes and line breaks, and line numbers", "[import]")
{
    const CsvResult r = readCsv("\xEF\xBB\xBF" "a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n\n3,,\n");
    REQUIRE(r.error.ok());
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].fields == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(r.rows[1].fields[1] == QStringLiteral("x, \"y\""));
    CHECK(r.rows[1].fields[2] == QStringLiteral("two\nlines"));
    CHECK(r.rows[2].line == 5);
    CHECK(r.rows[2].fields == QStringList{QStringLiteral("3"), QString(), QString()});
    const CsvResult open = readCsv("a,b\n1,\"never closed\n2,3\n");
    CHECK(open.error.code == ErrorCode::ImportInvalid);
    CHECK(open.line == 2);
}

TEST_CASE("Day One: preview, import once, Markdown and Welsh intact", "[import]")
{
    ImportParse parsed = DayOneImport::parse(dayOneExport(), kToday);
    REQUIRE(parsed.ok());
    const ImportPlan &plan = parsed.plan;
    REQUIRE(plan.entries.size() == 2);
    REQUIRE(plan.skipped.size() == 2);
    CHECK(plan.skipped[0].where == 2);
    CHECK(plan.skipped[0].reason == ImportSkipReason::Empty);
    CHECK(plan.skipped[1].where == 3);
    CHECK(plan.skipped[1].reason == ImportSkipReason::FutureDay);
    CHECK(plan.days() == 2);
    CHECK(plan.tags() == QStringList{QStringLiteral("Estyn"), QStringLiteral("team"), QStringLiteral("starred")});

    const JournalEntry &first = plan.entries[0];
    CHECK(first.title == QStringLiteral("Ar ôl Estyn"));
    CHECK(first.body == QStringLiteral("Gwelais **ŵyn** bach yn y cae.\n\n- one\n- two"));
    CHECK(first.day == QDate(2024, 3, 6)); // 23:30 UTC is the next morning in Auckland
    CHECK(first.createdAt == QDateTime(QDate(2024, 3, 5), QTime(23, 30), Qt::UTC));
    CHECK(first.updatedAt == QDateTime(QDate(2024, 3, 6), QTime(8, 0), Qt::UTC));
    CHECK(plan.entries[1].title.isEmpty());
    CHECK(plan.entries[1].body == QStringLiteral("No heading here.\nSecond line."));

    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    auto dry = applyImport(*t.vault.database(), plan, kToday, true);
    REQUIRE(dry.ok());
    CHECK(dry.value().entriesAdded == 2);
    CHECK(entryCount(t.vault) == 0); // a dry run writes nothing

    auto done = applyImport(*t.vault.database(), plan, kToday, false);
    REQUIRE(done.ok());
    CHECK(done.value().entriesAdded == 2);
    CHECK(entryCount(t.vault) == 2);
    auto stored = t.vault.journal().get(first.id);
    REQUIRE(stored.ok());
    REQUIRE(stored.value());
    CHECK(stored.value()->body == first.body);
    CHECK(stored.value()->title == first.title);
    SearchQuery q;
    q.text = QStringLiteral("wyn");
    auto hits = t.vault.journal().search(q);
    REQUIRE(hits.ok());
    CHECK(hits.value().size() == 1);

    // Importing the same export again adds nothing twice.
    auto again = applyImport(*t.vault.database(), DayOneImport::parse(dayOneExport(), kToday).plan, kToday, false);
    REQUIRE(again.ok());
    CHECK(again.value().entriesAdded == 0);
    CHECK(again.value().alreadyThere.size() == 2);
    CHECK(entryCount(t.vault) == 2);
}

TEST_CASE("Day One: the export zip itself", "[import]")
{
    const QList<QPair<QString, QByteArray>> files{
        {QStringLiteral("photos/0a1b2c.jpeg"), QByteArray(300, 'x')},
        {QStringLiteral("Journal.json"), dayOneExport()}};
    for (bool deflated : {true, false}) {
        const QByteArray zip = zipOf(files, deflated);
        REQUIRE(looksLikeZip(zip));
        ImportParse parsed = DayOneImport::parse(zip, kToday);
        INFO(parsed.error.detail.toStdString());
        REQUIRE(parsed.ok());
        CHECK(parsed.plan.entries.size() == 2);
        CHECK(parsed.plan.entries[0].body.contains(QStringLiteral("ŵyn")));
    }
    QByteArray damaged = zipOf(files, true);
    const int inside = int(damaged.indexOf("Journal.json")) + 12 + 5; // into its compressed data
    damaged[inside] = char(damaged[inside] ^ 0x55);
    ImportParse refused = DayOneImport::parse(damaged, kToday);
    CHECK(refused.error.code == ErrorCode::ImportInvalid);
    CHECK(refused.where == 0);
    CHECK(DayOneImport::parse(zipOf({{QStringLiteral("photos/a.jpeg"), "x"}}, false), kToday).error.code
          == ErrorCode::ImportInvalid);
}

TEST_CASE("Day One: a malformed export names the entry", "[import]")
{
    ImportParse noUuid = DayOneImport::parse(R"({"entries":[{"uuid":"x","creationDate":"2024-01-01T00:00:00Z","text":"ok"},{"text":"no id"}]})", kToday);
    CHECK(noUuid.error.code == ErrorCode::ImportInvalid);
    CHECK(noUuid.where == 2);
    CHECK_FALSE(noUuid.byLine);
    CHECK(importFailureText(noUuid).contains(QStringLiteral("entry 2")));
    CHECK(DayOneImport::parse("not json", kToday).where == 0);
    CHECK(DayOneImport::parse(R"({"journal":[]})", kToday).error.code == ErrorCode::ImportInvalid);
}

// The example Daylio diary (two days checked in, one note, a second check-in the same day
// and an unmapped mood skipped), whichever format it was read from.
static void checkExampleDiary(const ImportPlan &plan)
{
    REQUIRE(plan.checkins.size() == 2);
    CHECK(plan.checkins[0].day == QDate(2024, 5, 2));
    CHECK(plan.checkins[0].energy == 9); // rad, the latest of that day
    CHECK(plan.checkins[1].day == QDate(2024, 4, 30));
    REQUIRE(plan.entries.size() == 1);
    CHECK(plan.entries[0].title == QStringLiteral("Diwrnod da"));
    CHECK(plan.entries[0].body == QStringLiteral("Cerdded, a siarad\nâ ffrindiau"));
    CHECK(plan.entries[0].tags == QStringList{QStringLiteral("friends"), QStringLiteral("exercise")});
    REQUIRE(plan.skipped.size() == 2);
}

TEST_CASE("Daylio: moods become check-ins, notes become entries", "[import]")
{
    const QByteArray csv = QStringLiteral(
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        "2024-05-02,May 2,Thursday,8:15 pm,rad,friends | exercise,Diwrnod da,\"Cerdded, a siarad\nâ ffrindiau\"\n"
        "2024-05-02,May 2,Thursday,7:00 am,awful,work,,\n"
        "2024-05-01,May 1,Wednesday,21:00,Knackered,work | governors,,\n"
        "2024-04-30,April 30,Tuesday,18:30,meh,,,\n").toUtf8();

    ImportParse parsed = DaylioImport::parse(csv, DaylioImport::defaultMoods(), kToday);
    REQUIRE(parsed.ok());
    const ImportPlan &plan = parsed.plan;
    checkExampleDiary(plan);
    CHECK(plan.skipped[0].where == 4);
    CHECK(plan.skipped[0].reason == ImportSkipReason::SameDay);
    CHECK(plan.skipped[1].where == 5);
    CHECK(plan.skipped[1].reason == ImportSkipReason::UnknownMood);
    CHECK(skipReasonText(plan.skipped[1]).contains(QStringLiteral("Knackered")));

    SECTION("the user's own mood, once mapped, is imported")
    {
        auto moods = DaylioImport::defaultMoods();
        QString name;
        MoodMapping m;
        REQUIRE(DaylioImport::parseMoodOption(QStringLiteral("Knackered=8,7,1"), name, m));
        CHECK_FALSE(DaylioImport::parseMoodOption(QStringLiteral("x=11,0,0"), name, m));
        REQUIRE(DaylioImport::parseMoodOption(QStringLiteral("Knackered=8,7,1"), name, m));
        moods.insert(name, m);
        ImportParse mapped = DaylioImport::parse(csv, moods, kToday);
        REQUIRE(mapped.plan.checkins.size() == 3);
        CHECK(mapped.plan.checkins[1].demand == 8);
    }
    SECTION("a row with the wrong number of fields names its line")
    {
        ImportParse bad = DaylioImport::parse(csv + "2024-04-29,April 29,Monday\n", DaylioImport::defaultMoods(), kToday);
        CHECK(bad.error.code == ErrorCode::ImportInvalid);
        CHECK(bad.where == 7); // the quoted note spans two lines
        CHECK(importFailureText(bad).contains(QStringLiteral("line 7")));
    }
}

TEST_CASE("check-ins CSV: all or nothing, in one transaction", "[import]")
{
    const QByteArray csv = CheckinCsv::header() + "\n"
        "2024-09-02,9.5,20,7,6,4,workload;complaint,peer-heads,\"Estyn, eto\"\n"
        "2024-09-03,8,10,5,5,5,,,\n";
    ImportParse parsed = CheckinCsv::parse(csv, kToday);
    REQUIRE(parsed.ok());
    REQUIRE(parsed.plan.checkins.size() == 2);
    CHECK(parsed.plan.checkins[0].drainedBy == QStringList{QStringLiteral("workload"), QStringLiteral("complaint")});
    CHECK(parsed.plan.checkins[0].note == QStringLiteral("Estyn, eto"));

    CHECK(CheckinCsv::parse(csv + "2024-09-04,8,10,11,5,5,,,\n", kToday).where == 4); // demand 11
    CHECK(CheckinCsv::parse(csv + "04/09/2024,8,10,1,5,5,,,\n", kToday).where == 4);
    CHECK(CheckinCsv::parse("day,hours\n", kToday).where == 1);

    test::TempVault t;
    REQUIRE(t.vault.create(test::kPassphrase).ok());
    REQUIRE(t.vault.checkins().save(test::sampleCheckin(QDate(2024, 9, 3)), kToday).ok());
    auto done = applyImport(*t.vault.database(), parsed.plan, kToday, false);
    REQUIRE(done.ok());
    CHECK(done.value().checkinsAdded == 1);
    CHECK(done.value().alreadyThere.size() == 1); // the leader's own check-in is kept
    CHECK(t.vault.checkins().forDay(QDate(2024, 9, 3)).value()->note == QStringLiteral("Governors met late"));

    SECTION("a failure part way writes nothing")
    {
        ImportPlan plan;
        JournalEntry e;
        e.id = importedId(QStringLiteral("test"), QStringLiteral("1"));
        e.body = QStringLiteral("written first");
        e.day = QDate(2024, 9, 1);
        e.createdAt = e.updatedAt = QDateTime(e.day, QTime(9, 0), Qt::UTC);
        plan.entries << e;
        Checkin late = test::sampleCheckin(QDate(2024, 10, 1));
        plan.checkins << late;
        // "Today" before the check-in's day: saving it fails after the entry was written.
        auto failed = applyImport(*t.vault.database(), plan, QDate(2024, 9, 20), false);
        CHECK(failed.error().code == ErrorCode::FutureDay);
        CHECK(entryCount(t.vault) == 0);
        CHECK(checkinCount(t.vault) == 2);
    }
}

TEST_CASE("Daylio: the moods a file uses, for the app to ask about", "[import]")
{
    const QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                           "2024-06-05,June 5,Wednesday,20:00,Tired,work,,\n"
                           "2024-06-04,June 4,Tuesday,20:00,rad,,,\n"
                           "2024-06-03,June 3,Monday,20:00,tired,,,\n"
                           "2024-06-02,June 2,Sunday,20:00,  Blinedig  ,,,\n";
    const QVector<DaylioImport::MoodUse> moods = DaylioImport::moodsIn(csv);
    REQUIRE(moods.size() == 3);
    // One entry per mood as parse() looks it up (case-insensitive), named as first written.
    CHECK(moods[0].name == QStringLiteral("Tired"));
    CHECK(moods[0].rows == 2);
    CHECK(moods[1].name == QStringLiteral("rad"));
    CHECK(moods[2].name == QStringLiteral("Blinedig"));
    CHECK(DaylioImport::moodsIn("not,a,daylio,file\n1,2,3,4\n").isEmpty());

    // The mapping the leader chose is the one the check-ins get.
    auto moodsMap = DaylioImport::defaultMoods();
    moodsMap.insert(QStringLiteral("tired"), MoodMapping{6, 5, 2});
    moodsMap.insert(QStringLiteral("blinedig"), MoodMapping{7, 7, 2});
    const ImportParse parsed = DaylioImport::parse(csv, moodsMap, QDate(2024, 7, 1));
    REQUIRE(parsed.ok());
    REQUIRE(parsed.plan.checkins.size() == 4);
    CHECK(parsed.plan.skipped.isEmpty());
    CHECK(*parsed.plan.checkins[0].demand == 6);
    CHECK(*parsed.plan.checkins[0].energy == 2);
}

// The same diary as in "moods become check-ins" above, as Daylio's own backup: a zip
// holding backup.daylio, base64 of JSON (months 0-based, moods and tags by id, oldest
// first here on purpose: the import orders them itself).
QByteArray daylioBackup(const QByteArray &json)
{
    QByteArray b64 = json.toBase64();
    for (int i = 76; i < b64.size(); i += 77)
        b64.insert(i, '\n'); // Daylio wraps its base64
    return zipOf({{QStringLiteral("backup.daylio"), b64}, {QStringLiteral("assets/photo.jpg"), "x"}}, true);
}

TEST_CASE("Daylio: its own .daylio backup reads like its CSV export", "[import]")
{
    const QByteArray json = QStringLiteral(R"({
      "version": 15,
      "customMoods": [
        {"id": 1, "custom_name": "", "predefined_name_id": 1, "mood_group_id": 1},
        {"id": 3, "custom_name": "", "predefined_name_id": 3, "mood_group_id": 3},
        {"id": 5, "custom_name": "", "predefined_name_id": 5, "mood_group_id": 5},
        {"id": 7, "custom_name": "Knackered", "predefined_name_id": -1, "mood_group_id": 4}],
      "tags": [{"id": 10, "name": "friends"}, {"id": 11, "name": "exercise"}, {"id": 12, "name": "work"},
               {"id": 13, "name": "governors"}],
      "dayEntries": [
        {"id": 1, "year": 2024, "month": 3, "day": 30, "hour": 18, "minute": 30, "mood": 3, "tags": [],
         "note_title": "", "note": ""},
        {"id": 2, "year": 2024, "month": 4, "day": 1, "hour": 21, "minute": 0, "mood": 7, "tags": [12, 13],
         "note_title": "", "note": ""},
        {"id": 3, "year": 2024, "month": 4, "day": 2, "hour": 7, "minute": 0, "mood": 5, "tags": [12],
         "note_title": "", "note": ""},
        {"id": 4, "year": 2024, "month": 4, "day": 2, "hour": 20, "minute": 15, "mood": 1, "tags": [10, 11],
         "note_title": "Diwrnod da", "note": "Cerdded, a siarad<br>â ffrindiau"}]
    })").toUtf8();
    const QByteArray backup = daylioBackup(json);

    ImportParse parsed = DaylioImport::parse(backup, DaylioImport::defaultMoods(), kToday);
    REQUIRE(parsed.ok());
    CHECK_FALSE(parsed.byLine); // skips name entries, not lines
    const ImportPlan &plan = parsed.plan;
    checkExampleDiary(plan);
    CHECK(plan.skipped[0].reason == ImportSkipReason::SameDay);
    CHECK(plan.skipped[1].reason == ImportSkipReason::UnknownMood);
    CHECK(skipReasonText(plan.skipped[1]).contains(QStringLiteral("Knackered")));

    // The app asks about the same moods as for the CSV.
    QStringList names;
    for (const DaylioImport::MoodUse &use : DaylioImport::moodsIn(backup))
        names << use.name;
    CHECK(names == QStringList{QStringLiteral("rad"), QStringLiteral("awful"), QStringLiteral("Knackered"),
                               QStringLiteral("meh")});

    SECTION("the same entries from the CSV export and the backup have the same ids, so nothing is added twice")
    {
        const QByteArray csv = QStringLiteral(
            "full_date,date,weekday,time,mood,activities,note_title,note\n"
            "2024-05-02,May 2,Thursday,8:15 pm,rad,friends | exercise,Diwrnod da,\"Cerdded, a siarad\nâ ffrindiau\"\n"
            "2024-04-30,April 30,Tuesday,18:30,meh,,,\n").toUtf8();
        const ImportParse fromCsv = DaylioImport::parse(csv, DaylioImport::defaultMoods(), kToday);
        REQUIRE(fromCsv.ok());
        CHECK(fromCsv.plan.entries[0].id == plan.entries[0].id);
        CHECK(fromCsv.plan.checkins[0].id == plan.checkins[0].id);
    }
    SECTION("a damaged backup is refused with a clear error, naming no line")
    {
        for (const QByteArray &bad : {zipOf({{QStringLiteral("other.txt"), "x"}}, false),
                                      daylioBackup("not json"), zipOf({{QStringLiteral("backup.daylio"), "!!"}}, false)}) {
            const ImportParse refused = DaylioImport::parse(bad, DaylioImport::defaultMoods(), kToday);
            CHECK(refused.error.code == ErrorCode::ImportInvalid);
            CHECK(importFailureText(refused).contains(QStringLiteral("not in the form expected")));
            CHECK(DaylioImport::moodsIn(bad).isEmpty());
        }
    }
}
