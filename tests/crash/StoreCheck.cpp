#include "StoreCheck.h"

#include <core/store/Database.h>
#include <core/store/JournalStore.h>
#include <core/store/Statement.h>

#include <QCryptographicHash>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace saib::test {

namespace {
qint64 scalar(Database &db, const char *sql)
{
    Statement st(db, sql);
    REQUIRE(st.next());
    return st.integer(0);
}

// The stress body ends with "check <sha256 of the text before that line>".
bool bodyIsWhole(const QString &body)
{
    const int cut = body.lastIndexOf(QLatin1Char('\n'));
    if (cut <= 0)
        return false;
    const QByteArray digest = QCryptographicHash::hash(body.left(cut).toUtf8(), QCryptographicHash::Sha256).toHex();
    return body.mid(cut + 1) == QStringLiteral("check ") + QString::fromLatin1(digest);
}
} // namespace

QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SAIB_PASSPHRASE"), kCrashPassphrase);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    const CliRun r = runTool(QStringLiteral(SAIB_CLI_PATH), args,
                             {{QStringLiteral("SAIB_PASSPHRASE"), kCrashPassphrase}, {QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}},
                             {}, timeoutMs);
    return r; // -1 when it crashed or timed out: some suites here expect exactly that
}

void Committed::addOutput(const QByteArray &bytes)
{
    static const QRegularExpression checkin(QStringLiteral("^committed checkin (\\S+) (\\d{4}-\\d\\d-\\d\\d)$"));
    static const QRegularExpression entry(QStringLiteral("^committed entry (\\S+) (\\d+)$"));
    const int end = bytes.lastIndexOf('\n');
    if (end < 0)
        return;
    for (const QByteArray &raw : bytes.left(end).split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (auto m = checkin.match(line); m.hasMatch()) {
            REQUIRE_FALSE(checkins.contains(m.captured(1)));
            checkins.insert(m.captured(1), m.captured(2));
        } else if (auto e = entry.match(line); e.hasMatch()) {
            REQUIRE_FALSE(entries.contains(e.captured(1)));
            entries.insert(e.captured(1), e.captured(2).toInt());
        } else {
            FAIL("unexpected stress output: " << line.toStdString());
        }
    }
}

void requireConsistent(Database &db)
{
    {
        Statement st(db, "PRAGMA integrity_check");
        REQUIRE(st.next());
        REQUIRE(st.text(0) == QStringLiteral("ok"));
    }
    {
        Statement orphans(db, "PRAGMA foreign_key_check"); // one row per broken reference
        REQUIRE_FALSE(orphans.next());
        REQUIRE(orphans.error().ok());
    }
    // FTS4 compares its index with its content table and fails on any difference.
    REQUIRE(db.exec("INSERT INTO search_fts(search_fts) VALUES('integrity-check')").ok());
    // One index document per entry and per check-in with a note, and no strays.
    REQUIRE(scalar(db, "SELECT count(*) FROM search_docs")
            == scalar(db, "SELECT (SELECT count(*) FROM journal_entries) + "
                          "(SELECT count(*) FROM checkins WHERE note <> '')"));
    REQUIRE(scalar(db, "SELECT count(*) FROM search_fts") == scalar(db, "SELECT count(*) FROM search_docs"));
    REQUIRE(scalar(db, "SELECT count(*) FROM search_docs d LEFT JOIN journal_entries e ON e.id = d.ref_id "
                       "LEFT JOIN checkins c ON c.id = d.ref_id WHERE e.id IS NULL AND c.id IS NULL") == 0);
    REQUIRE(scalar(db, "SELECT count(*) FROM search_docs d LEFT JOIN search_fts f ON f.docid = d.docid "
                       "WHERE f.docid IS NULL") == 0);
    // The index holds each entry's current title and body, not an older or torn copy.
    REQUIRE(scalar(db, "SELECT count(*) FROM journal_entries e JOIN search_docs d ON d.ref_id = e.id "
                       "JOIN search_fts f ON f.docid = d.docid WHERE f.title <> e.title OR f.body <> e.body") == 0);
}

std::pair<int, int> requireCommittedPresent(Database &db, const Committed &committed)
{
    // Nothing twice: one entry per stress sequence number, one check-in per day (the
    // schema enforces days; titles are ours to check).
    REQUIRE(scalar(db, "SELECT count(*) FROM (SELECT title FROM journal_entries GROUP BY title HAVING count(*) > 1)") == 0);
    REQUIRE(scalar(db, "SELECT count(*) FROM (SELECT note FROM checkins GROUP BY note HAVING count(*) > 1)") == 0);

    // Every entry in the store is whole: title and body agree, the body's checksum holds,
    // and it has exactly its two tags.
    const QRegularExpression titleSeq(QStringLiteral("^Stress (\\d+)$"));
    Statement entries(db, "SELECT id, title, body, (SELECT group_concat(tag, ',') FROM "
                                   "(SELECT tag FROM journal_tags t WHERE t.entry_id = e.id ORDER BY position)) "
                                   "FROM journal_entries e");
    QHash<QString, int> seqOf;
    while (entries.next()) {
        const auto m = titleSeq.match(entries.text(1));
        INFO("entry " << entries.text(0).toStdString() << " titled " << entries.text(1).toStdString());
        REQUIRE(m.hasMatch());
        const int seq = m.captured(1).toInt();
        REQUIRE(entries.text(2).startsWith(QStringLiteral("Stress entry %1. ").arg(seq)));
        REQUIRE(bodyIsWhole(entries.text(2)));
        REQUIRE(entries.text(3) == QStringLiteral("stress,s%1").arg(seq % 10));
        seqOf.insert(entries.text(0), seq);
    }
    REQUIRE(entries.error().ok());

    QHash<QString, QString> dayOf;
    Statement checkins(db, "SELECT id, day, note, (SELECT count(*) FROM checkin_tags t WHERE t.checkin_id = c.id) "
                                    "FROM checkins c");
    while (checkins.next()) {
        INFO("check-in " << checkins.text(0).toStdString());
        REQUIRE(checkins.text(2) == QStringLiteral("stress note %1 ŵyn").arg(checkins.text(1)));
        REQUIRE(checkins.integer(3) == 3);
        dayOf.insert(checkins.text(0), checkins.text(1));
    }
    REQUIRE(checkins.error().ok());

    for (auto it = committed.entries.begin(); it != committed.entries.end(); ++it) {
        INFO("entry reported committed: " << it.key().toStdString());
        REQUIRE(seqOf.value(it.key(), -1) == it.value());
    }
    for (auto it = committed.checkins.begin(); it != committed.checkins.end(); ++it) {
        INFO("check-in reported committed: " << it.key().toStdString());
        REQUIRE(dayOf.value(it.key()) == it.value());
    }
    return {int(dayOf.size()), int(seqOf.size())};
}

} // namespace saib::test
