// Quotas and compaction (issue 20), on SQLite and PostgreSQL: a per-account storage quota
// answered 413 quota_exceeded with nothing stored, a per-address limit on new accounts
// answered 429, and compaction of superseded envelopes that keeps what every device
// still needs.
#include "RelayHarness.h"

#include <core/protocol/Ids.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace saib;
using namespace saib::protocol;
using namespace saib::test;

namespace {

QList<Envelope> versionsOf(const QList<Envelope> &all, const QString &recordId)
{
    QList<Envelope> out;
    for (const Envelope &e : all)
        if (e.recordId == recordId)
            out << e;
    return out;
}

void compaction(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate);
    TestDevice laptop = newDevice(relay);
    registerAccount(laptop);
    const SecureBuffer vault = newVaultKey();
    TestDevice phone = newDevice(relay);
    pair(laptop, phone, vault);

    const QString record = randomId();
    const Envelope v1 = seal(vault, laptop, kinds::checkin, "version 1", record);
    REQUIRE(push(laptop, {v1}).ok());
    // The phone has synced v1; a device added later has not synced at all.
    auto phoneFirst = pullAll(phone);
    REQUIRE(phoneFirst.ok());
    const qint64 phoneCursor = phoneFirst.value().nextCursor;

    const Envelope v2 = seal(vault, laptop, kinds::checkin, "version 2", record);
    const Envelope v3 = seal(vault, laptop, kinds::checkin, "version 3", record);
    auto pushed = push(laptop, {v2, v3});
    REQUIRE(pushed.ok());
    CHECK(pushed.value().accepted == 2);
    // The phone's own edit of the same record (a possible conflict) is never compacted away
    // by the laptop's versions.
    const Envelope fromPhone = seal(vault, phone, kinds::checkin, "phone version", record);
    REQUIRE(push(phone, {fromPhone}).ok());

    auto all = pullAll(laptop);
    REQUIRE(all.ok());
    const QList<Envelope> kept = versionsOf(all.value().envelopes, record);
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].versionId == v3.versionId); // the laptop's newest only
    CHECK(kept[1].versionId == fromPhone.versionId);

    // The phone, from where it was, gets the newest laptop version.
    auto phoneNext = pullAll(phone, phoneCursor);
    REQUIRE(phoneNext.ok());
    REQUIRE_FALSE(versionsOf(phoneNext.value().envelopes, record).isEmpty());
    CHECK(versionsOf(phoneNext.value().envelopes, record).first().versionId == v3.versionId);

    // A replay of a compacted version, or of the current one, stores nothing and uses no
    // sequence number.
    auto replay = push(laptop, {v1, v2, v3});
    REQUIRE(replay.ok());
    CHECK(replay.value().accepted == 0);
    CHECK(replay.value().duplicates == 3);
    auto after = pullAll(laptop);
    REQUIRE(after.ok());
    CHECK(after.value().envelopes.size() == all.value().envelopes.size());
    CHECK(after.value().nextCursor == all.value().nextCursor);
    const Envelope next = seal(vault, laptop, kinds::checkin, "another record");
    REQUIRE(push(laptop, {next}).ok());
    auto last = pullAll(laptop, all.value().nextCursor);
    REQUIRE(last.ok());
    REQUIRE(last.value().envelopes.size() == 1);
    CHECK(last.value().envelopes.first().seq == all.value().nextCursor + 1);
}
RELAY_TEST("superseded envelopes are compacted, keeping what every device needs", compaction)

