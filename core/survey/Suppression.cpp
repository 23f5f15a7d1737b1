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

// Atoms grouped by signature (the published cells containing them); atoms in no
// published cell are left out.
QMap<QList<int>, QList<int>> groups(const QList<int> &population, const QList<SuppressionCell> &cells,
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
    QMap<QList<int>, QList<int>> out;
    for (int a = 0; a < population.size(); ++a) {
        if (!signature.at(a).isEmpty())
            out[signature.at(a)].append(a);
    }
    return out;
}

int groupPopulation(const QList<int> &population, const QList<int> &atoms)
{
    int total = 0;
    for (int a : atoms)
        total += population.at(a);
    return total;
}

} // namespace

QList<int> distinguishableGroupSizes(const QList<int> &population, const QList<SuppressionCell> &cells,
                                     const QList<bool> &published)
{
    QList<int> sizes;
    for (const QList<int> &atoms : groups(population, cells, published))
        sizes.append(groupPopulation(population, atoms));
    return sizes;
}

QList<bool> suppressComplementary(const QList<int> &population, const QList<SuppressionCell> &cells, int k,
                                  const QList<bool> &candidates)
{
    QList<bool> published(cells.size(), false);
    for (int c = 0; c < cells.size(); ++c) {
        const bool candidate = candidates.isEmpty() || candidates.value(c);
        published[c] = candidate && cellPopulation(population, cells.at(c)) >= k;
    }
    for (;;) {
        const auto all = groups(population, cells, published);
        const QList<int> *smallSignature = nullptr;
        for (auto it = all.begin(); it != all.end(); ++it) {
            const int size = groupPopulation(population, it.value());
            if (size > 0 && size < k) {
                smallSignature = &it.key();
                break;
            }
        }
        if (!smallSignature)
            return published;
        // Merge the small group with its cheapest neighbour: drop the cells that tell the
        // two apart. Or, if cheaper, drop every cell that contains it. Cost: national cells
        // dropped, then cells dropped, then leaders in them, so finer tables give way first.
        const QList<int> &mine = *smallSignature;
        auto costOf = [&](const QList<int> &drop) {
            int national = 0, people = 0;
            for (int c : drop) {
                national += cells.at(c).depth == 0 ? 1 : 0;
                people += cellPopulation(population, cells.at(c));
            }
            return std::make_tuple(national, static_cast<int>(drop.size()), people);
        };
        QList<int> best = mine; // dropping all its cells leaves it in no published figure
        auto bestCost = costOf(best);
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (&it.key() == smallSignature)
                continue;
            QList<int> drop;
            for (int c : mine) {
                if (!it.key().contains(c))
                    drop.append(c);
            }
            for (int c : it.key()) {
                if (!mine.contains(c))
                    drop.append(c);
            }
            const auto cost = costOf(drop);
            if (cost < bestCost) {
                best = drop;
                bestCost = cost;
            }
        }
        for (int c : best)
            published[c] = false;
    }
}

} // namespace saib::survey
