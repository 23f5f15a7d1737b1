#pragma once
// Parses the relay's --db argument: "sqlite:path/relay.db" (or sqlite:///abs/path) and
// "postgres://user:pass@host:port/db" (also "postgresql://"). The password stays inside
// this struct; describe() gives a form that is safe to log.
#include <core/Error.h>

#include <QString>

namespace saib::relay {

struct DatabaseUrl {
    enum class Backend { Sqlite, Postgres };
    Backend backend = Backend::Sqlite;
    QString path; // SQLite file
    QString host, user, password, database;
    int port = 5432;

    static Result<DatabaseUrl> parse(const QString &text);
    QString describe() const; // no password
};

} // namespace saib::relay
