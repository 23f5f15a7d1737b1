#include "AppController.h"

#include <platform/SleepClock.h>
#include "Background.h"
#include "KdfProcess.h"
#include "UiStrings.h"

#include <core/crypto/PassphraseStrength.h>
#include <saib/Version.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>

namespace saib::ui {

AppController::AppController(const QString &dataDir, KdfParams kdf, QObject *parent)
    : QObject(parent), m_vault(dataDir, kdf), m_prefs(dataDir),
      m_gate(platform::createBiometricGate(this)), m_remembered(m_vault, m_prefs, m_keychain, m_gate), m_kdf(kdf)
{
    connect(&m_appearance, &SystemAppearance::changed, this, &AppController::themeChanged);
    connect(&m_remembered, &platform::RememberedKey::busyChanged, this, &AppController::rememberChanged);
    connect(&m_remembered, &platform::RememberedKey::stateChanged, this, &AppController::rememberChanged);
    connect(&m_idle, &IdleLock::idleTimeout, this, &AppController::lock);
    m_idle.setTimeoutMinutes(m_prefs.autoLockMinutes());
    connect(&m_sleep, &platform::SleepWatcher::aboutToSleep, this, &AppController::lock);
    // A phone app sent to the background locks at once, or after the grace period the
    // leader chose (desktop windows merely losing focus do not: that would lock on
    // every alt-tab).
    m_grace.setSingleShot(true);
    connect(&m_grace, &QTimer::timeout, this, &AppController::lock);
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden)
                appVisibilityChanged(false);
            else if (state == Qt::ApplicationActive)
                appVisibilityChanged(true);
        });
    setLanguage(m_prefs.language());
}

AppController::~AppController()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void AppController::attachEngine(QQmlEngine *engine) { m_engine = engine; }

void AppController::setAutoLockMinutes(int minutes)
{
    if (!Preferences::isAllowedAutoLock(minutes) || minutes == autoLockMinutes())
        return;
    m_prefs.setAutoLockMinutes(minutes);
    m_idle.setTimeoutMinutes(minutes);
    emit autoLockChanged();
}

void AppController::setGraceMinutes(int minutes)
{
    if (!Preferences::isAllowedGrace(minutes) || minutes == graceMinutes())
        return;
    m_prefs.setGraceMinutes(minutes);
    emit autoLockChanged();
}

// The grace period keeps the database key in its locked (sodium_malloc) memory for a few
// minutes after leaving the app; the idle auto-lock keeps running meanwhile.
void AppController::appVisibilityChanged(bool visible)
{
    if (visible) {
        m_grace.stop();
        return;
    }
    const int ms = m_graceMsForTests > 0 ? m_graceMsForTests : graceMinutes() * 60 * 1000;
    if (ms <= 0 || !m_vault.isUnlocked()) {
        lock();
        return;
    }
    if (!m_grace.isActive())
        m_grace.start(ms);
}

void AppController::setTheme(const QString &theme)
{
    if (!Preferences::isAllowedTheme(theme) || theme == this->theme())
        return;
    m_prefs.setTheme(theme);
    emit themeChanged();
}

bool AppController::darkMode() const
{
    const QString t = theme();
    return t == QLatin1String("dark") || (t == QLatin1String("system") && m_appearance.dark());
}

QString AppController::version() const { return QStringLiteral(SAIB_VERSION_STRING); }

