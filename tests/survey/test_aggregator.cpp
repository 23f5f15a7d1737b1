// Aggregation with small-cell suppression at k = 10.
#include "SurveyFixtures.h"

#include <core/survey/Aggregator.h>
#include <core/survey/Voprf.h>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;

namespace {

SurveyResponse response(int demand, const QString &phase, const QStringList &drains = {"workload"})
{
    SurveyResponse r;
    r.answers.insert("demand", demand);
    r.answers.insert("hours", 8.0 + demand / 2.0);
    r.answers.insert("drains", drains);
    r.answers.insert("comment", QStringLiteral("private words"));
    r.demographics.insert("phase", phase);
    r.demographics.insert("role", "head");
    return r;
}

QList<SurveyResponse> many(int count, const QString &phase)
{
    QList<SurveyResponse> out;
    for (int i = 0; i < count; ++i)
        out.append(response(i % 11, phase, i % 3 == 0 ? QStringList{"workload", "budget"} : QStringList{"scrutiny"}));
    return out;
}

const CellSummary *cellFor(const AggregateReport &report, const QString &phase)
{
    for (const CellSummary &c : report.cells) {
        if (c.cell.value("phase") == phase)
            return &c;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Cells are suppressed below 10 responses and published from 10", "[aggregator]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    const int n = GENERATE(9, 10, 11);
    QList<SurveyResponse> responses = many(n, "primary") + many(25, "secondary");
    const AggregateReport report = aggregate(def, responses, {"phase"});
    REQUIRE(report.cells.size() == 2);

    const CellSummary *primary = cellFor(report, "primary");
    REQUIRE(primary);
    CHECK(primary->suppressed == (n < 10));
    if (n < 10) {
        CHECK(primary->responses == 0);
        CHECK(primary->questions.isEmpty());
        const QJsonObject json = report.toJson()["cells"].toArray()[0].toObject();
        CHECK(json.keys() == QStringList{"cell", "suppressed"}); // no count, no figures
    } else {
        CHECK(primary->responses == n);
        CHECK_FALSE(primary->questions.isEmpty());
    }
    const CellSummary *secondary = cellFor(report, "secondary");
    REQUIRE(secondary);
    CHECK_FALSE(secondary->suppressed);
    CHECK(secondary->responses == 25);
}

TEST_CASE("Published cells give counts per choice and mean and median", "[aggregator]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    QList<SurveyResponse> responses;
    // demand: 2, 4, 4, 5, 6, 7, 7, 7, 9, 10 -> mean 6.1, median 6.5
    for (int d : {2, 4, 4, 5, 6, 7, 7, 7, 9, 10})
        responses.append(response(d, "primary", d >= 7 ? QStringList{"workload", "budget"} : QStringList{"scrutiny"}));
    const AggregateReport report = aggregate(def, responses); // one national cell
    REQUIRE(report.cells.size() == 1);
    const CellSummary &cell = report.cells.first();
    REQUIRE_FALSE(cell.suppressed);
    CHECK(cell.responses == 10);

    const QuestionSummary &demand = cell.questions.at(0);
    CHECK(demand.questionId == "demand");
    CHECK_FALSE(demand.suppressed);
    CHECK(demand.mean == Approx(6.1));
    CHECK(demand.median == Approx(6.5));

    const QuestionSummary &hours = cell.questions.at(2);
    CHECK(hours.questionId == "hours");
    CHECK(hours.mean == Approx(8.0 + 6.1 / 2));

    const QuestionSummary &drains = cell.questions.at(5);
    CHECK(drains.questionId == "drains");
    CHECK(drains.counts.value("workload") == 5);
    CHECK(drains.counts.value("budget") == 5);
    CHECK(drains.counts.value("scrutiny") == 5);

    // Nobody answered "cared_for": suppressed even though the cell is published.
    CHECK(cell.questions.at(4).questionId == "cared_for");
    CHECK(cell.questions.at(4).suppressed);

    // Free text is never published, only how many answered it.
    const QJsonObject json = report.toJson();
    CHECK_FALSE(QJsonDocument(json).toJson().contains("private words"));
    const QJsonObject comment = json["cells"].toArray()[0].toObject()["questions"].toObject()["comment"].toObject();
    CHECK(comment.keys() == QStringList{"answered", "suppressed"});
}

TEST_CASE("A question skipped by enough leaders is suppressed inside a published cell", "[aggregator]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    QList<SurveyResponse> responses = many(12, "primary");
    for (int i = 0; i < 3; ++i)
        responses[i].answers.remove("demand"); // 9 answered
    const AggregateReport report = aggregate(def, responses, {"phase"});
    REQUIRE(report.cells.size() == 1);
    CHECK_FALSE(report.cells.first().suppressed);
    CHECK(report.cells.first().questions.at(0).suppressed);
    CHECK_FALSE(report.cells.first().questions.at(2).suppressed);
}

TEST_CASE("Cross-tabulated cells and unstated bands", "[aggregator]")
{
    const SurveyDefinition def = sampleDefinition(voprf::generateKeyPair().publicKey);
    QList<SurveyResponse> responses = many(10, "primary");
    for (SurveyResponse &r : many(4, "secondary")) {
        r.demographics.remove("phase");
        responses.append(r);
    }
    const AggregateReport report = aggregate(def, responses, {"phase", "role", "not-a-band"});
    CHECK(report.dimensions == QStringList{"phase", "role"});
    REQUIRE(report.cells.size() == 2);
    const CellSummary *unstated = cellFor(report, kNotStated);
    REQUIRE(unstated);
    CHECK(unstated->suppressed);
    CHECK(unstated->cell.value("role") == "head");
}
