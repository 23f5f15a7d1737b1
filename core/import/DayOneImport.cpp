#include "DayOneImport.h"
#include "ZipReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace saib::DayOneImport {

namespace {
QDateTime readTime(const QJsonValue &value)
{
    // Day One writes "2024-03-05T07:45:12Z".
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// "# A hard day\n\nBody…" -> title "A hard day", body "Body…".
void splitTitle(const QString &text, JournalEntry &e)
{
    const QString trimmed = text.trimmed();
    const int end = trimmed.indexOf(QLatin1Char('\n'));
    const QString first = end < 0 ? trimmed : trimmed.left(end);
    if (first.startsWith(QLatin1Char('#'))) {
        QString title = first;
        while (title.startsWith(QLatin1Char('#')))
            title.remove(0, 1);
        title = title.trimmed();
        if (!title.isEmpty() && title.size() <= kMaxTitleLength) {
            e.title = title;
            e.body = end < 0 ? QString() : trimmed.mid(end + 1).trimmed();
            return;
        }
    }
    e.body = trimmed;
}
} // namespace

ImportParse parse(const QByteArray &file, const QDate &today)
{
    // The export zip as Day One writes it, or the Journal.json taken out of it.
    QByteArray json = file;
    if (looksLikeZip(file)) {
        auto entry = readZipEntry(file, [](const QString &name) {
            return name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        });
        if (!entry.ok())
            return ImportParse::failure(0, false, entry.error().detail);
        json = entry.take();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return ImportParse::failure(0, false, QStringLiteral("not JSON: %1").arg(error.errorString()));
    const QJsonValue entries = doc.object().value(QStringLiteral("entries"));
    if (!entries.isArray())
        return ImportParse::failure(0, false, QStringLiteral("no entries array: not a Day One export"));

    ImportParse out;
    out.byLine = false; // skips name entries
    const QJsonArray list = entries.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const int where = i + 1;
        if (!list[i].isObject())
            return ImportParse::failure(where, false, QStringLiteral("entry %1 is not an object").arg(where));
        const QJsonObject o = list[i].toObject();
        const QString uuid = o.value(QStringLiteral("uuid")).toString();
        if (uuid.isEmpty())
            return ImportParse::failure(where, false, QStringLiteral("entry %1 has no uuid").arg(where));
        const QJsonValue tags = o.value(QStringLiteral("tags"));
        if (!tags.isUndefined() && !tags.isArray())
            return ImportParse::failure(where, false, QStringLiteral("entry %1: tags is not a list").arg(where));

        JournalEntry e;
        e.id = importedId(QStringLiteral("dayone"), uuid);
        e.createdAt = readTime(o.value(QStringLiteral("creationDate")));
        if (!e.createdAt.isValid()) {
            out.plan.skipped << ImportSkip{where, ImportSkipReason::InvalidDate, {}};
            continue;
        }
        e.updatedAt = readTime(o.value(QStringLiteral("modifiedDate")));
        if (!e.updatedAt.isValid() || e.updatedAt < e.createdAt)
            e.updatedAt = e.createdAt;
        const QTimeZone zone(o.value(QStringLiteral("timeZone")).toString().toUtf8());
        e.day = (zone.isValid() ? e.createdAt.toTimeZone(zone) : e.createdAt.toLocalTime()).date();
        if (e.day > today) {
            out.plan.skipped << ImportSkip{where, ImportSkipReason::FutureDay, {}};
            continue;
        }
        splitTitle(o.value(QStringLiteral("text")).toString(), e);
        for (const QJsonValue &t : tags.toArray()) {
            const QString tag = t.toString().simplified().left(kMaxTagLength);
            if (!tag.isEmpty())
                e.tags << tag;
        }
        if (o.value(QStringLiteral("starred")).toBool())
            e.tags << QStringLiteral("starred");
        e.tags = normaliseTags(e.tags).mid(0, kMaxTagsPerList);
        if (Error v = validate(e); !v.ok()) {
            out.plan.skipped << ImportSkip{where, v.code == ErrorCode::EmptyEntry ? ImportSkipReason::Empty
                                                                                  : ImportSkipReason::TooLong, {}};
            continue;
        }
        out.plan.entries << e;
    }
    return out;
}

} // namespace saib::DayOneImport
