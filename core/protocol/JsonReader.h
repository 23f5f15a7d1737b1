#pragma once
// Strict reading of one JSON object: every expected field must be present with the right
// type and range, and unknown fields are refused. The first problem is kept and reported
// by finish(), so parsers read straight through without nested error checks.
#include <core/Error.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace saib::protocol {

// JSON integers are exact up to 2^53 (they travel as IEEE doubles).
constexpr qint64 kMaxJsonInteger = (1LL << 53);

class JsonReader {
public:
    explicit JsonReader(QJsonObject object) : m_object(std::move(object)) {}

    // Parses a request/response body that must be exactly one JSON object.
    static Result<QJsonObject> parseObject(const QByteArray &body);

    QString id(const QString &key);                          // isValidId
    QString string(const QString &key, int maxLength);       // non-empty
    QByteArray bytes(const QString &key, int minSize, int maxSize); // base64url
    qint64 integer(const QString &key, qint64 min, qint64 max);
    bool boolean(const QString &key);
    QJsonArray array(const QString &key, int maxItems);
    bool has(const QString &key) const { return m_object.contains(key); }

    // Fails on the first bad field or on any field nobody asked for.
    Error finish() const;
    bool failed() const { return !m_error.isEmpty(); }

private:
    bool take(const QString &key, QJsonValue &out);
    void fail(const QString &key, const char *why);

    QJsonObject m_object;
    QSet<QString> m_seen;
    QString m_error;
};

} // namespace saib::protocol
