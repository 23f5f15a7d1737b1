#pragma once
// Which server addresses Saib talks to: https:// anywhere, plain http:// only to this
// machine (127.0.0.0/8, ::1, localhost) for tests and a relay run locally. Anything else
// would let whoever sits on the network path pose as the relay or the survey server, so
// it is refused before a connection is made, by the clients themselves (RelayClient,
// SurveyClient) and by every place an address is typed (app and CLI).
#include <core/Error.h>

#include <QUrl>

namespace saib::protocol {

bool isLoopbackHost(const QString &host);
// None for https, and for http to a loopback host; InsecureTransport for other http;
// RelayAddressInvalid for any other scheme or no host.
Error checkTransport(const QUrl &url);

} // namespace saib::protocol
