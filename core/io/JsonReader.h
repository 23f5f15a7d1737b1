#pragma once
// The one strict reader of a JSON object, shared by every format Saib reads back: the sync
// wire (core/protocol), check-ins and backups (core/model, core/backup) and the survey
// messages and files (core/survey). Each field must be present with the right type and
// within its bounds; a string where a number belongs is refused instead of becoming 0. The
// first problem is kept, so parsers read straight through without nested checks, and
// finish() reports it as an Error naming the field. Fields nobody read are refused too,
// unless the format documents that it tolerates them (Unknown::Allow).
#include <core/Error.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace saib {

// JSON numbers travel as IEEE doubles: integers are exact up to 2^53.
constexpr qint64 kMaxJsonInteger = (1LL << 53);
// For strings and arrays whose bound the format leaves to a later validate().
constexpr int kJsonUnbounded = std::numeric_limits<int>::max();

class JsonReader {
public:
    enum class Unknown { Refuse, Allow };

    // `code` is the error finish() reports (the format's own "malformed" code).
    JsonReader(QJsonObject object, ErrorCode code, Unknown unknown = Unknown::Refuse)
        : m_object(std::move(object)), m_code(code), m_unknown(unknown)
    {
    }

    // A body that must be exactly one JSON object; anything else is `code`.
    static Result<QJsonObject> parseObject(const QByteArray &body, ErrorCode code);

    bool has(const QString &key) const { return m_object.contains(key); }
    // Present and null: a field that may be unset. Counts the field as read.
    bool isNull(const QString &key);

    // A string of 1..maxLength characters.
    QString string(const QString &key, int maxLength);
    // A string of 0..maxLength characters (the empty string is a value).
    QString text(const QString &key, int maxLength = kJsonUnbounded);
    // A whole number in [min, max], exact (so never beyond ±2^53).
    qint64 integer(const QString &key, qint64 min, qint64 max);
    double number(const QString &key);
    bool boolean(const QString &key);
    // Bytes spelt in canonical base64url (no padding) or standard base64 (padded).
    QByteArray base64Url(const QString &key, int minSize, int maxSize);
    QByteArray base64(const QString &key, int minSize, int maxSize);
    // An array of minItems..maxItems standard-base64 items of exactly itemSize bytes each.
    QList<QByteArray> base64List(const QString &key, int minItems, int maxItems, int itemSize);
    QJsonArray array(const QString &key, int maxItems = kJsonUnbounded);
    // An array whose every item is a string.
    QStringList strings(const QString &key, int maxItems = kJsonUnbounded);
    QJsonObject object(const QString &key);
    // Any value (undefined when absent), for a field the caller checks itself.
    QJsonValue value(const QString &key);

    // null reads as unset (std::nullopt); anything else must be what the plain call wants.
    std::optional<double> optionalNumber(const QString &key);
    std::optional<qint64> optionalInteger(const QString &key, qint64 min, qint64 max);

    // Records a problem found by the caller's own check of a field (the first one wins).
    void fail(const QString &key, const char *why);
    bool failed() const { return !m_problem.isEmpty(); }
    // The first bad field's name; empty while all is well.
    const QString &badField() const { return m_badField; }

    // True when the object has a field nobody has asked for: lets a format that ranks its
    // faults (an unknown member before a bad signature) check this first.
    bool hasUnknownFields() const;

    // The first problem, or a field nobody read (unless Unknown::Allow); ok() otherwise.
    Error finish() const;

private:
    // base64Url() and base64(): one reading, with the spelling's own strict decoder.
    using Decoder = std::optional<QByteArray> (*)(const QString &);
    QByteArray encodedBytes(const QString &key, int minSize, int maxSize, Decoder decode, const char *why);
    bool take(const QString &key, QJsonValue &out);

    QJsonObject m_object;
    ErrorCode m_code;
    Unknown m_unknown;
    QSet<QString> m_seen;
    QString m_badField;
    QString m_problem;
};

} // namespace saib
