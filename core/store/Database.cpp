#include "Database.h"
#include "Migrations.h"

#include <QFile>
#include <sodium.h>
#include <sqlcipher/sqlite3.h>

namespace saib {

namespace {
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
} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBuffer &key,
                                                 Mode mode, int migrateTo)
{
    if (key.size() != 32)
        return Error(ErrorCode::CipherUnavailable, QStringLiteral("key must be 32 bytes"));
    const bool exists = QFile::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return Error(ErrorCode::VaultMissing, path);
    if (mode == Mode::Create && exists)
        return Error(ErrorCode::VaultAlreadyExists, path);

    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (mode == Mode::Create ? SQLITE_OPEN_CREATE : 0)
        | SQLITE_OPEN_FULLMUTEX;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw, path));
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "open");
    rc = applyRawKey(raw, key);
    if (rc != SQLITE_OK)
        return sqliteError(raw, rc, "key");

    // Plain SQLite accepts PRAGMA key silently; only SQLCipher answers cipher_version.
    if (db->cipherVersion().isEmpty())
        return Error(ErrorCode::CipherUnavailable, QStringLiteral("not linked against SQLCipher"));
    // The first read proves the key: a wrong key reads garbage and fails with NOTADB.
    {
        Statement probe(raw, "SELECT count(*) FROM sqlite_master");
        if (!probe.prepareError().ok())
            return probe.prepareError();
        probe.next();
        if (!probe.error().ok())
            return probe.error();
    }
    if (Error e = db->exec("PRAGMA temp_store = MEMORY"); !e.ok())
        return e;
    {
        Statement wal(raw, "PRAGMA journal_mode = WAL");
        wal.next();
        if (!wal.error().ok())
            return wal.error();
    }
    if (Error e = db->exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL"); !e.ok())
        return e;
    if (Error e = Migrations::apply(*db, migrateTo); !e.ok())
        return e;
    return db;
}

Database::~Database()
{
    if (m_db) {
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
    if (Error e = exec("BEGIN IMMEDIATE"); !e.ok())
        return e;
    Error result = body();
    if (!result.ok()) {
        exec("ROLLBACK");
        return result;
    }
    if (Error e = exec("COMMIT"); !e.ok()) {
        exec("ROLLBACK");
        return e;
    }
    return {};
}

int Database::schemaVersion()
{
    Statement st(m_db, "PRAGMA user_version");
    return st.next() ? int(st.integer(0)) : -1;
}

int Database::changes() { return sqlite3_changes(m_db); }

QString Database::cipherVersion()
{
    Statement st(m_db, "PRAGMA cipher_version");
    return st.next() ? st.text(0) : QString();
}

} // namespace saib
