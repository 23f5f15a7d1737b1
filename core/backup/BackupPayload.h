#pragma once
// What a backup holds, and its plaintext form (JSON, "saib-backup" version 1) that
// BackupFile encrypts. Everything in the vault is in it: check-ins with their tags,
// journal entries with their tags, the editor's unsaved draft, weekly ratings, skills
// self-assessments and the encrypted settings. The search index is not: restore rebuilds
// it. Device preferences (language, auto-lock) live outside the vault and are not backed up.
#include "../Error.h"
#include "../model/Checkin.h"
#include "../model/JournalEntry.h"
#include "../model/Skills.h"
#include "../model/WeeklyRating.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QVector>
#include <optional>

namespace saib {

struct BackupData {
    int schema = 0;       // the database schema version it was taken from
    QDateTime createdAt;  // UTC, when the backup was made
    QVector<Checkin> checkins;
    QVector<JournalEntry> entries;
    std::optional<JournalDraft> draft;
    QVector<WeeklyRating> ratings;
    QVector<SkillsAssessment> skills;
    QMap<QString, QString> settings;
};

namespace BackupPayload {
constexpr int kVersion = 1;

QByteArray serialize(const BackupData &data);
// Strict: every record must be complete and valid, ids (and check-in days, rating weeks)
// unique, so that a restore can write it as it is. BackupCorrupt when not (the bytes were
// authenticated, so this means a bug or a hand-made file), BackupTooNew for a newer
// format or schema.
Result<BackupData> parse(const QByteArray &json);
} // namespace BackupPayload

} // namespace saib
