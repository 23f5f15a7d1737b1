#pragma once
// One day's check-in (DESIGN.md §2). Numbers are what the leader chose on the scales;
// tags are catalogue ids (see TagCatalogue) or the leader's own free words.
#include "../Error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace saib {

struct Checkin {
    QString id;             // stable record id (UUID), assigned on first save
    QDate day;              // the leader's local date
    double hours = 0;       // 0-24 in steps of 0.5
    int strategicPercent = 0; // 0-100
    int demand = 0;         // 0-10
    int emotional = 0;      // 0-10
    int energy = 0;         // 0-10
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
