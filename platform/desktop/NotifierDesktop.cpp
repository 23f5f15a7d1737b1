// Desktop notifications (Linux, Windows, macOS): a QSystemTrayIcon whose balloon /
// freedesktop notification carries the reminder, with a small menu. Needs a
// QApplication (Qt Widgets), which app/gui creates.
#include <platform/Notifier.h>

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMenu>
#include <QSystemTrayIcon>

namespace saib::platform {

namespace {
class DesktopNotifier final : public Notifier {
public:
    explicit DesktopNotifier(QObject *parent) : Notifier(parent)
    {
        // QSystemTrayIcon needs widgets; without a QApplication (tests) stay unavailable.
        if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
            return;
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/assets/icons/saib.svg")), this);
        m_menu = new QMenu;
        m_open = m_menu->addAction(QStringLiteral("Open Saib"));
        m_menu->addSeparator();
        m_quit = m_menu->addAction(QStringLiteral("Quit"));
        connect(m_open, &QAction::triggered, this, &Notifier::activated);
        connect(m_quit, &QAction::triggered, this, &Notifier::quitRequested);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            emit activated();
            emit reminderOpened();
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason why) {
            if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                emit activated();
        });
    }
    ~DesktopNotifier() override { delete m_menu; }

    bool isAvailable() const override { return m_tray && QSystemTrayIcon::isSystemTrayAvailable(); }
    bool hasTray() const override { return isAvailable(); }

    void setTrayVisible(bool visible) override
    {
        if (m_tray)
            m_tray->setVisible(visible);
    }

    void setTrayTexts(const QString &tooltip, const QString &open, const QString &quit) override
    {
        if (!m_tray)
            return;
        m_tray->setToolTip(tooltip);
        m_open->setText(open);
        m_quit->setText(quit);
    }

    void show(const QString &title, const QString &body) override
    {
        if (!isAvailable())
            return;
        // A message needs a visible icon on most desktops; it stays while reminders are on.
        if (!m_tray->isVisible())
            m_tray->show();
        m_tray->showMessage(title, body, m_tray->icon(), 15000);
    }

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QAction *m_open = nullptr;
    QAction *m_quit = nullptr;
};
} // namespace

Notifier *createNotifier(QObject *parent) { return new DesktopNotifier(parent); }

} // namespace saib::platform
