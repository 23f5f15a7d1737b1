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

int Preferences::graceMinutes() const
{
    QSettings s(m_file, QSettings::IniFormat);
    const int stored = s.value(QStringLiteral("security/graceMinutes"), 0).toInt();
    return isAllowedGrace(stored) ? stored : 0;
}

void Preferences::setGraceMinutes(int minutes)
{
    if (!isAllowedGrace(minutes))
        return;
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(QStringLiteral("security/graceMinutes"), minutes);
    s.sync();
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

namespace {
const QString kDaily = QStringLiteral("reminders/daily");
const QString kTime = QStringLiteral("reminders/time");
const QString kWeekdaysOnly = QStringLiteral("reminders/weekdaysOnly");
const QString kWeekly = QStringLiteral("reminders/weekly");
const QString kWeeklyDay = QStringLiteral("reminders/weeklyDay");
const QString kWeeklyTime = QStringLiteral("reminders/weeklyTime");
const QString kCheckedInOn = QStringLiteral("reminders/checkedInOn");
const QString kRatedWeekOf = QStringLiteral("reminders/ratedWeekOf");
const QString kLastHandled = QStringLiteral("reminders/lastHandled");
} // namespace

ReminderSettings Preferences::reminders() const
{
    QSettings s(m_file, QSettings::IniFormat);
    ReminderSettings r;
    r.dailyEnabled = s.value(kDaily, false).toBool();
    const QTime time = QTime::fromString(s.value(kTime).toString(), QStringLiteral("HH:mm"));
    if (time.isValid())
        r.time = time;
    r.weekdaysOnly = s.value(kWeekdaysOnly, true).toBool();
    r.weeklyEnabled = s.value(kWeekly, false).toBool();
    const int day = s.value(kWeeklyDay, int(Qt::Friday)).toInt();
    r.weeklyDay = day >= 1 && day <= 7 ? day : int(Qt::Friday);
    const QTime weeklyTime = QTime::fromString(s.value(kWeeklyTime).toString(), QStringLiteral("HH:mm"));
    if (weeklyTime.isValid())
        r.weeklyTime = weeklyTime;
    return r;
}

void Preferences::setReminders(const ReminderSettings &r)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(kDaily, r.dailyEnabled);
    s.setValue(kTime, r.time.toString(QStringLiteral("HH:mm")));
    s.setValue(kWeekdaysOnly, r.weekdaysOnly);
    s.setValue(kWeekly, r.weeklyEnabled);
    s.setValue(kWeeklyDay, r.weeklyDay >= 1 && r.weeklyDay <= 7 ? r.weeklyDay : int(Qt::Friday));
    s.setValue(kWeeklyTime, r.weeklyTime.toString(QStringLiteral("HH:mm")));
    s.sync();
}

ReminderProgress Preferences::reminderProgress() const
{
    QSettings s(m_file, QSettings::IniFormat);
    return {QDate::fromString(s.value(kCheckedInOn).toString(), Qt::ISODate),
            QDate::fromString(s.value(kRatedWeekOf).toString(), Qt::ISODate)};
}

void Preferences::setCheckedInOn(const QDate &day)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(kCheckedInOn, day.toString(Qt::ISODate));
    s.sync();
}

void Preferences::setRatedWeekOf(const QDate &day)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(kRatedWeekOf, day.toString(Qt::ISODate));
    s.sync();
}

QDateTime Preferences::reminderLastHandled() const
{
    QSettings s(m_file, QSettings::IniFormat);
    return QDateTime::fromString(s.value(kLastHandled).toString(), Qt::ISODateWithMs);
}

void Preferences::setReminderLastHandled(const QDateTime &at)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(kLastHandled, at.toUTC().toString(Qt::ISODateWithMs));
    s.sync();
}

bool Preferences::isAllowedTheme(const QString &theme)
{
    return theme == QLatin1String("system") || theme == QLatin1String("light") || theme == QLatin1String("dark");
}

QString Preferences::theme() const
{
    QSettings s(m_file, QSettings::IniFormat);
    const QString stored = s.value(QStringLiteral("ui/theme")).toString();
    return isAllowedTheme(stored) ? stored : QStringLiteral("system");
}

void Preferences::setTheme(const QString &theme)
{
    if (!isAllowedTheme(theme))
        return;
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(QStringLiteral("ui/theme"), theme);
    s.sync();
}

bool Preferences::keepInTray() const
{
    QSettings s(m_file, QSettings::IniFormat);
    return s.value(QStringLiteral("desktop/keepInTray"), false).toBool();
}

void Preferences::setKeepInTray(bool keep)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(QStringLiteral("desktop/keepInTray"), keep);
    s.sync();
}

bool Preferences::rememberOnDevice() const
{
    QSettings s(m_file, QSettings::IniFormat);
    return s.value(QStringLiteral("security/rememberOnDevice"), false).toBool();
}

void Preferences::setRememberOnDevice(bool remember)
{
    QSettings s(m_file, QSettings::IniFormat);
    s.setValue(QStringLiteral("security/rememberOnDevice"), remember);
    s.sync();
}

} // namespace saib
