// Published results: the declared tables only, k = 10 suppression, complementary
// suppression across tables, and an attacker who differences every published figure.
#include "SurveyFixtures.h"
#include "DifferencingAttack.h"

#include <core/survey/Aggregator.h>
#include <core/survey/Suppression.h>
#include <core/survey/Voprf.h>

#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace saib;
using namespace saib::survey;
using namespace saib::survey::test;

namespace {

SurveyDefinition definitionWith(const QJsonArray &tables)
{
    QJsonObject o = definitionObject(voprf::generateKeyPair().publicKey);
    QJsonObject demographics = o["demographics"].toObject();
    demographics["region"] = QJsonArray{option("wales", "Wales", "Cymru"), option("scotland", "Scotland", "Yr Alban"),
                                        option("ni", "Northern Ireland", "Gogledd Iwerddon"),
                                        option("england", "England", "Lloegr")};
    o["demographics"] = demographics;
    if (!tables.isEmpty())
        o["tables"] = tables;
    auto def = SurveyDefinition::fromJson(toBytes(o));
    REQUIRE(def.ok());
    return def.value();
}

SurveyResponse response(int demand, const QString &phase, const QString &region = "wales",
                        const QStringList &drains = {"workload"})
{
    SurveyResponse r;
    r.answers.insert("demand", demand);
    r.answers.insert("hours", 8.0 + demand / 2.0);
    r.answers.insert("drains", drains);
    r.answers.insert("comment", QStringLiteral("private words"));
    if (!phase.isEmpty())
        r.demographics.insert("phase", phase);
    if (!region.isEmpty())
        r.demographics.insert("region", region);
    r.demographics.insert("role", "head");
    return r;
}

QList<SurveyResponse> many(int count, const QString &phase, const QString &region = "wales")
{
    QList<SurveyResponse> out;
    for (int i = 0; i < count; ++i)
        out.append(response(i % 11, phase, region,
                            i % 3 == 0 ? QStringList{"workload", "budget"} : QStringList{"scrutiny"}));
    return out;
}

QString attackPublished(const SurveyDefinition &def, const QList<SurveyResponse> &population)
{
    return attack(figures(publishResults(def, population).toJson(), population));
}

const CellSummary *cellWhere(const PublishedResults &results, const QStringList &dims, const QString &band,
                             const QString &value)
{
    const TableResult *t = results.table(dims);
    if (!t)
        return nullptr;
    for (const CellSummary &c : t->cells) {
        if (c.cell.value(band) == value)
            return &c;
    }
    return nullptr;
}

// One table: QJsonArray{QJsonArray{...}} would copy the inner array instead.
QJsonArray oneTable(const QJsonArray &bands)
{
    QJsonArray tables;
    tables.append(bands);
    return tables;
}

const QJsonArray kNationalRegion{QJsonArray{}, QJsonArray{"region"}};

} // namespace

TEST_CASE("The attacker recovers a lone leader from naive k = 10 tables", "[aggregator]")
{
    // What the relay used to publish: national 21 and Wales 20, NI suppressed. National
    // minus Wales is the NI leader. The attacker must find it, or its silence means nothing.
    QList<SurveyResponse> population = many(20, "primary", "wales") + many(1, "primary", "ni");
    Members national(21, 1), wales(21, 1);
    wales[20] = 0;
    CHECK_FALSE(attack({{"responses", {national, wales}}}).isEmpty());
    CHECK_FALSE(attackEveryCombination({{"responses", {national, wales}}}).isEmpty());
    // Four figures where only a sum of three and a difference isolate one: 10+10+1 over
    // phase x region published naively (national, primary, two cells).
    Members all(21, 1), primary(21, 0), primaryNorth(21, 0), secondarySouth(21, 0);
    for (int i = 0; i < 10; ++i) {
        primary[i] = primaryNorth[i] = 1;
        secondarySouth[10 + i] = 1;
    }
    primary[20] = 1;
    CHECK_FALSE(attackEveryCombination({{"responses", {all, primaryNorth, secondarySouth}}}).isEmpty());
    CHECK_FALSE(attackEveryCombination({{"responses", {primary, primaryNorth}}}).isEmpty());
    CHECK(attackEveryCombination({{"responses", {all}}}).isEmpty()); // 21 alone isolates nobody
}

