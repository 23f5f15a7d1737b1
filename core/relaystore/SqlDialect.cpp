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
                       " account_id TEXT PRIMARY KEY, created_at BIGINT NOT NULL,"
                       // The highest sequence number ever served, once a retired epoch's
                       // envelopes are dropped (the head must never seem to go backwards).
                       " head_floor BIGINT NOT NULL DEFAULT 0,"
                       // Schema 5: bytes of ciphertext held, kept by appendEnvelopes for the quota.
                       " stored_bytes BIGINT NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS devices ("
                       " account_id TEXT NOT NULL REFERENCES accounts(account_id),"
                       " device_id TEXT NOT NULL,"
                       " public_key %1 NOT NULL,"
                       " revoked INTEGER NOT NULL DEFAULT 0,"
                       " created_at BIGINT NOT NULL,"
                       " epoch INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (account_id, device_id))").arg(blob),
        QStringLiteral("CREATE TABLE IF NOT EXISTS challenges ("
                       " challenge TEXT PRIMARY KEY,"
                       " account_id TEXT NOT NULL, device_id TEXT NOT NULL,"
                       " expires_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS envelopes ("
                       " seq %1,"
                       " account_id TEXT NOT NULL REFERENCES accounts(account_id),"
                       // clock: the version key (Envelope::versionKey): "~" and the
                       // version id, or the clear clock of an envelope stored before schema 4.
                       " record_id TEXT NOT NULL, kind TEXT NOT NULL, clock TEXT NOT NULL,"
                       " ciphertext %2 NOT NULL,"
                       " epoch INTEGER NOT NULL DEFAULT 0,"
                       " pushed_by TEXT,"
                       " UNIQUE (account_id, record_id, clock))").arg(sequenceColumn(), blob),
        QStringLiteral("CREATE INDEX IF NOT EXISTS envelopes_by_account"
                       " ON envelopes (account_id, seq)"),
        // Schema 1 kept a vault key sealed to a device here; pairing is now a PAKE and
        // the rows were short-lived, so the old table simply goes.
        QStringLiteral("DROP TABLE IF EXISTS pairings"),
        // One CPace run between two devices: its four opaque messages (m1..m4), hashes
        // of each side's token, and whether it was closed (a dead code).
        QStringLiteral("CREATE TABLE IF NOT EXISTS pairing_slots ("
                       " slot TEXT PRIMARY KEY, joiner_token %1 NOT NULL, responder_token %1,"
                       " m1 %1 NOT NULL, m2 %1, m3 %1, m4 %1,"
                       " closed INTEGER NOT NULL DEFAULT 0, expires_at BIGINT NOT NULL)").arg(blob),
        // Schema 3: a key epoch's grants, one opaque sealed-and-signed blob per device.
        QStringLiteral("CREATE TABLE IF NOT EXISTS epoch_grants ("
                       " account_id TEXT NOT NULL REFERENCES accounts(account_id),"
                       " epoch INTEGER NOT NULL, device_id TEXT NOT NULL, grant_blob %1 NOT NULL,"
                       " PRIMARY KEY (account_id, epoch, device_id))").arg(blob),
        // Versions removed by compaction, so a replay of one is still a duplicate.
        QStringLiteral("CREATE TABLE IF NOT EXISTS superseded_versions ("
                       " account_id TEXT NOT NULL REFERENCES accounts(account_id),"
                       " record_id TEXT NOT NULL, version_key TEXT NOT NULL,"
                       " PRIMARY KEY (account_id, record_id, version_key))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS rate_hits ("
                       " bucket TEXT NOT NULL, window_start BIGINT NOT NULL,"
                       " hits INTEGER NOT NULL, PRIMARY KEY (bucket, window_start))"),
    };
}

QStringList SqlDialect::migrationTo3() const
{
    // Tables made by schema 2 lack the epoch columns (CREATE TABLE IF NOT EXISTS kept them).
    return {
        QStringLiteral("ALTER TABLE accounts ADD COLUMN head_floor BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE devices ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE envelopes ADD COLUMN epoch INTEGER NOT NULL DEFAULT 0"),
    };
}

QStringList SqlDialect::migrationTo4() const
{
    // Which device pushed each envelope: compaction can no longer read it from a clear clock.
    return {QStringLiteral("ALTER TABLE envelopes ADD COLUMN pushed_by TEXT")};
}

QStringList SqlDialect::migrationTo5() const
{
    // The quota's running total, counted once from what is held.
    return {
        QStringLiteral("ALTER TABLE accounts ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("UPDATE accounts SET stored_bytes = (SELECT COALESCE(SUM(LENGTH(e.ciphertext)), 0)"
                       " FROM envelopes e WHERE e.account_id = accounts.account_id)"),
    };
}

QString SqlDialect::lockAccountRow() const
{
    return isPostgres()
        ? QStringLiteral("SELECT 1 FROM accounts WHERE account_id = :account FOR UPDATE")
        : QString();
}

} // namespace saib::relay
