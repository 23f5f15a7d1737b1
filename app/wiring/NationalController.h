#pragma once
// The "you are not alone" page ("National" in QML): published national figures on school
// leaders' workload and well-being, with the leader's own beside them where the measure is
// the same (core/national). Worked out on the device; nothing is sent anywhere.
#include <QObject>
#include <QVariantMap>

namespace saib::ui {

class AppController;

class NationalController : public QObject {
    Q_OBJECT
    Q_PROPERTY(QVariantMap page READ page NOTIFY changed)

public:
    explicit NationalController(AppController &app, QObject *parent = nullptr);
    // {period, rows: [{id, figure, detail, yours, caution}]}, in the current language.
    QVariantMap page() const { return m_page; }
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    AppController &m_app;
    QVariantMap m_page;
};

} // namespace saib::ui
