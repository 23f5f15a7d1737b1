#pragma once
// Non-secret device preferences that must be readable before unlock (the lock screen
// needs the UI language). Kept in preferences.ini in the data directory. Never put
// anything private here: it is not encrypted.
#include <QString>

namespace saib {

class Preferences {
public:
    explicit Preferences(QString dataDir);
    QString language() const;            // "en" or "cy"
    void setLanguage(const QString &language);
    int autoLockMinutes() const;         // 1, 5 (default), 15 or 30
    void setAutoLockMinutes(int minutes);
    static bool isAllowedAutoLock(int minutes);

private:
    QString m_file;
};

} // namespace saib
