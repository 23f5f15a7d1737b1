#pragma once
// The columns of the tables that hold a leader's records, as the latest migration leaves
// them: written once here for every reader that needs them by name (sync's wire format
// checks each record against them) and held to the real schema by a test
// (tests/core/test_schema.cpp compares them with PRAGMA table_info of a fresh store).
// The search index and survey tables are not listed: only their own stores touch them.
#include <vector>

namespace saib::Schema {

enum class Type { Text, Integer, Real, Blob };

struct Column {
    const char *name;
    Type type;
    bool nullable = false; // NULL allowed (a check-in scale left unanswered)
};

struct Table {
    const char *name;
    std::vector<Column> columns;
};

const std::vector<Table> &tables();
// nullptr for a table not listed.
const Table *table(const char *name);

} // namespace saib::Schema
