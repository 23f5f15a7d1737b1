#include "DataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace saib::platform {

QString defaultDataDir()
{
    const QString fromEnv = qEnvironmentVariable("SAIB_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir(fromEnv).absolutePath();
    // Spelled out rather than relying on the application name being set already.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Saib"));
}

} // namespace saib::platform
