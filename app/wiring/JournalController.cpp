#include "JournalController.h"
#include "AppController.h"
#include "UiStrings.h"
#include <core/Clock.h>

#include <core/ErrorMessages.h>
#include <core/journal/JournalExport.h>
#include <core/journal/PromptLibrary.h>
#include <core/store/LiveSearch.h>
#include <core/vault/Vault.h>

#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

namespace saib::ui {

namespace {
QStringList splitTags(const QString &text)
{
    QStringList out;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    return out;
}

// Plain text for list previews (the stored preview is the body's first 400
// characters): drop the commonest Markdown marks.
QString excerpt(const QString &preview)
{
    QString text = preview;
    text.replace(QRegularExpression(QStringLiteral("[#*_>`]+")), QString());
    return text.simplified().left(160);
}

// Rows per delivery while typing: about a screenful first, then the rest.
constexpr int kFirstRows = 10;
} // namespace

JournalController::JournalController(Vault &vault, AppController &app, QObject *parent)
    : QObject(parent), m_vault(vault), m_app(app)
{
    // The worker's own connection closes before the vault's, so the vault's close is the
    // last one and folds the WAL back into the file.
    connect(&app, &AppController::aboutToLock, this, [this] { stopLiveSearch(); });
    connect(&app, &AppController::stateChanged, this, [this] {
        stopLiveSearch();
        m_pageSize = 50;
        m_results.clear();
        reload();
        emit resultsChanged();
        emit draftChanged();
    });
    connect(&app, &AppController::languageChanged, this, [this] {
        reload();
        emit promptsChanged();
    });
    connect(&app, &AppController::dataChanged, this, [this] { reload(); });
}

JournalController::~JournalController() = default; // joins the search worker first

QString JournalController::language() const { return m_app.language(); }

QVariantMap JournalController::summary(const JournalListItem &e) const
{
    const Prompt *p = PromptLibrary::builtIn().find(e.promptId);
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("excerpt"), excerpt(e.preview)},
            {QStringLiteral("tags"), e.tags.join(QStringLiteral(" · "))},
            {QStringLiteral("day"), e.day.toString(Qt::ISODate)},
            {QStringLiteral("dayLabel"), longDay(e.day, language())},
            {QStringLiteral("promptText"), p ? p->text(language()) : QString()}};
}

void JournalController::reload()
{
    m_entries.clear();
    m_onThisDay.clear();
    m_entryCount = 0;
    if (m_vault.isUnlocked()) {
        JournalStore store = m_vault.journal();
        const auto count = store.count();
        m_entryCount = count.ok() ? count.value() : 0;
        auto list = store.page(m_pageSize, 0);
        if (list.ok())
            for (const JournalListItem &e : list.value())
                m_entries << summary(e);
        auto past = store.onThisDayPage(saib::Clock::today());
        if (past.ok())
            for (const JournalListItem &e : past.value())
                m_onThisDay << summary(e);
    }
    emit entriesChanged();
}

void JournalController::showMore()
{
    m_pageSize += 50;
    reload();
}

static QVariantMap promptMap(const Prompt *p, const QString &language)
{
    if (!p)
        return {};
    QString category;
    for (const PromptCategory &c : PromptLibrary::builtIn().categories())
        if (c.id == p->category)
            category = c.text(language);
    return {{QStringLiteral("id"), p->id},
            {QStringLiteral("text"), p->text(language)},
            {QStringLiteral("category"), category}};
}

QVariantMap JournalController::promptOfTheDay() const
{
    return promptMap(PromptLibrary::builtIn().promptOfTheDay(saib::Clock::today()), language());
}

QVariantList JournalController::categories() const
{
    QVariantList out;
    for (const PromptCategory &c : PromptLibrary::builtIn().categories())
        out << QVariantMap{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.text(language())}};
    return out;
}

QVariantList JournalController::promptsIn(const QString &categoryId) const
{
    QVariantList out;
    for (const Prompt &p : PromptLibrary::builtIn().inCategory(categoryId))
        out << promptMap(&p, language());
    return out;
}

QVariantMap JournalController::prompt(const QString &id) const
{
    return promptMap(PromptLibrary::builtIn().find(id), language());
}

QVariantMap JournalController::shufflePrompt(const QString &notThisId) const
{
    return promptMap(PromptLibrary::builtIn().shuffle(notThisId), language());
}

