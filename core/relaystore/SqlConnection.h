#pragma once
// One named QtSql connection (QSQLITE or QPSQL) with the few helpers every relay-side
// store needs: prepared queries, transactions that take SQLite's write lock up front,
// errors without bound values, and a reconnect after PostgreSQL drops the connection.
// Used by SqlRelayStore and SqlSurveyStore.
#include "DatabaseUrl.h"
#include "SqlDialect.h"

#include <core/Error.h>

#include <QSqlQuery>
#include <QString>

namespace saib::relay {

class SqlConnection {
public:
    explicit SqlConnection(const QString &prefix);
    ~SqlConnection();
    SqlConnection(const SqlConnection &) = delete;
    SqlConnection &operator=(const SqlConnection &) = delete;

    Error open(const DatabaseUrl &url);
    const SqlDialect &dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect.isPostgres(); }

    QSqlQuery prepare(const QString &sql);
    Error exec(QSqlQuery &query);
    Error execRaw(const QString &sql);
    Error begin();
    Error commit();
    void rollback();

private:
    void reconnectIfLost();
    QString m_name;
    SqlDialect m_dialect;
};

} // namespace saib::relay
