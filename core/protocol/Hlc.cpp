#include "Hlc.h"
#include "Ids.h"

#include <QDateTime>
#include <algorithm>
#include <limits>

namespace saib::protocol {

QString HlcTimestamp::toString() const
{
    return QStringLiteral("%1.%2.%3")
        .arg(static_cast<qulonglong>(wallMs), 16, 16, QLatin1Char('0'))
        .arg(counter, 8, 16, QLatin1Char('0'))
        .arg(deviceId);
}

Result<HlcTimestamp> HlcTimestamp::parse(const QString &text)
{
    const Error bad(ErrorCode::SyncMalformed, QStringLiteral("malformed clock"));
    // 16 hex + '.' + 8 hex + '.' + id
    if (text.size() < 27 || text.at(16) != QLatin1Char('.') || text.at(25) != QLatin1Char('.'))
        return bad;
    auto isLowerHex = [](const QString &s) {
        for (const QChar c : s) {
            const char16_t u = c.unicode();
            if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
                return false;
        }
        return true;
    };
    const QString ms = text.left(16);
    const QString ctr = text.mid(17, 8);
    if (!isLowerHex(ms) || !isLowerHex(ctr))
        return bad;
    bool ok1 = false, ok2 = false;
    const qulonglong wall = ms.toULongLong(&ok1, 16);
    const qulonglong count = ctr.toULongLong(&ok2, 16);
    if (!ok1 || !ok2 || wall > static_cast<qulonglong>(std::numeric_limits<qint64>::max()))
        return bad;
    HlcTimestamp t;
    t.wallMs = static_cast<qint64>(wall);
    t.counter = static_cast<quint32>(count);
    t.deviceId = text.mid(26);
    if (!isValidId(t.deviceId))
        return bad;
    return t;
}

int HlcTimestamp::compare(const HlcTimestamp &other) const
{
    if (wallMs != other.wallMs)
        return wallMs < other.wallMs ? -1 : 1;
    if (counter != other.counter)
        return counter < other.counter ? -1 : 1;
    return deviceId.compare(other.deviceId, Qt::CaseSensitive);
}

HybridLogicalClock::HybridLogicalClock(QString deviceId, WallClock now)
    : m_deviceId(std::move(deviceId)), m_now(std::move(now))
{
}

qint64 HybridLogicalClock::systemNow() { return QDateTime::currentMSecsSinceEpoch(); }

HlcTimestamp HybridLogicalClock::tick()
{
    const qint64 physical = std::max<qint64>(0, m_now());
    if (physical > m_wallMs) {
        m_wallMs = physical;
        m_counter = 0;
    } else if (m_counter == std::numeric_limits<quint32>::max()) {
        // 4 billion events in one millisecond cannot happen honestly; move time on
        // rather than wrap and break the ordering.
        ++m_wallMs;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return last();
}

Result<HlcTimestamp> HybridLogicalClock::receive(const HlcTimestamp &remote)
{
    const qint64 physical = std::max<qint64>(0, m_now());
    if (remote.wallMs > physical + kMaxForwardDriftMs)
        return Error(ErrorCode::SyncClockSkew, QStringLiteral("remote clock too far ahead"));
    const qint64 wall = std::max({m_wallMs, remote.wallMs, physical});
    quint32 counter = 0;
    if (wall == m_wallMs && wall == remote.wallMs)
        counter = std::max(m_counter, remote.counter);
    else if (wall == m_wallMs)
        counter = m_counter;
    else if (wall == remote.wallMs)
        counter = remote.counter;
    const bool reused = wall == m_wallMs || wall == remote.wallMs;
    if (reused && counter == std::numeric_limits<quint32>::max()) {
        m_wallMs = wall + 1;
        m_counter = 0;
    } else {
        m_wallMs = wall;
        m_counter = reused ? counter + 1 : 0;
    }
    return last();
}

HlcTimestamp HybridLogicalClock::last() const
{
    HlcTimestamp t;
    t.wallMs = m_wallMs;
    t.counter = m_counter;
    t.deviceId = m_deviceId;
    return t;
}

void HybridLogicalClock::restore(const HlcTimestamp &last)
{
    m_wallMs = last.wallMs;
    m_counter = last.counter;
}

} // namespace saib::protocol