void quota(const Backend &backend)
{
    RelayProcess relay(backend, kFastRate + QStringList{QStringLiteral("--quota"), QStringLiteral("6000")});
    TestDevice laptop = newDevice(relay);
    registerAccount(laptop);
    const SecureBuffer vault = newVaultKey();
    const QByteArray text(900, 'w'); // padded and sealed: about 1 KiB of ciphertext each

    // Editing one record again and again stays under the quota: compaction keeps one.
    const QString record = randomId();
    for (int i = 0; i < 20; ++i)
        REQUIRE(push(laptop, {seal(vault, laptop, kinds::entry, text, record)}).ok());

    // New records fill it; the push that would pass the quota is refused whole.
    int stored = 1;
    Error refused;
    for (int i = 0; i < 20 && refused.ok(); ++i) {
        auto r = push(laptop, {seal(vault, laptop, kinds::entry, text), seal(vault, laptop, kinds::entry, text)});
        if (r.ok())
            stored += 2;
        else
            refused = r.error();
    }
    INFO(refused.detail.toStdString());
    CHECK(refused.code == ErrorCode::RelayQuotaExceeded);
    auto all = pullAll(laptop);
    REQUIRE(all.ok());
    CHECK(all.value().envelopes.size() == stored);
    const auto rawPush = raw(laptop, "POST", QStringLiteral("/v1/envelopes"),
                             toJsonBytes(PushRequest{{seal(vault, laptop, kinds::entry, text)}}.toJson()), true);
    CHECK(rawPush.status == 413);
    CHECK(QJsonDocument::fromJson(rawPush.body).object().value(QStringLiteral("error")).toString()
          == QStringLiteral("quota_exceeded"));
}
RELAY_TEST("a per-account quota refuses a push whole, with 413 quota_exceeded", quota)

// Runs SQL on a stopped relay's SQLite file (to play an older relay's database).
struct RelayFile {
    explicit RelayFile(const Backend &backend) : name(QStringLiteral("relay-file-%1").arg(randomId()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backend.dbUrl.mid(QStringLiteral("sqlite:").size()));
        REQUIRE(db.open());
    }
    ~RelayFile()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
    }
    qint64 number(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(name, false));
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    QString name;
};

TEST_CASE("sqlite: a schema-4 relay database gets its quota totals counted once on upgrade",
          "[relay][sqlite]")
{
    // Schema 5 keeps each account's stored bytes on its row instead of summing every
    // envelope on each push; a database from before starts from what it holds.
    const Backend backend = sqliteBackend();
    const SecureBuffer vault = newVaultKey();
    QString accountId;
    {
        RelayProcess relay(backend, kFastRate);
        TestDevice laptop = newDevice(relay);
        registerAccount(laptop);
        accountId = laptop.client->accountId();
        REQUIRE(push(laptop, {seal(vault, laptop, kinds::entry, QByteArray(900, 'a')),
                              seal(vault, laptop, kinds::entry, QByteArray(300, 'b'))}).ok());
        relay.stop();
    }
    const QString held = QStringLiteral("SELECT SUM(LENGTH(ciphertext)) FROM envelopes");
    const QString total = QStringLiteral("SELECT stored_bytes FROM accounts");
    {
        RelayFile file(backend);
        CHECK(file.number(total) == file.number(held));
        file.exec(QStringLiteral("ALTER TABLE accounts DROP COLUMN stored_bytes"));
        file.exec(QStringLiteral("UPDATE relay_meta SET value = '4' WHERE key = 'schema_version'"));
    }
    RelayProcess upgraded(backend, kFastRate);
    upgraded.stop();
    {
        RelayFile file(backend);
        CHECK(file.number(QStringLiteral("SELECT value FROM relay_meta WHERE key = 'schema_version'")) == 5);
        CHECK(file.number(held) > 1000);
        CHECK(file.number(total) == file.number(held));
    }
}

void registrationLimit(const Backend &backend)
{
    RelayProcess relay(backend, QStringList{QStringLiteral("--rate"), QStringLiteral("10000"), QStringLiteral("--rate-ip"),
                                            QStringLiteral("10000"), QStringLiteral("--register-rate"), QStringLiteral("3")});
    // The window is counted in the database: a shared PostgreSQL test database may hold
    // this hour's earlier registrations from 127.0.0.1, a fresh SQLite file none.
    int accepted = 0;
    Error refused;
    for (int i = 0; i < 4 && refused.ok(); ++i) {
        TestDevice d = newDevice(relay);
        const Error e = wait<Error>([&](auto cb) { d.client->registerAccount(cb); });
        if (e.ok())
            ++accepted;
        else
            refused = e;
    }
    CHECK(refused.code == ErrorCode::RelayRateLimited);
    CHECK(accepted <= 3);
    if (backend.name == QLatin1String("sqlite"))
        CHECK(accepted == 3);
}
RELAY_TEST("new accounts per address are limited, with 429", registrationLimit)

} // namespace
