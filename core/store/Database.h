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

struct sqlite3;

namespace saib {

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
    // Inside another transaction it becomes a SAVEPOINT, so bulk writers can batch many
    // store calls into one commit.
    Error transaction(const std::function<Error()> &body);
    int schemaVersion();
    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes();
    QString cipherVersion();
    const QString &path() const { return m_path; }
    // True when the store could only be opened read-only (see above).
    bool isReadOnly() const { return m_readOnly; }
    sqlite3 *handle() { return m_db; }

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    static Result<std::unique_ptr<Database>> openWith(const QString &path, const SecureBuffer *key,
                                                      Mode mode, int migrateTo);
    static Result<std::unique_ptr<Database>> connect(const QString &path, const SecureBuffer *key,
                                                     Mode mode, bool readOnly);
    sqlite3 *m_db;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace saib
