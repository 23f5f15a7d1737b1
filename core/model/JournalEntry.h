#pragma once
// A private journal entry (DESIGN.md §2 "Journal"). The body is plain text or Markdown;
// `promptId` records which reflective prompt it answered, if any.
#include "../Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace saib {

struct JournalEntry {
    QString id;          // UUID, assigned on first save
    QString title;
    QString body;
    QStringList tags;
    QString promptId;    // empty when not written from a prompt
    QDate day;           // local date it was written (drives "on this day")
    QDateTime createdAt; // UTC
    QDateTime updatedAt; // UTC
};

// The unsaved state of the editor, written while typing so nothing is lost on a crash.
struct JournalDraft {
    QString entryId;     // empty for a new entry
    QString title;
    QString body;
    QStringList tags;
    QString promptId;
    QDateTime savedAt;
};

constexpr int kMaxTitleLength = 200;
constexpr int kMaxBodyLength = 200000;

Error validate(const JournalEntry &entry);

} // namespace saib
