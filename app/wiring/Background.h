#pragma once
// Runs slow key derivation (Argon2id: ~1 s and 256 MiB with the moderate limits) off the
// UI thread, so the window keeps drawing while a passphrase is checked. `work` runs on a
// fresh worker thread and must capture only copies (paths, limits, the passphrase): it
// may outlive the controller that started it. `done` runs afterwards on `context`'s
// thread with the result, and not at all if `context` has gone by then. core/ stays
// synchronous; only the app decides what runs where.
#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <utility>

namespace saib::ui {

template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using R = decltype(work());
    auto result = std::make_shared<std::optional<R>>();
    QThread *thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Below the UI thread, so on a busy phone the window still gets the CPU first.
    thread->start(QThread::LowPriority);
}

} // namespace saib::ui
