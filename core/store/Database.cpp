#include "Database.h"
#include "Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace saib {

namespace {
// Store settings (see connect() for why and what was measured).
#define SAIB_CACHE_KIB "-32768"
#define SAIB_CHECKPOINT_PAGES "8192"
#define SAIB_WAL_LIMIT_BYTES "8388608"

// Hands the key to SQLCipher as the blob literal x'<64 hex>' (a raw key: no PBKDF2).
// The hex form lives only in secure memory and is wiped straight after.
int applyRawKey(sqlite3 *db, const SecureBuffer &key)
{
    const std::size_t hexLen = key.size() * 2;
    SecureBuffer literal(hexLen + 4); // x' + hex + ' + NUL from bin2hex
    unsigned char *p = literal.data();
    p[0] = 'x';
    p[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char *>(p + 2), hexLen + 1, key.data(), key.size());
    p[2 + hexLen] = '\'';
    return sqlite3_key(db, p, int(hexLen + 3));
}

bool writable(const QString &path)
{
    const QFileInfo file(path);
    return QFileInfo(file.absolutePath()).isWritable() && file.isWritable();
}

// SQLite 3.15 cannot read a WAL database from a folder it cannot write (it must create
// the -shm index), so a read-only store is opened as "immutable": no locks, no WAL, only
// the main file. A clean close folds the WAL into that file, so only commits of a session
// that crashed just before the folder became read-only stay out of sight until it is
// writable again; nothing is lost or changed.
QByteArray readOnlyUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
}
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBuffer &key,
                                                 Mode mode, int migrateTo)
{
    if (key.size() != 32)
        return Error(ErrorCode::CipherUnavailable, QStringLiteral("key must be 32 bytes"));
    return openWith(path, &key, mode, migrateTo);
}

Result<std::unique_ptr<Database>> Database::openUnencryptedForBenchmark(const QString &path, Mode mode)
{
    return openWith(path, nullptr, mode, -1);
}

Result<std::unique_ptr<Database>> Database::openWith(const QString &path, const SecureBuffer *key,
                                                     Mode mode, int migrateTo)
{
    const bool exists = QFile::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return Error(ErrorCode::VaultMissing, path);
    if (mode == Mode::Create && exists)
        return Error(ErrorCode::VaultAlreadyExists, path);

    auto db = connect(path, key, mode, false);
    if (!db.ok() && mode == Mode::OpenExisting && !writable(path)
        && (db.error().code == ErrorCode::DatabaseOpenFailed || db.error().code == ErrorCode::ReadOnlyStorage))
        db = connect(path, key, mode, true);
    if (!db.ok())
        return db.error();
    if (db.value()->isReadOnly()) {
        // Nothing can be migrated in place: an older schema is refused rather than misread.
        const int version = db.value()->schemaVersion();
        if (version > Migrations::latestVersion())
            return Error(ErrorCode::DatabaseTooNew, QStringLiteral("schema %1").arg(version));
        if (version < Migrations::latestVersion() && (migrateTo < 0 || version < migrateTo))
            return Error(ErrorCode::ReadOnlyStorage, QStringLiteral("schema %1 needs migrating").arg(version));
        return db;
    }
    if (Error e = Migrations::apply(*db.value(), migrateTo); !e.ok())
        return e;
    return db;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path, const SecureBuffer *key,
                                                    Mode mode, bool readOnly)
{
    sqlite3 *raw = nullptr;
    int flags = SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0)
        | SQLITE_OPEN_FULLMUTEX;
    QByteArray name = QFile::encodeName(path);
    if (readOnly) {
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX;
        name = readOnlyUri(path);
    }
    int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "open");
    if (key) {
        rc = applyRawKey(raw, *key);
        if (rc != SQLITE_OK)
            return sqliteError(raw, rc, "key");
    }

    // Plain SQLite accepts PRAGMA key silently; only SQLCipher answers cipher_version.
    if (db->cipherVersion().isEmpty())
        return Error(ErrorCode::CipherUnavailable, QStringLiteral("not linked against SQLCipher"));
    // The first read proves the key: a wrong key reads garbage and fails with NOTADB.
    {
        Statement probe(*db, "SELECT count(*) FROM sqlite_master");
        if (!probe.prepareError().ok())
            return probe.prepareError();
        probe.next();
        if (!probe.error().ok())
            return probe.error();
    }
    // Every connection's settings, the same for SQLCipher and for the benchmark's unencrypted
    // store so that comparison stays fair. Measured with saib-bench (issue 21; figures in
    // README "Performance"):
    // - temp_store = MEMORY: sorts and temporary tables never reach a plaintext temp file.
    // - cache_size: SQLCipher decrypts and checks (HMAC) every page it reads from the OS
    //   cache; SQLite 3.15's default cache is 2 MiB, much smaller than what a session reads
    //   of a ten-year store (32 MiB). Three rounds each, CPU time, ten-year store, same
    //   load: with 32 MiB the read ratios (SQLCipher / unencrypted) were 0.93-1.17 (a
    //   journal page 1.17, one entry 1.16, dashboard 0.93-1.09) but "on this day" 1.45;
    //   with 8 MiB 1.02-1.80 (1.48, 1.37, 1.17-1.37; "on this day" 1.20). Cost: the bench's
    //   store peak went from 78 to 132 MiB (93 with 8 MiB); the cache grows only with the
    //   pages really read, per connection (the app has two: the UI's and live search's).
    if (Error e = db->exec("PRAGMA temp_store = MEMORY; PRAGMA cache_size = " SAIB_CACHE_KIB); !e.ok())
        return e;
    // Without a key, use SQLCipher 3's page size, so a benchmark compares encryption and
    // nothing else (plain SQLite would default to 4096-byte pages).
    if (!key && mode == Mode::Create)
        if (Error e = db->exec("PRAGMA page_size = 1024"); !e.ok())
            return e;
    // A file we may read but not write (e.g. mode 0400) opens read-only by itself.
    db->m_readOnly = readOnly || sqlite3_db_readonly(raw, "main") == 1;
    if (db->m_readOnly)
        return db;
    {
        Statement wal(*db, "PRAGMA journal_mode = WAL");
        wal.next();
        if (!wal.error().ok())
            return wal.error();
    }
    if (Error e = db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL"); !e.ok())
        return e;
    // - wal_autocheckpoint: a checkpoint re-reads (decrypts) every page in the WAL and
    //   writes it again (encrypts) into the main file; at the default 1,000 pages a bulk
    //   write checkpoints the same hot pages (B-tree interiors, search segments) again and
    //   again. journal_size_limit truncates the WAL after a checkpoint so it does not stay
    //   at its high-water mark on disk. On the shared bench machine its effect on the bulk
    //   insert was inside the run-to-run noise (CPU 5.7 s encrypted, 1.30-1.36x, before
    //   and after); it is kept for the repeated checkpoints it saves a bulk write, at the
    //   cost of a WAL of up to 8 MiB, folded back into the file when the store closes.
    if (Error e = db->exec("PRAGMA wal_autocheckpoint = " SAIB_CHECKPOINT_PAGES
                           "; PRAGMA journal_size_limit = " SAIB_WAL_LIMIT_BYTES);
        !e.ok())
        return e;
    return db;
}

