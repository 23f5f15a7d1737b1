#pragma once
// The summary for a coach as an A4 PDF: the sections the leader ticked, each with a
// chart drawn as vectors (lines, bars, dots: no bitmaps) and the same sentences as the
// plain-text version (SummaryWords), in the current UI language. A "not encrypted" note
// sits at the top and in every page's footer.
#include <core/insights/Summary.h>

#include <QByteArray>

namespace saib::summary {

// The PDF's bytes (rendered in memory; the caller writes them with AtomicFile).
QByteArray renderPdf(const insights::Summary &summary);

} // namespace saib::summary
