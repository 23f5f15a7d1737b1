#pragma once
// The vault keys a device holds, by epoch (protocol/KeyEpoch.h), and what it knows about
// the epochs it has retired. SyncApplier asks it which key opens an envelope and whether
// an envelope under a retired epoch may still be accepted.
#include <core/crypto/SecureBuffer.h>

#include <QStringList>
#include <map>

namespace saib::sync {

struct KeyRing {
    int current = 0;
    std::map<int, SecureBuffer> keys;  // current and retired epochs this device holds
    std::map<int, qint64> closedAtSeq; // retired epoch → the last relay seq written under it
    QStringList removed;               // devices removed from the account

    const SecureBuffer *key(int epoch) const
    {
        auto it = keys.find(epoch);
        return it == keys.end() ? nullptr : &it->second;
    }
    const SecureBuffer &currentKey() const { return keys.at(current); }
};

} // namespace saib::sync
