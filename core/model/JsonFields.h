#pragma once
// Typed reading of one JSON object for the strict parsers of files Saib reads back
// (check-ins, backups). It remembers the first member that is missing or has the wrong
// JSON type, so a string where a number belongs is refused instead of becoming 0.
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <optional>

namespace saib {

struct JsonFields {
    const QJsonObject &o;
    QString bad; // the first bad member's name; empty while all is well

    void fail(const QString &key)
    {
        if (bad.isEmpty())
            bad = key;
    }
    QString text(const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString())
            fail(key);
        return v.toString();
    }
    double number(const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isDouble())
            fail(key);
        return v.toDouble();
    }
    // Whole numbers in [-1e6, 1e6] only: keeps the conversion to int defined.
    int whole(const QString &key)
    {
        const double d = number(key);
        const bool fits = d >= -1e6 && d <= 1e6 && d == std::floor(d);
        if (!fits)
            fail(key);
        return fits ? int(d) : 0;
    }
    // null (present, not missing) reads as unset.
    std::optional<double> optionalNumber(const QString &key)
    {
        if (o.contains(key) && o.value(key).isNull())
            return std::nullopt;
        return number(key);
    }
    std::optional<int> optionalWhole(const QString &key)
    {
        if (o.contains(key) && o.value(key).isNull())
            return std::nullopt;
        return whole(key);
    }
    QStringList strings(const QString &key)
    {
        const QJsonValue v = o.value(key);
        QStringList out;
        if (!v.isArray()) {
            fail(key);
            return out;
        }
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString())
                fail(key);
            out << item.toString();
        }
        return out;
    }
    QJsonArray array(const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray())
            fail(key);
        return v.toArray();
    }
    QJsonObject object(const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isObject())
            fail(key);
        return v.toObject();
    }
};

} // namespace saib
