#include "SyncRecords.h"

#include <core/Clock.h>
#include <core/io/IsoTime.h>
#include <core/store/CheckinStore.h>
#include <core/store/Database.h>
#include <core/store/InsightStores.h>
#include <core/store/JournalStore.h>
#include <core/store/Schema.h>
#include <core/store/SettingsStore.h>

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cstring>
#include <functional>
#include <type_traits>

namespace saib::sync {

namespace {

// The wire format of each kind: the columns of its table (core/store/Schema) as one JSON
// object, {"row": {...}, "children": [{...}, ...]}, where child rows leave out the column
// pointing at their parent and the journal's stored preview (derived) does not travel.
struct KindSpec {
    QString kind;
    const char *table;
    const char *keyColumn;       // the local key in `table`
    const char *childTable;      // nullptr: none
    const char *childForeignKey; // column of `childTable` holding the parent's id
    const char *localOnly;       // a column of `table` that does not travel (nullptr: none)
};

const std::vector<KindSpec> &specs()
{
    static const std::vector<KindSpec> all{
        {kinds::checkin, "checkins", "day", "checkin_tags", "checkin_id", nullptr},
        {kinds::entry, "journal_entries", "id", "journal_tags", "entry_id", "preview"},
        {kinds::rating, "weekly_ratings", "week", nullptr, nullptr, nullptr},
        {kinds::skills, "skills_assessments", "id", "skill_ratings", "assessment_id", nullptr},
        {kinds::setting, "settings", "key", nullptr, nullptr, nullptr},
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

// A record another device sent that save() would refuse is refused the same way (as
// malformed, sync's rejection), naming the rule it breaks.
Error refused(const QString &kind, const Error &why)
{
    return malformed(QStringLiteral("%1 breaks a rule (error %2%3)")
                         .arg(kind)
                         .arg(int(why.code))
                         .arg(why.detail.isEmpty() ? QString() : QStringLiteral(": ") + why.detail));
}

// Checks that `o` holds exactly the travelling columns of `table`, each of its type.
Error checkShape(const QJsonObject &o, const char *tableName, const char *skip1, const char *skip2 = nullptr)
{
    const Schema::Table *t = Schema::table(tableName);
    if (!t)
        return malformed(QStringLiteral("no schema for %1").arg(QLatin1String(tableName)));
    int expected = 0;
    for (const Schema::Column &c : t->columns) {
        if ((skip1 && std::strcmp(c.name, skip1) == 0) || (skip2 && std::strcmp(c.name, skip2) == 0))
            continue;
        ++expected;
        const QLatin1String name(c.name);
        if (!o.contains(name))
            return malformed(QStringLiteral("%1.%2 is missing").arg(QLatin1String(t->name), name));
        const QJsonValue v = o.value(name);
        if (c.nullable && v.isNull() && c.type != Schema::Type::Text)
            continue;
        bool fits = false;
        switch (c.type) {
        case Schema::Type::Text: fits = v.isString(); break;
        case Schema::Type::Integer: fits = v.isDouble() && v.toDouble() == double(qint64(v.toDouble())); break;
        case Schema::Type::Real: fits = v.isDouble(); break;
        case Schema::Type::Blob: fits = false; break; // no synced column is a blob
        }
        if (!fits)
            return malformed(QStringLiteral("%1.%2 has the wrong type").arg(QLatin1String(t->name), name));
    }
    if (o.size() != expected)
        return malformed(QStringLiteral("%1: wrong number of columns").arg(QLatin1String(t->name)));
    return {};
}

QString text(const QJsonObject &o, const char *name) { return o.value(QLatin1String(name)).toString(); }
int integer(const QJsonObject &o, const char *name) { return int(o.value(QLatin1String(name)).toDouble()); }
std::optional<int> optionalInteger(const QJsonObject &o, const char *name)
{
    const QJsonValue v = o.value(QLatin1String(name));
    return v.isNull() ? std::nullopt : std::optional<int>(int(v.toDouble()));
}
QJsonValue json(std::optional<int> v) { return v ? QJsonValue(double(*v)) : QJsonValue(); }
QJsonValue json(std::optional<double> v) { return v ? QJsonValue(*v) : QJsonValue(); }

// Days and instants must read back as what they say (a copy's times are kept as given).
Error readDay(const QJsonObject &o, const char *name, QDate &out)
{
    out = dayFromIso(text(o, name));
    return out.isValid() ? Error() : malformed(QStringLiteral("%1 is not a day").arg(QLatin1String(name)));
}
Error readTime(const QJsonObject &o, const char *name, QDateTime &out)
{
    out = timeFromIso(text(o, name));
    return out.isValid() ? Error() : malformed(QStringLiteral("%1 is not a time").arg(QLatin1String(name)));
}

// Local dates on two devices can differ by up to two days (UTC+14 against UTC-12), so a
// check-in made elsewhere "today" may be tomorrow's or the day after's here.
QDate latestAcceptedDay() { return saib::Clock::today().addDays(2); }

QJsonObject record(const QJsonObject &row, const QJsonArray &children)
{
    return QJsonObject{{QStringLiteral("row"), row}, {QStringLiteral("children"), children}};
}

// --- each kind: domain value <-> wire JSON ---------------------------------------------

QJsonObject encode(const Checkin &c)
{
    const QJsonObject row{{QStringLiteral("id"), c.id},
                          {QStringLiteral("day"), isoDay(c.day)},
                          {QStringLiteral("hours"), json(c.hours)},
                          {QStringLiteral("strategic_pct"), json(c.strategicPercent)},
                          {QStringLiteral("demand"), json(c.demand)},
                          {QStringLiteral("emotional"), json(c.emotional)},
                          {QStringLiteral("energy"), json(c.energy)},
                          {QStringLiteral("note"), c.note},
                          {QStringLiteral("created_at"), isoTime(c.createdAt)},
                          {QStringLiteral("updated_at"), isoTime(c.updatedAt)}};
    QJsonArray children;
    for (const auto &[kind, tags] : {std::pair{QStringLiteral("drained"), &c.drainedBy},
                                     std::pair{QStringLiteral("sustained"), &c.sustainedBy}})
        for (int i = 0; i < tags->size(); ++i)
            children.append(QJsonObject{{QStringLiteral("kind"), kind},
                                        {QStringLiteral("position"), double(i)},
                                        {QStringLiteral("tag"), tags->at(i)}});
    return record(row, children);
}

// Child rows in the order of their `position` (ties keep the order they came in).
QVector<QJsonObject> byPosition(const QJsonArray &children)
{
    QVector<QJsonObject> out;
    for (const QJsonValue &v : children)
        out << v.toObject();
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return integer(a, "position") < integer(b, "position");
    });
    return out;
}

Error decode(const QJsonObject &row, const QJsonArray &children, Checkin &c)
{
    c.id = text(row, "id");
    if (Error e = readDay(row, "day", c.day); !e.ok())
        return e;
    const QJsonValue hours = row.value(QLatin1String("hours"));
    c.hours = hours.isNull() ? std::nullopt : std::optional<double>(hours.toDouble());
    c.strategicPercent = optionalInteger(row, "strategic_pct");
    c.demand = optionalInteger(row, "demand");
    c.emotional = optionalInteger(row, "emotional");
    c.energy = optionalInteger(row, "energy");
    c.note = text(row, "note");
    if (Error e = readTime(row, "created_at", c.createdAt); !e.ok())
        return e;
    if (Error e = readTime(row, "updated_at", c.updatedAt); !e.ok())
        return e;
    for (const QJsonObject &child : byPosition(children)) {
        const QString kind = text(child, "kind");
        if (kind == QLatin1String("drained"))
            c.drainedBy << text(child, "tag");
        else if (kind == QLatin1String("sustained"))
            c.sustainedBy << text(child, "tag");
        else
            return malformed(QStringLiteral("unknown tag kind"));
    }
    return {};
}

QJsonObject encode(const JournalEntry &e)
{
    const QJsonObject row{{QStringLiteral("id"), e.id},
                          {QStringLiteral("title"), e.title},
                          {QStringLiteral("body"), e.body},
                          {QStringLiteral("prompt_id"), e.promptId},
                          {QStringLiteral("day"), isoDay(e.day)},
                          {QStringLiteral("created_at"), isoTime(e.createdAt)},
                          {QStringLiteral("updated_at"), isoTime(e.updatedAt)}};
    QJsonArray children;
    for (int i = 0; i < e.tags.size(); ++i)
        children.append(QJsonObject{{QStringLiteral("position"), double(i)}, {QStringLiteral("tag"), e.tags[i]}});
    return record(row, children);
}

Error decode(const QJsonObject &row, const QJsonArray &children, JournalEntry &e)
{
    e.id = text(row, "id");
    e.title = text(row, "title");
    e.body = text(row, "body");
    e.promptId = text(row, "prompt_id");
    if (Error err = readDay(row, "day", e.day); !err.ok())
        return err;
    if (Error err = readTime(row, "created_at", e.createdAt); !err.ok())
        return err;
    if (Error err = readTime(row, "updated_at", e.updatedAt); !err.ok())
        return err;
    for (const QJsonObject &child : byPosition(children))
        e.tags << text(child, "tag");
    return {};
}

QJsonObject encode(const WeeklyRating &r)
{
    QJsonObject row{{QStringLiteral("id"), r.id},
                    {QStringLiteral("week"), isoDay(r.week)},
                    {QStringLiteral("created_at"), isoTime(r.createdAt)},
                    {QStringLiteral("updated_at"), isoTime(r.updatedAt)}};
    for (int d = 0; d < kDomainCount; ++d)
        row.insert(QLatin1String(domainId(Domain(d))), double(r.scores[std::size_t(d)]));
    return record(row, {});
}

Error decode(const QJsonObject &row, WeeklyRating &r)
{
    r.id = text(row, "id");
    if (Error e = readDay(row, "week", r.week); !e.ok())
        return e;
    for (int d = 0; d < kDomainCount; ++d)
        r.scores[std::size_t(d)] = integer(row, domainId(Domain(d)));
    if (Error e = readTime(row, "created_at", r.createdAt); !e.ok())
        return e;
    return readTime(row, "updated_at", r.updatedAt);
}

QJsonObject encode(const SkillsAssessment &a)
{
    const QJsonObject row{{QStringLiteral("id"), a.id},
                          {QStringLiteral("taken_on"), isoDay(a.takenOn)},
                          {QStringLiteral("created_at"), isoTime(a.createdAt)}};
    QJsonArray children;
    for (auto it = a.ratings.cbegin(); it != a.ratings.cend(); ++it) // QMap: by skill id
        children.append(QJsonObject{{QStringLiteral("skill_id"), it.key()},
                                    {QStringLiteral("importance"), double(it.value().importance)},
                                    {QStringLiteral("confidence"), double(it.value().confidence)}});
    return record(row, children);
}

Error decode(const QJsonObject &row, const QJsonArray &children, SkillsAssessment &a)
{
    a.id = text(row, "id");
    if (Error e = readDay(row, "taken_on", a.takenOn); !e.ok())
        return e;
    if (Error e = readTime(row, "created_at", a.createdAt); !e.ok())
        return e;
    for (const QJsonValue &v : children) {
        const QJsonObject child = v.toObject();
        const QString skill = text(child, "skill_id");
        if (a.ratings.contains(skill))
            return malformed(QStringLiteral("a skill rated twice"));
        a.ratings.insert(skill, SkillRating{integer(child, "importance"), integer(child, "confidence")});
    }
    return {};
}

// Writes a decoded record through its store, as save() would accept it.
Error put(Database &db, const KindSpec &s, const QJsonObject &row, const QJsonArray &children,
          PutOptions options)
{
    if (s.kind == kinds::checkin) {
        Checkin c;
        if (Error e = decode(row, children, c); !e.ok())
            return e;
        if (Error e = validate(c, latestAcceptedDay()); !e.ok())
            return refused(s.kind, e);
        return CheckinStore(db).put(c, options);
    }
    if (s.kind == kinds::entry) {
        JournalEntry entry;
        if (Error e = decode(row, children, entry); !e.ok())
            return e;
        if (Error e = validate(entry); !e.ok())
            return refused(s.kind, e);
        return JournalStore(db).put(entry, options);
    }
    if (s.kind == kinds::rating) {
        WeeklyRating r;
        if (Error e = decode(row, r); !e.ok())
            return e;
        if (Error e = validate(r); !e.ok())
            return refused(s.kind, e);
        return RatingStore(db).put(r, options);
    }
    if (s.kind == kinds::skills) {
        SkillsAssessment a;
        if (Error e = decode(row, children, a); !e.ok())
            return e;
        if (Error e = validate(a); !e.ok())
            return refused(s.kind, e);
        return SkillsStore(db).put(a, options);
    }
    return SettingsStore(db).put(text(row, "key"), text(row, "value"));
}

Error remove(Database &db, const KindSpec &s, const QString &key)
{
    if (s.kind == kinds::checkin) {
        const QDate day = dayFromIso(key);
        if (!day.isValid())
            return {}; // no record can have that key
        const Error e = CheckinStore(db).remove(day);
        return e.code == ErrorCode::NotFound ? Error() : e;
    }
    if (s.kind == kinds::entry) {
        const Error e = JournalStore(db).remove(key);
        return e.code == ErrorCode::NotFound ? Error() : e;
    }
    if (s.kind == kinds::rating) {
        const QDate week = dayFromIso(key);
        return week.isValid() ? RatingStore(db).remove(week) : Error();
    }
    if (s.kind == kinds::skills)
        return SkillsStore(db).remove(key);
    return SettingsStore(db).remove(key);
}

template <typename T>
Result<std::optional<QJsonObject>> encoded(const Result<std::optional<T>> &found)
{
    if (!found.ok())
        return found.error();
    if (!found.value())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(encode(*found.value()));
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
    if (kind == kinds::checkin) {
        const QDate day = dayFromIso(key);
        if (!day.isValid())
            return std::optional<QJsonObject>();
        return encoded(CheckinStore(db).forDay(day));
    }
    if (kind == kinds::entry)
        return encoded(JournalStore(db).get(key));
    if (kind == kinds::rating) {
        const QDate week = dayFromIso(key);
        if (!week.isValid())
            return std::optional<QJsonObject>();
        return encoded(RatingStore(db).forWeek(week));
    }
    if (kind == kinds::skills)
        return encoded(SkillsStore(db).get(key));
    auto value = SettingsStore(db).find(key);
    if (!value.ok())
        return value.error();
    if (!value.value())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(
        record(QJsonObject{{QStringLiteral("key"), key}, {QStringLiteral("value"), *value.value()}}, {}));
}

namespace {
// Each found value in `keys`' order (absent or unreadable keys as monostate, read as
// nullopt like readRecord() does).
template <typename T, typename KeyOf>
QVector<RecordValue> inOrder(const QStringList &keys, const QVector<T> &found, KeyOf keyOf,
                             const std::function<QString(const QString &)> &canonical)
{
    QHash<QString, const T *> byKey;
    byKey.reserve(found.size());
    for (const T &v : found)
        byKey.insert(keyOf(v), &v);
    QVector<RecordValue> out;
    out.reserve(keys.size());
    for (const QString &key : keys) {
        const T *v = byKey.value(canonical(key), nullptr);
        out << (v ? RecordValue(*v) : RecordValue());
    }
    return out;
}

// Valid days of `keys` (readRecord() reads an invalid one as absent).
QList<QDate> validDays(const QStringList &keys)
{
    QList<QDate> days;
    days.reserve(keys.size());
    for (const QString &key : keys)
        if (const QDate day = dayFromIso(key); day.isValid())
            days << day;
    return days;
}

// The key a day's record is found under; an invalid day matches no record (isoDay() of
// any date, even an unreadable stored one, is never "?").
QString dayKey(const QString &key)
{
    const QDate day = dayFromIso(key);
    return day.isValid() ? isoDay(day) : QStringLiteral("?");
}
} // namespace

std::optional<QJsonObject> encodeRecord(const RecordValue &value)
{
    return std::visit(
        [](const auto &v) -> std::optional<QJsonObject> {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return std::nullopt;
            else if constexpr (std::is_same_v<T, QJsonObject>)
                return v;
            else
                return encode(v);
        },
        value);
}

Result<QVector<RecordValue>> readRecordValues(Database &db, const QString &kind, const QStringList &keys)
{
    if (kind == kinds::checkin) {
        auto found = CheckinStore(db).forDays(validDays(keys));
        if (!found.ok())
            return found.error();
        return inOrder(keys, found.value(), [](const Checkin &c) { return isoDay(c.day); }, dayKey);
    }
    if (kind == kinds::entry) {
        auto found = JournalStore(db).getMany(keys);
        if (!found.ok())
            return found.error();
        return inOrder(keys, found.value(), [](const JournalEntry &e) { return e.id; },
                       [](const QString &key) { return key; });
    }
    if (kind == kinds::rating) {
        auto found = RatingStore(db).forWeeks(validDays(keys));
        if (!found.ok())
            return found.error();
        return inOrder(keys, found.value(), [](const WeeklyRating &r) { return isoDay(r.week); }, dayKey);
    }
    // Skills assessments and settings are few: one by one, encoded here.
    QVector<RecordValue> out;
    for (const QString &key : keys) {
        auto one = readRecord(db, kind, key);
        if (!one.ok())
            return one.error();
        out << (one.value() ? RecordValue(*one.value()) : RecordValue());
    }
    return out;
}

Error writeRecord(Database &db, const QString &kind, const QString &key,
                  const std::optional<QJsonObject> &data, PutOptions options)
{
    const KindSpec *s = specFor(kind);
    if (!s)
        return malformed(QStringLiteral("unknown kind"));
    if (!data)
        return remove(db, *s, key);

    const QJsonObject row = data->value(QStringLiteral("row")).toObject();
    const QJsonArray children = data->value(QStringLiteral("children")).toArray();
    if (row.value(QLatin1String(s->keyColumn)).toString() != key)
        return malformed(QStringLiteral("key does not match the record"));
    if (Error e = checkShape(row, s->table, s->localOnly); !e.ok())
        return e;
    if (!s->childTable && !children.isEmpty())
        return malformed(QStringLiteral("unexpected child rows"));
    for (const QJsonValue &child : children) {
        if (!child.isObject())
            return malformed(QStringLiteral("a child row is not an object"));
        if (Error e = checkShape(child.toObject(), s->childTable, s->childForeignKey); !e.ok())
            return e;
    }
    const Error e = put(db, *s, row, children, options);
    // What the schema's constraints refuse (a tag given twice) is the sender's fault.
    return e.code == ErrorCode::StorageFailed ? malformed(e.detail) : e;
}

Result<QStringList> allKeys(Database &db, const QString &kind)
{
    const KindSpec *s = specFor(kind);
    if (!s)
        return malformed(QStringLiteral("unknown kind"));
    if (kind == kinds::checkin)
        return CheckinStore(db).days();
    if (kind == kinds::entry)
        return JournalStore(db).ids();
    if (kind == kinds::rating)
        return RatingStore(db).weeks();
    if (kind == kinds::skills)
        return SkillsStore(db).ids();
    return SettingsStore(db).keys();
}

} // namespace saib::sync
