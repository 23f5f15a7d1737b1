#pragma once
// Reads one file out of a zip archive held in memory (Day One exports are a zip holding
// Journal.json and a photos folder). Stored and deflated entries only, no zip64, no
// encryption; sizes are capped and the CRC checked, so a damaged or hostile archive is
// refused rather than trusted.
#include "../Error.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace saib {

bool looksLikeZip(const QByteArray &bytes);
// The first top-level entry whose name `wanted` accepts (in central-directory order).
// ImportInvalid when the archive cannot be read or has no such entry.
Result<QByteArray> readZipEntry(const QByteArray &zip, const std::function<bool(const QString &name)> &wanted,
                                qint64 maxSize = qint64(256) << 20);

} // namespace saib
