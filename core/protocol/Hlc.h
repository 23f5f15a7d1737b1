#pragma once
// Hybrid logical clock (Kulkarni et al., 2014): wall-clock milliseconds plus a counter,
// with the device id as the final tie-breaker, so every event on every device has a
// distinct, totally ordered timestamp that stays close to real time even when device
// clocks disagree. "Last writer wins" in sync compares these, never raw wall clocks.
#include <core/Error.h>

#include <QString>
#include <functional>

namespace saib::protocol {

struct HlcTimestamp {
    qint64 wallMs = 0;     // milliseconds since the Unix epoch (>= 0)
    quint32 counter = 0;   // events within the same millisecond
    QString deviceId;      // tie-breaker between devices

    bool isNull() const { return wallMs == 0 && counter == 0 && deviceId.isEmpty(); }

    // Compact fixed-width form "<16 hex ms>.<8 hex counter>.<deviceId>". Its plain string
    // order equals compare()'s order, so databases can sort it as text.
    QString toString() const;
    static Result<HlcTimestamp> parse(const QString &text);

    // <0, 0, >0 like strcmp: by wallMs, then counter, then deviceId.
    int compare(const HlcTimestamp &other) const;
    bool operator<(const HlcTimestamp &o) const { return compare(o) < 0; }
    bool operator==(const HlcTimestamp &o) const { return compare(o) == 0; }
    bool operator!=(const HlcTimestamp &o) const { return compare(o) != 0; }
};

class HybridLogicalClock {
public:
    using WallClock = std::function<qint64()>;
    // A remote clock more than this far ahead of ours is refused rather than followed, so
    // one device with a wrong date cannot drag every other device's clock with it.
    static constexpr qint64 kMaxForwardDriftMs = 24LL * 60 * 60 * 1000;

    explicit HybridLogicalClock(QString deviceId, WallClock now = systemNow);

    // A timestamp for a local event, later than every timestamp seen so far.
    HlcTimestamp tick();
    // Merges a timestamp received from another device; the next tick() is after it.
    Result<HlcTimestamp> receive(const HlcTimestamp &remote);
    // The last timestamp issued or merged (persist it and restore() after restart).
    HlcTimestamp last() const;
    void restore(const HlcTimestamp &last);

    static qint64 systemNow();

private:
    QString m_deviceId;
    WallClock m_now;
    qint64 m_wallMs = 0;
    quint32 m_counter = 0;
};

} // namespace saib::protocol
