#include "Skills.h"

#include <QCoreApplication>

namespace saib {

const QVector<SkillInfo> &skillCatalogue()
{
    static const QVector<SkillInfo> skills = {
        // School leader skills (seed 002, table 3)
        {"learning-culture", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Developing a learning culture and organisation")},
        {"interpersonal", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Interpersonal skills")},
        {"leading-learning", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Leading learning to raise attainment")},
        {"implementing-change", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Implementing change and improvement")},
        {"leading-change", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Leading change to raise attainment")},
        {"parents", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Working with parents")},
        {"staffing-issues", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Staffing issues and difficult conversations")},
        {"future-leaders", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Developing future leaders and succession planning")},
        {"governors", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Working with governors on strategy")},
        {"adapting-style", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Adapting your leadership style to the school")},
        {"partnerships", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Partnerships with other schools and agencies")},
        {"project-management", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Project management")},
        {"finance-premises", SkillGroup::School, QT_TRANSLATE_NOOP("Skills", "Managing finances and premises")},
        // System leader skills (seed 002, table 4)
        {"diverse-schools", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Experience of different types of school")},
        {"policy-structures", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Knowledge of policy and education structures")},
        {"influencing", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Influencing and negotiation")},
        {"case-studies", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "A bank of case studies and good practice")},
        {"communication", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Communication and presentation")},
        {"team-building", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Team building")},
        {"planning-goals", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Planning, setting goals and objectives")},
        {"coaching-mentoring", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Coaching and mentoring")},
        {"data-analysis", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Data analysis")},
        {"strategic-thinking", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Strategic thinking (vision, the big picture)")},
        {"support-structures", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Knowing where to find further help and support")},
        {"learning-other-schools", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Leading learning in other schools")},
        {"change-other-schools", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Leading change in other schools")},
        {"rapid-priorities", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Rapidly identifying and acting on priorities")},
        {"expectations-other-schools", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Building high expectations in other schools")},
        {"diverse-families", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Working with pupils and families from diverse backgrounds")},
        {"motivating-staff", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Motivating and developing staff")},
        {"behaviour-approaches", SkillGroup::System, QT_TRANSLATE_NOOP("Skills", "Behaviour approaches in different school contexts")},
    };
    return skills;
}

const SkillInfo *findSkill(const QString &id)
{
    for (const SkillInfo &s : skillCatalogue())
        if (id == QLatin1String(s.id))
            return &s;
    return nullptr;
}

QString skillLabel(const QString &id)
{
    const SkillInfo *s = findSkill(id);
    return s ? QCoreApplication::translate("Skills", s->label) : id;
}

QString skillGroupLabel(SkillGroup group)
{
    return group == SkillGroup::School ? QCoreApplication::translate("Skills", "Leading your school")
                                       : QCoreApplication::translate("Skills", "Leading beyond your school");
}

Error validate(const SkillsAssessment &a)
{
    if (!a.takenOn.isValid())
        return Error(ErrorCode::InvalidDay);
    if (a.ratings.isEmpty())
        return Error(ErrorCode::InvalidRating);
    for (auto it = a.ratings.cbegin(); it != a.ratings.cend(); ++it) {
        if (!findSkill(it.key()))
            return Error(ErrorCode::UnknownSkill, it.key());
        const SkillRating &r = it.value();
        if (r.importance < 1 || r.importance > 10 || r.confidence < 1 || r.confidence > 10)
            return Error(ErrorCode::InvalidRating);
    }
    return {};
}

} // namespace saib
