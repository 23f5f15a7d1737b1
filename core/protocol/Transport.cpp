#include "Transport.h"

#include <QHostAddress>

namespace saib::protocol {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QUrl gives IPv6 hosts without brackets; QHostAddress knows 127.0.0.0/8 and ::1.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Error checkTransport(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Error(ErrorCode::RelayAddressInvalid, url.toString());
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http"))
        return isLoopbackHost(url.host()) ? Error() : Error(ErrorCode::InsecureTransport, url.host());
    return Error(ErrorCode::RelayAddressInvalid, url.toString());
}

} // namespace saib::protocol