TEST_CASE("Only declared tables are published, small cells are dropped, not listed", "[aggregator]")
{
    const SurveyDefinition def = definitionWith({QJsonArray{}, QJsonArray{"phase"}});
    REQUIRE(def.tables == QList<QStringList>{{}, {"phase"}});
    const int n = GENERATE(9, 10, 11);
    const QList<SurveyResponse> responses = many(n, "primary") + many(25, "secondary") + many(12, "");
    const PublishedResults results = publishResults(def, responses);
    REQUIRE(results.tables.size() == 2);
    CHECK(results.table({"region"}) == nullptr);

    const CellSummary *primary = cellWhere(results, {"phase"}, "phase", "primary");
    if (n < 10) {
        CHECK(primary == nullptr);
        const QByteArray json = QJsonDocument(results.toJson()).toJson();
        CHECK_FALSE(json.contains("\"primary\"")); // not even named
        CHECK_FALSE(json.contains("suppressed"));
    } else {
        REQUIRE(primary);
        CHECK(primary->responses == n);
    }
    CHECK(attackPublished(def, responses).isEmpty());
}

TEST_CASE("A definition declares its tables, bad declarations are refused", "[aggregator][definition]")
{
    CHECK(sampleDefinition(voprf::generateKeyPair().publicKey).tables == QList<QStringList>{{}});
    CHECK(definitionWith(oneTable({"region", "phase"})).tables == QList<QStringList>{{"phase", "region"}});
    QJsonObject o = definitionObject(voprf::generateKeyPair().publicKey);
    for (const QJsonValue &bad : {QJsonValue(oneTable({"school"})), QJsonValue(QJsonArray{}),
                                  QJsonValue(oneTable({"phase", "region", "role"})),
                                  QJsonValue(QJsonArray{QJsonArray{"phase"}, QJsonArray{"phase"}}),
                                  QJsonValue("phase")}) {
        o["tables"] = bad;
        CHECK(SurveyDefinition::fromJson(toBytes(o)).error().code == ErrorCode::SurveyDefinitionInvalid);
    }
}

TEST_CASE("Published cells give counts per choice, mean, and a median only from 20", "[aggregator]")
{
    const SurveyDefinition def = definitionWith({});
    QList<SurveyResponse> responses;
    // demand: 2, 4, 4, 5, 6, 7, 7, 7, 9, 10 -> mean 6.1
    for (int d : {2, 4, 4, 5, 6, 7, 7, 7, 9, 10})
        responses.append(response(d, "primary", "wales", d >= 7 ? QStringList{"workload", "budget"} : QStringList{"scrutiny"}));
    PublishedResults results = publishResults(def, responses);
    REQUIRE(results.tables.size() == 1);
    REQUIRE(results.tables[0].cells.size() == 1);
    const CellSummary &cell = results.tables[0].cells.first();
    CHECK(cell.responses == 10);

    const QuestionSummary &demand = cell.questions.at(0);
    CHECK(demand.questionId == "demand");
    CHECK(demand.mean == Approx(6.1));
    CHECK_FALSE(demand.hasMedian); // 10 answers: under kMinMedianSize
    const QuestionSummary &hours = cell.questions.at(1);
    CHECK(hours.questionId == "hours");
    CHECK(hours.mean == Approx(8.0 + 6.1 / 2));
    const QuestionSummary &drains = cell.questions.at(2);
    CHECK(drains.questionId == "drains");
    CHECK(drains.counts.value("workload") == 5);
    CHECK(drains.counts.value("scrutiny") == 5);
    // Nobody answered "cared_for" or "emotional": dropped, not listed.
    for (const QuestionSummary &q : cell.questions)
        CHECK((q.questionId != "cared_for" && q.questionId != "emotional"));

    const QJsonObject json = results.toJson();
    CHECK_FALSE(QJsonDocument(json).toJson().contains("private words"));
    const QJsonObject comment = json["tables"][0][QStringLiteral("cells")][0][QStringLiteral("questions")][QStringLiteral("comment")].toObject();
    CHECK(comment.keys() == QStringList{"answered"});
    CHECK_FALSE(json["tables"][0][QStringLiteral("cells")][0][QStringLiteral("questions")][QStringLiteral("demand")].toObject().contains("median"));

    responses += responses; // 20 answers: the median appears
    results = publishResults(def, responses);
    CHECK(results.tables[0].cells[0].questions[0].hasMedian);
    CHECK(results.tables[0].cells[0].questions[0].median == Approx(6.5));
}

