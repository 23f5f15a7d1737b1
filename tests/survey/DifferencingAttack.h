#pragma once
// The differencing attacker on published survey results, shared by the aggregator tests
// and the end-to-end CLI test.
#include <core/survey/Aggregator.h>
#include <core/survey/SurveyPayload.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QVector>
#include <catch2/catch.hpp>
#include <numeric>

namespace saib::survey::test {

// --- The attacker -------------------------------------------------------------------
// Every published figure is a total over a set of respondents: the cell's members for
// `responses`, the members who answered q for q's `answered`, sum (mean × answered) and
// choice counts. The attacker knows the whole population's bands (the worst case) and
// adds and subtracts up to three figures of one kind; a combination whose weights are all
// 0 or 1 over 1..9 respondents recovers those respondents' figures.
using Members = QVector<int>;

inline bool inCell(const SurveyResponse &r, const QJsonObject &cell)
{
    for (auto it = cell.begin(); it != cell.end(); ++it) {
        const QString v = r.demographics.value(it.key());
        if ((v.isEmpty() ? kNotStated : v) != it.value().toString())
            return false;
    }
    return true;
}

// Figure vectors per kind ("responses", "q:<id>") read from the published JSON.
inline QMap<QString, QList<Members>> figures(const QJsonObject &published, const QList<SurveyResponse> &population)
{
    QMap<QString, QList<Members>> out;
    for (const QJsonValue &t : published["tables"].toArray()) {
        for (const QJsonValue &c : t["cells"].toArray()) {
            const QJsonObject cell = c["cell"].toObject();
            Members members(population.size(), 0);
            for (int i = 0; i < population.size(); ++i)
                members[i] = inCell(population.at(i), cell) ? 1 : 0;
            REQUIRE(std::accumulate(members.begin(), members.end(), 0) == c["responses"].toInt());
            out["responses"].append(members);
            const QJsonObject questions = c["questions"].toObject();
            for (auto q = questions.begin(); q != questions.end(); ++q) {
                Members answered = members;
                for (int i = 0; i < population.size(); ++i)
                    answered[i] = members[i] && population.at(i).answers.contains(q.key()) ? 1 : 0;
                REQUIRE(std::accumulate(answered.begin(), answered.end(), 0) == q.value()[QStringLiteral("answered")].toInt());
                out["q:" + q.key()].append(answered);
            }
        }
    }
    return out;
}

// A description of the first small group recovered, or empty.
inline QString attack(const QMap<QString, QList<Members>> &figureSets)
{
    auto isSmallGroup = [](const Members &m) {
        int ones = 0;
        for (int w : m) {
            if (w != 0 && w != 1)
                return false;
            ones += w;
        }
        return ones >= 1 && ones <= 9;
    };
    for (auto it = figureSets.begin(); it != figureSets.end(); ++it) {
        const QList<Members> &f = it.value();
        const int n = static_cast<int>(f.size());
        for (int a = 0; a < n; ++a) {
            if (isSmallGroup(f[a]))
                return QString("%1: figure %2 alone").arg(it.key()).arg(a);
            for (int b = 0; b < n; ++b) {
                if (b == a)
                    continue;
                for (int sb : {1, -1}) {
                    Members ab = f[a];
                    for (int i = 0; i < ab.size(); ++i)
                        ab[i] += sb * f[b][i];
                    if (isSmallGroup(ab))
                        return QString("%1: %2 %3 %4").arg(it.key()).arg(a).arg(sb > 0 ? "+" : "-").arg(b);
                    for (int c = b + 1; c < n; ++c) {
                        if (c == a)
                            continue;
                        for (int sc : {1, -1}) {
                            Members abc = ab;
                            for (int i = 0; i < abc.size(); ++i)
                                abc[i] += sc * f[c][i];
                            if (isSmallGroup(abc))
                                return QString("%1: %2, %3, %4").arg(it.key()).arg(a).arg(b).arg(c);
                        }
                    }
                }
            }
        }
    }
    return {};
}

// Every combination, not just up to three figures: each figure of one kind weighted -1, 0
// or +1 (3^n combinations), for up to `maxFigures` figures of a kind; larger kinds fall
// back to attack(). Returns a description of the first small group recovered, or empty.
inline QString attackEveryCombination(const QMap<QString, QList<Members>> &figureSets, int maxFigures = 12)
{
    for (auto it = figureSets.begin(); it != figureSets.end(); ++it) {
        const QList<Members> &f = it.value();
        const int n = static_cast<int>(f.size());
        if (n > maxFigures) {
            const QString found = attack({{it.key(), f}});
            if (!found.isEmpty())
                return found;
            continue;
        }
        const int people = n > 0 ? static_cast<int>(f[0].size()) : 0;
        QVector<int> weight(n, -1);
        while (true) {
            Members sum(people, 0);
            int used = 0;
            for (int a = 0; a < n; ++a) {
                used += weight[a] != 0;
                for (int i = 0; i < people && weight[a] != 0; ++i)
                    sum[i] += weight[a] * f[a][i];
            }
            int ones = 0;
            bool binary = used > 0;
            for (int w : sum) {
                binary = binary && (w == 0 || w == 1);
                ones += w;
            }
            if (binary && ones >= 1 && ones <= 9)
                return QString("%1: a combination of %2 figures isolates %3 leader(s)").arg(it.key()).arg(used).arg(ones);
            int a = 0; // next weight vector, counting in base 3
            while (a < n && weight[a] == 1)
                weight[a++] = -1;
            if (a == n)
                break;
            ++weight[a];
        }
    }
    return {};
}

} // namespace saib::survey::test
