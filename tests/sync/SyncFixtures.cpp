#include "SyncFixtures.h"

#include <RelayHarness.h>
#include <core/sync/SyncRecords.h>

#include <QJsonDocument>

namespace saib::test {

LocalStore::LocalStore()
{
    REQUIRE(dir.isValid());
    const SecureBuffer key = SecureBuffer::random(32);
    auto opened = Database::open(dir.filePath(QStringLiteral("saib.db")), key, Database::Mode::Create);
    INFO(opened.error().detail.toStdString());
    REQUIRE(opened.ok());
    db = opened.take();
}

SyncDevice::SyncDevice()
{
    engine = std::make_unique<sync::SyncEngine>(*store.db, conflictTitle);
    REQUIRE(engine->load().ok());
}

QString conflictTitle(const QString &title) { return title + QStringLiteral(" (other device)"); }

Checkin checkinOn(const QDate &day, int demand, const QString &note)
{
    Checkin c;
    c.day = day;
    c.hours = 9.5;
    c.strategicPercent = 20;
    c.demand = demand;
    c.emotional = 5;
    c.energy = 5;
    c.drainedBy = {QStringLiteral("behaviour")};
    c.sustainedBy = {QStringLiteral("team")};
    c.note = note;
    return c;
}

JournalEntry newEntry(const QString &title, const QString &body, const QStringList &tags)
{
    JournalEntry e;
    e.title = title;
    e.body = body;
    e.tags = tags;
    e.day = QDate(2026, 11, 20);
    return e;
}

WeeklyRating ratingFor(const QDate &monday, int score)
{
    WeeklyRating r;
    r.week = monday;
    r.scores.fill(score);
    return r;
}

QMap<QString, QString> snapshot(Database &db)
{
    QMap<QString, QString> out;
    for (const QString &kind : sync::syncedKinds()) {
        auto keys = sync::allKeys(db, kind);
        REQUIRE(keys.ok());
        for (const QString &key : keys.value()) {
            auto record = sync::readRecord(db, kind, key);
            REQUIRE(record.ok());
            REQUIRE(record.value().has_value());
            out.insert(kind + QLatin1Char('/') + key,
                       QString::fromUtf8(QJsonDocument(*record.value()).toJson(QJsonDocument::Compact)));
        }
    }
    return out;
}

Error run(const std::function<void(sync::SyncEngine::Done)> &call)
{
    return wait<Error>([&](auto cb) { call(cb); });
}

} // namespace saib::test