TEST_CASE("Results do not depend on the order responses were stored in", "[aggregator]")
{
    const SurveyDefinition def = definitionWith({QJsonArray{}, QJsonArray{"region"}, QJsonArray{"phase"}});
    QList<SurveyResponse> responses = many(14, "primary", "wales") + many(13, "secondary", "scotland")
                                      + many(3, "secondary", "ni");
    const QByteArray first = QJsonDocument(publishResults(def, responses).toJson()).toJson();
    std::reverse(responses.begin(), responses.end());
    CHECK(QJsonDocument(publishResults(def, responses).toJson()).toJson() == first);
}

TEST_CASE("Differencing tables: 20 + 1", "[aggregator][attack]")
{
    const SurveyDefinition def = definitionWith(kNationalRegion);
    const QList<SurveyResponse> population = many(20, "primary", "wales") + many(1, "primary", "ni");
    const PublishedResults results = publishResults(def, population);
    CHECK(results.table({})->cells.size() == 1); // the national figure survives
    CHECK(results.table({"region"})->cells.isEmpty()); // Wales goes with NI
    CHECK(attackPublished(def, population).isEmpty());
}

TEST_CASE("Differencing tables: 10 + 10 + 1", "[aggregator][attack]")
{
    const SurveyDefinition def = definitionWith(kNationalRegion);
    const QList<SurveyResponse> population =
        many(10, "primary", "wales") + many(10, "primary", "scotland") + many(1, "secondary", "ni");
    const PublishedResults results = publishResults(def, population);
    CHECK(results.table({"region"})->cells.size() == 1); // one region hides the other with NI
    CHECK(attackPublished(def, population).isEmpty());
}

TEST_CASE("Differencing tables: small cells in two dimensions", "[aggregator][attack]")
{
    const SurveyDefinition def = definitionWith(
        {QJsonArray{}, QJsonArray{"region"}, QJsonArray{"phase"}, QJsonArray{"phase", "region"}});
    // Every region and phase total is large; one cross cell holds 2 leaders.
    const QList<SurveyResponse> population = many(15, "primary", "wales") + many(2, "secondary", "wales")
                                             + many(12, "primary", "scotland") + many(14, "secondary", "scotland");
    const PublishedResults results = publishResults(def, population);
    CHECK_FALSE(results.table({})->cells.isEmpty());
    CHECK(attackPublished(def, population).isEmpty());
}

TEST_CASE("Differencing per-question figures: answered counts, means and choices", "[aggregator][attack]")
{
    const SurveyDefinition def = definitionWith(kNationalRegion);
    // 30 in Wales, 12 in Scotland: all cells large. But only 5 Scots answered "emotional"
    // and 25 Welsh did: national "emotional" minus Welsh "emotional" would be those 5.
    QList<SurveyResponse> population = many(30, "primary", "wales") + many(12, "primary", "scotland");
    for (int i = 0; i < population.size(); ++i) {
        if ((i < 30 && i < 25) || (i >= 30 && i < 35))
            population[i].answers.insert("emotional", i % 10);
    }
    const PublishedResults results = publishResults(def, population);
    CHECK(results.table({"region"})->cells.size() == 2); // the cells stay
    CHECK(attackPublished(def, population).isEmpty());    // the question's figures do not leak
}

