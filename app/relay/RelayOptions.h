#pragma once
// saib-relay's command line.
#include <core/Error.h>

#include <QDate>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace saib::relay {

struct RelayOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787;          // 0: any free port (printed on start)
    QString database = QStringLiteral("sqlite:relay.db");
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    // Connection limits (ConnectionGate): headers of each request must arrive within
    // headerTimeoutMs of its first byte; a connection silent for idleTimeoutMs is closed;
    // a kept-alive connection is closed after maxRequestsPerConnection requests.
    int headerTimeoutMs = 10 * 1000;
    int idleTimeoutMs = 60 * 1000;
    int maxConnectionsPerAddress = 64;
    int maxRequestsPerConnection = 1000;
    qint64 accountQuotaBytes = 256LL * 1024 * 1024; // ciphertext kept per account
    int registrationsPerAddressPerHour = 20;
    int ratePerDevicePerMinute = 120;
    int ratePerAddressPerMinute = 600; // unauthenticated calls (register, login, pairing)
    qint64 tokenLifetimeMs = 15 * 60 * 1000;
    QString tlsCertificate, tlsKey;
    // Anonymous surveys (SurveyEndpoints.cpp): off unless a key directory is given.
    QString surveyKeysDir;
    // Survey submissions: those with a valid token count per survey, never per address;
    // invalid ones count per address, in memory only (SurveyEndpoints.cpp).
    int surveySubmitsPerMinute = 600;
    int surveyInvalidPerAddressPerMinute = 60;
    QDate today;                      // --today: pretend date, for tests and rehearsals

    // Returns an error with a usage message in detail; `helpOrVersion` is set when the
    // program should just print and exit.
    static Result<RelayOptions> parse(const QStringList &arguments, QString *helpOrVersion);
};

} // namespace saib::relay
