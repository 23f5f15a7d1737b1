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

} // namespace saib
