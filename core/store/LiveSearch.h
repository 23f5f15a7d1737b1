#pragma once
// Search as you type (issue 21): queries run on a worker thread of their own, over a
// connection of their own to the encrypted store, so the UI thread never waits for one.
// Each submit() replaces the query before it: a query not yet started is dropped, and a
// running one is stopped with sqlite3_interrupt and a generation check between batches.
// Results arrive in ranked order, the first rows first (SearchIndex::searchInBatches).
// The key is copied into secure memory (SecureBuffer) and wiped when this object goes.
#include "../Error.h"
#include "../crypto/SecureBuffer.h"
#include "Database.h"
#include "SearchIndex.h"

#include <QString>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace saib {

class LiveSearch {
public:
    // Called on the worker thread, for the current generation only: each batch of hits
    // in ranked order (`done` false), then once with `done` true and the query's error
    // (if any). A caller that shows results must hand them to its own thread, and should
    // still compare `generation` with the newest it submitted: a newer submit() may race
    // with a delivery already under way.
    using Deliver = std::function<void(quint64 generation, const QVector<SearchHit> &hits, bool done,
                                       const Error &error)>;

    // Opens the worker's connection (on the worker, at the first query).
    using Opener = std::function<Result<std::unique_ptr<Database>>()>;

    // `batch`: rows per delivery (the first screenful first). The key is copied into
    // secure memory held by the opener until this object goes.
    LiveSearch(const QString &databasePath, const SecureBuffer &key, Deliver deliver, int batch = 10);
    // Any other connection (saib-bench uses its unencrypted one for the ratio).
    LiveSearch(Opener open, Deliver deliver, int batch = 10);
    // Stops any running query, joins the worker and closes its connection.
    ~LiveSearch();
    LiveSearch(const LiveSearch &) = delete;
    LiveSearch &operator=(const LiveSearch &) = delete;

    // Replaces whatever was asked before; returns this query's generation.
    quint64 submit(const SearchQuery &query);
    // Drops the pending and running query (e.g. the search box was emptied).
    void cancel();
    quint64 generation() const;

private:
    void run();
    void interruptLocked();
    bool isCurrent(quint64 generation) const;

    const Opener m_open;
    const Deliver m_deliver;
    const int m_batch;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<SearchQuery> m_pending;
    quint64 m_generation = 0; // of the newest submit() or cancel()
    quint64 m_running = 0;    // generation the worker is executing, 0 when idle
    bool m_stop = false;
    std::unique_ptr<Database> m_db; // used by the worker only (interrupt under m_mutex)
    std::thread m_thread;
};

} // namespace saib
