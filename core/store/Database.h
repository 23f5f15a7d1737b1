#pragma once
// An open SQLCipher database keyed with a raw 256-bit key (SQLCipher's own KDF is not
// used: the key already comes from Argon2id via the key file). Opening checks that the
// library really is SQLCipher and that the key fits, sets WAL and in-memory temp storage
// (so no plaintext temp files), then applies pending migrations.
// A store whose folder or file cannot be written (read-only medium, permissions) still
// opens, read-only: reads work and every write fails with ReadOnlyStorage.
#include "../Error.h"
#include "../crypto/SecureBuffer.h"
#include "Statement.h"

#include <QString>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

struct sqlite3;

namespace saib {

class Database;

// A statement from Database::cached(): prepared once per connection, reset (bindings
// cleared, read cursor released) when this handle goes out of scope.
class CachedStatement {
public:
    CachedStatement(CachedStatement &&other) noexcept;
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    ~CachedStatement();
    Statement &operator*() { return *m_st; }
    Statement *operator->() { return m_st; }

private:
    friend class Database;
    CachedStatement(Statement *shared, bool *inUse, std::mutex *cacheMutex, std::unique_ptr<Statement> own);
    Statement *m_st;
    std::mutex *m_cacheMutex = nullptr;
    bool *m_inUse;                    // the cache slot's flag; nullptr for an uncached one
    std::unique_ptr<Statement> m_own; // a statement not kept (prepare failed, or slot busy)
};

class Database {
public:
    enum class Mode { OpenExisting, Create };
    // `migrateTo` < 0 applies every migration; tests pass a number to stop early.
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecureBuffer &key,
                                                  Mode mode, int migrateTo = -1);
    // Benchmarks only (saib-bench compares the same engine with and without encryption):
    // the same SQLCipher library, schema and pragmas, but no key, so pages are stored in
    // clear exactly as plain SQLite 3.15 would. Never used for a leader's data.
    static Result<std::unique_ptr<Database>> openUnencryptedForBenchmark(const QString &path, Mode mode);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Error exec(const char *sql);
    // Runs `body` inside BEGIN IMMEDIATE/COMMIT; rolls back if it returns an error.
    // Inside another transaction (a bulk writer batching many store calls into one
    // commit) `body` just runs, with no savepoint, and an error from it fails the outer
    // transaction: that one is rolled back when it ends, whatever its own body returns,
    // so nothing of a half-done inner write is ever committed.
    Error transaction(const std::function<Error()> &body);
    int schemaVersion();
    // Bytes per database page (0 when it cannot be read).
    int pageSize();
    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes();
    QString cipherVersion();
    const QString &path() const { return m_path; }
    // True when the store could only be opened read-only (see above).
    bool isReadOnly() const { return m_readOnly; }
    // The rowid of the last INSERT on this connection.
    qint64 lastInsertRowId();
    // Stops the statement running on this connection (from another thread).
    void interrupt();
    // For the stores' hot write paths (put(), the sync ledger): the statement for `sql`,
    // prepared on first use and kept for the connection's life. A statement already in
    // use (a nested call with the same SQL) gets a fresh one instead of being reset.
    CachedStatement cached(const char *sql);

private:
    // The raw connection stays inside core/store: Statement runs SQL on it, and no code
    // outside core/store holds SQL (tests/check-sql-in-store.sh).
    friend class Statement;
    sqlite3 *handle() { return m_db; }
    struct CacheSlot {
        std::unique_ptr<Statement> statement;
        bool inUse = false;
    };
    std::unordered_map<std::string, CacheSlot> m_cache;
    std::mutex m_cacheMutex; // the connection is FULLMUTEX, so the cache is guarded too

    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    static Result<std::unique_ptr<Database>> openWith(const QString &path, const SecureBuffer *key,
                                                      Mode mode, int migrateTo);
    static Result<std::unique_ptr<Database>> connect(const QString &path, const SecureBuffer *key,
                                                     Mode mode, bool readOnly);
    sqlite3 *m_db;
    QString m_path;
    bool m_readOnly = false;
    // The first error of a transaction() run inside the current outer one.
    Error m_innerFailure;
};

} // namespace saib
