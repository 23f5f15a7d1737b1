// The journal's JSON export read back by `saib-cli journal import` and the app's import
// (core/journal/JournalJson.h): a file from anywhere on disk.
// Property: accepted entries are valid, and survive export and import unchanged.
#include "FuzzSupport.h"

#include <core/journal/JournalJson.h>

#include <QJsonDocument>

using namespace saib;

bool fuzzOne(const QByteArray &input)
{
    auto entries = journalFromJson(input);
    if (!entries.ok())
        return false;
    for (const JournalEntry &e : entries.value())
        SAIB_FUZZ_CHECK(validate(e).ok() && !e.id.isEmpty());
    auto again = journalFromJson(journalToJson(entries.value()));
    SAIB_FUZZ_CHECK(again.ok() && again.value().size() == entries.value().size());
    for (int i = 0; i < again.value().size(); ++i)
        SAIB_FUZZ_CHECK(toJson(again.value()[i]) == toJson(entries.value()[i]));
    return true;
}

void writeSeeds(const fuzz::Seeder &seed)
{
    JournalEntry e;
    e.id = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000001");
    e.title = QStringLiteral("After Estyn");
    e.body = QStringLiteral("# Heading\n\nGwelais ŵyn bach yn y cae.");
    e.tags = {QStringLiteral("estyn"), QStringLiteral("team")};
    e.day = QDate(2026, 1, 30);
    e.createdAt = QDateTime(QDate(2026, 1, 30), QTime(17, 2, 3, 45), Qt::UTC);
    e.updatedAt = e.createdAt.addSecs(600);
    JournalEntry bare;
    bare.id = QStringLiteral("x");
    bare.body = QStringLiteral("only a body");
    bare.day = QDate(2020, 2, 29);
    bare.createdAt = bare.updatedAt = QDateTime(QDate(2020, 2, 29), QTime(0, 0), Qt::UTC);
    seed("two-entries", journalToJson({e, bare}));
    seed("empty", journalToJson({}));
}
