#pragma once
// Bilingual text, the one JSON helper of its own the survey formats share.
#include <core/io/Base64.h>

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace saib::survey {

// Standard base64 with padding, the form every survey message uses on the wire
// (core/io/Base64; named here too for the survey tools and tests). Messages are read with
// core/io/JsonReader.
using saib::fromBase64;
using saib::toBase64;

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

} // namespace saib::survey
