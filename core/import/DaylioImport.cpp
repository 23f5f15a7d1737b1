#include "DaylioImport.h"
#include "Csv.h"
#include "ZipReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

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

namespace {
// One Daylio entry, read from either format. `line` names it in messages: the CSV line,
// or the entry's position in a backup.
struct Row {
    int line = 0;
    QDate day;
    QTime time;
    QString mood;
    QStringList activities;
    QString noteTitle;
    QString note;
};

struct Rows {
    QVector<Row> rows;
    ImportParse failure; // set when the file cannot be read at all
    bool failed = false;
};

Rows rowsFromCsv(const QByteArray &csv)
{
    Rows out;
    const CsvResult table = readCsvWithHeader(csv, kHeader, QStringLiteral("not a Daylio header"));
    if (!table.error.ok()) {
        out.failed = true;
        out.failure = ImportParse::failure(table.line, true, table.error.detail);
        return out;
    }
    for (int r = 1; r < table.rows.size(); ++r) {
        const CsvRow &row = table.rows[r];
        if (row.fields.size() != kHeader.size()) {
            out.failed = true;
            out.failure = ImportParse::failure(row.line, true,
                                               QStringLiteral("%1 fields, not %2").arg(row.fields.size()).arg(kHeader.size()));
            return out;
        }
        out.rows << Row{row.line, QDate::fromString(row.fields[0].trimmed(), Qt::ISODate), readTime(row.fields[3]),
                        row.fields[4].simplified(), row.fields[5].split(QLatin1Char('|'), Qt::SkipEmptyParts),
                        row.fields[6], row.fields[7]};
    }
    return out;
}

// Daylio's own backup (.daylio, "Backup & Restore > Advanced > Export"): a zip holding
// backup.daylio, which is base64 of one JSON object (format as read by public tools such as
// JoelOtter/dayligo): customMoods [{id, custom_name, predefined_name_id 1-5}], tags [{id,
// name}], dayEntries [{year, month (0-11), day, hour, minute, mood (a customMoods id),
// tags [tag ids], note_title, note}]. Photos and other assets are left out.
Rows rowsFromBackup(const QByteArray &zip)
{
    Rows out;
    auto fail = [&](const QString &why) {
        out.failed = true;
        out.failure = ImportParse::failure(0, false, why);
        return out;
    };
    auto inner = readZipEntry(zip, [](const QString &name) { return name == QLatin1String("backup.daylio"); });
    if (!inner.ok())
        return fail(QStringLiteral("no backup.daylio in the archive"));
    QByteArray encoded = inner.value();
    encoded.replace('\n', QByteArray()).replace('\r', QByteArray());
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(QStringLiteral("backup.daylio is not base64"));
    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("backup.daylio is not a JSON object"));
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("dayEntries")).isArray())
        return fail(QStringLiteral("no dayEntries"));

    static const char *const kPredefined[] = {"rad", "good", "meh", "bad", "awful"};
    QHash<qint64, QString> moodNames;
    for (const QJsonValue &v : root.value(QStringLiteral("customMoods")).toArray()) {
        const QJsonObject m = v.toObject();
        QString name = m.value(QStringLiteral("custom_name")).toString().simplified();
        const int predefined = m.value(QStringLiteral("predefined_name_id")).toInt(-1);
        if (name.isEmpty() && predefined >= 1 && predefined <= 5)
            name = QLatin1String(kPredefined[predefined - 1]);
        moodNames.insert(m.value(QStringLiteral("id")).toVariant().toLongLong(), name);
    }
    QHash<qint64, QString> tagNames;
    for (const QJsonValue &v : root.value(QStringLiteral("tags")).toArray()) {
        const QJsonObject t = v.toObject();
        tagNames.insert(t.value(QStringLiteral("id")).toVariant().toLongLong(), t.value(QStringLiteral("name")).toString());
    }
    const QJsonArray entries = root.value(QStringLiteral("dayEntries")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject e = entries[i].toObject();
        Row row;
        row.line = i + 1;
        row.day = QDate(e.value(QStringLiteral("year")).toInt(), e.value(QStringLiteral("month")).toInt(-1) + 1,
                        e.value(QStringLiteral("day")).toInt());
        row.time = QTime(e.value(QStringLiteral("hour")).toInt(-1), e.value(QStringLiteral("minute")).toInt(-1));
        row.mood = moodNames.value(e.value(QStringLiteral("mood")).toVariant().toLongLong()).simplified();
        for (const QJsonValue &t : e.value(QStringLiteral("tags")).toArray())
            row.activities << tagNames.value(t.toVariant().toLongLong());
        row.noteTitle = e.value(QStringLiteral("note_title")).toString();
        row.note = e.value(QStringLiteral("note")).toString();
        out.rows << row;
    }
    // Daylio keeps its entries newest first, as the CSV export does; parse() relies on it
    // (the latest entry of a day is the check-in).
    std::stable_sort(out.rows.begin(), out.rows.end(), [](const Row &a, const Row &b) {
        return QDateTime(a.day, a.time) > QDateTime(b.day, b.time);
    });
    return out;
}

Rows readRows(const QByteArray &file)
{
    return looksLikeZip(file) ? rowsFromBackup(file) : rowsFromCsv(file);
}
} // namespace

QVector<MoodUse> moodsIn(const QByteArray &file)
{
    QVector<MoodUse> out;
    const Rows read = readRows(file);
    if (read.failed)
        return out;
    QHash<QString, int> at; // lower-case name -> index in out, matching parse()'s lookup
    for (const Row &row : read.rows) {
        if (row.mood.isEmpty())
            continue;
        const QString key = row.mood.toLower();
        if (!at.contains(key)) {
            at.insert(key, int(out.size()));
            out << MoodUse{row.mood, 0};
        }
        ++out[at.value(key)].rows;
    }
    return out;
}

ImportParse parse(const QByteArray &file, const QMap<QString, MoodMapping> &moods, const QDate &today)
{
    const Rows read = readRows(file);
    if (read.failed)
        return read.failure;

    ImportParse out;
    out.byLine = !looksLikeZip(file); // a backup's skips name entries, a CSV's lines
    QSet<QDate> daysWithCheckin;
    for (const Row &row : read.rows) {
        const QDate day = row.day;
        const QTime time = row.time;
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
        for (const QString &a : row.activities) {
            const QString tag = a.simplified().left(kMaxTagLength);
            if (!tag.isEmpty())
                activities << tag;
        }
        activities = normaliseTags(activities).mid(0, kMaxTagsPerList);

        // The note, as a journal entry.
        JournalEntry e;
        e.title = row.noteTitle.simplified().left(kMaxTitleLength);
        e.body = plainNote(row.note);
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
        const QString mood = row.mood;
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
