#pragma once
// One named QtSql connection (QSQLITE or QPSQL) with the few helpers every relay-side
// store needs: prepared queries kept for reuse, one transaction helper that takes
// SQLite's write lock up front, errors without bound values, and a reconnect after
// PostgreSQL drops the connection. Used by SqlRelayStore and SurveyStore.
#include "DatabaseUrl.h"
#include "SqlDialect.h"

#include <core/Error.h>

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>
#include <memory>

namespace saib::relay {

// A prepared statement from the connection's cache, with the few QSqlQuery calls the
// stores use. It is reset when this handle goes out of scope, so no statement keeps
// SQLite's read snapshot (or a PostgreSQL portal) open between requests. Bind every
// placeholder before each exec: values from the last use stay bound.
class SqlStatement {
public:
    explicit SqlStatement(std::shared_ptr<QSqlQuery> query) : m_q(std::move(query)) {}
    ~SqlStatement()
    {
        if (m_q)
            m_q->finish();
    }
    SqlStatement(SqlStatement &&) noexcept = default;
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    operator QSqlQuery &() { return *m_q; }
    void bindValue(const QString &name, const QVariant &value) { m_q->bindValue(name, value); }
    bool next() { return m_q->next(); }
    QVariant value(int index) const { return m_q->value(index); }
    int numRowsAffected() const { return m_q->numRowsAffected(); }
    void finish() { m_q->finish(); }

private:
    std::shared_ptr<QSqlQuery> m_q;
};

class SqlConnection {
public:
    explicit SqlConnection(const QString &prefix);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    Error open(const DatabaseUrl &url);
    const SqlDialect &dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect.isPostgres(); }

    // Prepared once per connection and reused: parsing (and on PostgreSQL, a PREPARE round
    // trip) was a large share of each small request.
    SqlStatement prepare(const QString &sql);
    Error exec(QSqlQuery &query);
    Error execRaw(const QString &sql);
    // Runs `work` in one transaction (BEGIN IMMEDIATE on SQLite): commits when it returns
    // no error, rolls back when it or the commit fails. Every relay and survey write that
    // needs a transaction goes through here (single statements are atomic on their own).
    // Inside another transaction it is a savepoint: its work is undone alone on failure.
    Error transaction(const std::function<Error()> &work);
    bool inTransaction() const { return m_depth > 0; }

private:
    Error execControl(const QString &sql); // BEGIN, COMMIT, ROLLBACK, savepoints
    Error begin();
    Error commit();
    void rollback();
    void reconnectIfLost();
    QString m_name;
    SqlDialect m_dialect;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    int m_depth = 0; // open transactions: 1 the outer one, more its savepoints
};

} // namespace saib::relay