Database::~Database()
{
    m_cache.clear(); // finalised before the connection closes
    if (m_db && m_readOnly) {
        sqlite3_close_v2(m_db);
    } else if (m_db) {
        // Fold the WAL back into the main file so a closed vault is one file at rest.
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
}

Error Database::exec(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    sqlite3_free(msg);
    if (rc != SQLITE_OK)
        return sqliteError(m_db, rc, "exec");
    return {};
}

Error Database::transaction(const std::function<Error()> &body)
{
    if (!sqlite3_get_autocommit(m_db)) {
        // No savepoint: SQLCipher 3.4.1 encrypts every page copied to a savepoint's
        // journal, and one per store call cost the ten-year bulk insert a third of its
        // time (4.26 s against 2.82 s; issue 21). The outer transaction is failed instead.
        Error result = body();
        if (!result.ok() && m_innerFailure.ok())
            m_innerFailure = result;
        return result;
    }
    if (Error e = exec("BEGIN IMMEDIATE"); !e.ok())
        return e;
    m_innerFailure = Error();
    Error result = body();
    if (result.ok() && !m_innerFailure.ok())
        result = m_innerFailure; // a caller went on after an inner write failed
    m_innerFailure = Error();
    if (!result.ok()) {
        (void)exec("ROLLBACK"); // the body's error is the one to report
        return result;
    }
    if (Error e = exec("COMMIT"); !e.ok()) {
        (void)exec("ROLLBACK"); // the commit's error is the one to report
        return e;
    }
    return {};
}

int Database::schemaVersion()
{
    Statement st(*this, "PRAGMA user_version");
    return st.next() ? int(st.integer(0)) : -1;
}

int Database::pageSize()
{
    Statement st(*this, "PRAGMA page_size");
    return st.next() ? int(st.integer(0)) : 0;
}

int Database::changes() { return sqlite3_changes(m_db); }

QString Database::cipherVersion()
{
    Statement st(*this, "PRAGMA cipher_version");
    return st.next() ? st.text(0) : QString();
}

} // namespace saib

namespace saib {

qint64 Database::lastInsertRowId() { return sqlite3_last_insert_rowid(m_db); }

void Database::interrupt() { sqlite3_interrupt(m_db); }

CachedStatement Database::cached(const char *sql)
{
    std::lock_guard<std::mutex> lock(m_cacheMutex);
    CacheSlot &slot = m_cache[sql];
    if (!slot.statement) {
        auto fresh = std::make_unique<Statement>(*this, sql);
        if (!fresh->prepareError().ok()) // not kept: the next call tries again
            return CachedStatement(nullptr, nullptr, nullptr, std::move(fresh));
        slot.statement = std::move(fresh);
    }
    if (slot.inUse)
        return CachedStatement(nullptr, nullptr, nullptr, std::make_unique<Statement>(*this, sql));
    slot.inUse = true;
    return CachedStatement(slot.statement.get(), &slot.inUse, &m_cacheMutex, nullptr);
}

CachedStatement::CachedStatement(Statement *shared, bool *inUse, std::mutex *cacheMutex,
                                 std::unique_ptr<Statement> own)
    : m_st(own ? own.get() : shared), m_cacheMutex(cacheMutex), m_inUse(inUse), m_own(std::move(own))
{
}

CachedStatement::CachedStatement(CachedStatement &&other) noexcept
    : m_st(other.m_st), m_cacheMutex(other.m_cacheMutex), m_inUse(other.m_inUse), m_own(std::move(other.m_own))
{
    other.m_st = nullptr;
    other.m_inUse = nullptr;
}

CachedStatement::~CachedStatement()
{
    if (m_inUse) {
        m_st->reset();
        std::lock_guard<std::mutex> lock(*m_cacheMutex);
        *m_inUse = false;
    }
}

} // namespace saib
