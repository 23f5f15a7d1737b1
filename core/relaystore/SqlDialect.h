#pragma once
// The few places where SQLite and PostgreSQL SQL differ for the relay schema. Everything
// else (ON CONFLICT, RETURNING, BIGINT) is written once in the common subset.
#include "DatabaseUrl.h"

#include <QString>
#include <QStringList>

namespace saib::relay {

struct SqlDialect {
    DatabaseUrl::Backend backend = DatabaseUrl::Backend::Sqlite;

    bool isPostgres() const { return backend == DatabaseUrl::Backend::Postgres; }
    QString blobType() const;
    QString sequenceColumn() const;
    // CREATE statements for the whole schema (idempotent).
    QStringList schema() const;
    // ALTERs that bring a schema-2 database to schema 3 (key epochs).
    QStringList migrationTo3() const;
    // ... and schema 3 to 4 (the clock inside the ciphertext).
    QStringList migrationTo4() const;
    QStringList migrationTo5() const;
    // Serialises concurrent pushes to one account, so sequence numbers become visible in
    // order and a pull cursor never skips a row committed late. SQLite needs nothing:
    // BEGIN IMMEDIATE already takes the database's single write lock.
    QString lockAccountRow() const;
};

} // namespace saib::relay
