#include "CheckinJson.h"

#include "JsonFields.h"

#include <QJsonArray>

namespace saib {

namespace {
template <typename T> QJsonValue orNull(const std::optional<T> &v) { return v ? QJsonValue(*v) : QJsonValue(); }
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
    JsonFields f{o, {}};
    Checkin c;
    c.id = f.text(QStringLiteral("id"));
    c.day = QDate::fromString(f.text(QStringLiteral("day")), Qt::ISODate);
    c.hours = f.optionalNumber(QStringLiteral("hours"));
    c.strategicPercent = f.optionalWhole(QStringLiteral("strategicPercent"));
    c.demand = f.optionalWhole(QStringLiteral("demand"));
    c.emotional = f.optionalWhole(QStringLiteral("emotional"));
    c.energy = f.optionalWhole(QStringLiteral("energy"));
    c.drainedBy = f.strings(QStringLiteral("drainedBy"));
    c.sustainedBy = f.strings(QStringLiteral("sustainedBy"));
    c.note = f.text(QStringLiteral("note"));
    c.createdAt = QDateTime::fromString(f.text(QStringLiteral("createdAt")), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(f.text(QStringLiteral("updatedAt")), Qt::ISODateWithMs);
    if (!f.bad.isEmpty())
        return Error(ErrorCode::ImportInvalid, QStringLiteral("check-in field %1").arg(f.bad));
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
