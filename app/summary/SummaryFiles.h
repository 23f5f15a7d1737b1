#pragma once
// Writes the summary's PDF and/or plain-text file, owner-only (0600) and atomically
// through core/io/AtomicFile, and chooses the language both are rendered in.
#include <core/insights/Summary.h>

#include <QString>

namespace saib::summary {

// Installs the translator for "en" or "cy" for this process (saib-cli --lang), from the
// translations this library carries. False for any other language.
bool useLanguage(const QString &lang);

// Either path may be empty (not written). Nothing is half-written: each file is complete or absent.
Error writeFiles(const insights::Summary &summary, const QString &pdfPath, const QString &textPath);

} // namespace saib::summary
