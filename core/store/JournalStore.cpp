#include "JournalStore.h"
#include "../io/IsoTime.h"
#include "BatchRead.h"
#include "Database.h"
#include "SyncLedgerStore.h"
#include "../Clock.h"

#include "../model/Checkin.h"

#include <QHash>
#include <QUuid>

namespace saib {

namespace {
const char *const kSelect =
    "SELECT id, title, body, prompt_id, day, created_at, updated_at FROM journal_entries ";

JournalEntry readRow(const Statement &st)
{
    JournalEntry e;
    e.id = st.text(0);
    e.title = st.text(1);
    e.body = st.text(2);
    e.promptId = st.text(3);
    e.day = QDate::fromString(st.text(4), Qt::ISODate);
    e.createdAt = timeFromIso(st.text(5));
    e.updatedAt = timeFromIso(st.text(6));
    return e;
}
} // namespace

QString journalPreview(const QString &body)
{
    constexpr int kChars = 400;
    int units = 0;
    for (int chars = 0; units < body.size() && chars < kChars; ++chars)
        units += (body.at(units).isHighSurrogate() && units + 1 < body.size()) ? 2 : 1;
    return body.left(units);
}

Result<JournalEntry> JournalStore::save(JournalEntry e, Stamp stamp)
{
    e.title = e.title.trimmed();
    e.tags = normaliseTags(e.tags);
    if (!e.day.isValid())
        e.day = saib::Clock::today();
    if (Error v = validate(e); !v.ok())
        return v;

    const QDateTime now = saib::Clock::nowUtc();
    Error err = m_db.transaction([&]() -> Error {
        bool exists = false;
        if (!e.id.isEmpty()) {
            Statement find(m_db, "SELECT created_at, day FROM journal_entries WHERE id = ?");
            find.bind(1, e.id);
            exists = find.next();
            if (!find.error().ok())
                return find.error();
            if (exists) {
                e.createdAt = timeFromIso(find.text(0));
                e.day = QDate::fromString(find.text(1), Qt::ISODate);
            }
        } else {
            e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
        if (!exists && !e.createdAt.isValid())
            e.createdAt = now;
        if (!e.updatedAt.isValid() || (exists && stamp == Stamp::Now))
            e.updatedAt = now;
        return put(e);
    });
    if (!err.ok())
        return err;
    return e;
}

Error JournalStore::put(const JournalEntry &e, PutOptions options)
{
    // Replace, not update: the old row (and, through ON DELETE CASCADE, its tags) goes,
    // then the given one is written whole.
    CachedStatement del = m_db.cached("DELETE FROM journal_entries WHERE id = ?");
    del->bind(1, e.id);
    if (Error w = del->run(); !w.ok())
        return w;
    if (m_db.changes() > 0)
        if (Error w = SearchIndex::remove(m_db, e.id); !w.ok())
            return w;
    CachedStatement write = m_db.cached("INSERT INTO journal_entries (id, title, body, prompt_id, day, "
                                        "created_at, updated_at, preview) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    write->bind(1, e.id).bind(2, e.title).bind(3, e.body).bind(4, e.promptId);
    write->bind(5, isoDay(e.day)).bind(6, isoTime(e.createdAt)).bind(7, isoTime(e.updatedAt));
    write->bind(8, journalPreview(e.body));
    if (Error w = write->run(); !w.ok())
        return w;
    if (Error w = SyncLedgerStore(m_db).markInserted("entry", e.id); !w.ok())
        return w;
    CachedStatement tag = m_db.cached("INSERT INTO journal_tags (entry_id, position, tag) VALUES (?, ?, ?)");
    for (int i = 0; i < e.tags.size(); ++i) {
        tag->reset();
        tag->bind(1, e.id).bind(2, i).bind(3, e.tags[i]);
        if (Error w = tag->run(); !w.ok())
            return w;
    }
    if (!tag->prepareError().ok())
        return tag->prepareError();
    if (!options.indexSearch)
        return {};
    return SearchIndex::put(m_db, SearchHit::Kind::Entry, e.id, e.day, e.title, e.body, e.tags);
}

Result<QStringList> JournalStore::ids()
{
    return Statement::firstColumnTexts(m_db, "SELECT id FROM journal_entries");
}

Error JournalStore::loadTags(JournalEntry &e)
{
    Statement st(m_db, "SELECT tag FROM journal_tags WHERE entry_id = ? ORDER BY position");
    st.bind(1, e.id);
    while (st.next())
        e.tags << st.text(0);
    return st.error();
}

Result<QVector<JournalEntry>> JournalStore::query(const char *sqlTail,
                                                 const std::function<void(Statement &)> &bind)
{
    const QByteArray sql = QByteArray(kSelect) + sqlTail;
    Statement st(m_db, sql.constData());
    bind(st);
    QVector<JournalEntry> out;
    while (st.next())
        out << readRow(st);
    if (!st.error().ok())
        return st.error();
    for (JournalEntry &e : out)
        if (Error t = loadTags(e); !t.ok())
            return t;
    return out;
}

Result<std::optional<JournalEntry>> JournalStore::get(const QString &id)
{
    auto found = query("WHERE id = ?", [&](Statement &st) { st.bind(1, id); });
    if (!found.ok())
        return found.error();
    if (found.value().isEmpty())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(found.value().first());
}

Result<QVector<JournalEntry>> JournalStore::getMany(const QStringList &ids)
{
    return readRowsWithTags<JournalEntry>(
        m_db, ids, QByteArray(kSelect) + "WHERE id IN @keys",
        "SELECT entry_id, tag FROM journal_tags WHERE entry_id IN @keys ORDER BY entry_id, position",
        [](Statement &rows) { return readRow(rows); },
        [](JournalEntry &e, Statement &tags) { e.tags << tags.text(1); });
}

Result<QVector<JournalEntry>> JournalStore::list(int limit, int offset)
{
    return query("ORDER BY day DESC, created_at DESC, id DESC LIMIT ? OFFSET ?",
                 [&](Statement &st) { st.bind(1, limit).bind(2, offset); });
}

Result<QVector<JournalListItem>> JournalStore::listItems(const char *sqlTail,
                                                         const std::function<void(Statement &)> &bind)
{
    // Only columns of journal_entries_page, so SQLite reads the index and never a row.
    const QByteArray sql = QByteArray("SELECT id, title, preview, prompt_id, day FROM journal_entries ") + sqlTail;
    Statement st(m_db, sql.constData());
    bind(st);
    QVector<JournalListItem> out;
    while (st.next())
        out << JournalListItem{st.text(0), st.text(1), st.text(2), st.text(3),
                               QDate::fromString(st.text(4), Qt::ISODate), {}};
    if (!st.error().ok())
        return st.error();
    Statement tags(m_db, "SELECT tag FROM journal_tags WHERE entry_id = ? ORDER BY position");
    for (JournalListItem &item : out) {
        tags.reset();
        tags.bind(1, item.id);
        while (tags.next())
            item.tags << tags.text(0);
        if (!tags.error().ok())
            return tags.error();
    }
    return out;
}

Result<QVector<JournalListItem>> JournalStore::page(int limit, int offset)
{
    return listItems("INDEXED BY journal_entries_page ORDER BY day DESC, created_at DESC, id DESC LIMIT ? OFFSET ?",
                     [&](Statement &st) { st.bind(1, limit).bind(2, offset); });
}

Result<QVector<JournalListItem>> JournalStore::onThisDayPage(const QDate &today)
{
    return listItems("INDEXED BY journal_entries_page WHERE substr(day, 6) = ? AND day < ? "
                     "ORDER BY day DESC, created_at DESC, id DESC",
                     [&](Statement &st) {
                         st.bind(1, today.toString(QStringLiteral("MM-dd")));
                         st.bind(2, today.toString(QStringLiteral("yyyy-01-01")));
                     });
}

Result<QVector<JournalEntry>> JournalStore::between(const QDate &from, const QDate &to)
{
    return query("WHERE day >= ? AND day <= ? ORDER BY day ASC, created_at ASC, id ASC", [&](Statement &st) {
        st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    });
}

Error JournalStore::remove(const QString &id)
{
    return m_db.transaction([&]() -> Error {
        Statement st(m_db, "DELETE FROM journal_entries WHERE id = ?");
        st.bind(1, id);
        if (Error e = st.run(); !e.ok())
            return e;
        if (m_db.changes() == 0)
            return Error(ErrorCode::NotFound);
        return SearchIndex::remove(m_db, id);
    });
}

Result<int> JournalStore::count()
{
    Statement st(m_db, "SELECT count(*) FROM journal_entries");
    if (!st.next())
        return st.error();
    return int(st.integer(0));
}

Result<QVector<JournalEntry>> JournalStore::onThisDay(const QDate &today)
{
    return query("WHERE substr(day, 6) = ? AND day < ? ORDER BY day DESC, created_at DESC, id DESC",
                 [&](Statement &st) {
                     st.bind(1, today.toString(QStringLiteral("MM-dd")));
                     st.bind(2, today.toString(QStringLiteral("yyyy-01-01")));
                 });
}

Result<QStringList> JournalStore::tags()
{
    return Statement::firstColumnTexts(
        m_db, "SELECT tag FROM journal_tags GROUP BY tag ORDER BY count(*) DESC, tag COLLATE NOCASE");
}

Error JournalStore::saveDraft(const JournalDraft &d)
{
    JournalDraft stamped = d;
    stamped.savedAt = saib::Clock::nowUtc();
    return putDraft(stamped);
}

Error JournalStore::putDraft(const JournalDraft &d)
{
    // DELETE + INSERT because SQLite 3.15 has no UPSERT; one row, so it is cheap.
    return m_db.transaction([&]() -> Error {
        if (Error e = m_db.exec("DELETE FROM journal_draft"); !e.ok())
            return e;
        Statement st(m_db,
                     "INSERT INTO journal_draft (slot, entry_id, title, body, tags, prompt_id, saved_at) "
                     "VALUES (1, ?, ?, ?, ?, ?, ?)");
        st.bind(1, d.entryId).bind(2, d.title).bind(3, d.body).bind(4, d.tags.join(QLatin1Char('\n')));
        st.bind(5, d.promptId).bind(6, isoTime(d.savedAt));
        return st.run();
    });
}

Result<std::optional<JournalDraft>> JournalStore::draft()
{
    Statement st(m_db,
                 "SELECT entry_id, title, body, tags, prompt_id, saved_at FROM journal_draft WHERE slot = 1");
    if (!st.next()) {
        if (!st.error().ok())
            return st.error();
        return std::optional<JournalDraft>();
    }
    JournalDraft d;
    d.entryId = st.text(0);
    d.title = st.text(1);
    d.body = st.text(2);
    d.tags = st.text(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    d.promptId = st.text(4);
    d.savedAt = timeFromIso(st.text(5));
    return std::optional<JournalDraft>(d);
}

Error JournalStore::clearDraft() { return m_db.exec("DELETE FROM journal_draft"); }

Result<QVector<SearchHit>> JournalStore::search(const SearchQuery &q)
{
    return SearchIndex::search(m_db, q);
}

} // namespace saib
