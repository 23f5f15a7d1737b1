#pragma once
// saib-cli recovery create | reset | status: the printable recovery key.
#include <QDate>
#include <QString>
#include <QStringList>

namespace saib::cli {
int recoveryCommand(const QString &dataDir, const QStringList &args, const QDate &today);
} // namespace saib::cli
