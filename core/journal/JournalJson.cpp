#include "JournalJson.h"
#include "../Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace saib {

namespace {
const QString kFormat = QStringLiteral("saib-journal");
constexpr int kVersion = 1;
} // namespace

QJsonObject toJson(const JournalEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("title"), e.title},
        {QStringLiteral("body"), e.body},
        {QStringLiteral("tags"), QJsonArray::fromStringList(e.tags)},
        {QStringLiteral("promptId"), e.promptId},
        {QStringLiteral("day"), e.day.toString(Qt::ISODate)},
        {QStringLiteral("createdAt"), e.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), e.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
    };
}

QByteArray journalToJson(const QVector<JournalEntry> &entries)
{
    QJsonArray list;
    for (const JournalEntry &e : entries)
        list.append(toJson(e));
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("exportedAt"), saib::Clock::nowUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("entries"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<JournalEntry> journalEntryFromJson(const QJsonObject &o)
{
    JournalEntry e;
    e.id = o.value(QStringLiteral("id")).toString();
    e.title = o.value(QStringLiteral("title")).toString();
    e.body = o.value(QStringLiteral("body")).toString();
    for (const QJsonValue &t : o.value(QStringLiteral("tags")).toArray())
        e.tags << t.toString();
    e.promptId = o.value(QStringLiteral("promptId")).toString();
    e.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    e.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODateWithMs);
    e.updatedAt = QDateTime::fromString(o.value(QStringLiteral("updatedAt")).toString(), Qt::ISODateWithMs);
    if (e.id.isEmpty() || !e.day.isValid() || !e.createdAt.isValid() || validate(e).code != ErrorCode::None)
        return Error(ErrorCode::ImportInvalid, QStringLiteral("bad entry"));
    return e;
}

Result<QVector<JournalEntry>> journalFromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toString() != kFormat
        || root.value(QStringLiteral("version")).toInt() != kVersion
        || !root.value(QStringLiteral("entries")).isArray())
        return Error(ErrorCode::ImportInvalid, parseError.errorString());

    QVector<JournalEntry> out;
    for (const QJsonValue &v : root.value(QStringLiteral("entries")).toArray()) {
        auto e = journalEntryFromJson(v.toObject());
        if (!e.ok())
            return Error(ErrorCode::ImportInvalid, QStringLiteral("bad entry %1").arg(out.size()));
        out << e.take();
    }
    return out;
}

} // namespace saib
