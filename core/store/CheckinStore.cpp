#include "CheckinStore.h"
#include "../io/IsoTime.h"
#include "BatchRead.h"
#include "Database.h"
#include "SyncLedgerStore.h"
#include "SearchIndex.h"
#include "../Clock.h"

#include <QHash>
#include <QUuid>

namespace saib {

namespace {
const char *const kColumns =
    "id, day, hours, strategic_pct, demand, emotional, energy, note, created_at, updated_at";

Checkin readRow(const Statement &st)
{
    Checkin c;
    c.id = st.text(0);
    c.day = QDate::fromString(st.text(1), Qt::ISODate);
    c.hours = st.optionalReal(2);
    c.strategicPercent = st.optionalInteger(3);
    c.demand = st.optionalInteger(4);
    c.emotional = st.optionalInteger(5);
    c.energy = st.optionalInteger(6);
    c.note = st.text(7);
    c.createdAt = QDateTime::fromString(st.text(8), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(st.text(9), Qt::ISODateWithMs);
    return c;
}

Error loadTags(Database &db, Checkin &c)
{
    Statement st(db,
                 "SELECT kind, tag FROM checkin_tags WHERE checkin_id = ? ORDER BY kind, position");
    st.bind(1, c.id);
    while (st.next())
        (st.text(0) == QLatin1String("drained") ? c.drainedBy : c.sustainedBy) << st.text(1);
    return st.error();
}

Error writeTags(Database &db, const QString &id, const char *kind, const QStringList &tags)
{
    CachedStatement st = db.cached("INSERT INTO checkin_tags (checkin_id, kind, position, tag) VALUES (?, ?, ?, ?)");
    for (int i = 0; i < tags.size(); ++i) {
        st->reset();
        st->bind(1, id).bind(2, QString::fromLatin1(kind)).bind(3, i).bind(4, tags[i]);
        if (Error e = st->run(); !e.ok())
            return e;
    }
    return st->prepareError();
}
} // namespace

Result<Checkin> CheckinStore::save(Checkin c, const QDate &today)
{
    c.drainedBy = normaliseTags(c.drainedBy);
    c.sustainedBy = normaliseTags(c.sustainedBy);
    c.note = c.note.trimmed();
    if (Error e = validate(c, today); !e.ok())
        return e;

    const QDateTime now = saib::Clock::nowUtc();
    Error e = m_db.transaction([&]() -> Error {
        {
            Statement find(m_db, "SELECT id, created_at FROM checkins WHERE day = ?");
            find.bind(1, isoDay(c.day));
            const bool exists = find.next();
            if (!find.error().ok())
                return find.error();
            if (exists) {
                c.id = find.text(0);
                c.createdAt = QDateTime::fromString(find.text(1), Qt::ISODateWithMs);
            } else {
                if (c.id.isEmpty())
                    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
                c.createdAt = now;
            }
        }
        c.updatedAt = now;
        return put(c);
    });
    if (!e.ok())
        return e;
    return c;
}

Error CheckinStore::put(const Checkin &c, PutOptions options)
{
    // Replace, not update: the day's row (and, through ON DELETE CASCADE, its tags) goes,
    // then the given one is written whole, so nothing of the old record survives.
    {
        CachedStatement find = m_db.cached("SELECT id FROM checkins WHERE day = ?");
        find->bind(1, isoDay(c.day));
        if (find->next()) {
            const QString old = find->text(0);
            find->reset();
            CachedStatement del = m_db.cached("DELETE FROM checkins WHERE id = ?");
            del->bind(1, old);
            if (Error e = del->run(); !e.ok())
                return e;
            if (Error e = SearchIndex::remove(m_db, old); !e.ok())
                return e;
        } else if (!find->error().ok()) {
            return find->error();
        }
    }
    CachedStatement write = m_db.cached("INSERT INTO checkins (id, day, hours, strategic_pct, demand, "
                                        "emotional, energy, note, created_at, updated_at) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    write->bind(1, c.id).bind(2, isoDay(c.day)).bind(3, c.hours).bind(4, c.strategicPercent);
    write->bind(5, c.demand).bind(6, c.emotional).bind(7, c.energy).bind(8, c.note);
    write->bind(9, isoTime(c.createdAt)).bind(10, isoTime(c.updatedAt));
    if (Error w = write->run(); !w.ok())
        return w;
    if (Error w = SyncLedgerStore(m_db).markInserted("checkin", isoDay(c.day)); !w.ok())
        return w;
    if (Error w = writeTags(m_db, c.id, "drained", c.drainedBy); !w.ok())
        return w;
    if (Error w = writeTags(m_db, c.id, "sustained", c.sustainedBy); !w.ok())
        return w;
    if (!options.indexSearch)
        return {};
    return SearchIndex::put(m_db, SearchHit::Kind::Checkin, c.id, c.day, QString(), c.note, {});
}

Result<std::optional<Checkin>> CheckinStore::forDay(const QDate &day)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM checkins WHERE day = ?";
    Statement st(m_db, sql.constData());
    st.bind(1, isoDay(day));
    if (!st.next()) {
        if (!st.error().ok())
            return st.error();
        return std::optional<Checkin>();
    }
    Checkin c = readRow(st);
    if (Error e = loadTags(m_db, c); !e.ok())
        return e;
    return std::optional<Checkin>(std::move(c));
}

Result<QVector<Checkin>> CheckinStore::forDays(const QList<QDate> &days)
{
    // Tags come in loadTags()'s order.
    QStringList keys;
    for (const QDate &day : days)
        keys << isoDay(day);
    return readRowsWithTags<Checkin>(
        m_db, keys, QByteArray("SELECT ") + kColumns + " FROM checkins WHERE day IN @keys",
        "SELECT t.checkin_id, t.kind, t.tag FROM checkin_tags t JOIN checkins c ON c.id = t.checkin_id"
        " WHERE c.day IN @keys ORDER BY t.checkin_id, t.kind, t.position",
        [](Statement &rows) { return readRow(rows); },
        [](Checkin &c, Statement &tags) {
            (tags.text(1) == QLatin1String("drained") ? c.drainedBy : c.sustainedBy) << tags.text(2);
        });
}

Result<QVector<Checkin>> CheckinStore::between(const QDate &from, const QDate &to)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns
        + " FROM checkins WHERE day BETWEEN ? AND ? ORDER BY day DESC";
    Statement st(m_db, sql.constData());
    st.bind(1, isoDay(from)).bind(2, isoDay(to));
    QVector<Checkin> out;
    while (st.next())
        out << readRow(st);
    if (!st.error().ok())
        return st.error();
    for (Checkin &c : out)
        if (Error e = loadTags(m_db, c); !e.ok())
            return e;
    return out;
}

Error CheckinStore::remove(const QDate &day)
{
    return m_db.transaction([&]() -> Error {
        Statement find(m_db, "SELECT id FROM checkins WHERE day = ?");
        find.bind(1, isoDay(day));
        if (!find.next())
            return find.error().ok() ? Error(ErrorCode::NotFound) : find.error();
        const QString id = find.text(0);
        Statement st(m_db, "DELETE FROM checkins WHERE id = ?");
        st.bind(1, id);
        if (Error e = st.run(); !e.ok())
            return e;
        return SearchIndex::remove(m_db, id);
    });
}

Result<QStringList> CheckinStore::days()
{
    return Statement::firstColumnTexts(m_db, "SELECT day FROM checkins");
}

Result<int> CheckinStore::count()
{
    Statement st(m_db, "SELECT count(*) FROM checkins");
    if (!st.next())
        return st.error();
    return int(st.integer(0));
}

Result<QDate> CheckinStore::firstDay()
{
    Statement st(m_db, "SELECT min(day) FROM checkins");
    if (!st.next())
        return st.error();
    return st.isNull(0) ? QDate() : QDate::fromString(st.text(0), Qt::ISODate);
}

} // namespace saib
