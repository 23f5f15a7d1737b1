#include "LeaderFixture.h"

#include <core/demo/SyntheticLeader.h>
#include <core/store/InsightStores.h>
#include <core/store/JournalStore.h>

#include <catch2/catch.hpp>

namespace saib::test {

namespace {
QString saveEntry(Database &db, const QDate &day, const QString &title, const QString &body, const QStringList &tags)
{
    JournalEntry e;
    e.day = day;
    e.title = title;
    e.body = body;
    e.tags = tags;
    e.createdAt = QDateTime(day, QTime(20, 15), Qt::UTC);
    e.updatedAt = e.createdAt;
    auto saved = JournalStore(db).save(e, JournalStore::Stamp::AsGiven);
    REQUIRE(saved.ok());
    return saved.value().id;
}

SkillsAssessment assessment(const QDate &day, std::initializer_list<std::tuple<const char *, int, int>> ratings)
{
    SkillsAssessment a;
    a.takenOn = day;
    a.createdAt = QDateTime(day, QTime(19, 0), Qt::UTC);
    for (const auto &[id, importance, confidence] : ratings)
        a.ratings.insert(QLatin1String(id), SkillRating{importance, confidence});
    return a;
}
} // namespace

LeaderEntries fillLeaderStore(Vault &vault)
{
    Database &db = *vault.database();
    SyntheticOptions o;
    o.seed = 2026;
    o.lastDay = kSummaryToday;
    o.days = 150;
    o.journalEntries = 0; // the entries below are written by hand
    REQUIRE(writeSyntheticLeader(db, generateSyntheticLeader(o)).ok());

    SkillsStore skills(db);
    REQUIRE(skills.save(assessment(QDate(2026, 4, 20), {{"staffing-issues", 9, 4}, {"governors", 8, 5},
                                                         {"parents", 8, 7}, {"leading-learning", 9, 7},
                                                         {"project-management", 6, 5}, {"partnerships", 7, 4}}))
                .ok());
    REQUIRE(skills.save(assessment(QDate(2026, 9, 14), {{"staffing-issues", 9, 5}, {"governors", 8, 4},
                                                         {"parents", 8, 7}, {"leading-learning", 9, 8},
                                                         {"project-management", 6, 6}, {"partnerships", 8, 4}}))
                .ok());

    LeaderEntries ids;
    ids.budget = saveEntry(db, QDate(2026, 10, 8), QStringLiteral("Budget meeting with the chair"),
                           QStringLiteral("We went through the three-year forecast line by line. I came out "
                                          "feeling I had defended the TA hours, but it cost me the whole "
                                          "afternoon and I never got to the curriculum review.\n\n"
                                          "What I want to talk about: how to say no to the next data request "
                                          "without it looking like I am hiding something."),
                           {QStringLiteral("budget")});
    ids.governors = saveEntry(db, QDate(2026, 11, 12), QStringLiteral("Cyfarfod y llywodraethwyr"),
                              QStringLiteral("Aeth y cyfarfod yn well na’r disgwyl. Roedd y cadeirydd yn gefnogol, "
                                             "ond dw i’n dal i deimlo nad oes neb yn gweld faint o waith sydd y tu ôl "
                                             "i’r adroddiad. Mae angen i mi ddysgu gofyn am help yn gynt."),
                              {QStringLiteral("llywodraethwyr")});
    ids.privateOne = saveEntry(db, QDate(2026, 10, 20), QStringLiteral("Home"),
                               kPrivateWords + QStringLiteral(": the hospital visits are wearing me down."),
                               {QStringLiteral("family")});
    return ids;
}

} // namespace saib::test
