#include <core/Clock.h>
#include "RecoveryController.h"
#include "AppController.h"
#include "RecoveryKeyPdf.h"

#include <core/ErrorMessages.h>
#include <core/crypto/KeyFile.h>
#include <core/crypto/PassphraseStrength.h>
#include <core/crypto/RecoveryKey.h>

#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QRandomGenerator>

namespace saib::ui {

namespace {
QString localPath(const QString &fileOrUrl)
{
    const QUrl url(fileOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : fileOrUrl;
}

OpResult result(const ParsedRecoveryKey &parsed)
{
    if (parsed.error.code == ErrorCode::RecoveryKeyTypo)
        return OpResult::failure(recoveryKeyTypoMessage(parsed.badGroup), parsed.error.code);
    return OpResult::from(parsed.error);
}

// Compares a typed group with the real one the way the parser reads keys: case, spaces
// and the look-alikes O/I/L do not matter.
QString normalised(QString group)
{
    group = group.trimmed().toUpper();
    group.remove(QLatin1Char(' '));
    group.replace(QLatin1Char('O'), QLatin1Char('0'));
    group.replace(QLatin1Char('I'), QLatin1Char('1'));
    group.replace(QLatin1Char('L'), QLatin1Char('1'));
    return group;
}
} // namespace

RecoveryController::RecoveryController(AppController &app, QObject *parent) : QObject(parent), m_app(app)
{
    // Nothing of the key outlives the unlocked session; the status may change on lock too.
    connect(&m_app, &AppController::stateChanged, this, [this] {
        if (!m_app.unlocked())
            forgetKey();
        emit changed();
    });
    connect(&m_app, &AppController::createFinished, this, [this](const OpResult &created) {
        if (!m_settingUp)
            return;
        m_settingUp = false;
        emit setUpFinished(afterCreate(created));
    });
    connect(&m_app, &AppController::passphraseResetFinished, this, &RecoveryController::resetFinished);
}

QString RecoveryController::status() const
{
    if (!m_app.vault().exists())
        return {};
    auto info = m_app.vault().keyFileInfo();
    if (!info.ok())
        return errorMessage(info.error());
    switch (info.value().recovery) {
    case KeyFileInfo::Recovery::None:
        return tr("No recovery key yet. Without one, a forgotten passphrase means your data is lost.");
    case KeyFileInfo::Recovery::Damaged:
        return errorMessage(ErrorCode::RecoverySlotDamaged);
    case KeyFileInfo::Recovery::Present:
        break;
    }
    return tr("Recovery key made on %1.").arg(QLocale().toString(info.value().recoveryMade, QLocale::LongFormat));
}

bool RecoveryController::hasKey() const
{
    auto info = m_app.vault().keyFileInfo();
    return info.ok() && info.value().recovery == KeyFileInfo::Recovery::Present;
}

QStringList RecoveryController::keyGroups() const
{
    QStringList groups;
    if (m_formatted.isNull())
        return groups;
    for (int g = 1; g <= kRecoveryKeyGroups; ++g)
        groups << RecoveryKey::group(m_formatted, g);
    return groups;
}

OpResult RecoveryController::setUpVault(const QString &passphrase, const QString &confirm)
{
    // Showing first, so the shell goes straight from setup to the key page when the
    // store opens, without building the main pages in between.
    m_showing = true;
    return afterCreate(m_app.createVault(passphrase, confirm));
}

void RecoveryController::startSetUpVault(const QString &passphrase, const QString &confirm)
{
    if (m_app.busy() || m_settingUp)
        return;
    m_showing = true;
    m_settingUp = true;
    m_app.startCreateVault(passphrase, confirm);
}

OpResult RecoveryController::afterCreate(const OpResult &created)
{
    if (!created.ok) {
        m_showing = false;
        return created;
    }
    const Error keyError = showNewKey();
    if (!keyError.ok()) {
        // The store exists and works; only the recovery key failed. Say so in Settings.
        forgetKey();
        emit changed();
    }
    return OpResult::from(keyError);
}

OpResult RecoveryController::makeNewKey()
{
    const Error error = showNewKey();
    emit changed();
    return OpResult::from(error);
}

Error RecoveryController::showNewKey()
{
    auto made = m_app.vault().createRecoveryKey(saib::Clock::today());
    if (!made.ok())
        return made.error();
    m_formatted = made.take();
    m_showing = true;
    // Two different groups, at random, to type back.
    m_first = 1 + QRandomGenerator::system()->bounded(kRecoveryKeyGroups);
    m_second = 1 + QRandomGenerator::system()->bounded(kRecoveryKeyGroups - 1);
    if (m_second >= m_first)
        ++m_second;
    if (m_second < m_first)
        std::swap(m_first, m_second);
    emit changed();
    return {};
}

OpResult RecoveryController::confirmKept(const QString &first, const QString &second)
{
    if (m_formatted.isNull())
        return {};
    if (normalised(first) != RecoveryKey::group(m_formatted, m_first)
        || normalised(second) != RecoveryKey::group(m_formatted, m_second))
        return OpResult::failure(tr("Those groups do not match your recovery key. Check your saved copy and type them again."));
    closeKey();
    return {};
}

void RecoveryController::closeKey()
{
    forgetKey();
    emit changed();
}

void RecoveryController::forgetKey()
{
    m_formatted.clear();
    m_showing = false;
    m_first = m_second = 0;
}

QUrl RecoveryController::suggestedPdfFile() const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(QDir(folder).filePath(tr("saib-recovery-key") + QStringLiteral(".pdf")));
}

OpResult RecoveryController::savePdf(const QString &fileOrUrl)
{
    if (m_formatted.isNull())
        return OpResult::from(ErrorCode::Locked);
    auto info = m_app.vault().keyFileInfo();
    const QDate made = info.ok() ? info.value().recoveryMade : QDate();
    return OpResult::from(RecoveryKeyPdf::write(localPath(fileOrUrl), m_formatted, made));
}

OpResult RecoveryController::checkKey(const QString &typed) const
{
    return result(RecoveryKey::parse(typed));
}

namespace {
// Ok when the reset may start. The key first: a typo is named before the slow work or
// any other complaint.
OpResult checkReset(const ParsedRecoveryKey &parsed, const QString &next, const QString &confirm)
{
    if (!parsed.ok())
        return result(parsed);
    if (next.size() < kMinPassphraseLength)
        return OpResult::from(ErrorCode::PassphraseTooShort);
    if (next != confirm)
        return OpResult::from(ErrorCode::PassphraseMismatch);
    return {};
}
} // namespace

OpResult RecoveryController::resetPassphrase(const QString &recoveryKey, const QString &next,
                                             const QString &confirm)
{
    ParsedRecoveryKey parsed = RecoveryKey::parse(recoveryKey);
    if (OpResult checked = checkReset(parsed, next, confirm); !checked.ok)
        return checked;
    if (Error e = m_app.vault().resetPassphrase(parsed.key, next); !e.ok())
        return OpResult::from(e);
    m_app.afterUnlock();
    return {};
}

void RecoveryController::startResetPassphrase(const QString &recoveryKey, const QString &next,
                                              const QString &confirm)
{
    if (m_app.busy())
        return;
    ParsedRecoveryKey parsed = RecoveryKey::parse(recoveryKey);
    if (OpResult checked = checkReset(parsed, next, confirm); !checked.ok)
        return emit resetFinished(checked);
    m_app.startResetPassphrase(std::move(parsed.key), next);
}

} // namespace saib::ui
