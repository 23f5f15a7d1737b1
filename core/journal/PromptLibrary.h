#pragma once
// The bilingual library of reflective prompts (assets/prompts/prompts.json, built into
// the binary as a resource). Read-only data: ids never change once published, since
// journal entries store the id of the prompt they answered.
#include "../Error.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace saib {

struct PromptCategory {
    QString id;
    QString en;
    QString cy;
    QString text(const QString &language) const { return language == QLatin1String("cy") ? cy : en; }
};

struct Prompt {
    QString id;
    QString category;
    QString en;
    QString cy;
    QString text(const QString &language) const { return language == QLatin1String("cy") ? cy : en; }
};

class PromptLibrary {
public:
    // The library built into the app.
    static const PromptLibrary &builtIn();
    static Result<PromptLibrary> fromJson(const QByteArray &json);

    const QVector<PromptCategory> &categories() const { return m_categories; }
    const QVector<Prompt> &prompts() const { return m_prompts; }
    QVector<Prompt> inCategory(const QString &categoryId) const;
    const Prompt *find(const QString &id) const;
    // The same prompt all day, a different one tomorrow; cycles through every prompt.
    const Prompt *promptOfTheDay(const QDate &day) const;
    // Any prompt other than `notThisId` (so "shuffle" always changes the prompt).
    const Prompt *shuffle(const QString &notThisId = {}) const;

private:
    QVector<PromptCategory> m_categories;
    QVector<Prompt> m_prompts;
};

} // namespace saib
