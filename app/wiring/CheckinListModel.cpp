#include "CheckinListModel.h"
#include "UiStrings.h"

#include <core/model/TagCatalogue.h>

namespace saib::ui {

namespace {
QString labels(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        out << tagLabel(id);
    return out.join(QStringLiteral(" · "));
}
} // namespace

int CheckinListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant CheckinListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const Checkin &c = m_items[index.row()];
    switch (role) {
    case DayRole: return c.day.toString(Qt::ISODate);
    case DayLabelRole: return shortDay(c.day, m_language);
    // An unset scale is undefined in QML (shown as "–"), never 0.
    case HoursRole: return c.hours ? QVariant(*c.hours) : QVariant();
    case StrategicRole: return c.strategicPercent ? QVariant(*c.strategicPercent) : QVariant();
    case DemandRole: return c.demand ? QVariant(*c.demand) : QVariant();
    case EmotionalRole: return c.emotional ? QVariant(*c.emotional) : QVariant();
    case EnergyRole: return c.energy ? QVariant(*c.energy) : QVariant();
    case DrainedRole: return labels(c.drainedBy);
    case SustainedRole: return labels(c.sustainedBy);
    case NoteRole: return c.note;
    default: return {};
    }
}

QHash<int, QByteArray> CheckinListModel::roleNames() const
{
    return {{DayRole, "day"}, {DayLabelRole, "dayLabel"}, {HoursRole, "hours"},
            {StrategicRole, "strategic"}, {DemandRole, "demand"}, {EmotionalRole, "emotional"},
            {EnergyRole, "energy"}, {DrainedRole, "drained"}, {SustainedRole, "sustained"},
            {NoteRole, "note"}};
}

void CheckinListModel::setCheckins(QVector<Checkin> checkins)
{
    beginResetModel();
    m_items = std::move(checkins);
    endResetModel();
    emit countChanged();
}

void CheckinListModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
}

} // namespace saib::ui
