#pragma once
// The QML-facing journal ("journal" in QML): entries, the autosaved draft, prompts,
// search and export. Shares the Vault owned by AppController; everything it hands to
// QML is plain data (maps and lists), never SQL or keys.
#include <QObject>
#include <QVariantList>
#include <QVariantMap>

namespace saib {
class Vault;
struct JournalEntry;
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
    Q_PROPERTY(QVariantMap promptOfTheDay READ promptOfTheDay NOTIFY promptsChanged)
    Q_PROPERTY(QVariantList categories READ categories NOTIFY promptsChanged)
    Q_PROPERTY(QVariantMap draft READ draft NOTIFY draftChanged)

public:
    JournalController(Vault &vault, AppController &app, QObject *parent = nullptr);

    QVariantList entries() const { return m_entries; }
    int entryCount() const { return m_entryCount; }
    bool hasMore() const { return m_entries.size() < m_entryCount; }
    QVariantList onThisDay() const { return m_onThisDay; }
    QVariantList results() const { return m_results; }
    QVariantMap promptOfTheDay() const;
    QVariantList categories() const;
    QVariantMap draft() const;

    Q_INVOKABLE void showMore();
    Q_INVOKABLE QVariantList promptsIn(const QString &categoryId) const;
    Q_INVOKABLE QVariantMap prompt(const QString &id) const;
    Q_INVOKABLE QVariantMap shufflePrompt(const QString &notThisId) const;

    // {id,title,body,tags (comma-joined),promptId,promptText,created,edited} or {} if gone.
    Q_INVOKABLE QVariantMap entry(const QString &id) const;
    // Each returns "" or a sentence in the UI language.
    Q_INVOKABLE QString saveDraft(const QString &entryId, const QString &title, const QString &body,
                                  const QString &tags, const QString &promptId);
    Q_INVOKABLE void discardDraft();
    // Returns {error: "", id: "..."}; clears the draft on success.
    Q_INVOKABLE QVariantMap saveEntry(const QString &entryId, const QString &title, const QString &body,
                                      const QString &tags, const QString &promptId);
    Q_INVOKABLE QString deleteEntry(const QString &id);
    // Fills `results`; dates are yyyy-MM-dd or empty.
    Q_INVOKABLE QString search(const QString &text, const QString &tag, const QString &from,
                               const QString &to);
    Q_INVOKABLE void clearSearch();
    // Exports into `folder` (created if needed); returns {error, path, count}.
    Q_INVOKABLE QVariantMap exportMarkdown(const QString &folder);
    Q_INVOKABLE QVariantMap exportJson(const QString &folder);
    Q_INVOKABLE QString defaultExportFolder() const;

signals:
    void entriesChanged();
    void resultsChanged();
    void promptsChanged();
    void draftChanged();

private:
    void reload();
    QVariantMap summary(const JournalEntry &e) const;
    QString language() const;

    Vault &m_vault;
    AppController &m_app;
    QVariantList m_entries;
    QVariantList m_onThisDay;
    QVariantList m_results;
    int m_entryCount = 0;
    int m_pageSize = 50;
};

} // namespace saib::ui
