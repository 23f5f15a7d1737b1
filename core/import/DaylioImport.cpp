#include "DaylioImport.h"
#include "Csv.h"

#include <QHash>
#include <QSet>
#include <QTime>

namespace saib::DaylioImport {

namespace {
const QStringList kHeader{QStringLiteral("full_date"), QStringLiteral("date"), QStringLiteral("weekday"),
                          QStringLiteral("time"), QStringLiteral("mood"), QStringLiteral("activities"),
                          QStringLiteral("note_title"), QStringLiteral("note")};

bool inScale(int v) { return v >= 0 && v <= 10; }

QTime readTime(const QString &text)
{
    // Daylio writes the phone's format: "20:15" or "8:15 pm".
    for (const char *format : {"H:mm", "h:mm ap", "h:mm AP", "hh:mm ap"}) {
        const QTime t = QTime::fromString(text.trimmed(), QLatin1String(format));
        if (t.isValid())
            return t;
    }
    return {};
}

// Daylio notes may carry simple HTML line breaks; the journal keeps plain text/Markdown.
QString plainNote(QString note)
{
    note.replace(QStringLiteral("<br>"), QStringLiteral("\n"), Qt::CaseInsensitive);
    note.replace(QStringLiteral("<br/>"), QStringLiteral("\n"), Qt::CaseInsensitive);
    return note.trimmed();
}
} // namespace

QMap<QString, MoodMapping> defaultMoods()
{
    // Demand, emotional load, energy. A good day is not proof of a light one, so demand
    // moves less than the other two.
    return {{QStringLiteral("rad"), {3, 1, 9}},
            {QStringLiteral("good"), {4, 3, 7}},
            {QStringLiteral("meh"), {5, 5, 5}},
            {QStringLiteral("bad"), {6, 7, 3}},
            {QStringLiteral("awful"), {7, 9, 1}}};
}

bool parseMoodOption(const QString &option, QString &name, MoodMapping &mapping)
{
    const int eq = option.lastIndexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    const QStringList values = option.mid(eq + 1).split(QLatin1Char(','));
    if (values.size() != 3)
        return false;
    int v[3];
    for (int i = 0; i < 3; ++i) {
        bool ok = false;
        v[i] = values[i].trimmed().toInt(&ok);
        if (!ok || !inScale(v[i]))
            return false;
    }
    name = option.left(eq).trimmed().toLower();
    mapping = {v[0], v[1], v[2]};
    return !name.isEmpty();
}

QVector<MoodUse> moodsIn(const QByteArray &csv)
{
    QVector<MoodUse> out;
    const CsvResult table = readCsvWithHeader(csv, kHeader, QStringLiteral("not a Daylio header"));
    if (!table.error.ok())
        return out;
    QHash<QString, int> at; // lower-case name -> index in out, matching parse()'s lookup
    for (int r = 1; r < table.rows.size(); ++r) {
        const CsvRow &row = table.rows[r];
        if (row.fields.size() != kHeader.size())
            continue;
        const QString mood = row.fields[4].simplified();
        if (mood.isEmpty())
            continue;
        const QString key = mood.toLower();
        if (!at.contains(key)) {
            at.insert(key, int(out.size()));
            out << MoodUse{mood, 0};
        }
        ++out[at.value(key)].rows;
    }
    return out;
}

ImportParse parse(const QByteArray &csv, const QMap<QString, MoodMapping> &moods, const QDate &today)
{
    const CsvResult table = readCsvWithHeader(csv, kHeader, QStringLiteral("not a Daylio header"));
    if (!table.error.ok())
        return ImportParse::failure(table.line, true, table.error.detail);

    ImportParse out;
    QSet<QDate> daysWithCheckin;
    for (int r = 1; r < table.rows.size(); ++r) {
        const CsvRow &row = table.rows[r];
        if (row.fields.size() != kHeader.size())
            return ImportParse::failure(row.line, true,
                                        QStringLiteral("%1 fields, not %2").arg(row.fields.size()).arg(kHeader.size()));
        const QDate day = QDate::fromString(row.fields[0].trimmed(), Qt::ISODate);
        const QTime time = readTime(row.fields[3]);
        if (!day.isValid() || !time.isValid()) {
            out.plan.skipped << ImportSkip{row.line, ImportSkipReason::InvalidDate, {}};
            continue;
        }
        if (day > today) {
            out.plan.skipped << ImportSkip{row.line, ImportSkipReason::FutureDay, {}};
            continue;
        }
        const QString key = day.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm"));
        QStringList activities;
        for (const QString &a : row.fields[5].split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            const QString tag = a.simplified().left(kMaxTagLength);
            if (!tag.isEmpty())
                activities << tag;
        }
        activities = normaliseTags(activities).mid(0, kMaxTagsPerList);

        // The note, as a journal entry.
        JournalEntry e;
        e.title = row.fields[6].simplified().left(kMaxTitleLength);
        e.body = plainNote(row.fields[7]);
        if (!e.title.isEmpty() || !e.body.isEmpty()) {
            e.id = importedId(QStringLiteral("daylio"), key);
            e.day = day;
            // Daylio's time is local; the day is what matters to the journal.
            e.createdAt = e.updatedAt = QDateTime(day, time).toUTC();
            e.tags = activities;
            if (validate(e).ok())
                out.plan.entries << e;
            else
                out.plan.skipped << ImportSkip{row.line, ImportSkipReason::TooLong, {}};
        }

        // The mood, as the day's check-in.
        const QString mood = row.fields[4].simplified();
        if (daysWithCheckin.contains(day)) {
            out.plan.skipped << ImportSkip{row.line, ImportSkipReason::SameDay, {}};
            continue;
        }
        const auto mapping = moods.constFind(mood.toLower());
        if (mapping == moods.constEnd()) {
            out.plan.skipped << ImportSkip{row.line, ImportSkipReason::UnknownMood, mood};
            continue;
        }
        Checkin c;
        c.id = importedId(QStringLiteral("daylio-checkin"), day.toString(Qt::ISODate));
        c.day = day;
        c.demand = mapping->demand;
        c.emotional = mapping->emotional;
        c.energy = mapping->energy;
        c.note = QStringLiteral("Daylio: %1").arg(mood).left(kMaxNoteLength);
        if (!validate(c, today).ok()) {
            out.plan.skipped << ImportSkip{row.line, ImportSkipReason::InvalidDate, {}};
            continue;
        }
        daysWithCheckin.insert(day);
        out.plan.checkins << c;
    }
    return out;
}

} // namespace saib::DaylioImport
