#pragma once
// Account, device and record ids: random, opaque, URL-safe tokens chosen by clients.
// They never encode anything about the user (no names, dates or content), because the
// relay sees them in clear.
#include <core/Error.h>
#include <core/io/JsonReader.h>

#include <QString>

namespace saib::protocol {

using saib::JsonReader;
// What the wire's strict JSON parsers (Wire, KeyEpoch) report for a malformed body.
constexpr ErrorCode kWireInvalid = ErrorCode::RelayRequestInvalid;

constexpr int kMaxIdLength = 64;

// 1–64 characters from [A-Za-z0-9_-].
bool isValidId(const QString &id);
// Reads field `key` as an id (isValidId); a bad one is r's first problem.
QString readId(JsonReader &r, const QString &key);
// 128 random bits as 22 base64url characters.
QString randomId();

// Record kinds are short lower-case tokens ([a-z][a-z0-9-]{0,31}); the relay accepts any
// well-formed kind so new record types need no relay upgrade.
bool isValidKind(const QString &kind);

namespace kinds {
inline const QString checkin = QStringLiteral("checkin");
inline const QString entry = QStringLiteral("entry");
inline const QString rating = QStringLiteral("rating");
inline const QString setting = QStringLiteral("setting");
inline const QString skills = QStringLiteral("skills");
} // namespace kinds

} // namespace saib::protocol
