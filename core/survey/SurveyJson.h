#pragma once
// Small JSON helpers shared by the survey formats: strict base64 and bilingual text.
#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace saib::survey {

// Standard base64 with padding, the form every survey message uses on the wire.
QString toBase64(const QByteArray &bytes);
// Strict decoding: rejects anything that is not canonical base64 of exactly
// `expectedSize` bytes (when given), so a mangled value never silently shortens.
std::optional<QByteArray> fromBase64(const QJsonValue &value, int expectedSize = -1);

// Text in both of the app's languages.
struct LocalText {
    QString en;
    QString cy;
    // The text for `language` ("cy" or anything else for English), falling back to the other.
    QString in(const QString &language) const;
    QJsonObject toJson() const;
    // Both languages must be present and non-empty.
    static std::optional<LocalText> fromJson(const QJsonValue &value);
};

// True when every key of `object` is in `allowed`: strict parsers refuse extra members.
bool onlyKeys(const QJsonObject &object, const QStringList &allowed);

} // namespace saib::survey
