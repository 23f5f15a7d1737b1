#include "RelayOptions.h"

#include <QCommandLineParser>

namespace saib::relay {

Result<RelayOptions> RelayOptions::parse(const QStringList &arguments, QString *helpOrVersion)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Saib relay: stores end-to-end-encrypted sync envelopes; it never sees plaintext."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption listen(QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:8787; port 0 picks a free one)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption db(QStringLiteral("db"),
        QStringLiteral("sqlite:PATH (default sqlite:relay.db) or postgres://user:pass@host:port/db."),
        QStringLiteral("URL"));
    const QCommandLineOption maxBody(QStringLiteral("max-body"),
        QStringLiteral("Largest request body accepted, in bytes (default 8388608)."), QStringLiteral("BYTES"));
    const QCommandLineOption rate(QStringLiteral("rate"),
        QStringLiteral("Requests per device per minute (default 120)."), QStringLiteral("N"));
    const QCommandLineOption rateIp(QStringLiteral("rate-ip"),
        QStringLiteral("Unauthenticated requests per address per minute (default 600)."), QStringLiteral("N"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"),
        QStringLiteral("PEM certificate: serve HTTPS directly (else put TLS in a reverse proxy)."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption surveyKeys(QStringLiteral("survey-keys"),
        QStringLiteral("Directory with the survey body's body.pub and one <survey>.voprf key per survey: "
                       "turns the anonymous survey endpoints on."), QStringLiteral("DIR"));
    const QCommandLineOption surveyRate(QStringLiteral("survey-submit-rate"),
        QStringLiteral("Accepted survey submissions (valid token) per survey per minute (default 600)."), QStringLiteral("N"));
    const QCommandLineOption surveyJunkRate(QStringLiteral("survey-invalid-rate"),
        QStringLiteral("Invalid survey submissions per address per minute before that address is refused "
                       "for the rest of the minute (default 60; kept in memory only)."), QStringLiteral("N"));
    const QCommandLineOption today(QStringLiteral("today"),
        QStringLiteral("Pretend today is this date (YYYY-MM-DD) for survey windows: tests and rehearsals only."),
        QStringLiteral("DATE"));
    const QCommandLineOption headerTimeout(QStringLiteral("header-timeout"),
        QStringLiteral("Seconds a request's headers may take to arrive, from its first byte (default 10)."), QStringLiteral("S"));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds of silence before a connection is closed (default 60)."), QStringLiteral("S"));
    const QCommandLineOption perAddress(QStringLiteral("max-connections-per-address"),
        QStringLiteral("Open connections allowed from one client address (default 64)."), QStringLiteral("N"));
    const QCommandLineOption perConnection(QStringLiteral("max-requests-per-connection"),
        QStringLiteral("Requests served on one kept-alive connection before it is closed (default 1000)."),
        QStringLiteral("N"));
    const QCommandLineOption quota(QStringLiteral("quota"),
        QStringLiteral("Ciphertext bytes kept per account (default 268435456)."), QStringLiteral("BYTES"));
    const QCommandLineOption registerRate(QStringLiteral("register-rate"),
        QStringLiteral("New accounts per address per hour (default 20)."), QStringLiteral("N"));
    p.addOptions({help, listen, db, maxBody, rate, rateIp, cert, key, surveyKeys, surveyRate, surveyJunkRate, today,
                  headerTimeout, idleTimeout, perAddress, perConnection, quota, registerRate});
    p.addVersionOption();

    auto bad = [&](const QString &why) {
        return Error(ErrorCode::RelayRequestInvalid, why + QStringLiteral("\n\n") + p.helpText());
    };
    if (!p.parse(arguments))
        return bad(p.errorText());
    if (p.isSet(help)) {
        *helpOrVersion = p.helpText();
        return RelayOptions{};
    }
    if (p.isSet(QStringLiteral("version"))) {
        *helpOrVersion = QStringLiteral("saib-relay 1");
        return RelayOptions{};
    }
    if (!p.positionalArguments().isEmpty())
        return bad(QStringLiteral("unexpected argument: ") + p.positionalArguments().first());

    RelayOptions o;
    if (p.isSet(listen)) {
        const QString v = p.value(listen);
        const int colon = v.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        const uint port = colon > 0 ? v.mid(colon + 1).toUInt(&ok) : 0;
        QString host = colon > 0 ? v.left(colon) : QString();
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
            host = host.mid(1, host.size() - 2);
        if (host == QLatin1String("localhost"))
            host = QStringLiteral("127.0.0.1");
        if (!ok || port > 65535 || !o.address.setAddress(host))
            return bad(QStringLiteral("--listen must be HOST:PORT, e.g. 127.0.0.1:8787"));
        o.port = static_cast<quint16>(port);
    }
    if (p.isSet(db))
        o.database = p.value(db);
    auto positive = [&](const QCommandLineOption &opt, qint64 min, qint64 max, qint64 *out) {
        bool ok = false;
        const qint64 n = p.value(opt).toLongLong(&ok);
        if (!ok || n < min || n > max)
            return false;
        *out = n;
        return true;
    };
    qint64 n = 0;
    if (p.isSet(maxBody)) {
        if (!positive(maxBody, 1024, 1LL << 31, &n))
            return bad(QStringLiteral("--max-body must be between 1024 and 2147483648"));
        o.maxBodyBytes = n;
    }
    if (p.isSet(rate)) {
        if (!positive(rate, 1, 1000000, &n))
            return bad(QStringLiteral("--rate must be a positive number"));
        o.ratePerDevicePerMinute = static_cast<int>(n);
    }
    if (p.isSet(rateIp)) {
        if (!positive(rateIp, 1, 1000000, &n))
            return bad(QStringLiteral("--rate-ip must be a positive number"));
        o.ratePerAddressPerMinute = static_cast<int>(n);
    }
    if (p.isSet(surveyRate)) {
        if (!positive(surveyRate, 1, 1000000, &n))
            return bad(QStringLiteral("--survey-submit-rate must be a positive number"));
        o.surveySubmitsPerMinute = static_cast<int>(n);
    }
    if (p.isSet(headerTimeout)) {
        if (!positive(headerTimeout, 1, 3600, &n))
            return bad(QStringLiteral("--header-timeout must be 1 to 3600 seconds"));
        o.headerTimeoutMs = static_cast<int>(n * 1000);
    }
    if (p.isSet(idleTimeout)) {
        if (!positive(idleTimeout, 1, 3600, &n))
            return bad(QStringLiteral("--idle-timeout must be 1 to 3600 seconds"));
        o.idleTimeoutMs = static_cast<int>(n * 1000);
    }
    if (p.isSet(perAddress)) {
        if (!positive(perAddress, 1, 100000, &n))
            return bad(QStringLiteral("--max-connections-per-address must be a positive number"));
        o.maxConnectionsPerAddress = static_cast<int>(n);
    }
    if (p.isSet(perConnection)) {
        if (!positive(perConnection, 1, 1000000, &n))
            return bad(QStringLiteral("--max-requests-per-connection must be a positive number"));
        o.maxRequestsPerConnection = static_cast<int>(n);
    }
    if (p.isSet(quota)) {
        if (!positive(quota, 1024, 1LL << 50, &n))
            return bad(QStringLiteral("--quota must be at least 1024 bytes"));
        o.accountQuotaBytes = n;
    }
    if (p.isSet(registerRate)) {
        if (!positive(registerRate, 1, 1000000, &n))
            return bad(QStringLiteral("--register-rate must be a positive number"));
        o.registrationsPerAddressPerHour = static_cast<int>(n);
    }
    if (p.isSet(surveyJunkRate)) {
        if (!positive(surveyJunkRate, 1, 1000000, &n))
            return bad(QStringLiteral("--survey-invalid-rate must be a positive number"));
        o.surveyInvalidPerAddressPerMinute = static_cast<int>(n);
    }
    o.surveyKeysDir = p.value(surveyKeys);
    if (p.isSet(today)) {
        o.today = QDate::fromString(p.value(today), Qt::ISODate);
        if (!o.today.isValid())
            return bad(QStringLiteral("--today must be a date, YYYY-MM-DD"));
    }
    o.tlsCertificate = p.value(cert);
    o.tlsKey = p.value(key);
    if (o.tlsCertificate.isEmpty() != o.tlsKey.isEmpty())
        return bad(QStringLiteral("--tls-cert and --tls-key go together"));
    return o;
}

} // namespace saib::relay
