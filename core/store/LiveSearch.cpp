#include "LiveSearch.h"
#include "Database.h"

#include <sqlcipher/sqlite3.h>

namespace saib {

namespace {
LiveSearch::Opener encryptedOpener(const QString &path, const SecureBuffer &key)
{
    // Shared so the opener can be copied; the one secure copy is wiped with the last owner.
    auto copy = std::make_shared<SecureBuffer>(
        SecureBuffer::fromBytes(reinterpret_cast<const char *>(key.data()), key.size()));
    return [path, copy] { return Database::open(path, *copy, Database::Mode::OpenExisting); };
}
} // namespace

LiveSearch::LiveSearch(const QString &databasePath, const SecureBuffer &key, Deliver deliver, int batch)
    : LiveSearch(encryptedOpener(databasePath, key), std::move(deliver), batch)
{
}

LiveSearch::LiveSearch(Opener open, Deliver deliver, int batch)
    : m_open(std::move(open)), m_deliver(std::move(deliver)), m_batch(batch)
{
    m_thread = std::thread([this] { run(); });
}

LiveSearch::~LiveSearch()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        ++m_generation;
        m_pending.reset();
        interruptLocked();
    }
    m_wake.notify_all();
    m_thread.join();
    m_db.reset(); // the worker has gone: its connection closes here
}

quint64 LiveSearch::submit(const SearchQuery &query)
{
    quint64 generation;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        generation = ++m_generation;
        m_pending = query;
        interruptLocked();
    }
    m_wake.notify_one();
    return generation;
}

void LiveSearch::cancel()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_generation;
    m_pending.reset();
    interruptLocked();
}

quint64 LiveSearch::generation() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_generation;
}

bool LiveSearch::isCurrent(quint64 generation) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return generation == m_generation && !m_stop;
}

// Only a query of an older generation is interrupted: m_running is set under the same
// mutex when the worker takes a query, so a query taken after this submit never is.
// (SQLite clears the interrupt flag when the next statement starts on an idle connection,
// so an interrupt that lands between statements does not stop a later query.)
void LiveSearch::interruptLocked()
{
    if (m_running != 0 && m_running != m_generation && m_db)
        m_db->interrupt();
}

void LiveSearch::run()
{
    for (;;) {
        SearchQuery query;
        quint64 generation;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_running = 0;
            m_wake.wait(lock, [this] { return m_stop || m_pending.has_value(); });
            if (m_stop)
                return;
            query = *m_pending;
            m_pending.reset();
            generation = m_generation;
            m_running = generation;
        }
        Error error;
        if (!m_db) {
            auto opened = m_open();
            if (opened.ok()) {
                std::lock_guard<std::mutex> lock(m_mutex); // interruptLocked() reads m_db
                m_db = opened.take();
            } else {
                error = opened.error();
            }
        }
        if (m_db)
            error = SearchIndex::searchInBatches(*m_db, query, m_batch, [&](const QVector<SearchHit> &hits) {
                if (!isCurrent(generation))
                    return false;
                m_deliver(generation, hits, false, Error());
                return true;
            });
        // An interrupted (replaced) query ends silently; the newer one reports.
        if (isCurrent(generation))
            m_deliver(generation, {}, true, error);
    }
}

} // namespace saib
