#include "SqlDialect.h"

namespace saib::relay {

QString SqlDialect::blobType() const
{
    return isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
}

QString SqlDialect::sequenceColumn() const
{
    // AUTOINCREMENT: SQLite must never reuse a sequence number, even after deletes.
    return isPostgres() ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                        : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
}

QStringList SqlDialect::schema() const
{
    const QString blob = blobType();
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS relay_meta ("
                       " key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS accounts ("
                       " account_id TEXT PRIMARY KEY, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices ("
                       " account_id TEXT NOT NULL REFERENCES accounts(account_id),"
                       " device_id TEXT NOT NULL,"
                       " public_key %1 NOT NULL,"
                       " revoked INTEGER NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " PRIMARY KEY (account_id, device_id))").arg(blob),
        QStringLiteral("CREATE TABLE IF NOT EXISTS challenges ("
                       " challenge TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                       " expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS envelopes ("
                       " seq %1,"
                       " account_id TEXT NOT NULL REFERENCES accounts(account_id),"
                       " record_id TEXT NOT NULL, kind TEXT NOT NULL, clock TEXT NOT NULL,"
                       " ciphertext %2 NOT NULL,"
                       " UNIQUE (account_id, record_id, clock))").arg(sequenceColumn(), blob),
        QStringLiteral("CREATE INDEX IF NOT EXISTS envelopes_by_account"
                       " ON envelopes (account_id, seq)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS pairings ("
                       " code TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
                       " public_key %1 NOT NULL, account_id TEXT, sealed_key %1,"
                       " expires_at BIGINT NOT NULL)").arg(blob),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rate_hits ("
                       " bucket TEXT NOT NULL, window_start BIGINT NOT NULL,"
                       " hits INTEGER NOT NULL, PRIMARY KEY (bucket, window_start))"),
    };
}

QString SqlDialect::lockAccountRow() const
{
    return isPostgres()
        ? QStringLiteral("SELECT 1 FROM accounts WHERE account_id = :account FOR UPDATE")
        : QString();
}

} // namespace saib::relay
