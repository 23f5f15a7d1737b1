#pragma once
// Word lists for the synthetic leader's long-form journal text (the 10-year benchmark
// workload). Words are drawn with a Zipf-like skew, as in real writing: a few words are
// everywhere and most are rare, so full-text search sees realistic posting-list sizes.
#include <QRandomGenerator>
#include <QString>

namespace saib::demo {

// One word from the English or Welsh list; the Welsh list carries circumflexes (ŵ, ŷ, â)
// so accent-insensitive search is exercised.
QString zipfWord(QRandomGenerator &rng, bool welsh);
// How many distinct words each list has (for building search queries from them).
int vocabularySize(bool welsh);
// The word with this frequency rank (0 = most common).
QString wordAt(bool welsh, int rank);

} // namespace saib::demo
