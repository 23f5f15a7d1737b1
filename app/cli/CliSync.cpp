#include "CliSync.h"
#include <core/Await.h>
#include "CliSession.h"

#include <core/ErrorMessages.h>
#include <core/sync/SyncEngine.h>
#include <platform/TerminalInput.h>
#include <core/vault/Vault.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <optional>

namespace saib::cli {

namespace {
using sync::SyncEngine;

constexpr int kJoinWaitSeconds = 10 * 60;


QString conflictTitle(const QString &title)
{
    return QCoreApplication::translate("Sync", "%1 (version from another device)").arg(title);
}

int printStatus(SyncEngine &engine)
{
    const sync::SyncStatus s = engine.status();
    if (!s.enabled) {
        std::printf("sync: off\n");
        return Ok;
    }
    std::printf("sync: on\nrelay: %s\ndevice: %s\npending: %d\nlast synced: %s\n",
                qUtf8Printable(s.relayUrl.toString()), qUtf8Printable(s.deviceId), s.pending,
                s.lastSyncedMs ? qUtf8Printable(QDateTime::fromMSecsSinceEpoch(s.lastSyncedMs).toString(Qt::ISODate))
                               : "never");
    std::printf("key epoch: %d\n", s.epoch);
    if (s.resealing)
        std::printf("re-sealing: %d of %d left\n", s.resealLeft, s.resealTotal);
    if (s.rejectedUnseen > 0) {
        // Refusals from an earlier sync (e.g. in the app): shown once here, then seen.
        std::printf("rejected: %d (%s)\n", s.rejectedUnseen, qUtf8Printable(errorMessage(Error(s.rejectedReason))));
        if (Error e = engine.acknowledgeRejected(); !e.ok())
            return fail(e);
    }
    return Ok;
}

int syncNow(SyncEngine &engine)
{
    const Error e = awaitCallback<Error>([&](auto cb) { engine.syncNow(cb); });
    if (!e.ok())
        return fail(e);
    const sync::SyncStatus s = engine.status();
    // One parseable line: the crash-safety tests read it.
    std::printf("synced: applied %d, unchanged %d, kept local %d, conflicts %d, rejected %d, pending %d\n",
                s.lastReport.applied, s.lastReport.unchanged, s.lastReport.keptLocal, s.lastReport.conflicts,
                s.lastReport.rejected, s.pending);
    if (s.lastReport.rejected > 0) {
        // Something on the relay did not open with this account's key or was malformed:
        // not applied, and never silent.
        std::fflush(stdout);
        std::fprintf(stderr, "saib-cli: %d item(s) from the relay were rejected and not applied: %s\n",
                     s.lastReport.rejected, qUtf8Printable(errorMessage(s.lastReport.firstRejection)));
        if (Error e = engine.acknowledgeRejected(); !e.ok())
            return fail(e);
        return Failed;
    }
    return Ok;
}

// Reads one line from a terminal (with echo: the string is not secret).
QString readLine()
{
    char buffer[128];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return {};
    return QString::fromLocal8Bit(buffer).trimmed();
}

int join(SyncEngine &engine, const QString &address, const QString &confirmArg)
{
    auto url = SyncEngine::parseRelayUrl(address);
    if (!url.ok())
        return fail(url.error());
    // Refuse before showing a code that could never be confirmed.
    const bool terminal = platform::stdinIsTerminal();
    if (!terminal && confirmArg.isEmpty())
        return usage(QStringLiteral("no terminal to ask on: pass --confirm with the 6 digits the other device shows"));
    auto code = awaitCallback<Result<QString>>([&](auto cb) { engine.startJoin(url.value(), cb); });
    if (!code.ok())
        return fail(code.error());
    std::printf("On a device that already syncs, add this device with the code:\n  %s\n", qUtf8Printable(code.value()));
    std::fflush(stdout);
    Error e;
    for (int waited = 0; waited < kJoinWaitSeconds * 2; ++waited) {
        e = awaitCallback<Error>([&](auto cb) { engine.finishJoin(cb); });
        if (e.code != ErrorCode::PairingPending && e.code != ErrorCode::RelayUnreachable)
            break;
        QEventLoop pause;
        QTimer::singleShot(500, &pause, &QEventLoop::quit);
        pause.exec();
    }
    if (!e.ok())
        return fail(e);
    const sync::JoinOffer offer = *engine.joinOffer();
    QStringList devices;
    for (const QString &id : offer.deviceIds)
        devices << id.left(6);
    std::printf("The other device shows: %s\n", qUtf8Printable(offer.sas));
    std::printf("Joining account %s (devices: %s). %d record(s) on this device will be shared with them.\n",
                qUtf8Printable(offer.accountId.left(6)), qUtf8Printable(devices.join(QStringLiteral(", "))),
                offer.localRecords);
    QString answer = confirmArg;
    if (answer.isEmpty()) {
        std::printf("Type the 6 digits the other device shows to join (anything else cancels): ");
        std::fflush(stdout);
        answer = readLine();
    }
    if (Error c = engine.confirmJoin(answer); !c.ok())
        return fail(c);
    std::printf("Joined. Fetching your data...\n");
    return syncNow(engine);
}
} // namespace

int syncCommand(Vault &vault, const QStringList &args, const QString &confirm)
{
    const QString verb = args.value(0);
    const bool known = (args.size() == 2 && (verb == QLatin1String("on") || verb == QLatin1String("join")
                                 || verb == QLatin1String("add") || verb == QLatin1String("remove")))
        || (args.size() == 1 && (verb == QLatin1String("now") || verb == QLatin1String("status")
                                 || verb == QLatin1String("devices") || verb == QLatin1String("off")));
    if (!known)
        return usage(QStringLiteral("sync needs one of: on URL, join URL [--confirm DIGITS], add CODE, now, status, devices, remove ID, off"));
    if (!unlockOrReport(vault))
        return Failed;
    SyncEngine engine(*vault.database(), conflictTitle);
    if (Error e = engine.load(); !e.ok())
        return fail(e);

    if (verb == QLatin1String("status"))
        return printStatus(engine);
    if (verb == QLatin1String("now"))
        return syncNow(engine);
    if (verb == QLatin1String("join"))
        return join(engine, args[1], confirm);
    if (verb == QLatin1String("on")) {
        auto url = SyncEngine::parseRelayUrl(args[1]);
        if (!url.ok())
            return fail(url.error());
        if (Error e = awaitCallback<Error>([&](auto cb) { engine.enable(url.value(), cb); }); !e.ok())
            return fail(e);
        std::printf("Sync is on. Device %s.\n", qUtf8Printable(engine.status().deviceId));
        return syncNow(engine);
    }
    if (verb == QLatin1String("add")) {
        auto sas = awaitCallback<Result<QString>>([&](auto cb) { engine.approveDevice(args[1], cb); });
        if (!sas.ok())
            return fail(sas.error());
        std::printf("Device added. Check that it shows the same number, and confirm there:\n  %s\n",
                    qUtf8Printable(sas.value()));
        return Ok;
    }
    if (verb == QLatin1String("devices")) {
        auto devices = awaitCallback<Result<QList<protocol::DeviceInfo>>>([&](auto cb) { engine.listDevices(cb); });
        if (!devices.ok())
            return fail(devices.error());
        for (const protocol::DeviceInfo &d : devices.value())
            std::printf("%s%s%s\n", qUtf8Printable(d.deviceId),
                        d.deviceId == engine.status().deviceId ? "  (this device)" : "",
                        d.revoked ? "  (removed)" : "");
        return Ok;
    }
    if (verb == QLatin1String("remove")) {
        if (Error e = awaitCallback<Error>([&](auto cb) { engine.removeDevice(args[1], cb); }); !e.ok())
            return fail(e);
        // removeDevice also made the new key epoch and re-sealed everything under it.
        std::printf("Device removed. New key epoch %d.\n", engine.status().epoch);
        return Ok;
    }
    // off
    if (Error e = engine.disable(); !e.ok())
        return fail(e);
    std::printf("Sync is off on this device; your data here is unchanged.\n");
    return Ok;
}

} // namespace saib::cli
