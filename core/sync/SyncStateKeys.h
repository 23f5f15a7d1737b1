#pragma once
// Names of this device's sync settings in the encrypted sync_state table.
#include <QString>

namespace saib::sync::stateKeys {
inline const QString relayUrl = QStringLiteral("relay_url");
inline const QString accountId = QStringLiteral("account_id");
inline const QString deviceId = QStringLiteral("device_id");
inline const QString deviceSeed = QStringLiteral("device_seed"); // secret
inline const QString syncKey = QStringLiteral("sync_key");       // secret: the shared vault key
// Key epochs (SyncEpochs.cpp): the current epoch (its key is syncKey), the retired epochs
// this device still holds keys for ("0,1"), each one's key (secret) and the last relay
// seq written under it, the devices removed, the epoch last reported as moved to, devices
// removed here whose rotation is still to be made, and the size of the current re-seal.
inline const QString epoch = QStringLiteral("epoch");
inline const QString retiredEpochs = QStringLiteral("retired_epochs");
inline QString epochKey(int epoch) { return QStringLiteral("epoch_key_%1").arg(epoch); }
inline QString epochClosedAt(int epoch) { return QStringLiteral("epoch_closed_%1").arg(epoch); }
inline const QString removedDevices = QStringLiteral("removed_devices");
inline const QString movedEpoch = QStringLiteral("moved_epoch");
inline const QString rotationDue = QStringLiteral("rotation_due");
inline const QString resealTotal = QStringLiteral("reseal_total");
inline const QString cursor = QStringLiteral("cursor");
inline const QString lastSyncedMs = QStringLiteral("last_synced_ms");
// Envelopes refused since the user last looked (count, and the first reason's error code).
inline const QString rejectedUnseen = QStringLiteral("rejected_unseen");
inline const QString rejectedReason = QStringLiteral("rejected_reason");
} // namespace saib::sync::stateKeys