void AppController::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("cy") ? language : QStringLiteral("en");
    if (lang == m_language)
        return;
    QCoreApplication::removeTranslator(&m_translator);
    // English also loads a catalogue: it carries the English plural forms.
    if (m_translator.load(QStringLiteral(":/i18n/saib_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qWarning("saib: no translation catalogue for %s", qPrintable(lang));
    m_language = lang;
    QLocale::setDefault(lang == QLatin1String("cy") ? QLocale(QLocale::Welsh, QLocale::UnitedKingdom)
                                                    : QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_prefs.setLanguage(lang);
    // The phone's biometric prompt (platform/BiometricGate.h) speaks the UI language too.
    m_remembered.setPromptTexts(tr("Unlock Saib"), tr("Use passphrase"));
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

Error AppController::checkNewPassphrase(const QString &next, const QString &confirm)
{
    if (next.size() < kMinPassphraseLength)
        return ErrorCode::PassphraseTooShort;
    if (next != confirm)
        return ErrorCode::PassphraseMismatch;
    return {};
}

void AppController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

// The worker gets its own Vault over the same folder: the slow halves of create/unlock
// touch only files, so this object's key and database are only ever touched here.
void AppController::startCreateVault(const QString &passphrase, const QString &confirm)
{
    if (m_busy)
        return;
    if (Error e = checkNewPassphrase(passphrase, confirm); !e.ok()) {
        emit createFinished(OpResult::from(e));
        return;
    }
    setBusy(true);
    runInBackground(
        this,
        [dir = dataDir(), kdf = m_kdf, passphrase, derive = helperKdf()] {
            return Vault(dir, kdf).createFiles(passphrase, derive);
        },
        [this](Result<SecureBuffer> key) {
            Error e = key.ok() ? m_vault.openWithKey(key.take()) : key.error();
            setBusy(false);
            if (e.ok()) {
                m_idle.start();
                emit stateChanged();
            }
            emit createFinished(OpResult::from(e));
        });
}

void AppController::startUnlock(const QString &passphrase)
{
    if (m_busy || m_vault.isUnlocked())
        return;
    setBusy(true);
    runInBackground(
        // Argon2id runs in the saib-kdf helper process (KdfProcess.h: in this process
        // it stalls the UI thread even from a worker thread), or here if there is none.
        this,
        [dir = dataDir(), kdf = m_kdf, passphrase, derive = helperKdf()] {
            return Vault(dir, kdf).unwrapKey(passphrase, derive);
        },
        [this, generation = m_lockGeneration](Result<SecureBuffer> key) {
            if (key.ok())
                emit keyDerived();
            // The remembered key won meanwhile, or the app was locked while deriving.
            if (m_vault.isUnlocked() || generation != m_lockGeneration) {
                setBusy(false);
                emit unlockFinished(OpResult::success());
                return;
            }
            Error e = key.ok() ? m_vault.openWithKey(key.take()) : key.error();
            setBusy(false);
            if (e.ok())
                afterUnlock();
            else
                emit stateChanged();
            emit unlockFinished(OpResult::from(e));
        });
}

void AppController::startChangePassphrase(const QString &current, const QString &next, const QString &confirm)
{
    if (m_busy)
        return;
    if (Error e = checkNewPassphrase(next, confirm); !e.ok()) {
        emit passphraseChangeFinished(OpResult::from(e));
        return;
    }
    setBusy(true);
    runInBackground(
        this,
        [dir = dataDir(), kdf = m_kdf, current, next, derive = helperKdf()] {
            return Vault(dir, kdf).changePassphrase(current, next, derive);
        },
        [this](Error e) {
            setBusy(false);
            emit passphraseChangeFinished(OpResult::from(e));
        });
}

void AppController::startResetPassphrase(SecureBuffer recoveryKey, const QString &next)
{
    if (m_busy)
        return;
    setBusy(true);
    runInBackground(
        this,
        [dir = dataDir(), kdf = m_kdf, recoveryKey = std::move(recoveryKey), next, derive = helperKdf()] {
            return Vault(dir, kdf).resetPassphraseFiles(recoveryKey, next, derive);
        },
        [this](Result<SecureBuffer> key) {
            Error e = key.ok() ? m_vault.openWithKey(key.take()) : key.error();
            setBusy(false);
            if (e.ok())
                afterUnlock();
            emit passphraseResetFinished(OpResult::from(e));
        });
}

OpResult AppController::createVault(const QString &passphrase, const QString &confirm)
{
    if (Error e = checkNewPassphrase(passphrase, confirm); !e.ok())
        return OpResult::from(e);
    if (Error e = m_vault.create(passphrase); !e.ok())
        return OpResult::from(e);
    m_idle.start();
    emit stateChanged();
    return {};
}

OpResult AppController::unlock(const QString &passphrase)
{
    if (Error e = m_vault.unlock(passphrase); !e.ok()) {
        emit stateChanged();
        return OpResult::from(e);
    }
    afterUnlock();
    return {};
}

void AppController::afterUnlock()
{
    m_idle.start();
    emit stateChanged();
}

void AppController::setRememberOnDevice(bool on)
{
    if (m_remembered.isBusy())
        return;
    auto report = [this](Error e) { emit rememberFinished(OpResult::from(e)); };
    if (on)
        m_remembered.turnOn(report);
    else
        m_remembered.turnOff(report);
}

void AppController::unlockRemembered()
{
    if (m_remembered.isBusy() || m_vault.isUnlocked())
        return;
    m_remembered.unlock([this](Error e) {
        if (e.ok())
            afterUnlock();
        else
            emit stateChanged();
        emit rememberFinished(OpResult::from(e));
    });
}

void AppController::sleepForTests(qint64 ms)
{
    m_testSleepMs += ms;
    m_idle.setClock([this] { return platform::sleepInclusiveMs() + m_testSleepMs; });
}

void AppController::lock()
{
    if (m_vault.isUnlocked())
        emit aboutToLock();
    m_idle.stop();
    m_grace.stop();
    ++m_lockGeneration;
    m_vault.lock();
    emit stateChanged();
}

OpResult AppController::changePassphrase(const QString &current, const QString &next,
                                         const QString &confirm)
{
    if (Error e = checkNewPassphrase(next, confirm); !e.ok())
        return OpResult::from(e);
    return OpResult::from(m_vault.changePassphrase(current, next));
}

int AppController::passphraseStrength(const QString &passphrase) const
{
    return int(ratePassphrase(passphrase));
}

QString AppController::strengthLabel(int strength) const { return ui::strengthLabel(strength); }

void AppController::dataReplaced()
{
    emit stateChanged(); // the journal reloads its draft too
    emit dataChanged();
}

} // namespace saib::ui