QVariantMap JournalController::entry(const QString &id) const
{
    if (!m_vault.isUnlocked())
        return {};
    auto found = const_cast<Vault &>(m_vault).journal().get(id);
    if (!found.ok() || !found.value())
        return {};
    const JournalEntry &e = *found.value();
    const Prompt *p = PromptLibrary::builtIn().find(e.promptId);
    QLocale locale(language() == QLatin1String("cy") ? QLocale::Welsh : QLocale::English,
                   QLocale::UnitedKingdom);
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("title"), e.title},
            {QStringLiteral("body"), e.body},
            {QStringLiteral("tags"), e.tags.join(QStringLiteral(", "))},
            {QStringLiteral("promptId"), e.promptId},
            {QStringLiteral("promptText"), p ? p->text(language()) : QString()},
            {QStringLiteral("created"), locale.toString(e.createdAt.toLocalTime(), QLocale::ShortFormat)},
            {QStringLiteral("edited"), locale.toString(e.updatedAt.toLocalTime(), QLocale::ShortFormat)}};
}

QVariantMap JournalController::draft() const
{
    if (!m_vault.isUnlocked())
        return {};
    auto d = const_cast<Vault &>(m_vault).journal().draft();
    if (!d.ok() || !d.value())
        return {};
    const JournalDraft &draft = *d.value();
    return {{QStringLiteral("entryId"), draft.entryId},
            {QStringLiteral("title"), draft.title},
            {QStringLiteral("body"), draft.body},
            {QStringLiteral("tags"), draft.tags.join(QStringLiteral(", "))},
            {QStringLiteral("promptId"), draft.promptId},
            {QStringLiteral("savedAt"), draft.savedAt.toLocalTime().toString(QStringLiteral("HH:mm"))}};
}

OpResult JournalController::saveDraft(const QString &entryId, const QString &title, const QString &body,
                                     const QString &tags, const QString &promptId)
{
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    JournalDraft d{entryId, title, body, splitTags(tags), promptId, {}};
    const Error e = m_vault.journal().saveDraft(d);
    if (e.ok())
        emit draftChanged();
    return OpResult::from(e);
}

void JournalController::discardDraft()
{
    if (m_vault.isUnlocked())
        (void)m_vault.journal().clearDraft(); // one that stays only comes back as the draft
    emit draftChanged();
}

OpResult JournalController::saveEntry(const QString &entryId, const QString &title,
                                         const QString &body, const QString &tags,
                                         const QString &promptId)
{
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    JournalEntry e;
    e.id = entryId;
    e.title = title;
    e.body = body;
    e.tags = splitTags(tags);
    e.promptId = promptId;
    JournalStore store = m_vault.journal();
    auto saved = store.save(e);
    if (!saved.ok())
        return OpResult::from(saved.error());
    (void)store.clearDraft(); // the entry is saved; a draft that stays only comes back as the draft
    reload();
    emit draftChanged();
    OpResult done;
    done.id = saved.value().id;
    return done;
}

OpResult JournalController::deleteEntry(const QString &id)
{
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    JournalStore store = m_vault.journal();
    if (Error e = store.remove(id); !e.ok())
        return OpResult::from(e);
    auto d = store.draft();
    if (d.ok() && d.value() && d.value()->entryId == id)
        (void)store.clearDraft(); // the entry is gone; a draft that stays only comes back as the draft
    reload();
    emit draftChanged();
    return {};
}

namespace {
// The search box and its filters as a query: InvalidDateRange for a date that is not
// YYYY-MM-DD or a range that ends before it starts. One reading for both ways of searching.
Result<SearchQuery> searchQuery(const QString &text, const QString &tag, const QString &from, const QString &to)
{
    SearchQuery q;
    q.text = text;
    q.tag = tag.trimmed();
    q.from = QDate::fromString(from.trimmed(), Qt::ISODate);
    q.to = QDate::fromString(to.trimmed(), Qt::ISODate);
    if ((!from.trimmed().isEmpty() && !q.from.isValid()) || (!to.trimmed().isEmpty() && !q.to.isValid())
        || (q.from.isValid() && q.to.isValid() && q.from > q.to))
        return Error(ErrorCode::InvalidDateRange);
    return q;
}

} // namespace

OpResult JournalController::search(const QString &text, const QString &tag, const QString &from,
                                   const QString &to)
{
    if (m_live)
        m_live->cancel(); // a query still typed must not overwrite these results
    m_liveGeneration = 0;
    setSearchBusy(false);
    m_results.clear();
    if (!m_vault.isUnlocked()) {
        emit resultsChanged();
        return OpResult::from(ErrorCode::Locked);
    }
    auto q = searchQuery(text, tag, from, to);
    if (!q.ok()) {
        emit resultsChanged();
        return OpResult::from(q.error());
    }
    auto hits = m_vault.journal().search(q.value());
    if (!hits.ok()) {
        emit resultsChanged();
        return OpResult::from(hits.error());
    }
    for (const SearchHit &h : hits.value())
        m_results << resultMap(h);
    emit resultsChanged();
    return {};
}

