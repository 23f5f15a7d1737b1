#include "SyncRecords.h"

#include <core/store/Database.h>
#include <core/store/SearchIndex.h>
#include <core/store/Statement.h>

#include <QJsonArray>
#include <vector>

namespace saib::sync {

namespace {

enum class Type { Text, Integer, Real };

struct Column {
    const char *name;
    Type type;
    bool nullable = false; // NULL travels as JSON null (a check-in scale left unset)
};

struct Table {
    const char *name;
    std::vector<Column> columns;
};

// What the search index holds for a record, so applying a remote record keeps search right.
enum class Indexed { No, Checkin, Entry };

struct KindSpec {
    QString kind;
    Table main;
    const char *keyColumn;   // the local key in `main`
    const char *idColumn;    // the main row's id that child rows point at (nullptr: none)
    std::optional<Table> child;
    const char *childForeignKey; // column of `child` holding the main row's id
    const char *childOrder;      // ORDER BY for reading children deterministically
    Indexed indexed;
};

const std::vector<KindSpec> &specs()
{
    static const std::vector<KindSpec> all{
        {kinds::checkin,
         {"checkins",
          {{"id", Type::Text}, {"day", Type::Text}, {"hours", Type::Real, true},
           {"strategic_pct", Type::Integer, true}, {"demand", Type::Integer, true},
           {"emotional", Type::Integer, true}, {"energy", Type::Integer, true}, {"note", Type::Text}, {"created_at", Type::Text},
           {"updated_at", Type::Text}}},
         "day", "id",
         Table{"checkin_tags", {{"kind", Type::Text}, {"position", Type::Integer}, {"tag", Type::Text}}},
         "checkin_id", "kind, position", Indexed::Checkin},
        {kinds::entry,
         {"journal_entries",
          {{"id", Type::Text}, {"title", Type::Text}, {"body", Type::Text}, {"prompt_id", Type::Text},
           {"day", Type::Text}, {"created_at", Type::Text}, {"updated_at", Type::Text}}},
         "id", "id",
         Table{"journal_tags", {{"position", Type::Integer}, {"tag", Type::Text}}},
         "entry_id", "position", Indexed::Entry},
        {kinds::rating,
         {"weekly_ratings",
          {{"id", Type::Text}, {"week", Type::Text}, {"purpose", Type::Integer},
           {"belonging", Type::Integer}, {"valued", Type::Integer}, {"cared_for", Type::Integer},
           {"fairness", Type::Integer}, {"control", Type::Integer}, {"created_at", Type::Text},
           {"updated_at", Type::Text}}},
         "week", "id", std::nullopt, nullptr, nullptr, Indexed::No},
        {kinds::skills,
         {"skills_assessments", {{"id", Type::Text}, {"taken_on", Type::Text}, {"created_at", Type::Text}}},
         "id", "id",
         Table{"skill_ratings",
               {{"skill_id", Type::Text}, {"importance", Type::Integer}, {"confidence", Type::Integer}}},
         "assessment_id", "skill_id", Indexed::No},
        {kinds::setting,
         {"settings", {{"key", Type::Text}, {"value", Type::Text}}},
         "key", nullptr, std::nullopt, nullptr, nullptr, Indexed::No},
    };
    return all;
}

const KindSpec *specFor(const QString &kind)
{
    for (const KindSpec &s : specs())
        if (s.kind == kind)
            return &s;
    return nullptr;
}

Error malformed(const QString &why) { return Error(ErrorCode::SyncMalformed, why); }

QByteArray columnList(const Table &t)
{
    QByteArray out;
    for (const Column &c : t.columns)
        out += (out.isEmpty() ? "" : ", ") + QByteArray(c.name);
    return out;
}

QJsonObject readColumns(const Statement &st, const Table &t)
{
    QJsonObject o;
    for (int i = 0; i < int(t.columns.size()); ++i) {
        const Column &c = t.columns[std::size_t(i)];
        if (c.nullable && st.isNull(i)) {
            o.insert(QLatin1String(c.name), QJsonValue());
            continue;
        }
        switch (c.type) {
        case Type::Text: o.insert(QLatin1String(c.name), st.text(i)); break;
        case Type::Integer: o.insert(QLatin1String(c.name), double(st.integer(i))); break;
        case Type::Real: o.insert(QLatin1String(c.name), st.real(i)); break;
        }
    }
    return o;
}

// Binds every column of `t` from `o` starting at parameter `first`; the object must hold
// exactly those columns with the right JSON types.
Error bindColumns(Statement &st, int first, const Table &t, const QJsonObject &o)
{
    if (o.size() != int(t.columns.size()))
        return malformed(QStringLiteral("%1: wrong number of columns").arg(QLatin1String(t.name)));
    for (int i = 0; i < int(t.columns.size()); ++i) {
        const Column &c = t.columns[std::size_t(i)];
        const QJsonValue v = o.value(QLatin1String(c.name));
        if (c.nullable && v.isNull() && o.contains(QLatin1String(c.name))) {
            st.bindNull(first + i);
            continue;
        }
        switch (c.type) {
        case Type::Text:
            if (!v.isString())
                return malformed(QStringLiteral("%1.%2 is not text").arg(QLatin1String(t.name), QLatin1String(c.name)));
            st.bind(first + i, v.toString());
            break;
        case Type::Integer: {
            const double d = v.toDouble();
            if (!v.isDouble() || d != double(qint64(d)))
                return malformed(QStringLiteral("%1.%2 is not an integer").arg(QLatin1String(t.name), QLatin1String(c.name)));
            st.bind(first + i, qint64(d));
            break;
        }
        case Type::Real:
            if (!v.isDouble())
                return malformed(QStringLiteral("%1.%2 is not a number").arg(QLatin1String(t.name), QLatin1String(c.name)));
            st.bind(first + i, v.toDouble());
            break;
        }
    }
    return {};
}

QByteArray placeholders(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += i ? ", ?" : "?";
    return out;
}

// The main row's id for a key (empty when there is none).
Result<QString> mainId(Database &db, const KindSpec &s, const QString &key)
{
    if (!s.idColumn)
        return QString();
    const QByteArray sql = QByteArray("SELECT ") + s.idColumn + " FROM " + s.main.name + " WHERE "
        + s.keyColumn + " = ?";
    Statement st(db.handle(), sql.constData());
    st.bind(1, key);
    if (st.next())
        return st.text(0);
    if (!st.error().ok())
        return st.error();
    return QString();
}

Error removeExisting(Database &db, const KindSpec &s, const QString &key)
{
    auto id = mainId(db, s, key);
    if (!id.ok())
        return id.error();
    if (!id.value().isEmpty()) {
        if (s.child) {
            const QByteArray sql = QByteArray("DELETE FROM ") + s.child->name + " WHERE "
                + s.childForeignKey + " = ?";
            Statement st(db.handle(), sql.constData());
            st.bind(1, id.value());
            if (Error e = st.run(); !e.ok())
                return e;
        }
        if (s.indexed != Indexed::No)
            if (Error e = SearchIndex::remove(db, id.value()); !e.ok())
                return e;
    }
    const QByteArray sql = QByteArray("DELETE FROM ") + s.main.name + " WHERE " + s.keyColumn + " = ?";
    Statement st(db.handle(), sql.constData());
    st.bind(1, key);
    return st.run();
}

Error reindex(Database &db, const KindSpec &s, const QJsonObject &row, const QJsonArray &children)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    const QDate day = QDate::fromString(row.value(QStringLiteral("day")).toString(), Qt::ISODate);
    if (s.indexed == Indexed::Checkin)
        return SearchIndex::put(db, SearchHit::Kind::Checkin, id, day, QString(),
                                row.value(QStringLiteral("note")).toString(), {});
    if (s.indexed == Indexed::Entry) {
        QStringList tags;
        for (const QJsonValue &c : children)
            tags << c.toObject().value(QStringLiteral("tag")).toString();
        return SearchIndex::put(db, SearchHit::Kind::Entry, id, day,
                                row.value(QStringLiteral("title")).toString(),
                                row.value(QStringLiteral("body")).toString(), tags);
    }
    return {};
}

} // namespace

