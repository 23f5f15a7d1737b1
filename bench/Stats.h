#pragma once
// Small timing helpers: a monotonic stopwatch and percentiles over samples.
#include <QJsonObject>
#include <QVector>
#include <algorithm>
#include <cmath>
#include <time.h>

namespace saib::bench {

inline double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Nearest-rank percentile (p in 0..100) of unsorted samples.
inline double percentile(QVector<double> samples, double p)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const int rank = std::clamp(int(std::ceil(p / 100.0 * samples.size())) - 1, 0, int(samples.size()) - 1);
    return samples[rank];
}

inline double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

// {"n", "mean_ms", "p50_ms", "p95_ms", "max_ms"} of samples in milliseconds.
inline QJsonObject summary(const QVector<double> &ms)
{
    double sum = 0;
    for (double v : ms)
        sum += v;
    return {{QStringLiteral("n"), ms.size()},
            {QStringLiteral("mean_ms"), round3(ms.isEmpty() ? 0 : sum / ms.size())},
            {QStringLiteral("p50_ms"), round3(percentile(ms, 50))},
            {QStringLiteral("p95_ms"), round3(percentile(ms, 95))},
            {QStringLiteral("max_ms"), round3(percentile(ms, 100))}};
}

} // namespace saib::bench
