#include "Migrations.h"
#include "Database.h"
#include "SyncLedgerStore.h"

#include <QByteArray>

namespace saib::Migrations {

// Three triggers (insert, update, delete) that mark a row's record dirty for sync.
// Each update trigger also marks the old key, in case the key column itself changed.
#define SAIB_SYNC_TRIGGERS(kind, table, newKey, oldKey)                                         \
    "CREATE TRIGGER sync_" table "_ins AFTER INSERT ON " table                                 \
    " WHEN (SELECT applying FROM sync_guard) = 0 BEGIN"                                        \
    " INSERT OR REPLACE INTO sync_dirty VALUES ('" kind "', NEW." newKey ", " SAIB_SYNC_NOW_MS "); END;\n" \
    "CREATE TRIGGER sync_" table "_upd AFTER UPDATE ON " table                                 \
    " WHEN (SELECT applying FROM sync_guard) = 0 BEGIN"                                        \
    " INSERT OR REPLACE INTO sync_dirty VALUES ('" kind "', OLD." oldKey ", " SAIB_SYNC_NOW_MS ");" \
    " INSERT OR REPLACE INTO sync_dirty VALUES ('" kind "', NEW." newKey ", " SAIB_SYNC_NOW_MS "); END;\n" \
    "CREATE TRIGGER sync_" table "_del AFTER DELETE ON " table                                 \
    " WHEN (SELECT applying FROM sync_guard) = 0 BEGIN"                                        \
    " INSERT OR REPLACE INTO sync_dirty VALUES ('" kind "', OLD." oldKey ", " SAIB_SYNC_NOW_MS "); END;\n"

// A trigger that takes one record out of the external-content search index (migration 10)
// while its text is still what was indexed; SearchIndex::put indexes it again afterwards.
#define SAIB_SEARCH_UNINDEX(name, when, refId)                                                  \
    "CREATE TRIGGER search_unindex_" name " " when " BEGIN"                                     \
    " DELETE FROM search_fts WHERE docid = (SELECT docid FROM search_docs WHERE ref_id = " refId ");" \
    " DELETE FROM search_docs WHERE ref_id = " refId "; END;\n"

// Migration 11: the same trigger, run only when the record is in the index. A record
// written without its search terms (a first sync, indexed in bulk afterwards) is in none,
// and the unguarded body still ran a virtual-table DELETE per row: for each tag of each
// pulled entry, more than the entry's own insert cost (issue 21). The body deletes
// nothing for such a record, so the guard changes only the cost.
#define SAIB_SEARCH_UNINDEX_GUARDED(name, when, refId)                                          \
    "DROP TRIGGER search_unindex_" name ";\n"                                                   \
    "CREATE TRIGGER search_unindex_" name " " when                                              \
    " WHEN EXISTS (SELECT 1 FROM search_docs WHERE ref_id = " refId ") BEGIN"                    \
    " DELETE FROM search_fts WHERE docid = (SELECT docid FROM search_docs WHERE ref_id = " refId ");" \
    " DELETE FROM search_docs WHERE ref_id = " refId "; END;\n"

// The search index's eight unindex triggers: name, when, the record id (migrations 10 and 11).
#define SAIB_SEARCH_TRIGGERS(M) \
    M("entry_upd", "BEFORE UPDATE OF title, body ON journal_entries", "OLD.id") \
    M("entry_del", "BEFORE DELETE ON journal_entries", "OLD.id") \
    M("tag_ins", "BEFORE INSERT ON journal_tags", "NEW.entry_id") \
    M("tag_del", "BEFORE DELETE ON journal_tags", "OLD.entry_id") \
    M("tag_upd_old", "BEFORE UPDATE ON journal_tags", "OLD.entry_id") \
    M("tag_upd_new", "BEFORE UPDATE ON journal_tags", "NEW.entry_id") \
    M("checkin_upd", "BEFORE UPDATE OF note ON checkins", "OLD.id") \
    M("checkin_del", "BEFORE DELETE ON checkins", "OLD.id")

namespace {
// SQL for SQLite 3.15 (what SQLCipher 3.4.1 is built on): no UPSERT, no window functions.
const char *const kMigrations[] = {
    // 1: daily check-ins and their tags.
    R"sql(
    CREATE TABLE checkins (
        id            TEXT PRIMARY KEY,
        day           TEXT NOT NULL UNIQUE,          -- local date, yyyy-MM-dd
        hours         REAL NOT NULL CHECK (hours BETWEEN 0 AND 24),
        strategic_pct INTEGER NOT NULL CHECK (strategic_pct BETWEEN 0 AND 100),
        demand        INTEGER NOT NULL CHECK (demand BETWEEN 0 AND 10),
        emotional     INTEGER NOT NULL CHECK (emotional BETWEEN 0 AND 10),
        energy        INTEGER NOT NULL CHECK (energy BETWEEN 0 AND 10),
        note          TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,                 -- UTC, ISO 8601 with ms
        updated_at    TEXT NOT NULL
    );
    CREATE TABLE checkin_tags (
        checkin_id TEXT NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('drained', 'sustained')),
        position   INTEGER NOT NULL,
        tag        TEXT NOT NULL,
        PRIMARY KEY (checkin_id, kind, tag)
    );
    )sql",
    // 2: tag look-ups for insights, and a key/value table for encrypted settings.
    R"sql(
    CREATE INDEX checkin_tags_by_tag ON checkin_tags (kind, tag);
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    )sql",
    // 3: the journal, its editor draft, and one full-text index over journal entries and
    // check-in notes. FTS4 with unicode61 and remove_diacritics, so "wyn" finds "ŵyn".
    // search_docs maps an FTS docid to the record it indexes.
    R"sql(
    CREATE TABLE journal_entries (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        body       TEXT NOT NULL,
        prompt_id  TEXT NOT NULL DEFAULT '',
        day        TEXT NOT NULL,                   -- local date written, yyyy-MM-dd
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX journal_entries_by_day ON journal_entries (day);
    CREATE TABLE journal_tags (
        entry_id TEXT NOT NULL REFERENCES journal_entries(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        tag      TEXT NOT NULL,
        PRIMARY KEY (entry_id, tag)
    );
    CREATE INDEX journal_tags_by_tag ON journal_tags (tag);
    CREATE TABLE journal_draft (
        slot      INTEGER PRIMARY KEY CHECK (slot = 1),  -- one editor, one draft
        entry_id  TEXT NOT NULL,
        title     TEXT NOT NULL,
        body      TEXT NOT NULL,
        tags      TEXT NOT NULL,                    -- newline-separated
        prompt_id TEXT NOT NULL,
        saved_at  TEXT NOT NULL
    );
    CREATE TABLE search_docs (
        docid  INTEGER PRIMARY KEY AUTOINCREMENT,
        kind   TEXT NOT NULL CHECK (kind IN ('entry', 'checkin')),
        ref_id TEXT NOT NULL UNIQUE,
        day    TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE search_fts USING fts4(
        title, body, tags, tokenize=unicode61 "remove_diacritics=1");
    INSERT INTO search_docs (kind, ref_id, day)
        SELECT 'checkin', id, day FROM checkins WHERE note <> '';
    INSERT INTO search_fts (docid, title, body, tags)
        SELECT d.docid, '', c.note, '' FROM search_docs d JOIN checkins c ON c.id = d.ref_id;
    )sql",
    // 4: insights: the weekly six-domain rating and the termly skills self-assessment.
    R"sql(
    CREATE TABLE weekly_ratings (
        id         TEXT PRIMARY KEY,
        week       TEXT NOT NULL UNIQUE,            -- the Monday of the week, yyyy-MM-dd
        purpose    INTEGER NOT NULL CHECK (purpose BETWEEN 1 AND 5),
        belonging  INTEGER NOT NULL CHECK (belonging BETWEEN 1 AND 5),
        valued     INTEGER NOT NULL CHECK (valued BETWEEN 1 AND 5),
        cared_for  INTEGER NOT NULL CHECK (cared_for BETWEEN 1 AND 5),
        fairness   INTEGER NOT NULL CHECK (fairness BETWEEN 1 AND 5),
        control    INTEGER NOT NULL CHECK (control BETWEEN 1 AND 5),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE skills_assessments (
        id         TEXT PRIMARY KEY,
        taken_on   TEXT NOT NULL,                   -- local date, yyyy-MM-dd
        created_at TEXT NOT NULL
    );
    CREATE INDEX skills_assessments_by_day ON skills_assessments (taken_on);
    CREATE TABLE skill_ratings (
        assessment_id TEXT NOT NULL REFERENCES skills_assessments(id) ON DELETE CASCADE,
        skill_id      TEXT NOT NULL,
        importance    INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 10),
        confidence    INTEGER NOT NULL CHECK (confidence BETWEEN 1 AND 10),
        PRIMARY KEY (assessment_id, skill_id)
    );
    )sql",
    // 5: sync. Triggers note every local change to a synced table in sync_dirty (with the
    // time it happened, so last-writer-wins compares when edits were made, not when they
    // were pushed), whatever code path wrote it: app, CLI, import or restore. While pulled
    // records are applied, sync_guard.applying is 1 and the triggers stay quiet.
    // sync_records holds the clock of the version each record is at; sync_state holds the
    // device identity, sync key, cursor and status (inside the encrypted database).
    R"sql(
    CREATE TABLE sync_guard (applying INTEGER NOT NULL);
    INSERT INTO sync_guard VALUES (0);
    CREATE TABLE sync_dirty (
        kind       TEXT NOT NULL,
        local_key  TEXT NOT NULL,
        changed_ms INTEGER NOT NULL,
        PRIMARY KEY (kind, local_key)
    );
    CREATE TABLE sync_records (
        kind      TEXT NOT NULL,
        local_key TEXT NOT NULL,
        clock     TEXT NOT NULL,
        PRIMARY KEY (kind, local_key)
    );
    CREATE TABLE sync_state (
        key   TEXT PRIMARY KEY,
        value BLOB NOT NULL
    );
    )sql"
    SAIB_SYNC_TRIGGERS("checkin", "checkins", "day", "day")
    SAIB_SYNC_TRIGGERS("entry", "journal_entries", "id", "id")
    SAIB_SYNC_TRIGGERS("rating", "weekly_ratings", "week", "week")
    SAIB_SYNC_TRIGGERS("skills", "skills_assessments", "id", "id")
    SAIB_SYNC_TRIGGERS("skills", "skill_ratings", "assessment_id", "assessment_id")
    SAIB_SYNC_TRIGGERS("setting", "settings", "key", "key"),

    // 6: anonymous national surveys (DESIGN.md §6). Verified definitions the leader
    // loaded, the token wallet (unspent token inputs: kept only in this encrypted store)
    // and a record of exactly what was sent and when.
    R"sql(
    CREATE TABLE survey_definitions (
        survey_id TEXT PRIMARY KEY,
        envelope  BLOB NOT NULL,                    -- the signed envelope, re-verified on load
        source    TEXT NOT NULL,                    -- server address or file it came from
        added_at  TEXT NOT NULL
    );
    CREATE TABLE survey_wallet (
        slot   INTEGER PRIMARY KEY CHECK (slot = 1), -- one wallet
        tokens TEXT NOT NULL                         -- TokenWallet::toJson()
    );
    CREATE TABLE survey_submissions (
        id        TEXT PRIMARY KEY,
        survey_id TEXT NOT NULL,
        payload   TEXT NOT NULL,                    -- the exact bytes sent
        server    TEXT NOT NULL,
        sent_at   TEXT NOT NULL                     -- UTC, ISO 8601
    );
    CREATE INDEX survey_submissions_by_survey ON survey_submissions (survey_id);
    )sql",

    // 7: a check-in scale may be unset (NULL: not answered) instead of a made-up middle
    // value. SQLite 3.15 cannot drop NOT NULL, so the table is rebuilt. The tags are
    // copied aside first (into the encrypted file, not a temp table), because dropping
    // checkins would cascade to them; the sync triggers go with the old table and are
    // made again, with sync_guard up meanwhile so the copy marks nothing for sync.
    R"sql(
    UPDATE sync_guard SET applying = 1;
    CREATE TABLE checkins_v7 (
        id            TEXT PRIMARY KEY,
        day           TEXT NOT NULL UNIQUE,          -- local date, yyyy-MM-dd
        hours         REAL CHECK (hours BETWEEN 0 AND 24),
        strategic_pct INTEGER CHECK (strategic_pct BETWEEN 0 AND 100),
        demand        INTEGER CHECK (demand BETWEEN 0 AND 10),
        emotional     INTEGER CHECK (emotional BETWEEN 0 AND 10),
        energy        INTEGER CHECK (energy BETWEEN 0 AND 10),
        note          TEXT NOT NULL DEFAULT '',
        created_at    TEXT NOT NULL,                 -- UTC, ISO 8601 with ms
        updated_at    TEXT NOT NULL
    );
    INSERT INTO checkins_v7 (id, day, hours, strategic_pct, demand, emotional, energy, note,
                             created_at, updated_at)
        SELECT id, day, hours, strategic_pct, demand, emotional, energy, note, created_at, updated_at
        FROM checkins;
    CREATE TABLE checkin_tags_v6 AS SELECT checkin_id, kind, position, tag FROM checkin_tags;
    DROP TABLE checkin_tags;
    DROP TABLE checkins;
    ALTER TABLE checkins_v7 RENAME TO checkins;
    CREATE TABLE checkin_tags (
        checkin_id TEXT NOT NULL REFERENCES checkins(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL CHECK (kind IN ('drained', 'sustained')),
        position   INTEGER NOT NULL,
        tag        TEXT NOT NULL,
        PRIMARY KEY (checkin_id, kind, tag)
    );
    INSERT INTO checkin_tags (checkin_id, kind, position, tag)
        SELECT checkin_id, kind, position, tag FROM checkin_tags_v6;
    DROP TABLE checkin_tags_v6;
    CREATE INDEX checkin_tags_by_tag ON checkin_tags (kind, tag);
    UPDATE sync_guard SET applying = 0;
    )sql"
    SAIB_SYNC_TRIGGERS("checkin", "checkins", "day", "day"),

    // 8: sealed survey submissions waiting for their random send time (core/survey/
    // SendSchedule). One slot, like the wallet: SubmissionQueue::toJson(). They hold the
    // answers and the token, so they live here only, and are not synced (a second device
    // sending them would be a second, linkable connection).
    R"sql(
    CREATE TABLE survey_outbox (
        slot   INTEGER PRIMARY KEY CHECK (slot = 1),
        queued TEXT NOT NULL
    );
    )sql",

    // 9: the journal list never reads a body (issue 21). Each entry keeps the start of
    // its body as `preview`, and one index holds everything a page shows, in page order,
    // so a page (and "on this day") is read from the index alone. Triggers keep the
    // preview right whoever writes the row (the app, sync, a restore, an import); save()
    // binds it itself, so for the app's own writes the WHEN clause is false and nothing
    // is written twice. Filling existing rows is not a change to sync (guard up).
    R"sql(
    ALTER TABLE journal_entries ADD COLUMN preview TEXT NOT NULL DEFAULT '';
    UPDATE sync_guard SET applying = 1;
    UPDATE journal_entries SET preview = substr(body, 1, 400);
    UPDATE sync_guard SET applying = 0;
    CREATE INDEX journal_entries_page ON journal_entries (day, created_at, id, title, prompt_id, preview);
    CREATE TRIGGER journal_preview_ins AFTER INSERT ON journal_entries
        WHEN NEW.preview IS NOT substr(NEW.body, 1, 400) BEGIN
        UPDATE journal_entries SET preview = substr(NEW.body, 1, 400) WHERE id = NEW.id; END;
    CREATE TRIGGER journal_preview_upd AFTER UPDATE OF body ON journal_entries
        WHEN NEW.preview IS NOT substr(NEW.body, 1, 400) BEGIN
        UPDATE journal_entries SET preview = substr(NEW.body, 1, 400) WHERE id = NEW.id; END;
    )sql",

    // 10: the search index no longer keeps its own copy of the text (issue 21: 11-16 MiB
    // over ten years, every page of it encrypted on each write). search_fts becomes an
    // external-content FTS4 table over the view search_content, which reads each indexed
    // record's text from its own table by docid ("rowid": the name FTS4 asks for). FTS4
    // removes a document by re-reading its text, so that text must still be the indexed
    // text at that moment: the BEFORE triggers take a record out of the index just before
    // anything it was indexed from changes, and SearchIndex::put indexes it again from the
    // view afterwards. Docids stay, so ranking ties keep their order. The index is rebuilt
    // once from the records, inside this migration's transaction.
    R"sql(
    CREATE VIEW search_content AS
        SELECT d.docid AS rowid,
               coalesce(e.title, '') AS title,
               coalesce(e.body, c.note, '') AS body,
               coalesce((SELECT group_concat(tag, ' ') FROM
                            (SELECT tag FROM journal_tags t WHERE t.entry_id = e.id ORDER BY position)),
                        '') AS tags
        FROM search_docs d
        LEFT JOIN journal_entries e ON d.kind = 'entry' AND e.id = d.ref_id
        LEFT JOIN checkins c ON d.kind = 'checkin' AND c.id = d.ref_id;
    DROP TABLE search_fts;
    CREATE VIRTUAL TABLE search_fts USING fts4(content="search_content",
        title, body, tags, tokenize=unicode61 "remove_diacritics=1");
    INSERT INTO search_fts (search_fts) VALUES ('rebuild');
    )sql"
    SAIB_SEARCH_TRIGGERS(SAIB_SEARCH_UNINDEX),

    // 11: migration 10's unindex triggers skip records that are not in the index (see
    // SAIB_SEARCH_UNINDEX_GUARDED).
    SAIB_SEARCH_TRIGGERS(SAIB_SEARCH_UNINDEX_GUARDED),

    // 12: no trigger fires on INSERT (issue 21). A table with any INSERT trigger, even one
    // whose WHEN is false, makes SQLite keep a statement journal for every insert into it,
    // and SQLCipher 3.4.1 encrypts (random IV, AES, HMAC) every page copied to that
    // journal, in memory or not: a first sync of the ten-year account encrypted 195,000
    // pages to write 77,000, and 123,000 of them were statement journals of inserts. The
    // work the triggers did is now done by the only code that inserts these rows, each
    // store's put(): it marks a new record for sync (SyncLedgerStore::markInserted, the
    // same guard and time) and binds the entry's preview; the tags of an entry are only
    // inserted by JournalStore::put just after its row, which is in no search index then.
    // Updates and deletes keep their triggers.
    R"sql(
    DROP TRIGGER sync_checkins_ins;
    DROP TRIGGER sync_journal_entries_ins;
    DROP TRIGGER sync_weekly_ratings_ins;
    DROP TRIGGER sync_skills_assessments_ins;
    DROP TRIGGER sync_skill_ratings_ins;
    DROP TRIGGER sync_settings_ins;
    DROP TRIGGER journal_preview_ins;
    DROP TRIGGER search_unindex_tag_ins;
    )sql",
};
constexpr int kCount = int(sizeof kMigrations / sizeof kMigrations[0]);
} // namespace

int latestVersion() { return kCount; }

Error apply(Database &db, int target)
{
    if (target < 0 || target > kCount)
        target = kCount;
    const int current = db.schemaVersion();
    if (current < 0)
        return Error(ErrorCode::DatabaseCorrupt, QStringLiteral("cannot read user_version"));
    if (current > kCount)
        return Error(ErrorCode::DatabaseTooNew, QStringLiteral("schema %1 > %2").arg(current).arg(kCount));
    for (int version = current + 1; version <= target; ++version) {
        Error e = db.transaction([&]() -> Error {
            if (Error step = db.exec(kMigrations[version - 1]); !step.ok())
                return step;
            const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version);
            return db.exec(setVersion.constData());
        });
        if (!e.ok())
            return e;
    }
    return {};
}

} // namespace saib::Migrations
