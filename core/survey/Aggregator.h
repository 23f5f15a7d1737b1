#pragma once
// Server-side aggregation of survey responses for publication (DESIGN.md §6). Responses
// are grouped into cells by the chosen demographic bands (none: one national cell; e.g.
// {"phase"}: a cell per phase; {"phase", "region"}: a cross-tabulation). Any cell with
// fewer than k = 10 responses is suppressed: it is reported as suppressed with no count
// and no figures. Within a published cell, a question answered by fewer than k leaders is
// suppressed the same way, so skipped answers cannot shrink a figure below k.
//
// Not handled here: complementary suppression (a suppressed cell recovered by subtracting
// published cells from a published total). Publish one grouping per table, or review.
#include "SurveyDefinition.h"
#include "SurveyPayload.h"

#include <QJsonObject>
#include <QMap>

namespace saib::survey {

inline constexpr int kMinCellSize = 10;

struct QuestionSummary {
    QString questionId;
    QuestionKind kind = QuestionKind::Scale;
    bool suppressed = true;
    int answered = 0;            // only when not suppressed
    double mean = 0;             // scale and number
    double median = 0;           // scale and number
    QMap<QString, int> counts;   // choice: option id -> times chosen (every option listed)
};

struct CellSummary {
    Demographics cell;           // band key -> value id ("not_stated" when left out)
    bool suppressed = true;
    int responses = 0;           // only when not suppressed
    QList<QuestionSummary> questions;
};

struct AggregateReport {
    QString surveyId;
    QStringList dimensions;
    int minCellSize = kMinCellSize;
    QList<CellSummary> cells;    // sorted by cell values

    // The publishable form: suppressed cells carry only {"cell", "suppressed": true}.
    // Free-text answers are never published, only how many leaders answered.
    QJsonObject toJson() const;
};

inline const QString kNotStated = QStringLiteral("not_stated");

// `dimensions` must be demographic keys of the definition; unknown ones are ignored.
AggregateReport aggregate(const SurveyDefinition &definition, const QList<SurveyResponse> &responses,
                          const QStringList &dimensions = {}, int minCellSize = kMinCellSize);

} // namespace saib::survey
