// saib-relay: thin main. Parses options, opens the store, starts the HTTP server.
#include "RelayOptions.h"
#include "RelayServer.h"
#include "RequestLog.h"

#include <core/crypto/Sodium.h>
#include <core/relaystore/DatabaseUrl.h>
#include <core/relaystore/SurveyStore.h>
#include <core/survey/SurveyKeyFiles.h>

#include <QDir>

#include <QCoreApplication>
#include <QLoggingCategory>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace saib;
using namespace saib::relay;

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // Every request allocates and frees a few kilobytes. With glibc's default (adaptive)
    // thresholds the top of the heap went back to the kernel and was taken again (brk)
    // over and over, a few percent of each push; keep up to 16 MiB of it instead, and
    // take only bodies of 4 MiB and more straight from mmap.
    mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
    mallopt(M_TOP_PAD, 1024 * 1024);
    mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("saib-relay"));
    QCoreApplication::setApplicationVersion(QStringLiteral("1"));
    // Qt's own HTTP debug output could echo request details; keep only our log line.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*.debug=false\nqt.httpserver*.info=false"));

    QString helpOrVersion;
    auto options = RelayOptions::parse(QCoreApplication::arguments(), &helpOrVersion);
    if (!options.ok()) {
        std::fprintf(stderr, "saib-relay: %s\n", qPrintable(options.error().detail));
        return 2;
    }
    if (!helpOrVersion.isEmpty()) {
        std::fprintf(stdout, "%s\n", qPrintable(helpOrVersion));
        return 0;
    }
    if (!ensureSodium()) {
        writeRelayMessage(QStringLiteral("libsodium could not start"));
        return 1;
    }
    auto url = DatabaseUrl::parse(options.value().database);
    if (!url.ok()) {
        writeRelayMessage(url.error().detail);
        return 2;
    }
    auto store = openRelayStore(url.value());
    if (!store.ok()) {
        writeRelayMessage(QStringLiteral("cannot open %1: %2").arg(url.value().describe(), store.error().detail));
        return 1;
    }
    auto secret = store.value()->tokenSecret();
    if (!secret.ok()) {
        writeRelayMessage(QStringLiteral("cannot read the token secret: ") + secret.error().detail);
        return 1;
    }
    const bool tls = !options.value().tlsCertificate.isEmpty();
    RelayServer server(options.value(), store.take(), TokenAuthority(secret.take()));
    if (!options.value().surveyKeysDir.isEmpty()) {
        // The pinned survey body key sits beside the per-survey VOPRF keys.
        const QDir keys(options.value().surveyKeysDir);
        auto bodyKey = survey::readPublicKey(keys.filePath(QStringLiteral("body.pub")));
        if (!bodyKey.ok()) {
            writeRelayMessage(QStringLiteral("--survey-keys: cannot read body.pub: ") + bodyKey.error().detail);
            return 2;
        }
        auto surveys = std::make_unique<SurveyStore>();
        if (Error e = surveys->open(url.value())) {
            writeRelayMessage(QStringLiteral("cannot open the survey tables: ") + e.detail);
            return 1;
        }
        server.enableSurveys(std::move(surveys), bodyKey.take(), keys.absolutePath());
        writeRelayMessage(QStringLiteral("anonymous surveys on (keys in %1)").arg(keys.absolutePath()));
    }
    auto port = server.listen();
    if (!port.ok()) {
        writeRelayMessage(port.error().detail);
        return 1;
    }
    writeRelayMessage(QStringLiteral("listening on %1://%2:%3 (db %4, max body %5 bytes, %6 requests/device/minute)")
                          .arg(tls ? QStringLiteral("https") : QStringLiteral("http"),
                               options.value().address.toString())
                          .arg(port.value())
                          .arg(url.value().describe())
                          .arg(options.value().maxBodyBytes)
                          .arg(options.value().ratePerDevicePerMinute));
    return app.exec();
}
