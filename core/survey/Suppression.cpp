#include "Suppression.h"

#include <QMap>
#include <tuple>

namespace saib::survey {

namespace {

int cellPopulation(const QList<int> &population, const SuppressionCell &cell)
{
    int total = 0;
    for (int a : cell.atoms)
        total += population.value(a);
    return total;
}

// Number of groups with a population in 1..k-1.
int smallGroups(const QList<int> &population, const QList<SuppressionCell> &cells, const QList<bool> &published,
                int k)
{
    int small = 0;
    for (int size : distinguishableGroupSizes(population, cells, published)) {
        if (size > 0 && size < k)
            ++small;
    }
    return small;
}

} // namespace

QList<int> distinguishableGroupSizes(const QList<int> &population, const QList<SuppressionCell> &cells,
                                     const QList<bool> &published)
{
    QList<QList<int>> signature(population.size());
    for (int c = 0; c < cells.size(); ++c) {
        if (!published.value(c))
            continue;
        for (int a : cells.at(c).atoms) {
            if (a >= 0 && a < signature.size())
                signature[a].append(c);
        }
    }
    QMap<QList<int>, int> groups;
    for (int a = 0; a < population.size(); ++a) {
        if (!signature.at(a).isEmpty())
            groups[signature.at(a)] += population.at(a);
    }
    return groups.values();
}

QList<bool> suppressComplementary(const QList<int> &population, const QList<SuppressionCell> &cells, int k,
                                  const QList<bool> &candidates)
{
    QList<bool> published(cells.size(), false);
    for (int c = 0; c < cells.size(); ++c) {
        const bool candidate = candidates.isEmpty() || candidates.value(c);
        published[c] = candidate && cellPopulation(population, cells.at(c)) >= k;
    }
    int small = smallGroups(population, cells, published, k);
    while (small > 0) {
        int best = -1;
        std::tuple<int, int, int> bestKey;
        for (int c = 0; c < cells.size(); ++c) {
            if (!published.at(c))
                continue;
            published[c] = false;
            const auto key = std::make_tuple(smallGroups(population, cells, published, k), -cells.at(c).depth,
                                             cellPopulation(population, cells.at(c)));
            published[c] = true;
            if (best < 0 || key < bestKey) {
                best = c;
                bestKey = key;
            }
        }
        if (best < 0)
            break; // nothing published: nothing to protect
        published[best] = false;
        small = std::get<0>(bestKey);
    }
    return published;
}

} // namespace saib::survey
