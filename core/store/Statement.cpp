#include "Statement.h"
#include "Database.h"

#include <sqlcipher/sqlite3.h>

namespace saib {

Error sqliteError(sqlite3 *db, int rc, const char *what)
{
    const QString detail = QStringLiteral("%1: %2 (%3)")
                               .arg(QLatin1String(what), QString::fromUtf8(db ? sqlite3_errmsg(db) : ""))
                               .arg(rc);
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Error(ErrorCode::DiskFull, detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return Error(ErrorCode::ReadOnlyStorage, detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error(ErrorCode::DatabaseCorrupt, detail);
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::DatabaseOpenFailed, detail);
    default:
        return Error(ErrorCode::StorageFailed, detail);
    }
}

Statement::Statement(Database &db, const char *sql) : m_db(db.handle())
{
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        m_error = sqliteError(m_db, rc, "prepare");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement &Statement::bind(int index, const QByteArray &blob)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, blob.constData(), int(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt || !m_error.ok())
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = sqliteError(m_db, rc, "step");
    return false;
}

Error Statement::run()
{
    while (next()) {
    }
    return m_error;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_error = {};
}

QString Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }
QByteArray Statement::blob(int column) const
{
    const void *p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

QByteArray Statement::inList(int n)
{
    QByteArray out("(");
    for (int i = 0; i < n; ++i)
        out += i == 0 ? "?" : ", ?";
    return out + ")";
}

Result<QStringList> Statement::firstColumnTexts(Database &db, const char *sql)
{
    Statement st(db, sql);
    QStringList out;
    while (st.next())
        out << st.text(0);
    if (!st.error().ok())
        return st.error();
    return out;
}

} // namespace saib
