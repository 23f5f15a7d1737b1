// Database::transaction() inside another transaction: no savepoint (SQLCipher 3.4.1
// encrypts every page copied to one), so an inner failure must fail the outer one.
#include <core/crypto/SecureBuffer.h>
#include <core/store/Database.h>
#include <core/store/Statement.h>

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace saib;

namespace {
qint64 rows(Database &db)
{
    Statement st(db, "SELECT count(*) FROM settings");
    REQUIRE(st.next());
    return st.integer(0);
}
} // namespace

TEST_CASE("an inner transaction commits with its outer one, and its failure fails the outer one", "[store]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto opened = Database::open(dir.filePath(QStringLiteral("saib.db")), SecureBuffer::random(32), Database::Mode::Create);
    REQUIRE(opened.ok());
    Database &db = *opened.value();

    // Inner writes that succeed are committed with the outer transaction.
    REQUIRE(db.transaction([&]() -> Error {
                  if (Error e = db.exec("INSERT INTO settings (key, value) VALUES ('a', '1')"); !e.ok())
                      return e;
                  return db.transaction([&] { return db.exec("INSERT INTO settings (key, value) VALUES ('b', '2')"); });
              }).ok());
    CHECK(rows(db) == 2);

    // An inner failure the outer body passes on rolls everything back.
    Error passedOn = db.transaction([&]() -> Error {
        if (Error e = db.exec("INSERT INTO settings (key, value) VALUES ('c', '3')"); !e.ok())
            return e;
        return db.transaction([&]() -> Error {
            if (Error e = db.exec("INSERT INTO settings (key, value) VALUES ('d', '4')"); !e.ok())
                return e;
            return db.exec("INSERT INTO settings (key, value) VALUES ('a', 'again')"); // duplicate key
        });
    });
    CHECK(passedOn.code == ErrorCode::StorageFailed);
    CHECK(rows(db) == 2);

    // One the outer body ignores still does: nothing half-written is committed.
    Error ignored = db.transaction([&]() -> Error {
        (void)db.transaction([&]() -> Error {
            if (Error e = db.exec("INSERT INTO settings (key, value) VALUES ('e', '5')"); !e.ok())
                return e;
            return db.exec("INSERT INTO settings (key, value) VALUES ('b', 'again')");
        });
        return db.exec("INSERT INTO settings (key, value) VALUES ('f', '6')");
    });
    CHECK(ignored.code == ErrorCode::StorageFailed);
    CHECK(rows(db) == 2);

    // The failure does not outlive its transaction.
    REQUIRE(db.transaction([&] { return db.exec("INSERT INTO settings (key, value) VALUES ('g', '7')"); }).ok());
    CHECK(rows(db) == 3);
}
