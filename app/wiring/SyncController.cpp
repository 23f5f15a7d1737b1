#include "SyncController.h"
#include "AppController.h"
#include "VaultSettings.h"

#include <core/ErrorMessages.h>
#include <core/model/JournalEntry.h>
#include <core/vault/Vault.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QPointer>
#include <QSysInfo>
#include <QUrlQuery>

namespace saib::ui {

namespace {
// Device names live in the encrypted settings table (synced end to end like a record).
QString deviceNameKey(const QString &deviceId) { return QStringLiteral("device-name:") + deviceId; }

constexpr int kPeriodicMs = 5 * 60 * 1000;
constexpr int kAfterChangeMs = 5 * 1000;
constexpr int kJoinPollMs = 1000; // a pairing run takes two polls

QString conflictTitle(const QString &title)
{
    //: Title of the second copy kept when a journal entry was changed on two devices.
    return QCoreApplication::translate("Sync", "%1 (version from another device)")
        .arg(title)
        .left(kMaxTitleLength);
}
} // namespace

SyncController::SyncController(Vault &vault, AppController &app, QObject *parent)
    : QObject(parent), m_vault(vault), m_app(app)
{
    m_periodic.setInterval(kPeriodicMs);
    m_soon.setInterval(kAfterChangeMs);
    m_soon.setSingleShot(true);
    m_joinPoll.setInterval(kJoinPollMs);
    connect(&m_periodic, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_soon, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_joinPoll, &QTimer::timeout, this, &SyncController::pollJoin);
    connect(&app, &AppController::stateChanged, this, &SyncController::onVaultStateChanged);
    connect(&app, &AppController::languageChanged, this, &SyncController::onLanguageChanged);
    connect(&app, &AppController::dataChanged, this, [this] {
        if (enabled())
            m_soon.start();
    });
    onVaultStateChanged();
}

SyncController::~SyncController() = default;

void SyncController::onVaultStateChanged()
{
    if (m_vault.isUnlocked() == (m_engine != nullptr))
        return;
    m_periodic.stop();
    m_soon.stop();
    m_joinPoll.stop();
    m_pairingCode.clear();
    m_errorText.clear();
    m_devices.clear();
    m_approveText.clear();
    m_approveSas.clear();
    if (!m_vault.isUnlocked()) {
        m_engine.reset(); // with it the sync key and device secret leave memory
    } else {
        m_engine = std::make_unique<sync::SyncEngine>(*m_vault.database(), conflictTitle);
        connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncController::refreshStatus);
        if (Error e = m_engine->load(); !e.ok())
            setError(e);
        if (enabled())
            startSyncing();
    }
    refreshStatus();
    emit devicesChanged();
    emit approveTextChanged();
}

void SyncController::refreshStatus()
{
    // One snapshot per change (it counts pending changes in the store), read by every
    // property below.
    m_status = m_engine ? m_engine->status() : sync::SyncStatus();
    emit statusChanged();
}

void SyncController::onLanguageChanged()
{
    // Sentences were made in the old language; the state behind them is unchanged.
    if (m_engine)
        m_errorText = m_status.lastError.ok() ? QString() : errorMessage(m_status.lastError);
    emit statusChanged();
    refreshDevices();
}

bool SyncController::enabled() const { return m_engine && m_engine->isEnabled(); }
bool SyncController::busy() const { return m_status.busy; }
bool SyncController::joining() const { return m_status.joining; }
QString SyncController::relayUrl() const { return m_status.relayUrl.toString(); }
int SyncController::pending() const { return m_status.pending; }

QString SyncController::pairingLink() const
{
    if (m_pairingCode.isEmpty() || !m_engine)
        return {};
    // What the QR image holds: the code and where to use it. The code is the pairing
    // password, but it is on the screen anyway, works for one run only, and joining
    // still needs the digits confirmed here.
    QUrl link(QStringLiteral("saib://pair"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), m_pairingCode);
    link.setQuery(q);
    return link.toString();
}

