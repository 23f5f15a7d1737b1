#pragma once
// An open SQLCipher database keyed with a raw 256-bit key (SQLCipher's own KDF is not
// used: the key already comes from Argon2id via the key file). Opening checks that the
// library really is SQLCipher and that the key fits, sets WAL and in-memory temp storage
// (so no plaintext temp files), then applies pending migrations.
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
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    Error exec(const char *sql);
    // Runs `body` inside BEGIN IMMEDIATE/COMMIT; rolls back if it returns an error.
    Error transaction(const std::function<Error()> &body);
    int schemaVersion();
    // Rows changed by the last INSERT/UPDATE/DELETE.
    int changes();
    QString cipherVersion();
    const QString &path() const { return m_path; }
    sqlite3 *handle() { return m_db; }

private:
    Database(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}
    sqlite3 *m_db;
    QString m_path;
};

} // namespace saib
