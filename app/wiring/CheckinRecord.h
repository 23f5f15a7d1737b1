#pragma once
// One day's check-in as QML sees it: a value type (copied, never shared), so a page can
// read `Checkins.checkinFor(day).demand` without string keys. `exists` says whether the
// day has a saved check-in. A scale not answered is -1 here (kUnset), std::nullopt in
// core, NULL in the store; a new day starts with every scale unset.
#include <core/model/Checkin.h>

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace saib::ui {

struct CheckinRecord {
    Q_GADGET
    QML_VALUE_TYPE(checkinRecord)
    Q_PROPERTY(QString day MEMBER day)
    Q_PROPERTY(bool exists MEMBER exists)
    Q_PROPERTY(double hours MEMBER hours)
    Q_PROPERTY(int strategic MEMBER strategic)
    Q_PROPERTY(int demand MEMBER demand)
    Q_PROPERTY(int emotional MEMBER emotional)
    Q_PROPERTY(int energy MEMBER energy)
    Q_PROPERTY(QStringList drained MEMBER drained)
    Q_PROPERTY(QStringList sustained MEMBER sustained)
    Q_PROPERTY(QString note MEMBER note)
public:
    static constexpr int kUnset = -1;

    QString day; // yyyy-MM-dd
    bool exists = false;
    double hours = kUnset;
    int strategic = kUnset;
    int demand = kUnset;
    int emotional = kUnset;
    int energy = kUnset;
    QStringList drained;
    QStringList sustained;
    QString note;

    template <typename T> static std::optional<T> set(T v)
    {
        return v < 0 ? std::nullopt : std::optional<T>(v);
    }
    static CheckinRecord fromCheckin(const Checkin &c)
    {
        CheckinRecord r;
        r.day = c.day.toString(Qt::ISODate);
        r.exists = true;
        r.hours = c.hours.value_or(kUnset);
        r.strategic = c.strategicPercent.value_or(kUnset);
        r.demand = c.demand.value_or(kUnset);
        r.emotional = c.emotional.value_or(kUnset);
        r.energy = c.energy.value_or(kUnset);
        r.drained = c.drainedBy;
        r.sustained = c.sustainedBy;
        r.note = c.note;
        return r;
    }
    Checkin toCheckin() const
    {
        Checkin c;
        c.day = QDate::fromString(day, Qt::ISODate);
        c.hours = set(hours);
        c.strategicPercent = set(strategic);
        c.demand = set(demand);
        c.emotional = set(emotional);
        c.energy = set(energy);
        c.drainedBy = drained;
        c.sustainedBy = sustained;
        c.note = note;
        return c;
    }
};

} // namespace saib::ui
