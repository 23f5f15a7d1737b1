#pragma once
// Opening pulled envelopes, apart from writing them. Every check that needs only the keys
// runs here: which epoch's key opens it, an envelope numbered after its retired epoch was
// closed, authentication and decryption, a sender removed from the account, the payload's
// format, and the record id against the content. What comes out is a plain value that
// SyncApplier writes (or counts as skipped or rejected, exactly as if it had opened the
// envelope itself).
//
// This is the CPU-heavy half of a pull that does not touch the database, so SyncEngine
// runs it on a worker thread, a page at a time, while the main thread writes the page
// before (DESIGN.md §5; issue 21: "decryption pipelined with the network").
//
// A SyncOpener copies the key ring into its own secure memory when it is made and never
// changes after, so a shared const one may be used from any thread at once.
#include "KeyRing.h"
#include "SyncPayload.h"

#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>
#include <core/protocol/Envelope.h>

#include <QByteArray>
#include <QList>
#include <QVector>
#include <map>

namespace saib::sync {

struct OpenedRecord {
    enum class Outcome {
        Write,  // opened: `clock` and `payload` hold the record, for the merge rules
        Skip,   // under an epoch retired before this device joined: re-sealed since
        Reject, // refused: `rejection` says why; nothing of it may be written
    };
    Outcome outcome = Outcome::Reject;
    qint64 seq = 0; // the relay's sequence number
    protocol::HlcTimestamp clock;
    RecordPayload payload;
    Error rejection;
};

// One pull response, opened.
struct OpenedPage {
    QVector<OpenedRecord> records; // in the relay's order (ascending seq)
    qint64 nextCursor = 0;
    bool more = false;
    qint64 head = 0;
};

class SyncOpener {
public:
    explicit SyncOpener(const KeyRing &keys);

    OpenedRecord open(const protocol::Envelope &envelope) const;
    QVector<OpenedRecord> open(const QList<protocol::Envelope> &envelopes) const;
    // The body of a relay's pull answer, parsed and every envelope opened. SyncMalformed
    // (as RelayClient::pull reports it) when the body is not a pull response.
    Result<OpenedPage> openPage(const QByteArray &body) const;

private:
    KeyRing m_keys;
    // The record-id key of each epoch held, derived once here rather than per envelope.
    std::map<int, SecureBuffer> m_idKeys;
};

} // namespace saib::sync
