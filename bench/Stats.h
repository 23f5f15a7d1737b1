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

// CPU time of this thread: on a shared machine it moves far less with other load than
// wall time does, so ratios are also given on it.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Wall milliseconds of one run of f.
template <typename F>
double timed(F &&f)
{
    const double start = nowMs();
    f();
    return nowMs() - start;
}

// Wall and CPU milliseconds of repeated runs of one operation.
struct Samples {
    QVector<double> wall, cpu;
    template <typename F>
    void time(F &&f)
    {
        const double w = nowMs(), c = threadCpuMs();
        f();
        cpu << threadCpuMs() - c;
        wall << nowMs() - w;
    }
};

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
inline double mean(const QVector<double> &v)
{
    double sum = 0;
    for (double x : v)
        sum += x;
    return v.isEmpty() ? 0 : sum / v.size();
}

inline QJsonObject summary(const QVector<double> &ms)
{
    return {{QStringLiteral("n"), ms.size()},
            {QStringLiteral("mean_ms"), round3(mean(ms))},
            {QStringLiteral("p50_ms"), round3(percentile(ms, 50))},
            {QStringLiteral("p95_ms"), round3(percentile(ms, 95))},
            {QStringLiteral("max_ms"), round3(percentile(ms, 100))}};
}

// The wall-time summary plus the CPU time's mean and p50.
inline QJsonObject summary(const Samples &s)
{
    QJsonObject o = summary(s.wall);
    o[QStringLiteral("cpu_mean_ms")] = round3(mean(s.cpu));
    o[QStringLiteral("cpu_p50_ms")] = round3(percentile(s.cpu, 50));
    return o;
}

} // namespace saib::bench
