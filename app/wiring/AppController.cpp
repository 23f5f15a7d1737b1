#include "AppController.h"
#include "UiStrings.h"

#include <core/ErrorMessages.h>
#include <core/crypto/PassphraseStrength.h>
#include <saib/Version.h>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QQmlEngine>

namespace saib::ui {

AppController::AppController(const QString &dataDir, KdfParams kdf, QObject *parent)
    : QObject(parent), m_vault(dataDir, kdf), m_prefs(dataDir), m_remembered(m_vault, m_prefs, m_keychain)
{
    connect(&m_appearance, &SystemAppearance::changed, this, &AppController::themeChanged);
    connect(&m_remembered, &platform::RememberedKey::busyChanged, this, &AppController::rememberChanged);
    connect(&m_remembered, &platform::RememberedKey::stateChanged, this, &AppController::rememberChanged);
    connect(&m_idle, &IdleLock::idleTimeout, this, &AppController::lock);
    m_idle.setTimeoutMinutes(m_prefs.autoLockMinutes());
    // A phone app sent to the background locks at once (desktop windows merely losing
    // focus do not: that would lock on every alt-tab).
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden)
                lock();
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
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

QString AppController::createVault(const QString &passphrase, const QString &confirm)
{
    if (passphrase.size() < kMinPassphraseLength)
        return errorMessage(ErrorCode::PassphraseTooShort);
    if (passphrase != confirm)
        return errorMessage(ErrorCode::PassphraseMismatch);
    if (Error e = m_vault.create(passphrase); !e.ok())
        return errorMessage(e);
    m_idle.start();
    emit stateChanged();
    return {};
}

QString AppController::unlock(const QString &passphrase)
{
    if (Error e = m_vault.unlock(passphrase); !e.ok()) {
        emit stateChanged();
        return errorMessage(e);
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
    auto report = [this](Error e) { emit rememberResult(errorMessage(e)); };
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
        emit rememberResult(errorMessage(e));
    });
}

void AppController::lock()
{
    if (m_vault.isUnlocked())
        emit aboutToLock();
    m_idle.stop();
    m_vault.lock();
    emit stateChanged();
}

QString AppController::changePassphrase(const QString &current, const QString &next,
                                        const QString &confirm)
{
    if (next.size() < kMinPassphraseLength)
        return errorMessage(ErrorCode::PassphraseTooShort);
    if (next != confirm)
        return errorMessage(ErrorCode::PassphraseMismatch);
    return errorMessage(m_vault.changePassphrase(current, next));
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
