#pragma once
// What is inside a sync envelope, and the opaque id it travels under.
//
// Every record goes to the relay with the same envelope kind ("record"), so the relay
// cannot count check-ins apart from journal entries; the real kind and the local key are
// inside the ciphertext. The record id is a keyed hash of (kind, key) under a key derived
// from the sync key: stable across devices (a check-in for the same day has the same id
// everywhere, so last-writer-wins applies), yet it says nothing about the day or key to
// the relay.
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace saib::sync {

inline const QString kEnvelopeKind = QStringLiteral("record");

struct RecordPayload {
    QString kind;
    QString key;
    std::optional<QJsonObject> data; // nullopt: the record was deleted (a tombstone)
};

QByteArray encodePayload(const RecordPayload &payload);
// SyncMalformed on anything but a well-formed payload of a synced kind.
Result<RecordPayload> decodePayload(const QByteArray &bytes);

// The key for record ids, derived from the sync key (so the ids of one account match on
// every device, but the sync key itself is never used for two jobs).
SecureBuffer recordIdKey(const SecureBuffer &syncKey);
QString recordIdFor(const SecureBuffer &idKey, const QString &kind, const QString &key);

} // namespace saib::sync
