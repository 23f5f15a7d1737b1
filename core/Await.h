#pragma once
// Runs the Qt event loop until an asynchronous call hands its result to the callback, and
// returns that result. For command-line tools and test fixtures, which have no window to
// keep responsive; the app never blocks like this.
#include <QEventLoop>
#include <optional>
#include <utility>

namespace saib {

// `start(callback)` begins the call; the callback must be invoked exactly once.
template <typename T, typename Start>
T awaitCallback(Start start)
{
    std::optional<T> out;
    QEventLoop loop;
    start([&](T value) {
        out.emplace(std::move(value));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

} // namespace saib
