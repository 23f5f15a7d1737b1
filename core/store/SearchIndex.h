#pragma once
// Full-text search over journal entries and check-in notes, inside the encrypted
// database (SQLCipher FTS4, unicode61 tokenizer with diacritics removed). Results are
// ranked with BM25 computed from matchinfo() in C++ (SQLite 3.15 has no FTS5/bm25()).
#include "../Error.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace saib {

class Database;

struct SearchQuery {
    QString text;      // words; each is matched as a prefix, all must match
    QString tag;       // optional: only records carrying this tag
    QDate from;        // optional, inclusive
    QDate to;          // optional, inclusive
    int limit = 50;
};

struct SearchHit {
    enum class Kind { Entry, Checkin };
    Kind kind = Kind::Entry;
    QString refId;
    QDate day;
    QString title;
    // Plain text (Markdown marks removed, whitespace folded), with matching words
    // wrapped in kHighlightStart/kHighlightEnd; the UI styles them.
    QString snippet;
    double score = 0;
};

constexpr QChar kHighlightStart(0x02);
constexpr QChar kHighlightEnd(0x03);

namespace SearchIndex {
// Kept in step with the records by the stores, inside their transactions. The index holds
// no text of its own (FTS4 external content over the records, migration 10): put() reads
// the record's stored title, body and tags (the arguments decide only whether there is
// anything to index), so call it after writing the record and its tags.
Error put(Database &db, SearchHit::Kind kind, const QString &refId, const QDate &day,
          const QString &title, const QString &body, const QStringList &tags);
Error remove(Database &db, const QString &refId);

// Indexes, in one pass, every journal entry and check-in note that is not in the index
// yet: for a batch written without per-record put() (a first sync, a restore), inside the
// caller's transaction, after the batch. Records already indexed are left alone.
Error indexMissing(Database &db);

// The same for just the records named (journal entry ids, check-in ids) that a bulk writer
// has written without per-record put(): each one still present, with something to find,
// and not yet indexed is added, in indexMissing()'s docid order (day, then id), and all
// their text goes into the index in one statement. It reads only those records, so a
// first sync that indexes slice by slice stays linear (indexMissing() reads every record
// in the store each time).
Error indexRecords(Database &db, const QStringList &entryIds, const QStringList &checkinIds);

// Merges the whole index into one b-tree segment (FTS4 'optimize'). After indexMissing() of
// a ten-year account: 5 segments became 1 in ~0.2 s of CPU and searches cost ~12 % less.
// Worth it once after a bulk load, not after every write (it rewrites the whole index).
Error optimize(Database &db);

// Turns what the user typed into a safe FTS4 MATCH expression ("wyn* dydd*"), or an
// empty string when it holds no searchable word.
QString matchExpression(const QString &userText);

// Ranked best first (BM25 from matchinfo over every match; ties: newer day, then
// lower docid, i.e. the older record). At most query.limit hits (all when limit <= 0).
Result<QVector<SearchHit>> search(Database &db, const SearchQuery &query);

// The same hits in the same order, delivered in slices as they are made: ranking reads
// only the index, then titles and snippets are made `batch` rows at a time, so the first
// rows can be shown before the rest are ready. `onBatch` returns false to stop early
// (a newer query replaced this one); that is not an error.
Error searchInBatches(Database &db, const SearchQuery &query, int batch,
                      const std::function<bool(const QVector<SearchHit> &)> &onBatch);

// Markdown made plain for a snippet or preview: emphasis, heading, quote and code marks
// dropped, links reduced to their text, whitespace folded. Highlight markers are kept.
QString plainSnippet(const QString &markdown);
} // namespace SearchIndex

} // namespace saib
