#include "SyncOpener.h"

#include <core/protocol/Wire.h>

namespace saib::sync {

using protocol::Envelope;

namespace {
OpenedRecord rejected(qint64 seq, Error why)
{
    OpenedRecord r;
    r.outcome = OpenedRecord::Outcome::Reject;
    r.seq = seq;
    r.rejection = std::move(why);
    return r;
}
} // namespace

SyncOpener::SyncOpener(const KeyRing &keys)
{
    m_keys.current = keys.current;
    m_keys.closedAtSeq = keys.closedAtSeq;
    m_keys.removed = keys.removed;
    for (const auto &[epoch, key] : keys.keys) {
        m_keys.keys.emplace(epoch, SecureBuffer::fromBytes(reinterpret_cast<const char *>(key.data()), key.size()));
        m_idKeys.emplace(epoch, recordIdKey(key));
    }
}

OpenedRecord SyncOpener::open(const Envelope &envelope) const
{
    const SecureBuffer *key = m_keys.key(envelope.epoch);
    if (!key) {
        if (envelope.epoch < m_keys.current) {
            OpenedRecord skipped;
            skipped.outcome = OpenedRecord::Outcome::Skip;
            skipped.seq = envelope.seq;
            return skipped;
        }
        return rejected(envelope.seq, Error(ErrorCode::SyncTampered, QStringLiteral("envelope under an unknown key epoch")));
    }
    if (envelope.epoch < m_keys.current) {
        auto closed = m_keys.closedAtSeq.find(envelope.epoch);
        if (closed != m_keys.closedAtSeq.end() && envelope.seq > closed->second)
            return rejected(envelope.seq, Error(ErrorCode::SyncTampered, QStringLiteral("envelope written under a retired key epoch")));
    }
    OpenedRecord out;
    out.seq = envelope.seq;
    auto plaintext = protocol::openEnvelope(*key, envelope, &out.clock);
    if (!plaintext.ok())
        return rejected(envelope.seq, plaintext.error());
    if (envelope.epoch == m_keys.current && m_keys.removed.contains(out.clock.deviceId))
        return rejected(envelope.seq, Error(ErrorCode::SyncTampered, QStringLiteral("envelope from a removed device")));
    auto remote = decodePayload(plaintext.value());
    if (!remote.ok())
        return rejected(envelope.seq, remote.error());
    if (recordIdFor(m_idKeys.at(envelope.epoch), remote.value().kind, remote.value().key) != envelope.recordId)
        return rejected(envelope.seq, Error(ErrorCode::SyncMalformed, QStringLiteral("record id does not match its content")));
    out.outcome = OpenedRecord::Outcome::Write;
    out.payload = remote.take();
    return out;
}

QVector<OpenedRecord> SyncOpener::open(const QList<Envelope> &envelopes) const
{
    QVector<OpenedRecord> out;
    out.reserve(envelopes.size());
    for (const Envelope &envelope : envelopes)
        out.append(open(envelope));
    return out;
}

Result<OpenedPage> SyncOpener::openPage(const QByteArray &body) const
{
    auto parsed = protocol::parseBody<protocol::PullResponse>(body);
    if (!parsed.ok())
        return Error(ErrorCode::SyncMalformed, parsed.error().detail);
    OpenedPage page;
    page.records = open(parsed.value().envelopes);
    page.nextCursor = parsed.value().nextCursor;
    page.more = parsed.value().more;
    page.head = parsed.value().head;
    return page;
}

} // namespace saib::sync