QVariantMap JournalController::resultMap(const SearchHit &h) const
{
    const bool isEntry = h.kind == SearchHit::Kind::Entry;
    return {{QStringLiteral("kind"), isEntry ? QStringLiteral("entry") : QStringLiteral("checkin")},
            {QStringLiteral("id"), h.refId},
            {QStringLiteral("day"), h.day.toString(Qt::ISODate)},
            {QStringLiteral("dayLabel"), longDay(h.day, language())},
            {QStringLiteral("title"), h.title},
            {QStringLiteral("snippet"), h.snippet}};
}

OpResult JournalController::searchAsYouType(const QString &text, const QString &tag, const QString &from,
                                            const QString &to)
{
    if (!m_vault.isUnlocked()) {
        clearSearch();
        return OpResult::from(ErrorCode::Locked);
    }
    auto q = searchQuery(text, tag, from, to);
    if (!q.ok()) {
        clearSearch();
        return OpResult::from(q.error());
    }
    if (!m_live) {
        // Runs on the worker: hand each delivery to this object's thread. The worker is
        // joined in stopLiveSearch() (and so before this object goes), and events still
        // queued for a gone object are dropped by Qt.
        m_live = std::make_unique<LiveSearch>(
            m_vault.databasePath(), m_vault.databaseKey(),
            [this](quint64 generation, const QVector<SearchHit> &hits, bool done, const Error &error) {
                QMetaObject::invokeMethod(
                    this, [this, generation, hits, done, error] { delivered(generation, hits, done, error); },
                    Qt::QueuedConnection);
            },
            kFirstRows);
    }
    m_liveGeneration = m_live->submit(q.value());
    m_liveFirstBatch = true;
    setSearchBusy(true);
    return {};
}

void JournalController::delivered(quint64 generation, const QVector<SearchHit> &hits, bool done, const Error &error)
{
    if (generation != m_liveGeneration)
        return; // a keystroke replaced it while this was on its way
    if (!done || m_liveFirstBatch) {
        // The previous results stay up until the first rows of the new ones arrive.
        if (m_liveFirstBatch)
            m_results.clear();
        m_liveFirstBatch = false;
        for (const SearchHit &h : hits)
            m_results << resultMap(h);
        emit resultsChanged();
    }
    if (done) {
        setSearchBusy(false);
        emit searchFinished(OpResult::from(error));
    }
}

void JournalController::stopLiveSearch()
{
    m_live.reset();
    m_liveGeneration = 0;
    setSearchBusy(false);
}

void JournalController::setSearchBusy(bool busy)
{
    if (busy == m_searchBusy)
        return;
    m_searchBusy = busy;
    emit searchBusyChanged();
}

void JournalController::clearSearch()
{
    if (m_live)
        m_live->cancel();
    m_liveGeneration = 0;
    setSearchBusy(false);
    m_results.clear();
    emit resultsChanged();
}

QString JournalController::defaultExportFolder() const
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(docs.isEmpty() ? QDir::homePath() : docs)
        .filePath(QStringLiteral("Saib export %1").arg(saib::Clock::today().toString(Qt::ISODate)));
}

// The export buttons pass a folder chosen in the platform's folder dialog, as a URL.
static QString localFolder(const QString &folderOrUrl)
{
    const QUrl url(folderOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : folderOrUrl;
}

OpResult JournalController::exportMarkdown(const QString &folderOrUrl)
{
    const QString folder = localFolder(folderOrUrl);
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    auto all = m_vault.journal().list();
    if (!all.ok())
        return OpResult::from(all.error());
    auto written = JournalExport::writeMarkdown(all.value(), folder);
    if (!written.ok())
        return OpResult::from(written.error());
    OpResult done;
    done.path = folder;
    done.count = written.value();
    return done;
}

OpResult JournalController::exportJson(const QString &folderOrUrl)
{
    const QString folder = localFolder(folderOrUrl);
    if (!m_vault.isUnlocked())
        return OpResult::from(ErrorCode::Locked);
    auto all = m_vault.journal().list();
    if (!all.ok())
        return OpResult::from(all.error());
    if (!QDir().mkpath(folder))
        return OpResult::from(ErrorCode::ExportFailed);
    const QString file = QDir(folder).filePath(QStringLiteral("saib-journal.json"));
    if (Error e = JournalExport::writeJson(all.value(), file); !e.ok())
        return OpResult::from(e);
    OpResult done;
    done.path = file;
    done.count = int(all.value().size());
    return done;
}

} // namespace saib::ui