QString SyncController::joinSas() const
{
    const auto &offer = m_engine ? m_engine->joinOffer() : std::optional<sync::JoinOffer>();
    return offer ? offer->sas : QString();
}

QString SyncController::joinSummary() const
{
    if (!m_engine || !m_engine->joinOffer())
        return {};
    const sync::JoinOffer &offer = *m_engine->joinOffer();
    QStringList devices;
    for (const QString &id : offer.deviceIds)
        devices << QCoreApplication::translate("Sync", "Device %1").arg(id.left(6));
    QString text = QCoreApplication::translate("Sync", "This device will join account %1, with: %2.")
                       .arg(offer.accountId.left(6), devices.join(QStringLiteral(", ")));
    if (offer.localRecords > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("Sync", "%n record(s) already on this device will be shared with them.",
                                          nullptr, offer.localRecords);
    return text;
}

QString SyncController::lastSyncedText() const
{
    if (m_status.lastSyncedMs == 0)
        return QCoreApplication::translate("Sync", "Not synced yet");
    const QLocale locale(m_app.language() == QLatin1String("cy") ? QStringLiteral("cy_GB") : QStringLiteral("en_GB"));
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(m_status.lastSyncedMs);
    return QCoreApplication::translate("Sync", "Last synced %1").arg(locale.toString(when, QLocale::ShortFormat));
}

QString SyncController::reportText() const
{
    const sync::ApplyReport &r = m_status.lastReport;
    QStringList parts;
    if (r.conflicts > 0)
        parts << QCoreApplication::translate(
            "Sync", "%n journal entry(s) had been changed on two devices. Both versions are kept; the copy says “version from another device” in its title.",
            nullptr, r.conflicts);
    return parts.join(QLatin1Char(' '));
}

QString SyncController::rejectedText() const
{
    if (m_status.rejectedUnseen <= 0)
        return {};
    return QCoreApplication::translate("Sync", "%n item(s) from the relay failed the integrity check and were ignored.",
                                       nullptr, m_status.rejectedUnseen)
        + QLatin1Char(' ') + errorMessage(m_status.rejectedReason);
}

QString SyncController::rotationText() const
{
    if (!m_status.resealing)
        return {};
    return QCoreApplication::translate("Sync", "New key after removing a device: re-sealing your records, %1 of %2 left.")
        .arg(m_status.resealLeft)
        .arg(m_status.resealTotal);
}

QString SyncController::progressText() const
{
    if (m_status.pullProgress < 0)
        return {};
    return QCoreApplication::translate("Sync", "Receiving your records: %1%")
        .arg(qRound(100 * qBound(0.0, m_status.pullProgress, 1.0)));
}

void SyncController::acknowledgeRejected()
{
    if (!m_engine)
        return;
    if (Error e = m_engine->acknowledgeRejected(); !e.ok())
        setError(e);
}

void SyncController::setError(const Error &e)
{
    m_errorText = e.ok() ? QString() : errorMessage(e);
    emit statusChanged();
}

void SyncController::setApproveText(const QString &text, bool failed)
{
    m_approveText = text;
    m_approveFailed = failed;
    emit approveTextChanged();
}

Result<QUrl> SyncController::relayUrlFor(const QString &relayAddress)
{
    if (!m_engine)
        return Error(ErrorCode::Locked);
    auto url = sync::SyncEngine::parseRelayUrl(relayAddress);
    if (url.ok())
        setError({});
    return url;
}

void SyncController::startSyncing()
{
    m_periodic.start();
    syncNow();
    refreshDevices();
}

OpResult SyncController::enableSync(const QString &relayAddress)
{
    auto url = relayUrlFor(relayAddress);
    if (!url.ok())
        return OpResult::from(url.error());
    QPointer<SyncController> self(this);
    m_engine->enable(url.value(), [self](Error e) {
        if (!self)
            return;
        self->setError(e);
        emit self->enableFinished(OpResult::from(e));
        if (e.ok())
            self->startSyncing();
    });
    return {};
}

OpResult SyncController::joinAccount(const QString &relayAddress)
{
    auto url = relayUrlFor(relayAddress);
    if (!url.ok())
        return OpResult::from(url.error());
    QPointer<SyncController> self(this);
    m_engine->startJoin(url.value(), [self](Result<QString> code) {
        if (!self)
            return;
        if (!code.ok()) {
            self->setError(code.error());
            emit self->joinFinished(OpResult::from(code.error()));
            return;
        }
        self->m_pairingCode = code.value();
        self->m_joinPoll.start();
        emit self->statusChanged();
    });
    return {};
}

void SyncController::pollJoin()
{
    if (!m_engine)
        return;
    m_joinPoll.stop(); // restarted below while still waiting
    QPointer<SyncController> self(this);
    m_engine->finishJoin([self](Error e) {
        if (!self)
            return;
        if (e.code == ErrorCode::PairingPending || e.code == ErrorCode::RelayUnreachable) {
            if (!self->m_pairingCode.isEmpty())
                self->m_joinPoll.start();
            return;
        }
        // Either the key has arrived (the page now asks to compare the digits) or the
        // run failed and the code is dead.
        self->m_pairingCode.clear();
        self->setError(e);
        emit self->joinFinished(OpResult::from(e));
    });
}

void SyncController::confirmJoin()
{
    if (!m_engine || !m_engine->joinOffer())
        return;
    const Error e = m_engine->confirmJoin(m_engine->joinOffer()->sas);
    setError(e);
    if (e.ok())
        startSyncing();
}

void SyncController::rejectJoin()
{
    cancelJoin();
    setError(Error(ErrorCode::PairingMismatch));
}

void SyncController::cancelJoin()
{
    m_joinPoll.stop();
    m_pairingCode.clear();
    if (m_engine)
        m_engine->cancelJoin();
    emit statusChanged();
}

void SyncController::approveDevice(const QString &code)
{
    if (!m_engine)
        return;
    m_approveSas.clear();
    setApproveText(QCoreApplication::translate("Sync", "Waiting for the new device…"), false);
    QPointer<SyncController> self(this);
    m_engine->approveDevice(code, [self](Result<QString> sas) {
        if (!self)
            return;
        if (!sas.ok()) {
            self->setApproveText(errorMessage(sas.error()), true);
            emit self->approveFinished(OpResult::from(sas.error()));
            return;
        }
        self->m_approveSas = sas.value();
        self->setApproveText(QCoreApplication::translate(
                                 "Sync", "Device added. Check that the new device shows the same number, and confirm it there:"),
                             false);
        emit self->approveFinished(OpResult::success(self->m_approveText));
        self->refreshDevices();
    });
}

void SyncController::syncNow()
{
    if (!enabled() || busy())
        return;
    m_soon.stop();
    QPointer<SyncController> self(this);
    m_engine->syncNow([self](Error e) {
        if (self)
            self->afterSync(e);
    });
}

void SyncController::afterSync(const Error &e)
{
    setError(e);
    if (m_status.lastReport.applied > 0 || m_status.lastReport.conflicts > 0)
        m_app.dataReplaced();
    // Our own dataReplaced() must not schedule another sync; but a change the leader made
    // while this one ran (its "soon" fell on a busy engine) is sent soon, not at the next
    // periodic sync.
    m_soon.stop();
    refreshStatus();
    if (e.ok() && m_status.pending > 0)
        m_soon.start();
    emit syncFinished(OpResult::from(e));
}

void SyncController::refreshDevices()
{
    if (!enabled())
        return;
    QPointer<SyncController> self(this);
    const QString self_id = m_status.deviceId;
    m_engine->listDevices([self, self_id](Result<QList<protocol::DeviceInfo>> r) {
        if (!self)
            return;
        if (!r.ok())
            return self->setError(r.error());
        QVariantList out;
        for (const protocol::DeviceInfo &d : r.value()) {
            const bool isThis = d.deviceId == self_id;
            const int days = int(d.ageMs / (24LL * 60 * 60 * 1000));
            out << QVariantMap{
                {QStringLiteral("id"), d.deviceId},
                {QStringLiteral("isThis"), isThis},
                {QStringLiteral("revoked"), d.revoked},
                {QStringLiteral("label"), self->deviceName(d.deviceId, isThis)},
                {QStringLiteral("detail"),
                 d.revoked ? QCoreApplication::translate("Sync", "Removed: it can no longer sync")
                 : isThis  ? (days == 0 ? QCoreApplication::translate("Sync", "This device · added today")
                                        : QCoreApplication::translate("Sync", "This device · added %n day(s) ago", nullptr, days))
                           : days == 0 ? QCoreApplication::translate("Sync", "Added today")
                                       : QCoreApplication::translate("Sync", "Added %n day(s) ago", nullptr, days)},
            };
            // This device tells the others its name the first time it is listed: as a
            // row of the encrypted settings table, which syncs like any other record, so
            // the relay only ever holds it as ciphertext. A failed write is not shown: the
            // default is simply offered again on the next listing.
            if (isThis && readSetting(self->m_vault, deviceNameKey(d.deviceId)).isEmpty())
                (void)writeSetting(self->m_vault, deviceNameKey(d.deviceId), platformDeviceName());
        }
        self->m_devices = out;
        emit self->devicesChanged();
    });
}

QString SyncController::platformDeviceName()
{
    // Desktop: the machine's host name ("sian-macbook"), which people usually chose;
    // else the OS name ("macOS Sonoma"). Android's host name is "localhost" and its
    // prettyProductName is "Android 14" (the model, "Pixel 8", needs Build.MODEL through
    // JNI); iOS 16+ gives the generic "iPhone" for the device name without an entitlement,
    // so phones fall back to the OS name until the leader types a better one.
    const QString host = QSysInfo::machineHostName();
    if (!host.isEmpty() && host != QLatin1String("localhost"))
        return host;
    return QSysInfo::prettyProductName();
}

QString SyncController::deviceName(const QString &deviceId, bool isThis)
{
    const QString chosen = readSetting(m_vault, deviceNameKey(deviceId));
    if (!chosen.isEmpty())
        return chosen;
    return isThis ? platformDeviceName()
                  : QCoreApplication::translate("Sync", "Device %1").arg(deviceId.left(6));
}

OpResult SyncController::renameDevice(const QString &deviceId, const QString &name)
{
    const QString trimmed = name.simplified().left(60);
    const bool isThis = deviceId == m_status.deviceId;
    // An empty name goes back to the default (for this device, the platform's name).
    const Error e = writeSetting(m_vault, deviceNameKey(deviceId),
                                 trimmed.isEmpty() && isThis ? platformDeviceName() : trimmed);
    if (!e.ok())
        return OpResult::from(e);
    for (QVariant &v : m_devices) {
        QVariantMap row = v.toMap();
        if (row.value(QStringLiteral("id")).toString() == deviceId) {
            row.insert(QStringLiteral("label"), deviceName(deviceId, isThis));
            v = row;
        }
    }
    emit devicesChanged();
    m_soon.start(); // the new name travels (encrypted) with the next sync
    return {};
}

void SyncController::removeDevice(const QString &deviceId)
{
    if (!enabled())
        return;
    QPointer<SyncController> self(this);
    m_engine->removeDevice(deviceId, [self](Error e) {
        if (!self)
            return;
        self->setError(e);
        emit self->removeFinished(OpResult::from(e));
        self->refreshDevices();
    });
}

OpResult SyncController::disableSync()
{
    if (!m_engine)
        return OpResult::from(ErrorCode::Locked);
    if (Error e = m_engine->disable(); !e.ok())
        return OpResult::from(e);
    m_periodic.stop();
    m_soon.stop();
    m_devices.clear();
    m_errorText.clear();
    emit devicesChanged();
    emit statusChanged();
    return {};
}

} // namespace saib::ui
