#pragma once
// One day's check-in (DESIGN.md §2). Numbers are what the leader chose on the scales;
// a scale left alone is unset (std::nullopt, NULL in the store, null in JSON), never a
// made-up middle value. Tags are catalogue ids (see TagCatalogue) or the leader's own
// free words.
#include "../Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace saib {

struct Checkin {
    QString id;             // stable record id (UUID), assigned on first save
    QDate day;              // the leader's local date
    std::optional<double> hours;        // 0-24 in steps of 0.5
    std::optional<int> strategicPercent; // 0-100
    std::optional<int> demand;          // 0-10
    std::optional<int> emotional;       // 0-10
    std::optional<int> energy;          // 0-10
    QStringList drainedBy;
    QStringList sustainedBy;
    QString note;
    QDateTime createdAt;    // UTC
    QDateTime updatedAt;    // UTC
};

constexpr int kMaxNoteLength = 1000;
constexpr int kMaxTagLength = 40;
constexpr int kMaxTagsPerList = 20;

// Trims and de-duplicates tags, keeping first-seen order.
QStringList normaliseTags(const QStringList &tags);
// Checks every field; `today` is the leader's local date (no check-ins for the future).
Error validate(const Checkin &checkin, const QDate &today);

} // namespace saib
