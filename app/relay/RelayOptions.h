#pragma once
// saib-relay's command line.
#include <core/Error.h>

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace saib::relay {

struct RelayOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;          // 0: any free port (printed on start)
    QString database = QStringLiteral("sqlite:relay.db");
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int ratePerDevicePerMinute = 120;
    int ratePerAddressPerMinute = 600; // unauthenticated calls (register, login, pairing)
    qint64 tokenLifetimeMs = 15 * 60 * 1000;
    QString tlsCertificate, tlsKey;

    // Returns an error with a usage message in detail; `helpOrVersion` is set when the
    // program should just print and exit.
    static Result<RelayOptions> parse(const QStringList &arguments, QString *helpOrVersion);
};

} // namespace saib::relay
