#include "Prefill.h"

#include <algorithm>
#include <cmath>

namespace saib::survey {

namespace {

const QString kDomainPrefix = QStringLiteral("domain_mean:");

std::optional<double> statFor(const QString &hint, const SummaryStats &stats)
{
    if (hint == QLatin1String("mean_demand"))
        return stats.meanDemand;
    if (hint == QLatin1String("mean_emotional"))
        return stats.meanEmotional;
    if (hint == QLatin1String("mean_hours"))
        return stats.meanHours;
    if (hint == QLatin1String("mean_strategic"))
        return stats.meanStrategic;
    if (hint.startsWith(kDomainPrefix)) {
        const QString domain = hint.mid(kDomainPrefix.size());
        if (stats.domainMeans.contains(domain))
            return stats.domainMeans.value(domain);
    }
    return std::nullopt;
}

} // namespace

bool isKnownPrefillHint(const QString &hint)
{
    static const QStringList plain{QStringLiteral("mean_demand"), QStringLiteral("mean_emotional"),
                                   QStringLiteral("mean_hours"), QStringLiteral("mean_strategic"),
                                   QStringLiteral("top_demand_tags")};
    if (plain.contains(hint))
        return true;
    return hint.startsWith(kDomainPrefix) && isValidId(hint.mid(kDomainPrefix.size()));
}

QVariantMap prefillAnswers(const SurveyDefinition &definition, const SummaryStats &stats)
{
    QVariantMap answers;
    for (const Question &q : definition.questions) {
        if (q.prefill.isEmpty())
            continue;
        if (q.kind == QuestionKind::Choice) {
            if (q.prefill != QLatin1String("top_demand_tags"))
                continue;
            QStringList chosen;
            for (const QString &tag : stats.topDemandTags) {
                if (chosen.size() >= q.maxChoices)
                    break;
                if (q.hasOption(tag) && !chosen.contains(tag))
                    chosen.append(tag);
            }
            if (!chosen.isEmpty())
                answers.insert(q.id, chosen);
            continue;
        }
        if (q.kind != QuestionKind::Scale && q.kind != QuestionKind::Number)
            continue;
        const auto value = statFor(q.prefill, stats);
        if (!value || !std::isfinite(*value))
            continue;
        if (q.kind == QuestionKind::Scale) {
            const double rounded = std::round(*value); // halves away from zero
            answers.insert(q.id, static_cast<int>(std::clamp(rounded, q.min, q.max)));
        } else {
            const double scale = std::pow(10.0, q.decimals);
            const double rounded = std::round(*value * scale) / scale;
            answers.insert(q.id, std::clamp(rounded, q.min, q.max));
        }
    }
    return answers;
}

} // namespace saib::survey
