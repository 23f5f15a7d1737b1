#pragma once
// The check-in being edited (QML type CheckinDraft): MainArea creates one for the unlocked
// session and hands it to the check-in page, which load()s a day into it, binds its
// controls to the fields and calls save(). It outlives the page (pages are created only
// while their tab is shown), so a half-done check-in survives a look at the journal, and
// it dies with MainArea on lock, so no half-edited day sits in an app-wide object.
#include "CheckinRecord.h"

#include "OpResult.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace saib::ui {

class CheckinController;

class CheckinDraft : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString day READ day NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(double hours READ hours WRITE setHours NOTIFY changed)
    Q_PROPERTY(int strategic READ strategic WRITE setStrategic NOTIFY changed)
    Q_PROPERTY(int demand READ demand WRITE setDemand NOTIFY changed)
    Q_PROPERTY(int emotional READ emotional WRITE setEmotional NOTIFY changed)
    Q_PROPERTY(int energy READ energy WRITE setEnergy NOTIFY changed)
    Q_PROPERTY(QStringList drained READ drained WRITE setDrained NOTIFY changed)
    Q_PROPERTY(QStringList sustained READ sustained WRITE setSustained NOTIFY changed)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY changed)
    // The day before has a saved check-in whose answers copyPrevious() can take over.
    Q_PROPERTY(bool canCopyPrevious READ canCopyPrevious NOTIFY changed)
    // Changed since it was loaded or saved: a page created over it shows these answers
    // instead of reloading the day.
    Q_PROPERTY(bool edited READ edited NOTIFY changed)

public:
    explicit CheckinDraft(QObject *parent = nullptr);

    QString day() const { return m_record.day; }
    bool exists() const { return m_record.exists; }
    double hours() const { return m_record.hours; }
    int strategic() const { return m_record.strategic; }
    int demand() const { return m_record.demand; }
    int emotional() const { return m_record.emotional; }
    int energy() const { return m_record.energy; }
    QStringList drained() const { return m_record.drained; }
    QStringList sustained() const { return m_record.sustained; }
    QString note() const { return m_record.note; }
    bool canCopyPrevious() const { return m_previous.exists; }
    bool edited() const { return m_edited; }
    void setHours(double v) { set(m_record.hours, v); }
    void setStrategic(int v) { set(m_record.strategic, v); }
    void setDemand(int v) { set(m_record.demand, v); }
    void setEmotional(int v) { set(m_record.emotional, v); }
    void setEnergy(int v) { set(m_record.energy, v); }
    void setDrained(const QStringList &v) { set(m_record.drained, v); }
    void setSustained(const QStringList &v) { set(m_record.sustained, v); }
    void setNote(const QString &v) { set(m_record.note, v); }

    // Replaces the draft with the saved check-in of `isoDay`, or starting values.
    Q_INVOKABLE void load(const QString &isoDay);
    // On success the draft then `exists`.
    Q_INVOKABLE saib::ui::OpResult save();
    // "Same as yesterday": the scales and tags of the day before (not its note).
    Q_INVOKABLE void copyPrevious();

signals:
    void changed();

private:
    template <typename T> void set(T &field, const T &value)
    {
        if (field == value)
            return;
        field = value;
        m_edited = true;
        emit changed();
    }
    CheckinController *controller() const;

    CheckinRecord m_record;
    CheckinRecord m_previous; // the day before, read at load()
    bool m_edited = false;
};

} // namespace saib::ui
