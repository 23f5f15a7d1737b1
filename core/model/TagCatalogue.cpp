#include "TagCatalogue.h"

#include <QCoreApplication>

namespace saib {

const QVector<TagInfo> &demandTags()
{
    static const QVector<TagInfo> tags = {
        {"workload", TagFamily::Performance, QT_TRANSLATE_NOOP("Tags", "Workload")},
        {"scrutiny", TagFamily::Performance, QT_TRANSLATE_NOOP("Tags", "Scrutiny and accountability")},
        {"paperwork", TagFamily::Performance, QT_TRANSLATE_NOOP("Tags", "Paperwork and bureaucracy")},
        {"data-requests", TagFamily::Performance, QT_TRANSLATE_NOOP("Tags", "Data requests")},
        {"many-masters", TagFamily::Organisational, QT_TRANSLATE_NOOP("Tags", "Many masters")},
        {"constant-change", TagFamily::Organisational, QT_TRANSLATE_NOOP("Tags", "Constant change")},
        {"no-development-time", TagFamily::Organisational, QT_TRANSLATE_NOOP("Tags", "No time for my own development")},
        {"role-not-understood", TagFamily::Organisational, QT_TRANSLATE_NOOP("Tags", "Role not understood")},
        {"figurehead", TagFamily::Psychological, QT_TRANSLATE_NOOP("Tags", "Being the figurehead")},
        {"others-emotions", TagFamily::Psychological, QT_TRANSLATE_NOOP("Tags", "Holding others' emotions")},
        {"safeguarding", TagFamily::Psychological, QT_TRANSLATE_NOOP("Tags", "Safeguarding incident")},
        {"complaint", TagFamily::Psychological, QT_TRANSLATE_NOOP("Tags", "Complaint")},
        {"guilt-time-away", TagFamily::Psychological, QT_TRANSLATE_NOOP("Tags", "Guilt about time away")},
        {"society-expectations", TagFamily::Social, QT_TRANSLATE_NOOP("Tags", "Society's expectations")},
        {"budget", TagFamily::Social, QT_TRANSLATE_NOOP("Tags", "Budget")},
        {"staffing", TagFamily::Social, QT_TRANSLATE_NOOP("Tags", "Staffing and recruitment")},
        {"pupil-need", TagFamily::Social, QT_TRANSLATE_NOOP("Tags", "Pupil need")},
    };
    return tags;
}

const QVector<TagInfo> &resourceTags()
{
    static const QVector<TagInfo> tags = {
        {"peer-heads", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Peer headteachers")},
        {"mentor-coach", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Mentor or coach")},
        {"supervision", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Supervision")},
        {"family-friends", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Family and friends")},
        {"chair-of-governors", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Chair of governors")},
        {"senior-team", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Senior team")},
        {"thinking-time", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Protected thinking time")},
        {"exercise-rest", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Exercise or rest")},
        {"recognition", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Recognition or celebration")},
        {"counselling", TagFamily::Resource, QT_TRANSLATE_NOOP("Tags", "Counselling or support line")},
    };
    return tags;
}

const TagInfo *findTag(const QString &id)
{
    for (const auto *list : {&demandTags(), &resourceTags()})
        for (const TagInfo &t : *list)
            if (id == QLatin1String(t.id))
                return &t;
    return nullptr;
}

QString tagLabel(const QString &id)
{
    if (const TagInfo *t = findTag(id))
        return QCoreApplication::translate("Tags", t->label);
    return id;
}

QString tagFamilyLabel(TagFamily family)
{
    switch (family) {
    case TagFamily::Performance:
        return QCoreApplication::translate("Tags", "Performance");
    case TagFamily::Organisational:
        return QCoreApplication::translate("Tags", "Organisational");
    case TagFamily::Psychological:
        return QCoreApplication::translate("Tags", "Psychological");
    case TagFamily::Social:
        return QCoreApplication::translate("Tags", "Social");
    case TagFamily::Resource:
        return QCoreApplication::translate("Tags", "What sustains you");
    }
    return {};
}

} // namespace saib
