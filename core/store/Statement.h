#pragma once
// A prepared SQLCipher statement with Qt-typed binding and reading. Step errors are
// mapped to ErrorCodes (disk full, read-only, corrupt...) so callers can show them.
#include "../Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace saib {

class Database;

Error sqliteError(sqlite3 *db, int rc, const char *what);

class Statement {
public:
    Statement(Database &db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    const Error &prepareError() const { return m_error; }

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    // As a BLOB (copied by SQLite).
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    // An unset value (a check-in scale not answered) is bound as NULL.
    Statement &bind(int index, std::optional<int> value) { return value ? bind(index, *value) : bindNull(index); }
    Statement &bind(int index, std::optional<double> value) { return value ? bind(index, *value) : bindNull(index); }

    // Advances one row. Returns true while a row is available; on false check error().
    bool next();
    // Runs a statement that returns no rows.
    Error run();
    const Error &error() const { return m_error; }
    void reset();

    QString text(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    // NULL reads as unset.
    std::optional<int> optionalInteger(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<int>(int(integer(column)));
    }
    std::optional<double> optionalReal(int column) const
    {
        return isNull(column) ? std::nullopt : std::optional<double>(real(column));
    }
    QByteArray blob(int column) const;

    // "(?, ?, ...)": n placeholders for `column IN` a list, each value bound on its own
    // (a batch read in one query rather than one per key). n <= kMaxInList.
    static QByteArray inList(int n);
    static constexpr int kMaxInList = 500; // under SQLite's 999 bound parameters
    // The first column of every row `sql` returns, as text (ids, days, tags).
    static Result<QStringList> firstColumnTexts(Database &db, const char *sql);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    Error m_error;
};

} // namespace saib
