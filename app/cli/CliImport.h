#pragma once
// saib-cli import dayone|daylio|checkins FILE [--dry-run] [--mood NAME=D,E,N]
#include <core/vault/Vault.h>

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>

namespace saib::cli {
void addImportOptions(QCommandLineParser &p);
int importCommand(Vault &vault, const QCommandLineParser &p, const QStringList &args, const QDate &today);
} // namespace saib::cli
