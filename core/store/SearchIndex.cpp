#include "SearchIndex.h"
#include "Database.h"

#include <QHash>
#include <QSet>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <vector>
#include <sqlcipher/sqlite3.h>

namespace saib::SearchIndex {

namespace {
// Column weights for title, body, tags: a word in the title says more than one in a page.
constexpr double kWeights[3] = {3.0, 1.0, 2.0};
constexpr double kK1 = 1.2;
constexpr double kB = 0.75;

const char *kindName(SearchHit::Kind k) { return k == SearchHit::Kind::Entry ? "entry" : "checkin"; }

// BM25 over matchinfo('pcnalx'): p phrases, c columns, n rows, a[c] average tokens,
// l[c] tokens in this row, then for each phrase/column: hits here, hits all, rows hit.
double bm25(const quint32 *mi, int words)
{
    const quint32 p = mi[0], c = mi[1], n = mi[2];
    if (words < int(3 + 2 * c + 3 * p * c))
        return 0;
    const quint32 *avg = mi + 3;
    const quint32 *len = avg + c;
    const quint32 *x = len + c;
    double score = 0;
    for (quint32 i = 0; i < p; ++i) {
        for (quint32 j = 0; j < c && j < 3; ++j) {
            const quint32 *cell = x + 3 * (i * c + j);
            const double tf = cell[0];
            if (tf == 0)
                continue;
            const double df = cell[2];
            const double idf = std::log(1.0 + (n - df + 0.5) / (df + 0.5));
            const double norm = avg[j] ? double(len[j]) / avg[j] : 1.0;
            score += kWeights[j] * idf * (tf * (kK1 + 1)) / (tf + kK1 * (1 - kB + kB * norm));
        }
    }
    return score;
}
} // namespace

Error put(Database &db, SearchHit::Kind kind, const QString &refId, const QDate &day,
          const QString &title, const QString &body, const QStringList &tags)
{
    if (Error e = remove(db, refId); !e.ok())
        return e;
    if (title.isEmpty() && body.isEmpty() && tags.isEmpty())
        return {}; // nothing worth finding (e.g. a check-in without a note)
    Statement doc(db, "INSERT INTO search_docs (kind, ref_id, day) VALUES (?, ?, ?)");
    doc.bind(1, QString::fromLatin1(kindName(kind))).bind(2, refId).bind(3, day.toString(Qt::ISODate));
    if (Error e = doc.run(); !e.ok())
        return e;
    // The index reads the text from the record itself (search_content, migration 10), so
    // what it holds is exactly what it will re-read to remove it.
    Statement fts(db, "INSERT INTO search_fts (docid, title, body, tags) "
                               "SELECT rowid, title, body, tags FROM search_content WHERE rowid = ?");
    fts.bind(1, qint64(db.lastInsertRowId()));
    return fts.run();
}

Error indexMissing(Database &db)
{
    Statement last(db, "SELECT coalesce(max(docid), 0) FROM search_docs");
    if (!last.next())
        return last.error();
    const qint64 before = last.integer(0);
    // Oldest first, so docids (the last tie-break of the ranking) follow the records' days.
    Statement docs(db,
                   "INSERT INTO search_docs (kind, ref_id, day) "
                   "SELECT 'entry', e.id, e.day FROM journal_entries e "
                   "WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.ref_id = e.id) "
                   "AND (e.title <> '' OR e.body <> '' OR EXISTS (SELECT 1 FROM journal_tags t WHERE t.entry_id = e.id)) "
                   "UNION ALL "
                   "SELECT 'checkin', c.id, c.day FROM checkins c "
                   "WHERE c.note <> '' AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.ref_id = c.id) "
                   "ORDER BY 3, 2");
    if (Error e = docs.run(); !e.ok())
        return e;
    // One statement: FTS4 gathers the terms in memory and writes them as few segments.
    Statement fts(db, "INSERT INTO search_fts (docid, title, body, tags) "
                               "SELECT rowid, title, body, tags FROM search_content WHERE rowid > ?");
    fts.bind(1, before);
    return fts.run();
}

Error indexRecords(Database &db, const QStringList &entryIds, const QStringList &checkinIds)
{
    struct Doc {
        QByteArray day, refId; // compared as SQLite's BINARY collation compares them (UTF-8 bytes)
        const char *kind;
    };
    std::vector<Doc> docs;
    QSet<QString> seen; // a record written twice in the batch is indexed once
    auto collect = [&](const char *sql, const QStringList &ids, const char *kind) -> Error {
        CachedStatement st = db.cached(sql);
        for (const QString &id : ids) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            st->reset();
            st->bind(1, id);
            if (st->next())
                docs.push_back(Doc{st->text(0).toUtf8(), id.toUtf8(), kind});
            else if (!st->error().ok())
                return st->error();
        }
        return st->prepareError();
    };
    // The same conditions as indexMissing().
    if (Error e = collect("SELECT e.day FROM journal_entries e WHERE e.id = ?1 "
                          "AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.ref_id = ?1) "
                          "AND (e.title <> '' OR e.body <> '' "
                          "OR EXISTS (SELECT 1 FROM journal_tags t WHERE t.entry_id = ?1))",
                          entryIds, "entry");
        !e.ok())
        return e;
    if (Error e = collect("SELECT c.day FROM checkins c WHERE c.id = ?1 AND c.note <> '' "
                          "AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.ref_id = ?1)",
                          checkinIds, "checkin");
        !e.ok())
        return e;
    if (docs.empty())
        return {};
    std::sort(docs.begin(), docs.end(), [](const Doc &a, const Doc &b) {
        return a.day != b.day ? a.day < b.day : a.refId < b.refId;
    });
    Statement last(db, "SELECT coalesce(max(docid), 0) FROM search_docs");
    if (!last.next())
        return last.error();
    const qint64 before = last.integer(0);
    CachedStatement insert = db.cached("INSERT INTO search_docs (kind, ref_id, day) VALUES (?, ?, ?)");
    for (const Doc &d : docs) {
        insert->reset();
        insert->bind(1, QString::fromLatin1(d.kind)).bind(2, QString::fromUtf8(d.refId)).bind(3, QString::fromUtf8(d.day));
        if (Error e = insert->run(); !e.ok())
            return e;
    }
    Statement fts(db, "INSERT INTO search_fts (docid, title, body, tags) "
                      "SELECT rowid, title, body, tags FROM search_content WHERE rowid > ?");
    fts.bind(1, before);
    return fts.run();
}

