#include "Aggregator.h"

#include "Suppression.h"

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

QString bandValue(const SurveyResponse &r, const QString &band)
{
    const QString v = r.demographics.value(band);
    return v.isEmpty() ? kNotStated : v;
}

QuestionSummary summarise(const Question &q, const QList<const SurveyResponse *> &cell)
{
    QuestionSummary s;
    s.questionId = q.id;
    s.kind = q.kind;
    QList<double> numbers;
    for (const SurveyResponse *r : cell) {
        const QVariant v = r->answers.value(q.id);
        if (!v.isValid())
            continue;
        ++s.answered;
        if (q.kind == QuestionKind::Scale || q.kind == QuestionKind::Number)
            numbers.append(v.toDouble());
        else if (q.kind == QuestionKind::Choice) {
            for (const QString &id : v.toStringList())
                s.counts[id] += 1;
        }
    }
    if (!numbers.isEmpty()) {
        // Sorted first, so the mean's last bits do not depend on storage order either.
        std::sort(numbers.begin(), numbers.end());
        double sum = 0;
        for (double d : numbers)
            sum += d;
        s.mean = sum / numbers.size();
        s.hasMedian = numbers.size() >= kMinMedianSize;
        if (s.hasMedian)
            s.median = median(numbers);
    }
    if (q.kind == QuestionKind::Choice) {
        for (const ChoiceOption &o : q.options)
            s.counts.insert(o.id, s.counts.value(o.id));
    }
    return s;
}

struct Layout {
    QStringList bands;                              // every band any table uses
    QList<QList<const SurveyResponse *>> atoms;     // respondents per atom
    QList<SuppressionCell> cells;                   // every cell of every table
    QList<int> cellTable;                           // table index per cell
    QList<Demographics> cellKey;
};

Layout layout(const SurveyDefinition &def, const QList<SurveyResponse> &responses)
{
    Layout l;
    for (const QString &key : demographicKeys()) {
        for (const QStringList &t : def.tables) {
            if (t.contains(key) && !l.bands.contains(key))
                l.bands.append(key);
        }
    }
    QMap<QStringList, QList<const SurveyResponse *>> atomMap; // sorted: order-free
    for (const SurveyResponse &r : responses) {
        QStringList key;
        for (const QString &b : l.bands)
            key.append(bandValue(r, b));
        atomMap[key].append(&r);
    }
    const QList<QStringList> atomKeys = atomMap.keys();
    l.atoms = atomMap.values();
    for (int t = 0; t < def.tables.size(); ++t) {
        const QStringList &dims = def.tables.at(t);
        QMap<QStringList, QList<int>> cellMap;
        for (int a = 0; a < atomKeys.size(); ++a) {
            QStringList key;
            for (const QString &d : dims)
                key.append(atomKeys.at(a).at(l.bands.indexOf(d)));
            cellMap[key].append(a);
        }
        for (auto it = cellMap.begin(); it != cellMap.end(); ++it) {
            Demographics cell;
            for (int i = 0; i < dims.size(); ++i)
                cell.insert(dims.at(i), it.key().at(i));
            l.cells.append(SuppressionCell{it.value(), static_cast<int>(dims.size())});
            l.cellTable.append(t);
            l.cellKey.append(cell);
        }
    }
    return l;
}

} // namespace

PublishedResults publishResults(const SurveyDefinition &definition, const QList<SurveyResponse> &responses,
                                int minCellSize)
{
    PublishedResults out;
    out.surveyId = definition.id;
    out.minCellSize = qMax(1, minCellSize);
    const int k = out.minCellSize;
    const Layout l = layout(definition, responses);

    QList<int> population;
    for (const auto &atom : l.atoms)
        population.append(static_cast<int>(atom.size()));
    const QList<bool> cellPublished = suppressComplementary(population, l.cells, k);

    // Per question: the population is who answered it, and only published cells qualify.
    QList<QList<bool>> questionPublished;
    for (const Question &q : definition.questions) {
        QList<int> answered;
        for (const auto &atom : l.atoms) {
            int n = 0;
            for (const SurveyResponse *r : atom)
                n += r->answers.contains(q.id) ? 1 : 0;
            answered.append(n);
        }
        questionPublished.append(suppressComplementary(answered, l.cells, k, cellPublished));
    }

    for (const QStringList &dims : definition.tables)
        out.tables.append(TableResult{dims, {}});
    for (int c = 0; c < l.cells.size(); ++c) {
        if (!cellPublished.at(c))
            continue;
        QList<const SurveyResponse *> members;
        for (int a : l.cells.at(c).atoms)
            members += l.atoms.at(a);
        CellSummary cell;
        cell.cell = l.cellKey.at(c);
        cell.responses = static_cast<int>(members.size());
        for (int q = 0; q < definition.questions.size(); ++q) {
            if (questionPublished.at(q).at(c))
                cell.questions.append(summarise(definition.questions.at(q), members));
        }
        out.tables[l.cellTable.at(c)].cells.append(cell);
    }
    return out;
}

const TableResult *PublishedResults::table(const QStringList &dimensions) const
{
    for (const TableResult &t : tables) {
        if (t.dimensions == dimensions)
            return &t;
    }
    return nullptr;
}

QJsonObject PublishedResults::tableToJson(const TableResult &table)
{
    QJsonArray cellArray;
    for (const CellSummary &c : table.cells) {
        QJsonObject cellKey;
        for (auto it = c.cell.begin(); it != c.cell.end(); ++it)
            cellKey.insert(it.key(), it.value());
        QJsonObject questions;
        for (const QuestionSummary &q : c.questions) {
            QJsonObject qJson{{QStringLiteral("answered"), q.answered}};
            if (q.kind == QuestionKind::Choice) {
                QJsonObject counts;
                for (auto it = q.counts.begin(); it != q.counts.end(); ++it)
                    counts.insert(it.key(), it.value());
                qJson.insert(QStringLiteral("counts"), counts);
            } else if (q.kind != QuestionKind::TextShort) {
                qJson.insert(QStringLiteral("mean"), q.mean);
                if (q.hasMedian)
                    qJson.insert(QStringLiteral("median"), q.median);
            }
            questions.insert(q.questionId, qJson);
        }
        cellArray.append(QJsonObject{{QStringLiteral("cell"), cellKey},
                                     {QStringLiteral("responses"), c.responses},
                                     {QStringLiteral("questions"), questions}});
    }
    return QJsonObject{{QStringLiteral("by"), QJsonArray::fromStringList(table.dimensions)},
                       {QStringLiteral("cells"), cellArray}};
}

QJsonObject PublishedResults::toJson() const
{
    QJsonArray tableArray;
    for (const TableResult &t : tables)
        tableArray.append(tableToJson(t));
    return QJsonObject{{QStringLiteral("survey"), surveyId},
                       {QStringLiteral("min_cell_size"), minCellSize},
                       {QStringLiteral("min_median_size"), minMedianSize},
                       {QStringLiteral("tables"), tableArray}};
}

} // namespace saib::survey
