#include "Preferences.h"

#include <QDir>
#include <QLocale>
#include <QSettings>

namespace saib {

Preferences::Preferences(QString dataDir)
    : m_file(QDir(dataDir).filePath(QStringLiteral("preferences.ini")))
{
}

QString Preferences::language() const
{
    QSettings s(m_file, QSettings::IniFormat);
    const QString stored = s.value(QStringLiteral("ui/language")).toString();
    if (stored == QLatin1String("en") || stored == QLatin1String("cy"))
        return stored;
    // First run: follow the system if it is Welsh, otherwise English.
    return QLocale::system().language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en");
}

void Preferences::setLanguage(const QString &language)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(QStringLiteral("ui/language"), language);
    s.sync();
}

bool Preferences::isAllowedAutoLock(int minutes)
{
    return minutes == 1 || minutes == 5 || minutes == 15 || minutes == 30;
}

int Preferences::autoLockMinutes() const
{
    QSettings s(m_file, QSettings::IniFormat);
    const int stored = s.value(QStringLiteral("security/autoLockMinutes"), 5).toInt();
    return isAllowedAutoLock(stored) ? stored : 5;
}

void Preferences::setAutoLockMinutes(int minutes)
{
    if (!isAllowedAutoLock(minutes))
        return;
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(QStringLiteral("security/autoLockMinutes"), minutes);
    s.sync();
}

} // namespace saib