bool isSyncedKind(const QString &kind) { return specFor(kind) != nullptr; }

QStringList syncedKinds()
{
    QStringList out;
    for (const KindSpec &s : specs())
        out << s.kind;
    return out;
}

Result<std::optional<QJsonObject>> readRecord(Database &db, const QString &kind, const QString &key)
{
    const KindSpec *s = specFor(kind);
    if (!s)
        return malformed(QStringLiteral("unknown kind"));
    const QByteArray sql = "SELECT " + columnList(s->main) + " FROM " + s->main.name + " WHERE "
        + s->keyColumn + " = ?";
    Statement st(db.handle(), sql.constData());
    st.bind(1, key);
    if (!st.next()) {
        if (!st.error().ok())
            return st.error();
        return std::optional<QJsonObject>();
    }
    const QJsonObject row = readColumns(st, s->main);
    QJsonArray children;
    if (s->child) {
        const QByteArray childSql = "SELECT " + columnList(*s->child) + " FROM " + s->child->name
            + " WHERE " + s->childForeignKey + " = ? ORDER BY " + s->childOrder;
        Statement cs(db.handle(), childSql.constData());
        cs.bind(1, row.value(QLatin1String(s->idColumn)).toString());
        while (cs.next())
            children.append(readColumns(cs, *s->child));
        if (!cs.error().ok())
            return cs.error();
    }
    return std::optional<QJsonObject>(
        QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("children"), children}});
}