TEST_CASE("Random adversarial populations: no small group is ever recoverable", "[aggregator][attack]")
{
    const SurveyDefinition def = definitionWith(
        {QJsonArray{}, QJsonArray{"region"}, QJsonArray{"phase"}, QJsonArray{"phase", "region"}});
    const QStringList regions{"wales", "scotland", "ni", "england", ""};
    const QStringList phases{"primary", "secondary", ""};
    QRandomGenerator rng(15); // fixed seed: reproducible
    for (int round = 0; round < 150; ++round) {
        QList<SurveyResponse> population;
        for (const QString &region : regions) {
            for (const QString &phase : phases) {
                // Mostly tiny or empty cells, some just over k: the hard cases.
                const int sizes[] = {0, 0, 1, 2, 3, 9, 10, 11, 15};
                for (SurveyResponse r : many(sizes[rng.bounded(9)], phase, region)) {
                    if (rng.bounded(4) == 0)
                        r.answers.remove("demand");
                    population.append(r);
                }
            }
        }
        INFO("round " << round << ", " << population.size() << " leaders");
        CHECK(attackPublished(def, population).isEmpty());
        if (population.size() >= 10) // suppression never costs the national figure
            CHECK(publishResults(def, population).table({})->cells.size() == 1);
    }
}

TEST_CASE("Suppression leaves only groups of 0 or at least k", "[aggregator][suppression]")
{
    // Atoms 0..3 of a 2 x 2 table; cells: total, two rows, two columns.
    const QList<SuppressionCell> cells{{{0, 1, 2, 3}, 0}, {{0, 1}, 1}, {{2, 3}, 1}, {{0, 2}, 1}, {{1, 3}, 1}};
    const QList<int> population{20, 3, 15, 12};
    const QList<bool> published = suppressComplementary(population, cells, 10);
    CHECK(published[0]);
    for (int size : distinguishableGroupSizes(population, cells, published))
        CHECK((size == 0 || size >= 10));
}

TEST_CASE("Suppression stays quick on a large, sparse survey", "[aggregator][suppression]")
{
    // Every band in some table: 2 roles x 2 phases x 3 year bands x 4 regions (+ unstated),
    // 1,500 leaders, mostly in a few cells with a long tail of tiny ones.
    const SurveyDefinition def = definitionWith({QJsonArray{}, QJsonArray{"region"}, QJsonArray{"phase"},
                                                 QJsonArray{"phase", "region"}, QJsonArray{"role", "years_in_role"}});
    const QStringList roles{"head", "deputy", ""}, phases{"primary", "secondary", ""},
        years{"0-2", "3-10", "11-plus", ""}, regions{"wales", "scotland", "ni", "england", ""};
    QRandomGenerator rng(7);
    QList<SurveyResponse> population;
    for (int i = 0; i < 1500; ++i) {
        SurveyResponse r = response(rng.bounded(11), phases[rng.bounded(3) == 0 ? rng.bounded(3) : 0],
                                    regions[rng.bounded(2) == 0 ? rng.bounded(5) : 0]);
        r.demographics.insert("role", roles[rng.bounded(8) == 0 ? rng.bounded(3) : 0]);
        r.demographics.insert("years_in_role", years[rng.bounded(4)]);
        if (r.demographics.value("role").isEmpty())
            r.demographics.remove("role");
        if (r.demographics.value("years_in_role").isEmpty())
            r.demographics.remove("years_in_role");
        population.append(r);
    }
    QElapsedTimer timer;
    timer.start();
    const PublishedResults results = publishResults(def, population);
    CHECK(timer.elapsed() < 5000);
    CHECK(results.table({})->cells.size() == 1);
    CHECK(results.table({"region"})->cells.size() >= 2); // not everything is thrown away
}
