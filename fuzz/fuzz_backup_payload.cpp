// The decrypted backup payload (core/backup/BackupPayload.h): JSON with every record of a
// vault. It is authenticated before it is parsed, but the parser must still never crash
// and must only accept what a restore can write.
// Property: an accepted payload serialises to one that parses to the same serialisation.
#include "FuzzSupport.h"

#include <core/backup/BackupPayload.h>
#include <core/model/Skills.h>

using namespace saib;

bool fuzzOne(const QByteArray &input)
{
    auto parsed = BackupPayload::parse(input);
    if (!parsed.ok())
        return false;
    const QByteArray once = BackupPayload::serialize(parsed.value());
    auto again = BackupPayload::parse(once);
    SAIB_FUZZ_CHECK(again.ok());
    SAIB_FUZZ_CHECK(BackupPayload::serialize(again.value()) == once);
    return true;
}

void writeSeeds(const fuzz::Seeder &seed)
{
    const QDateTime t(QDate(2026, 1, 31), QTime(8, 0, 0, 123), Qt::UTC);
    BackupData d;
    d.schema = 4;
    d.createdAt = t;
    seed("empty", BackupPayload::serialize(d));

    Checkin c;
    c.id = QStringLiteral("c1");
    c.day = QDate(2026, 1, 30);
    c.hours = 9.5;
    c.strategicPercent = 20;
    c.demand = 7;
    c.emotional = 6;
    c.energy = 4;
    c.drainedBy = {QStringLiteral("workload"), QStringLiteral("my own tag")};
    c.sustainedBy = {QStringLiteral("peer-heads")};
    c.note = QStringLiteral("Galwad Estyn");
    c.createdAt = c.updatedAt = t;
    d.checkins << c;
    JournalEntry e;
    e.id = QStringLiteral("e1");
    e.title = QStringLiteral("Ar ôl Estyn");
    e.body = QStringLiteral("Gwelais **ŵyn** bach.\n\n- one\n- two");
    e.tags = {QStringLiteral("estyn"), QStringLiteral("team")};
    e.promptId = QStringLiteral("p-01");
    e.day = QDate(2026, 1, 30);
    e.createdAt = e.updatedAt = t;
    d.entries << e;
    JournalDraft draft;
    draft.entryId = e.id;
    draft.title = QStringLiteral("half");
    draft.body = QStringLiteral("typed but not saved");
    draft.tags = {QStringLiteral("draft")};
    draft.savedAt = t;
    d.draft = draft;
    WeeklyRating r;
    r.id = QStringLiteral("r1");
    r.week = QDate(2026, 1, 26);
    r.scores = {5, 4, 2, 2, 3, 3};
    r.createdAt = r.updatedAt = t;
    d.ratings << r;
    SkillsAssessment a;
    a.id = QStringLiteral("s1");
    a.takenOn = QDate(2026, 1, 5);
    a.createdAt = t;
    a.ratings.insert(QLatin1String(skillCatalogue().first().id), SkillRating{8, 5});
    d.skills << a;
    d.settings.insert(QStringLiteral("support/region"), QStringLiteral("wales"));
    seed("everything", BackupPayload::serialize(d));
}