Error writeRecord(Database &db, const QString &kind, const QString &key,
                  const std::optional<QJsonObject> &data)
{
    const KindSpec *s = specFor(kind);
    if (!s)
        return malformed(QStringLiteral("unknown kind"));
    const QJsonObject row = data ? data->value(QStringLiteral("row")).toObject() : QJsonObject();
    const QJsonArray children = data ? data->value(QStringLiteral("children")).toArray() : QJsonArray();
    if (data) {
        if (row.value(QLatin1String(s->keyColumn)).toString() != key)
            return malformed(QStringLiteral("key does not match the record"));
        if (!s->child && !children.isEmpty())
            return malformed(QStringLiteral("unexpected child rows"));
    }
    if (Error e = removeExisting(db, *s, key); !e.ok())
        return e;
    if (!data)
        return {};

    const QByteArray insert = QByteArray("INSERT INTO ") + s->main.name + " (" + columnList(s->main)
        + ") VALUES (" + placeholders(int(s->main.columns.size())) + ")";
    Statement st(db.handle(), insert.constData());
    if (Error e = bindColumns(st, 1, s->main, row); !e.ok())
        return e;
    if (Error e = st.run(); !e.ok())
        return e.code == ErrorCode::StorageFailed ? malformed(e.detail) : e;

    if (s->child) {
        const QString id = row.value(QLatin1String(s->idColumn)).toString();
        const QByteArray childInsert = QByteArray("INSERT INTO ") + s->child->name + " ("
            + s->childForeignKey + ", " + columnList(*s->child) + ") VALUES ("
            + placeholders(int(s->child->columns.size()) + 1) + ")";
        Statement cs(db.handle(), childInsert.constData());
        for (const QJsonValue &c : children) {
            cs.reset();
            cs.bind(1, id);
            if (Error e = bindColumns(cs, 2, *s->child, c.toObject()); !e.ok())
                return e;
            if (Error e = cs.run(); !e.ok())
                return e.code == ErrorCode::StorageFailed ? malformed(e.detail) : e;
        }
    }
    return reindex(db, *s, row, children);
}

Result<QStringList> allKeys(Database &db, const QString &kind)
{
    const KindSpec *s = specFor(kind);
    if (!s)
        return malformed(QStringLiteral("unknown kind"));
    const QByteArray sql = QByteArray("SELECT ") + s->keyColumn + " FROM " + s->main.name;
    Statement st(db.handle(), sql.constData());
    QStringList out;
    while (st.next())
        out << st.text(0);
    if (!st.error().ok())
        return st.error();
    return out;
}

} // namespace saib::sync
