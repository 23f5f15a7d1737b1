// The table specs in core/store/Schema (which sync's wire format is checked against)
// describe the schema the migrations really build: same columns, order, types and NULLs.
#include <core/crypto/SecureBuffer.h>
#include <core/store/Database.h>
#include <core/store/Schema.h>

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace saib;

namespace {
QString typeName(Schema::Type t)
{
    switch (t) {
    case Schema::Type::Text: return QStringLiteral("TEXT");
    case Schema::Type::Integer: return QStringLiteral("INTEGER");
    case Schema::Type::Real: return QStringLiteral("REAL");
    case Schema::Type::Blob: return QStringLiteral("BLOB");
    }
    return {};
}
} // namespace

TEST_CASE("the schema specs match PRAGMA table_info of a freshly migrated store", "[store][schema]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("saib.db")), SecureBuffer::random(32), Database::Mode::Create);
    REQUIRE(db.ok());

    REQUIRE_FALSE(Schema::tables().empty());
    for (const Schema::Table &table : Schema::tables()) {
        INFO(table.name);
        CHECK(Schema::table(table.name) == &table);
        const QByteArray sql = QByteArray("PRAGMA table_info(") + table.name + ")";
        Statement info(*db.value(), sql.constData());
        QStringList actual, expected;
        while (info.next()) // cid, name, type, notnull, dflt_value, pk
            actual << QStringLiteral("%1 %2%3").arg(info.text(1), info.text(2),
                                                    info.integer(3) ? QStringLiteral(" NOT NULL") : QString());
        REQUIRE(info.error().ok());
        for (const Schema::Column &c : table.columns)
            expected << QStringLiteral("%1 %2%3").arg(QLatin1String(c.name), typeName(c.type),
                                                      c.nullable ? QString() : QStringLiteral(" NOT NULL"));
        CHECK(actual.join(QStringLiteral(", ")).toStdString() == expected.join(QStringLiteral(", ")).toStdString());
    }
    CHECK(Schema::table("no_such_table") == nullptr);
}
