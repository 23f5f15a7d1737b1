#pragma once
// Full-text search over journal entries and check-in notes, inside the encrypted
// database (SQLCipher FTS4, unicode61 tokenizer with diacritics removed). Results are
// ranked with BM25 computed from matchinfo() in C++ (SQLite 3.15 has no FTS5/bm25()).
#include "../Error.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

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
    // Matching words are wrapped in kHighlightStart/kHighlightEnd; the UI styles them.
    QString snippet;
    double score = 0;
};

constexpr QChar kHighlightStart(0x02);
constexpr QChar kHighlightEnd(0x03);

namespace SearchIndex {
// Kept in step with the records by the stores, inside their transactions.
Error put(Database &db, SearchHit::Kind kind, const QString &refId, const QDate &day,
          const QString &title, const QString &body, const QStringList &tags);
Error remove(Database &db, const QString &refId);

// Turns what the user typed into a safe FTS4 MATCH expression ("wyn* dydd*"), or an
// empty string when it holds no searchable word.
QString matchExpression(const QString &userText);

Result<QVector<SearchHit>> search(Database &db, const SearchQuery &query);
} // namespace SearchIndex

} // namespace saib
