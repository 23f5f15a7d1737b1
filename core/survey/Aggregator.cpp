#include "Aggregator.h"

#include <QJsonArray>
#include <algorithm>

namespace saib::survey {

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

QuestionSummary summarise(const Question &q, const QList<const SurveyResponse *> &cell, int k)
{
    QuestionSummary s;
    s.questionId = q.id;
    s.kind = q.kind;
    QList<double> numbers;
    QMap<QString, int> counts;
    int answered = 0;
    for (const SurveyResponse *r : cell) {
        const QVariant v = r->answers.value(q.id);
        if (!v.isValid())
            continue;
        ++answered;
        if (q.kind == QuestionKind::Scale || q.kind == QuestionKind::Number)
            numbers.append(v.toDouble());
        else if (q.kind == QuestionKind::Choice) {
            for (const QString &id : v.toStringList())
                counts[id] += 1;
        }
    }
    if (answered < k)
        return s; // suppressed
    s.suppressed = false;
    s.answered = answered;
    if (!numbers.isEmpty()) {
        double sum = 0;
        for (double d : numbers)
            sum += d;
        s.mean = sum / numbers.size();
        s.median = median(numbers);
    }
    if (q.kind == QuestionKind::Choice) {
        for (const ChoiceOption &o : q.options)
            s.counts.insert(o.id, counts.value(o.id));
    }
    return s;
}

} // namespace

AggregateReport aggregate(const SurveyDefinition &definition, const QList<SurveyResponse> &responses,
                          const QStringList &dimensions, int minCellSize)
{
    AggregateReport report;
    report.surveyId = definition.id;
    report.minCellSize = qMax(1, minCellSize);
    for (const QString &d : dimensions) {
        if (definition.band(d) && !report.dimensions.contains(d))
            report.dimensions.append(d);
    }

    // QMap keeps cells in a stable, sorted order.
    QMap<QStringList, QList<const SurveyResponse *>> cells;
    for (const SurveyResponse &r : responses) {
        QStringList key;
        for (const QString &d : report.dimensions)
            key.append(r.demographics.value(d).isEmpty() ? kNotStated : r.demographics.value(d));
        cells[key].append(&r);
    }

    for (auto it = cells.begin(); it != cells.end(); ++it) {
        CellSummary cell;
        for (int i = 0; i < report.dimensions.size(); ++i)
            cell.cell.insert(report.dimensions.at(i), it.key().at(i));
        if (it.value().size() >= report.minCellSize) {
            cell.suppressed = false;
            cell.responses = static_cast<int>(it.value().size());
            for (const Question &q : definition.questions)
                cell.questions.append(summarise(q, it.value(), report.minCellSize));
        }
        report.cells.append(cell);
    }
    return report;
}

QJsonObject AggregateReport::toJson() const
{
    QJsonArray cellArray;
    for (const CellSummary &c : cells) {
        QJsonObject cellKey;
        for (auto it = c.cell.begin(); it != c.cell.end(); ++it)
            cellKey.insert(it.key(), it.value());
        QJsonObject cellJson{{QStringLiteral("cell"), cellKey}, {QStringLiteral("suppressed"), c.suppressed}};
        if (!c.suppressed) {
            cellJson.insert(QStringLiteral("responses"), c.responses);
            QJsonObject questions;
            for (const QuestionSummary &q : c.questions) {
                QJsonObject qJson{{QStringLiteral("suppressed"), q.suppressed}};
                if (!q.suppressed) {
                    qJson.insert(QStringLiteral("answered"), q.answered);
                    if (q.kind == QuestionKind::Choice) {
                        QJsonObject counts;
                        for (auto it = q.counts.begin(); it != q.counts.end(); ++it)
                            counts.insert(it.key(), it.value());
                        qJson.insert(QStringLiteral("counts"), counts);
                    } else if (q.kind != QuestionKind::TextShort) {
                        qJson.insert(QStringLiteral("mean"), q.mean);
                        qJson.insert(QStringLiteral("median"), q.median);
                    }
                }
                questions.insert(q.questionId, qJson);
            }
            cellJson.insert(QStringLiteral("questions"), questions);
        }
        cellArray.append(cellJson);
    }
    return QJsonObject{{QStringLiteral("survey"), surveyId},
                       {QStringLiteral("dimensions"), QJsonArray::fromStringList(dimensions)},
                       {QStringLiteral("min_cell_size"), minCellSize},
                       {QStringLiteral("cells"), cellArray}};
}

} // namespace saib::survey
