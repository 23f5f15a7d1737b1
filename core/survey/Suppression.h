#pragma once
// Complementary suppression for survey tables (DESIGN.md §6), on an abstract model so it
// can be reasoned about and tested apart from JSON and questions.
//
// Model: the respondents fall into "atoms" (the finest cross-classification of every band
// any declared table uses). A table cell is a set of atoms. Every published figure of one
// kind (a count, an `answered` count, a sum behind a mean, a choice count) is the total of
// one additive per-respondent quantity over a cell's atoms. Anything an outsider derives
// by adding or subtracting published figures of that kind is therefore Σ w_a·x_a with w in
// the span of the published cells' indicator vectors.
//
// Rule we enforce: group atoms by their signature (the set of published cells that contain
// them). Every vector in that span is constant on each group, so the only totals anyone can
// derive are totals over whole groups. If every group with a non-empty signature holds 0
// or at least k respondents, no set of 1..k-1 respondents can be isolated by any
// combination of published figures, however many tables are differenced together. This is
// a sufficient condition (it may suppress a little more than an exact audit would), chosen
// because it is simple to check and to explain.
//
// Algorithm: primary suppression drops cells under k; then, while some group has 1..k-1
// leaders, it is merged with its cheapest neighbouring group by dropping the cells that
// tell the two apart (or, if cheaper, every cell containing it is dropped). Cost: national
// cells dropped, then the number of cells, then the leaders in them, so finer tables give
// way first. Dropping cells only merges groups, and each round drops at least one cell, so
// the loop ends.
#include <QList>

namespace saib::survey {

struct SuppressionCell {
    QList<int> atoms; // indices into the population list
    int depth = 0;    // how many bands the cell's table crosses (finer tables go first)
};

// `population[a]` is how many respondents of atom `a` count for this figure (e.g. how many
// answered the question). Returns, per cell, whether it may be published.
QList<bool> suppressComplementary(const QList<int> &population, const QList<SuppressionCell> &cells, int k,
                                  const QList<bool> &candidates = {});

// The groups of atoms an outsider can tell apart given the published cells, with their
// populations; groups no published cell touches are left out. Exposed for tests.
QList<int> distinguishableGroupSizes(const QList<int> &population, const QList<SuppressionCell> &cells,
                                     const QList<bool> &published);

} // namespace saib::survey
