#include "Schema.h"

#include <cstring>

namespace saib::Schema {

const std::vector<Table> &tables()
{
    using T = Type;
    // `nullable` mirrors PRAGMA table_info: a TEXT PRIMARY KEY without NOT NULL accepts NULL
    // in SQLite (id, key), though every writer gives one.
    static const std::vector<Table> all{
        {"checkins",
         {{"id", T::Text, true}, {"day", T::Text}, {"hours", T::Real, true}, {"strategic_pct", T::Integer, true},
          {"demand", T::Integer, true}, {"emotional", T::Integer, true}, {"energy", T::Integer, true},
          {"note", T::Text}, {"created_at", T::Text}, {"updated_at", T::Text}}},
        {"checkin_tags", {{"checkin_id", T::Text}, {"kind", T::Text}, {"position", T::Integer}, {"tag", T::Text}}},
        {"journal_entries",
         {{"id", T::Text, true}, {"title", T::Text}, {"body", T::Text}, {"prompt_id", T::Text}, {"day", T::Text},
          {"created_at", T::Text}, {"updated_at", T::Text}, {"preview", T::Text}}},
        {"journal_tags", {{"entry_id", T::Text}, {"position", T::Integer}, {"tag", T::Text}}},
        {"journal_draft",
         {{"slot", T::Integer, true}, {"entry_id", T::Text}, {"title", T::Text}, {"body", T::Text},
          {"tags", T::Text}, {"prompt_id", T::Text}, {"saved_at", T::Text}}},
        {"weekly_ratings",
         {{"id", T::Text, true}, {"week", T::Text}, {"purpose", T::Integer}, {"belonging", T::Integer},
          {"valued", T::Integer}, {"cared_for", T::Integer}, {"fairness", T::Integer}, {"control", T::Integer},
          {"created_at", T::Text}, {"updated_at", T::Text}}},
        {"skills_assessments", {{"id", T::Text, true}, {"taken_on", T::Text}, {"created_at", T::Text}}},
        {"skill_ratings",
         {{"assessment_id", T::Text}, {"skill_id", T::Text}, {"importance", T::Integer}, {"confidence", T::Integer}}},
        {"settings", {{"key", T::Text, true}, {"value", T::Text}}},
        {"sync_guard", {{"applying", T::Integer}}},
        {"sync_dirty", {{"kind", T::Text}, {"local_key", T::Text}, {"changed_ms", T::Integer}}},
        {"sync_records", {{"kind", T::Text}, {"local_key", T::Text}, {"clock", T::Text}}},
        {"sync_state", {{"key", T::Text, true}, {"value", T::Blob}}},
    };
    return all;
}

const Table *table(const char *name)
{
    for (const Table &t : tables())
        if (std::strcmp(t.name, name) == 0)
            return &t;
    return nullptr;
}

} // namespace saib::Schema
