#pragma once
// Read-only list of recent check-ins for the History page, newest first. Labels (dates,
// tag names) are produced in the current UI language; relabel() refreshes them.
#include <core/model/Checkin.h>

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

namespace saib::ui {

class CheckinListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read Checkins.history")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
public:
    enum Role {
        DayRole = Qt::UserRole + 1, DayLabelRole, HoursRole, StrategicRole, DemandRole,
        EmotionalRole, EnergyRole, DrainedRole, SustainedRole, NoteRole
    };
    explicit CheckinListModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCheckins(QVector<Checkin> checkins);
    void setLanguage(const QString &language);

signals:
    void countChanged();

private:
    QVector<Checkin> m_items;
    QString m_language = QStringLiteral("en");
};

} // namespace saib::ui
