#pragma once
// Journal entries, their tags and the editor's draft, in the encrypted database. Every
// write keeps the full-text index in step inside the same transaction.
#include "../Error.h"
#include "../model/JournalEntry.h"
#include "PutOptions.h"
#include "SearchIndex.h"

#include "Statement.h"

#include <QVector>
#include <functional>
#include <optional>

namespace saib {

class Database;

// What the journal list shows of an entry: everything but the body. `preview` is the
// body's first 400 characters as written (Markdown included; the UI makes it plain).
struct JournalListItem {
    QString id;
    QString title;
    QString preview;
    QString promptId;
    QDate day;
    QStringList tags;
};

// The stored preview of a body: its first 400 characters (code points, like SQLite's
// substr(), which the schema's triggers use for rows written elsewhere).
QString journalPreview(const QString &body);

class JournalStore {
public:
    explicit JournalStore(Database &db) : m_db(db) {}

    // How save() stamps updatedAt: Now for an edit made here; AsGiven for a copy made
    // elsewhere (an import), which keeps the time it was last edited, so that "the newer
    // copy wins" compares edit times and not import times.
    enum class Stamp { Now, AsGiven };

    // Inserts (empty id) or updates (existing id) an entry. A new entry's day is today's
    // local date unless the caller set one.
    // Normalises, validates and stamps, then put()s.
    Result<JournalEntry> save(JournalEntry entry, Stamp stamp = Stamp::Now);
    // Writes `entry` exactly as given (id, day, times, tag order), replacing the entry
    // with that id, with its tags, preview and search entry. No validation (callers
    // validate) and no transaction of its own: it runs inside the caller's.
    Error put(const JournalEntry &entry, PutOptions options = {});
    // Every entry's id (the sync key of each).
    Result<QStringList> ids();
    Result<std::optional<JournalEntry>> get(const QString &id);
    // get() for many ids at once (two queries in all): the entries found, in no order.
    Result<QVector<JournalEntry>> getMany(const QStringList &ids);
    // Newest day first; entries of the same day newest first, then by id, so the order
    // is the same in every copy of the store (a restored backup, another device).
    Result<QVector<JournalEntry>> list(int limit = -1, int offset = 0);
    // The same order and page, without bodies: read from one covering index (issue 21).
    Result<QVector<JournalListItem>> page(int limit, int offset = 0);
    // Entries written from `from` to `to` (days, inclusive), oldest first.
    Result<QVector<JournalEntry>> between(const QDate &from, const QDate &to);
    Error remove(const QString &id);
    Result<int> count();
    // Entries written on this month and day in earlier years, newest first.
    Result<QVector<JournalEntry>> onThisDay(const QDate &today);
    // The same entries, without bodies.
    Result<QVector<JournalListItem>> onThisDayPage(const QDate &today);
    // Every tag used in the journal, most used first.
    Result<QStringList> tags();

    // Stamps savedAt now, then putDraft().
    Error saveDraft(const JournalDraft &draft);
    // Writes the draft exactly as given (a restored backup's), replacing any other.
    Error putDraft(const JournalDraft &draft);
    Result<std::optional<JournalDraft>> draft();
    Error clearDraft();

    Result<QVector<SearchHit>> search(const SearchQuery &query);

private:
    Error loadTags(JournalEntry &entry);
    Result<QVector<JournalListItem>> listItems(const char *sqlTail, const std::function<void(Statement &)> &bind);
    Result<QVector<JournalEntry>> query(const char *sqlTail, const std::function<void(Statement &)> &bind);
    Database &m_db;
};

} // namespace saib
