// (e) Rollback detection: a relay whose data went backwards (restored from an old backup,
// or serving again what it had already served) is reported, and nothing is applied.
#include "SyncFixtures.h"
#include "TamperingProxy.h"

#include <RelayHarness.h>
#include <core/ErrorMessages.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace saib;
using namespace saib::test;

namespace {
const QDate kToday(2026, 3, 9);

void syncOk(SyncDevice &d)
{
    const Error e = run([&](auto cb) { d.engine->syncNow(cb); });
    INFO(e.detail.toStdString());
    REQUIRE(e.ok());
}

void addCheckins(SyncDevice &d, int from, int count)
{
    for (int i = from; i < from + count; ++i)
        REQUIRE(d.store.checkins().save(checkinOn(kToday.addDays(-i), i % 10), kToday).ok());
}

// A relay restored from an older copy of its database, behind the same address.
TEST_CASE("a relay restored from an old backup is reported as gone backwards", "[sync][rollback][sqlite]")
{
    Backend backend = sqliteBackend();
    const QString dbFile = backend.temp->filePath(QStringLiteral("relay.db"));
    const QString saved = backend.temp->filePath(QStringLiteral("relay-old.db"));
    auto relay = std::make_unique<RelayProcess>(backend, kFastRate);
    TamperingProxy proxy(relay->url());
    SyncDevice laptop, phone;
    REQUIRE(run([&](auto cb) { laptop.engine->enable(proxy.url(), cb); }).ok());
    pairAndConfirm(*laptop.engine, *phone.engine, proxy.url());
    addCheckins(laptop, 1, 2);
    syncOk(laptop);
    syncOk(phone);

    // The operator's backup is taken here (the database and its write-ahead log)...
    relay->stop();
    REQUIRE(QFile::copy(dbFile, saved));
    QFile::copy(dbFile + QStringLiteral("-wal"), saved + QStringLiteral("-wal"));
    relay = std::make_unique<RelayProcess>(backend, kFastRate);
    proxy.setUpstream(relay->url());
    // ...both devices sync more...
    addCheckins(laptop, 3, 3);
    syncOk(laptop);
    syncOk(phone);
    const auto before = snapshot(*phone.store.db);
    // ...and the relay is then restored from that backup.
    relay->stop();
    REQUIRE(QFile::remove(dbFile));
    QFile::remove(dbFile + QStringLiteral("-wal"));
    QFile::remove(dbFile + QStringLiteral("-shm"));
    REQUIRE(QFile::copy(saved, dbFile));
    QFile::copy(saved + QStringLiteral("-wal"), dbFile + QStringLiteral("-wal"));
    relay = std::make_unique<RelayProcess>(backend, kFastRate);
    proxy.setUpstream(relay->url());

    const Error e = run([&](auto cb) { phone.engine->syncNow(cb); });
    INFO(e.detail.toStdString());
    CHECK(e.code == ErrorCode::SyncRolledBack);
    CHECK(errorMessage(e).contains(QStringLiteral("went backwards")));
    CHECK(phone.engine->status().lastError.code == ErrorCode::SyncRolledBack);
    CHECK(snapshot(*phone.store.db) == before);
}

// A relay that serves, after what the device has already seen, a sequence number it had
// already served (say, an old envelope again under its old number).
void reservedSequence(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TamperingProxy proxy(relay.url());
    SyncDevice laptop, phone;
    REQUIRE(run([&](auto cb) { laptop.engine->enable(proxy.url(), cb); }).ok());
    pairAndConfirm(*laptop.engine, *phone.engine, proxy.url());
    addCheckins(laptop, 1, 3);
    syncOk(laptop);
    syncOk(phone);
    const auto before = snapshot(*phone.store.db);

    addCheckins(laptop, 4, 1);
    syncOk(laptop);
    proxy.onResponse = [](const QString &path, const QByteArray &, QByteArray &answer) {
        if (path != QLatin1String("/v1/envelopes"))
            return;
        QJsonObject o = QJsonDocument::fromJson(answer).object();
        QJsonArray list = o.value(QStringLiteral("envelopes")).toArray();
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject e = list.at(i).toObject();
            e.insert(QStringLiteral("seq"), 1);
            list.replace(i, e);
        }
        o.insert(QStringLiteral("envelopes"), list);
        answer = QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const Error e = run([&](auto cb) { phone.engine->syncNow(cb); });
    CHECK(e.code == ErrorCode::SyncRolledBack);
    CHECK(snapshot(*phone.store.db) == before);

    // Served honestly again, the same device carries on.
    proxy.onResponse = nullptr;
    syncOk(phone);
    CHECK(snapshot(*phone.store.db) == snapshot(*laptop.store.db));
}
} // namespace

RELAY_TEST("a relay that serves an already-served sequence number again is reported", reservedSequence)