Error remove(Database &db, const QString &refId)
{
    Statement fts(db,
                  "DELETE FROM search_fts WHERE docid IN (SELECT docid FROM search_docs WHERE ref_id = ?)");
    fts.bind(1, refId);
    if (Error e = fts.run(); !e.ok())
        return e;
    Statement doc(db, "DELETE FROM search_docs WHERE ref_id = ?");
    doc.bind(1, refId);
    return doc.run();
}

Error optimize(Database &db)
{
    return db.exec("INSERT INTO search_fts (search_fts) VALUES ('optimize')");
}

QString matchExpression(const QString &userText)
{
    // Keep letters and digits only: this drops FTS syntax (quotes, -, *, parentheses)
    // and lower-casing stops words like OR/NEAR acting as operators.
    QStringList terms;
    QString current;
    auto flush = [&]() {
        if (!current.isEmpty())
            terms << current + QLatin1Char('*');
        current.clear();
    };
    for (const QChar ch : userText) {
        if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing)
            current += ch.toLower();
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

namespace {
// Journal entries carry their title; check-ins have none (the UI names them by day).
const QByteArray kFilters =
    " AND (?2 = '' OR d.day >= ?2) AND (?3 = '' OR d.day <= ?3)"
    " AND (?4 = '' OR EXISTS (SELECT 1 FROM journal_tags t WHERE t.entry_id = d.ref_id"
    "                         AND t.tag = ?4 COLLATE NOCASE)"
    "             OR EXISTS (SELECT 1 FROM checkin_tags ct WHERE ct.checkin_id = d.ref_id"
    "                         AND ct.tag = ?4 COLLATE NOCASE))";

void bindQuery(Statement &st, const QString &match, const SearchQuery &q)
{
    st.bind(1, match);
    st.bind(2, q.from.isValid() ? q.from.toString(Qt::ISODate) : QString());
    st.bind(3, q.to.isValid() ? q.to.toString(Qt::ISODate) : QString());
    st.bind(4, q.tag.trimmed());
}

SearchHit::Kind kindOf(const QString &name)
{
    return name == QLatin1String("entry") ? SearchHit::Kind::Entry : SearchHit::Kind::Checkin;
}

struct Ranked {
    qint64 docid;
    QDate day;
    double score;
};

// Filters only (no words): the newest records first.
Result<QVector<SearchHit>> listFiltered(Database &db, const SearchQuery &q)
{
    Statement st(db,
                 ("SELECT d.kind, d.ref_id, d.day, f.title, substr(f.body, 1, 400) "
                  "FROM search_docs d JOIN search_content f ON f.rowid = d.docid WHERE ?1 = ''" + kFilters
                  + " ORDER BY d.day DESC LIMIT 500").constData());
    bindQuery(st, QString(), q);
    QVector<SearchHit> hits;
    while (st.next())
        hits << SearchHit{kindOf(st.text(0)), st.text(1), QDate::fromString(st.text(2), Qt::ISODate),
                          st.text(3), plainSnippet(st.text(4)).left(160), 0};
    if (!st.error().ok())
        return st.error();
    if (q.limit > 0 && hits.size() > q.limit)
        hits.resize(q.limit);
    return hits;
}

// Every match ranked from matchinfo() alone, which reads the index but no record text.
Result<QVector<Ranked>> rank(Database &db, const QString &match, const SearchQuery &q)
{
    QVector<Ranked> ranked;
    Statement st(db,
                 ("SELECT f.docid, d.day, matchinfo(search_fts, 'pcnalx') "
                  "FROM search_fts f JOIN search_docs d ON d.docid = f.docid "
                  "WHERE search_fts MATCH ?1" + kFilters).constData());
    bindQuery(st, match, q);
    while (st.next()) {
        const QByteArray blob = st.blob(2);
        ranked << Ranked{st.integer(0), QDate::fromString(st.text(1), Qt::ISODate),
                         bm25(reinterpret_cast<const quint32 *>(blob.constData()),
                              int(blob.size() / sizeof(quint32)))};
    }
    if (!st.error().ok())
        return st.error();
    const auto better = [](const Ranked &a, const Ranked &b) {
        if (a.score != b.score)
            return a.score > b.score;
        // Then the newer day, then the older docid: the order the first implementation's
        // stable sort gave (FTS4 returns matches by docid), kept so results do not move.
        return a.day != b.day ? a.day > b.day : a.docid < b.docid;
    };
    const int shown = q.limit > 0 ? std::min(int(ranked.size()), q.limit) : int(ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + shown, ranked.end(), better);
    ranked.resize(shown);
    return ranked;
}

// Titles and snippets of some ranked rows, in their order, in one query: MATCH is still
// needed for snippet(), and the docid list keeps SQLite from reading any other row.
Result<QVector<SearchHit>> snippets(Database &db, const QString &match, const Ranked *rows, int count)
{
    QByteArray ids;
    QHash<qint64, int> position;
    for (int i = 0; i < count; ++i) {
        ids += (i ? "," : "") + QByteArray::number(rows[i].docid);
        position.insert(rows[i].docid, i);
    }
    Statement st(db,
                 ("SELECT f.docid, d.kind, d.ref_id, f.title, "
                  "snippet(search_fts, char(2), char(3), '…', -1, 14) "
                  "FROM search_fts f JOIN search_docs d ON d.docid = f.docid "
                  "WHERE search_fts MATCH ?1 AND f.docid IN (" + ids + ")").constData());
    st.bind(1, match);
    QVector<SearchHit> hits(count);
    while (st.next()) {
        const int i = position.value(st.integer(0), -1);
        if (i < 0)
            continue;
        hits[i] = SearchHit{kindOf(st.text(1)), st.text(2), rows[i].day, st.text(3),
                            plainSnippet(st.text(4)), rows[i].score};
    }
    if (!st.error().ok())
        return st.error();
    hits.erase(std::remove_if(hits.begin(), hits.end(), [](const SearchHit &h) { return h.refId.isEmpty(); }),
               hits.end());
    return hits;
}
} // namespace

QString plainSnippet(const QString &markdown)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression marks(QStringLiteral("[#*_>`~]+"));
    QString text = markdown;
    text.replace(link, QStringLiteral("\\1"));
    text.replace(marks, QString());
    return text.simplified();
}

