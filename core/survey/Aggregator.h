#pragma once
// Server-side results of a survey for publication (DESIGN.md §6). Only the tables the
// signed definition declares (`SurveyDefinition::tables`, e.g. national, by region, by
// phase) are computed, all together, so suppression protects them jointly:
//
// - primary: a cell with fewer than k = 10 responses is not published;
// - complementary (Suppression.h): further cells are dropped until no group of 1..9
//   leaders can be isolated by adding or subtracting published figures of any table;
// - the same two steps again per question, counting only the leaders who answered it, so
//   `answered` counts, means (sums) and choice counts cannot be differenced either;
// - a median is published only where at least kMinMedianSize = 20 answered: a median
//   is one leader's own answer (or the mean of two), so it needs a larger group than a
//   mean before it says nothing about anyone in particular.
//
// Suppressed cells and questions are dropped from the output, not listed, so even the
// existence of a small group is not published. Nothing depends on the order responses
// were stored in: cells and figures are computed from sorted keys and sums.
#include "SurveyDefinition.h"
#include "SurveyPayload.h"

#include <QJsonObject>
#include <QMap>

namespace saib::survey {

inline constexpr int kMinCellSize = 10;
inline constexpr int kMinMedianSize = 20;

struct QuestionSummary {
    QString questionId;
    QuestionKind kind = QuestionKind::Scale;
    int answered = 0;
    double mean = 0;             // scale and number
    bool hasMedian = false;      // only when answered >= kMinMedianSize
    double median = 0;
    QMap<QString, int> counts;   // choice: option id -> times chosen (every option listed)
};

struct CellSummary {
    Demographics cell;           // band key -> value id ("not_stated" when left out)
    int responses = 0;
    QList<QuestionSummary> questions; // only the questions published for this cell
};

struct TableResult {
    QStringList dimensions;      // empty: the national table
    QList<CellSummary> cells;    // published cells only, sorted by cell values
};

struct PublishedResults {
    QString surveyId;
    int minCellSize = kMinCellSize;
    int minMedianSize = kMinMedianSize;
    QList<TableResult> tables;   // in the definition's order

    const TableResult *table(const QStringList &dimensions) const;
    // Free-text answers are never published, only how many leaders answered.
    QJsonObject toJson() const;
    static QJsonObject tableToJson(const TableResult &table);
};

inline const QString kNotStated = QStringLiteral("not_stated");

PublishedResults publishResults(const SurveyDefinition &definition, const QList<SurveyResponse> &responses,
                                int minCellSize = kMinCellSize);

} // namespace saib::survey
