#pragma once
// Daylio's CSV export (full_date,date,weekday,time,mood,activities,note_title,note), or its
// own backup file (.daylio: a zip holding base64 JSON; see rowsFromBackup), told apart by
// the zip signature.
// Each row's mood becomes a check-in for its day (demand, emotional load and energy from
// the mood's mapping; Daylio has no hours or strategic share, so those are 0 and the
// note says it was imported). A row with a note also becomes a journal entry, tagged
// with its activities. Daylio rows are newest first; when a day has several, the latest
// is the check-in and the others are skipped (their notes still become entries).
// Moods are the user's own names: the five default moods have mappings below, and
// others need one from the caller (or the row is skipped, naming the mood).
#include "ImportPlan.h"

#include <QByteArray>
#include <QMap>

namespace saib {

struct MoodMapping {
    int demand = 5;
    int emotional = 5;
    int energy = 5;
};

namespace DaylioImport {
// rad, good, meh, bad, awful (lower-case names).
QMap<QString, MoodMapping> defaultMoods();
// "rad=3,2,9": a mood name and its demand, emotional load and energy (0-10).
bool parseMoodOption(const QString &option, QString &name, MoodMapping &mapping);
// The moods a file uses, as written in its first row that uses each (the app asks how
// each maps before importing), with how many rows use it; in the order they first
// appear. Empty when the file is not a Daylio CSV export (parse() names the problem).
struct MoodUse {
    QString name;
    int rows = 0;
};
QVector<MoodUse> moodsIn(const QByteArray &file);
// `moods` is keyed by lower-case mood name.
ImportParse parse(const QByteArray &file, const QMap<QString, MoodMapping> &moods, const QDate &today);
} // namespace DaylioImport

} // namespace saib