// Ranking first and making snippets only for the rows shown: reading each match's ~2 KB
// row and running snippet() on it was most of the time (issue 21: p95 77 ms over ten
// years, with ~1,300 matches per prefix query, of which 50 are shown).
Error searchInBatches(Database &db, const SearchQuery &q, int batch,
                      const std::function<bool(const QVector<SearchHit> &)> &onBatch)
{
    if (q.from.isValid() && q.to.isValid() && q.from > q.to)
        return Error(ErrorCode::InvalidDateRange);
    const QString match = matchExpression(q.text);
    if (match.isEmpty()) {
        if (q.tag.trimmed().isEmpty() && !q.from.isValid() && !q.to.isValid()) {
            onBatch({});
            return {};
        }
        auto listed = listFiltered(db, q);
        if (!listed.ok())
            return listed.error();
        onBatch(listed.value());
        return {};
    }
    auto ranked = rank(db, match, q);
    if (!ranked.ok())
        return ranked.error();
    const QVector<Ranked> &rows = ranked.value();
    if (rows.isEmpty()) {
        onBatch({});
        return {};
    }
    batch = batch > 0 ? batch : int(rows.size());
    for (int from = 0; from < rows.size(); from += batch) {
        auto hits = snippets(db, match, rows.constData() + from, std::min(batch, int(rows.size()) - from));
        if (!hits.ok())
            return hits.error();
        if (!onBatch(hits.value()))
            return {};
    }
    return {};
}

Result<QVector<SearchHit>> search(Database &db, const SearchQuery &q)
{
    QVector<SearchHit> all;
    const Error e = searchInBatches(db, q, 0, [&](const QVector<SearchHit> &hits) {
        all += hits;
        return true;
    });
    if (!e.ok())
        return e;
    return all;
}

} // namespace saib::SearchIndex
