#include "PromptLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

namespace saib {

Result<PromptLibrary> PromptLibrary::fromJson(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    PromptLibrary lib;
    QSet<QString> categoryIds, promptIds;
    for (const QJsonValue &v : root.value(QStringLiteral("categories")).toArray()) {
        const QJsonObject o = v.toObject();
        PromptCategory c{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("en")).toString(),
                         o.value(QStringLiteral("cy")).toString()};
        if (c.id.isEmpty() || c.en.isEmpty() || c.cy.isEmpty() || categoryIds.contains(c.id))
            return Error(ErrorCode::ImportInvalid, QStringLiteral("bad category %1").arg(c.id));
        categoryIds.insert(c.id);
        lib.m_categories << c;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("prompts")).toArray()) {
        const QJsonObject o = v.toObject();
        Prompt p{o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("category")).toString(),
                 o.value(QStringLiteral("en")).toString(), o.value(QStringLiteral("cy")).toString()};
        if (p.id.isEmpty() || p.en.trimmed().isEmpty() || p.cy.trimmed().isEmpty()
            || !categoryIds.contains(p.category) || promptIds.contains(p.id))
            return Error(ErrorCode::ImportInvalid, QStringLiteral("bad prompt %1").arg(p.id));
        promptIds.insert(p.id);
        lib.m_prompts << p;
    }
    if (lib.m_prompts.isEmpty())
        return Error(ErrorCode::ImportInvalid, QStringLiteral("no prompts"));
    return lib;
}

const PromptLibrary &PromptLibrary::builtIn()
{
    static const PromptLibrary lib = [] {
        QFile f(QStringLiteral(":/assets/prompts/prompts.json"));
        f.open(QIODevice::ReadOnly);
        auto parsed = fromJson(f.readAll());
        Q_ASSERT_X(parsed.ok(), "PromptLibrary", "built-in prompt library is invalid");
        return parsed.ok() ? parsed.take() : PromptLibrary();
    }();
    return lib;
}

QVector<Prompt> PromptLibrary::inCategory(const QString &categoryId) const
{
    QVector<Prompt> out;
    for (const Prompt &p : m_prompts)
        if (p.category == categoryId)
            out << p;
    return out;
}

const Prompt *PromptLibrary::find(const QString &id) const
{
    for (const Prompt &p : m_prompts)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Prompt *PromptLibrary::promptOfTheDay(const QDate &day) const
{
    if (m_prompts.isEmpty())
        return nullptr;
    // A fixed stride co-prime with most library sizes walks the categories in turn
    // rather than spending ten days on one.
    const qint64 n = m_prompts.size();
    qint64 index = (day.toJulianDay() * 37) % n;
    if (index < 0)
        index += n;
    return &m_prompts[int(index)];
}

const Prompt *PromptLibrary::shuffle(const QString &notThisId) const
{
    if (m_prompts.isEmpty())
        return nullptr;
    if (m_prompts.size() == 1)
        return &m_prompts.first();
    for (;;) {
        const Prompt &p = m_prompts[int(QRandomGenerator::global()->bounded(int(m_prompts.size())))];
        if (p.id != notThisId)
            return &p;
    }
}

} // namespace saib
