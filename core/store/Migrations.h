#pragma once
// Numbered schema migrations. Migration N moves the schema from version N-1 to N and is
// recorded in PRAGMA user_version inside the same transaction, so a crash never leaves
// a half-migrated database. Never edit a released migration: append a new one.
#include "../Error.h"

namespace saib {

class Database;

namespace Migrations {
int latestVersion();
// Applies migrations up to `target` (all of them when target < 0).
Error apply(Database &db, int target = -1);
} // namespace Migrations

} // namespace saib
