#pragma once
// One day's check-in as QML sees it: a value type (copied, never shared), so a page can
// read `Checkins.checkinFor(day).demand` without string keys. `exists` says whether the
// day has a saved check-in; otherwise the fields hold the page's starting values.
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
    QString day; // yyyy-MM-dd
    bool exists = false;
    double hours = 8.0;
    int strategic = 10;
    int demand = 5;
    int emotional = 5;
    int energy = 5;
    QStringList drained;
    QStringList sustained;
    QString note;

    static CheckinRecord fromCheckin(const Checkin &c)
    {
        CheckinRecord r;
        r.day = c.day.toString(Qt::ISODate);
        r.exists = true;
        r.hours = c.hours;
        r.strategic = c.strategicPercent;
        r.demand = c.demand;
        r.emotional = c.emotional;
        r.energy = c.energy;
        r.drained = c.drainedBy;
        r.sustained = c.sustainedBy;
        r.note = c.note;
        return r;
    }
    Checkin toCheckin() const
    {
        Checkin c;
        c.day = QDate::fromString(day, Qt::ISODate);
        c.hours = hours;
        c.strategicPercent = strategic;
        c.demand = demand;
        c.emotional = emotional;
        c.energy = energy;
        c.drainedBy = drained;
        c.sustainedBy = sustained;
        c.note = note;
        return c;
    }
};

} // namespace saib::ui
