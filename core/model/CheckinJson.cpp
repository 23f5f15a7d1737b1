#include "CheckinJson.h"

#include <core/io/JsonReader.h>

#include <QJsonArray>

namespace saib {

namespace {
template <typename T> QJsonValue orNull(const std::optional<T> &v) { return v ? QJsonValue(*v) : QJsonValue(); }

// Whole numbers in [-1e6, 1e6] only: keeps the conversion to int defined; validate()
// applies the real bounds.
std::optional<int> optionalWhole(JsonReader &r, const QString &key)
{
    const auto v = r.optionalInteger(key, -1000000, 1000000);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}
} // namespace

QJsonObject toJson(const Checkin &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("day"), c.day.toString(Qt::ISODate)},
        {QStringLiteral("hours"), orNull(c.hours)},
        {QStringLiteral("strategicPercent"), orNull(c.strategicPercent)},
        {QStringLiteral("demand"), orNull(c.demand)},
        {QStringLiteral("emotional"), orNull(c.emotional)},
        {QStringLiteral("energy"), orNull(c.energy)},
        {QStringLiteral("drainedBy"), QJsonArray::fromStringList(c.drainedBy)},
        {QStringLiteral("sustainedBy"), QJsonArray::fromStringList(c.sustainedBy)},
        {QStringLiteral("note"), c.note},
        {QStringLiteral("createdAt"), c.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), c.updatedAt.toString(Qt::ISODateWithMs)},
    };
}

Result<Checkin> checkinFromJson(const QJsonObject &o)
{
    // Members this version does not know are ignored, as they always were: a check-in
    // written by a newer Saib still restores.
    JsonReader r(o, ErrorCode::ImportInvalid, JsonReader::Unknown::Allow);
    Checkin c;
    c.id = r.text(QStringLiteral("id"));
    c.day = QDate::fromString(r.text(QStringLiteral("day")), Qt::ISODate);
    c.hours = r.optionalNumber(QStringLiteral("hours"));
    c.strategicPercent = optionalWhole(r, QStringLiteral("strategicPercent"));
    c.demand = optionalWhole(r, QStringLiteral("demand"));
    c.emotional = optionalWhole(r, QStringLiteral("emotional"));
    c.energy = optionalWhole(r, QStringLiteral("energy"));
    c.drainedBy = r.strings(QStringLiteral("drainedBy"));
    c.sustainedBy = r.strings(QStringLiteral("sustainedBy"));
    c.note = r.text(QStringLiteral("note"));
    c.createdAt = QDateTime::fromString(r.text(QStringLiteral("createdAt")), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(r.text(QStringLiteral("updatedAt")), Qt::ISODateWithMs);
    if (Error e = r.finish())
        return Error(e.code, QStringLiteral("check-in ") + e.detail);
    if (c.id.isEmpty() || !c.createdAt.isValid() || !c.updatedAt.isValid())
        return Error(ErrorCode::ImportInvalid, QStringLiteral("check-in without id or times"));
    if (normaliseTags(c.drainedBy) != c.drainedBy || normaliseTags(c.sustainedBy) != c.sustainedBy
        || c.note != c.note.trimmed())
        return Error(ErrorCode::ImportInvalid, QStringLiteral("check-in %1 not normalised").arg(c.id));
    if (Error e = validate(c, QDate(9999, 12, 31)); !e.ok())
        return Error(ErrorCode::ImportInvalid, QStringLiteral("check-in %1: code %2").arg(c.id).arg(int(e.code)));
    return c;
}

} // namespace saib
