#include "SqlConnection.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

namespace saib::relay {

namespace {
QAtomicInt g_counter;

Error storageError(const QSqlQuery &q)
{
    // The driver's text names tables and constraints but never carries bound values.
    return Error(ErrorCode::StorageFailed, q.lastError().text().left(300));
}
} // namespace

SqlConnection::SqlConnection(const QString &prefix)
    : m_name(QStringLiteral("%1-%2").arg(prefix).arg(g_counter.fetchAndAddRelaxed(1)))
{
}

SqlConnection::~SqlConnection()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Error SqlConnection::open(const DatabaseUrl &url)
{
    m_dialect.backend = url.backend;
    const bool pg = m_dialect.isPostgres();
    const QString driver = pg ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error(ErrorCode::DatabaseOpenFailed, driver + QStringLiteral(" driver is not installed"));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
    if (pg) {
        db.setHostName(url.host);
        db.setPort(url.port);
        db.setUserName(url.user);
        db.setPassword(url.password);
        db.setDatabaseName(url.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    } else {
        const QFileInfo info(url.path);
        if (!QDir().mkpath(info.absolutePath()))
            return Error(ErrorCode::DatabaseOpenFailed, QStringLiteral("cannot create ") + info.absolutePath());
        db.setDatabaseName(url.path);
        // Several relays may share the file; wait for the write lock instead of failing.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!db.open())
        return Error(ErrorCode::DatabaseOpenFailed, db.lastError().text().left(300));
    if (!pg) {
        QFile::setPermissions(url.path, QFile::ReadOwner | QFile::WriteOwner);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL"}) {
            if (Error e = execRaw(QString::fromLatin1(pragma)))
                return Error(ErrorCode::DatabaseOpenFailed, e.detail);
        }
    }
    return {};
}

SqlStatement SqlConnection::prepare(const QString &sql)
{
    if (auto cached = m_statements.value(sql))
        return SqlStatement(cached);
    auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_name, false));
    q->setForwardOnly(true);
    if (q->prepare(sql))
        m_statements.insert(sql, q);
    return SqlStatement(q); // a failed prepare is not kept: exec() reports its error
}

void SqlConnection::reconnectIfLost()
{
    if (!m_dialect.isPostgres())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QSqlQuery ping(db);
    if (ping.exec(QStringLiteral("SELECT 1")))
        return;
    m_statements.clear(); // prepared on the lost session
    db.close();
    db.open();
}

Error SqlConnection::exec(QSqlQuery &query)
{
    if (query.exec())
        return {};
    Error e = storageError(query);
    reconnectIfLost();
    return e;
}

Error SqlConnection::execRaw(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    if (q.exec(sql))
        return {};
    return storageError(q);
}

Error SqlConnection::execControl(const QString &sql)
{
    // SQLite: BEGIN, COMMIT and savepoints prepared once like any statement (building and
    // parsing them afresh was a few percent of a push). PostgreSQL cannot PREPARE them.
    if (m_dialect.isPostgres())
        return execRaw(sql);
    auto q = prepare(sql);
    return exec(q);
}

Error SqlConnection::begin()
{
    // IMMEDIATE takes SQLite's write lock up front: a deferred transaction that reads and
    // then writes can fail with SQLITE_BUSY without waiting when another relay writes.
    Error e = execControl(m_dialect.isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    if (e)
        reconnectIfLost();
    return e;
}

Error SqlConnection::commit()
{
    Error e = execControl(QStringLiteral("COMMIT"));
    if (e)
        rollback();
    return e;
}

void SqlConnection::rollback()
{
    // Nothing to add when it fails: the caller reports the error that made it roll back,
    // and a connection that lost its transaction has rolled it back already.
    (void)execControl(QStringLiteral("ROLLBACK"));
}

Error SqlConnection::transaction(const std::function<Error()> &work)
{
    if (m_depth > 0) {
        const QString name = QStringLiteral("s%1").arg(m_depth);
        if (Error e = execControl(QStringLiteral("SAVEPOINT ") + name))
            return e;
        ++m_depth;
        Error e = work();
        --m_depth;
        if (e) {
            (void)execControl(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name); // the first error is the one reported
            (void)execControl(QStringLiteral("RELEASE SAVEPOINT ") + name);
            return e;
        }
        return execControl(QStringLiteral("RELEASE SAVEPOINT ") + name);
    }
    if (Error e = begin())
        return e;
    ++m_depth;
    Error e = work();
    --m_depth;
    if (e) {
        rollback();
        return e;
    }
    return commit();
}

} // namespace saib::relay
