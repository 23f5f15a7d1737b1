#pragma once
// The QML-facing journal ("journal" in QML): entries, the autosaved draft, prompts,
// search and export. Shares the Vault owned by AppController; everything it hands to
// QML is plain data (maps and lists), never SQL or keys.
#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include "OpResult.h"

#include <memory>

namespace saib {
class Vault;
class LiveSearch;
struct JournalEntry;
struct JournalListItem;
struct SearchHit;
struct Error;
}

namespace saib::ui {

class AppController;

class JournalController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantList entries READ entries NOTIFY entriesChanged)
    Q_PROPERTY(int entryCount READ entryCount NOTIFY entriesChanged)
    Q_PROPERTY(bool hasMore READ hasMore NOTIFY entriesChanged)
    Q_PROPERTY(QVariantList onThisDay READ onThisDay NOTIFY entriesChanged)
    Q_PROPERTY(QVariantList results READ results NOTIFY resultsChanged)
    // True from a searchAsYouType() until its last results have arrived.
    Q_PROPERTY(bool searchBusy READ searchBusy NOTIFY searchBusyChanged)
    Q_PROPERTY(QVariantMap promptOfTheDay READ promptOfTheDay NOTIFY promptsChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY promptsChanged)
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY draftChanged)

public:
    JournalController(Vault &vault, AppController &app, QObject *parent = nullptr);
    ~JournalController() override;

    QVariantList entries() const { return m_entries; }
    int entryCount() const { return m_entryCount; }
    bool hasMore() const { return m_entries.size() < m_entryCount; }
    QVariantList onThisDay() const { return m_onThisDay; }
    QVariantList results() const { return m_results; }
    bool searchBusy() const { return m_searchBusy; }
    QVariantMap promptOfTheDay() const;
    QVariantList categories() const;
    QVariantMap draft() const;

    Q_INVOKABLE void showMore();
    Q_INVOKABLE QVariantList promptsIn(const QString &categoryId) const;
    Q_INVOKABLE QVariantMap prompt(const QString &id) const;
    Q_INVOKABLE QVariantMap shufflePrompt(const QString &notThisId) const;

    // {id,title,body,tags (comma-joined),promptId,promptText,created,edited} or {} if gone.
    Q_INVOKABLE QVariantMap entry(const QString &id) const;
    Q_INVOKABLE saib::ui::OpResult saveDraft(const QString &entryId, const QString &title, const QString &body,
                                             const QString &tags, const QString &promptId);
    Q_INVOKABLE void discardDraft();
    // The saved entry's id in `id`; clears the draft on success.
    Q_INVOKABLE saib::ui::OpResult saveEntry(const QString &entryId, const QString &title, const QString &body,
                                             const QString &tags, const QString &promptId);
    Q_INVOKABLE saib::ui::OpResult deleteEntry(const QString &id);
    // Fills `results` before returning; dates are yyyy-MM-dd or empty. Each result is
    // {kind, id, day, dayLabel, title, snippet}: the snippet is plain text (never
    // Markdown) with the matching words between U+0002 and U+0003, for the page to style.
    Q_INVOKABLE saib::ui::OpResult search(const QString &text, const QString &tag, const QString &from,
                                          const QString &to);
    // The same search as you type: it runs on a worker over its own connection, replaces
    // the one before (which stops), and fills `results` in ranked order, the first rows
    // first. Refuses input it cannot search (a bad date) at once; how the search itself
    // went arrives as searchFinished() when its last rows are in.
    Q_INVOKABLE saib::ui::OpResult searchAsYouType(const QString &text, const QString &tag, const QString &from,
                                                   const QString &to);
    Q_INVOKABLE void clearSearch();
    // Exports into `folder` (created if needed): `path` the folder (Markdown) or file (JSON)
    // written, `count` the entries in it.
    Q_INVOKABLE saib::ui::OpResult exportMarkdown(const QString &folder);
    Q_INVOKABLE saib::ui::OpResult exportJson(const QString &folder);
    Q_INVOKABLE QString defaultExportFolder() const;

signals:
    void entriesChanged();
    void resultsChanged();
    void searchBusyChanged();
    void searchFinished(const saib::ui::OpResult &result);
    void promptsChanged();
    void draftChanged();

private:
    void reload();
    QVariantMap summary(const JournalListItem &e) const;
    QVariantMap resultMap(const SearchHit &h) const;
    void delivered(quint64 generation, const QVector<SearchHit> &hits, bool done, const Error &error);
    void stopLiveSearch();
    void setSearchBusy(bool busy);
    QString language() const;

    Vault &m_vault;
    AppController &m_app;
    QVariantList m_entries;
    QVariantList m_onThisDay;
    QVariantList m_results;
    int m_entryCount = 0;
    int m_pageSize = 50;
    std::unique_ptr<LiveSearch> m_live; // opened on the first keystroke, closed on lock
    quint64 m_liveGeneration = 0;       // the newest query asked for
    bool m_liveFirstBatch = false;      // its first rows replace the previous results
    bool m_searchBusy = false;
};

} // namespace saib::ui
