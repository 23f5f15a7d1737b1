#pragma once
// Names of this device's sync settings in the encrypted sync_state table.
#include <QString>

namespace saib::sync::stateKeys {
inline const QString relayUrl = QStringLiteral("relay_url");
inline const QString accountId = QStringLiteral("account_id");
inline const QString deviceId = QStringLiteral("device_id");
inline const QString deviceSeed = QStringLiteral("device_seed"); // secret
inline const QString syncKey = QStringLiteral("sync_key");       // secret: the shared vault key
inline const QString cursor = QStringLiteral("cursor");
inline const QString lastSyncedMs = QStringLiteral("last_synced_ms");
// Envelopes refused since the user last looked (count, and the first reason's error code).
inline const QString rejectedUnseen = QStringLiteral("rejected_unseen");
inline const QString rejectedReason = QStringLiteral("rejected_reason");
} // namespace saib::sync::stateKeys
