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

private:
    QString m_file;
};

} // namespace saib
