#include "SyncFixtures.h"

#include <RelayHarness.h>
#include <core/sync/SyncRecords.h>

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

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

namespace {
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

Error pollJoin(sync::SyncEngine &joining)
{
    Error e;
    for (int i = 0; i < 300; ++i) {
        e = run([&](auto cb) { joining.finishJoin(cb); });
        if (e.code != ErrorCode::PairingPending)
            return e;
        spin(100);
    }
    return e;
}

PairingRun runPairing(sync::SyncEngine &existing, sync::SyncEngine &joining, const QUrl &relay, const QString &typed)
{
    PairingRun out;
    auto code = wait<Result<QString>>([&](auto cb) { joining.startJoin(relay, cb); });
    INFO(code.error().detail.toStdString());
    REQUIRE(code.ok());
    out.code = code.value();
    auto approved = std::make_shared<std::optional<Result<QString>>>();
    existing.approveDevice(typed.isEmpty() ? out.code.toLower() : typed,
                           [approved](Result<QString> r) { approved->emplace(std::move(r)); });
    out.joined = pollJoin(joining);
    for (int i = 0; i < 300 && !approved->has_value(); ++i)
        spin(100);
    out.approved = *approved;
    return out;
}

void pairAndConfirm(sync::SyncEngine &existing, sync::SyncEngine &joining, const QUrl &relay)
{
    PairingRun r = runPairing(existing, joining, relay);
    INFO(r.joined.detail.toStdString());
    REQUIRE(r.joined.ok());
    REQUIRE(r.approved.has_value());
    INFO(r.approved->error().detail.toStdString());
    REQUIRE(r.approved->ok());
    REQUIRE(joining.joinOffer().has_value());
    // Both screens show the same string; the user says so on the joining device.
    REQUIRE(joining.joinOffer()->sas == r.approved->value());
    const Error confirmed = joining.confirmJoin(r.approved->value());
    INFO(confirmed.detail.toStdString());
    REQUIRE(confirmed.ok());
}

} // namespace saib::test
