// The JSON form of a check-in (core/model/CheckinJson.h), read back from backups.
// Property: an accepted check-in is valid and survives toJson/checkinFromJson unchanged.
#include "FuzzSupport.h"

#include <core/model/CheckinJson.h>

#include <QJsonDocument>

using namespace saib;

bool fuzzOne(const QByteArray &input)
{
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return false;
    auto c = checkinFromJson(doc.object());
    if (!c.ok())
        return false;
    SAIB_FUZZ_CHECK(validate(c.value(), QDate(9999, 12, 31)).ok());
    auto again = checkinFromJson(toJson(c.value()));
    SAIB_FUZZ_CHECK(again.ok() && toJson(again.value()) == toJson(c.value()));
    return true;
}

void writeSeeds(const fuzz::Seeder &seed)
{
    Checkin c;
    c.id = QStringLiteral("3f2b8c1e-0000-4000-8000-000000000002");
    c.day = QDate(2026, 1, 30);
    c.hours = 9.5;
    c.strategicPercent = 20;
    c.demand = 7;
    c.emotional = 6;
    c.energy = 4;
    c.drainedBy = {QStringLiteral("workload"), QStringLiteral("complaint")};
    c.sustainedBy = {QStringLiteral("peer-heads")};
    c.note = QStringLiteral("Galwad Estyn, ŵyn");
    c.createdAt = QDateTime(QDate(2026, 1, 30), QTime(17, 2, 3, 45), Qt::UTC);
    c.updatedAt = c.createdAt.addSecs(60);
    seed("checkin", QJsonDocument(toJson(c)).toJson(QJsonDocument::Compact));
    c.drainedBy.clear();
    c.sustainedBy.clear();
    c.note.clear();
    c.hours = 0;
    seed("checkin-bare", QJsonDocument(toJson(c)).toJson(QJsonDocument::Indented));
}
