#include "SecretFieldAccessible.h"

#include <QAccessible>
#include <QAccessibleActionInterface>
#include <QAccessibleInterface>
#include <QAccessibleTextInterface>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>

namespace saib::ui {
namespace {

// Only public API: the item is read through its properties (displayText, echoMode,
// cursorPosition, enabled) and the QML properties PassphraseField declares
// (saibSecret, accessibleLabel, accessibleHint).
class SecretFieldInterface final : public QAccessibleInterface,
                                   public QAccessibleTextInterface,
                                   public QAccessibleActionInterface
{
public:
    explicit SecretFieldInterface(QQuickItem *item) : m_item(item) {}

    bool isValid() const override { return !m_item.isNull(); }
    QObject *object() const override { return m_item.data(); }
    QWindow *window() const override { return m_item ? m_item->window() : nullptr; }

    QAccessibleInterface *parent() const override
    {
        if (!m_item || !m_item->parentItem())
            return nullptr;
        QQuickWindow *w = m_item->window();
        if (w && m_item->parentItem() == w->contentItem())
            return QAccessible::queryAccessibleInterface(w);
        return QAccessible::queryAccessibleInterface(m_item->parentItem());
    }
    // The Show/Hide button inside the field takes no focus; the field itself is the
    // control (Qt's own interface reports no children for editable text either).
    QAccessibleInterface *child(int) const override { return nullptr; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }

    QString text(QAccessible::Text t) const override
    {
        if (!m_item)
            return {};
        switch (t) {
        case QAccessible::Name:
            return m_item->property("accessibleLabel").toString();
        case QAccessible::Description:
            return m_item->property("accessibleHint").toString();
        case QAccessible::Value:
            return shown();
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {} // typing only, never set from outside

    QRect rect() const override
    {
        if (!m_item || !m_item->window() || !m_item->isVisible())
            return {};
        const QPointF topLeft = m_item->mapToGlobal(QPointF(0, 0));
        return QRect(topLeft.toPoint(), QSize(int(m_item->width()), int(m_item->height())));
    }
    QAccessible::Role role() const override { return QAccessible::EditableText; }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!m_item)
            return s;
        s.editable = true;
        s.focusable = true;
        s.focused = m_item->hasActiveFocus();
        // echoMode 0 is TextInput.Normal: the leader pressed "Show".
        s.passwordEdit = m_item->property("echoMode").toInt() != 0;
        s.disabled = !m_item->isEnabled();
        s.invisible = !m_item->isVisible() || !m_item->window() || !m_item->window()->isVisible();
        return s;
    }

    void *interface_cast(QAccessible::InterfaceType t) override
    {
        if (t == QAccessible::TextInterface)
            return static_cast<QAccessibleTextInterface *>(this);
        if (t == QAccessible::ActionInterface)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    // QAccessibleTextInterface: what is on screen, never `text`.
    void selection(int, int *start, int *end) const override { *start = *end = 0; }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return m_item ? m_item->property("cursorPosition").toInt() : 0; }
    void setCursorPosition(int position) override
    {
        if (m_item)
            m_item->setProperty("cursorPosition", position);
    }
    QString text(int start, int end) const override { return shown().mid(start, end - start); }
    int characterCount() const override { return int(shown().size()); }
    QRect characterRect(int) const override { return {}; }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int, int *start, int *end) const override
    {
        *start = *end = 0;
        return {};
    }

    // QAccessibleActionInterface: only focus (what a screen reader's "focus" asks).
    QStringList actionNames() const override { return {setFocusAction()}; }
    void doAction(const QString &name) override
    {
        if (m_item && name == setFocusAction())
            m_item->forceActiveFocus(Qt::OtherFocusReason);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    QString shown() const { return m_item ? m_item->property("displayText").toString() : QString(); }

    QPointer<QQuickItem> m_item;
};

// Qt asks every factory about every object, also while an item is being destroyed (its
// "hidden" event), when reading a QML property would crash: so the class name (the QML
// type's, e.g. "PassphraseField_QMLTYPE_12") is checked first, and only then the marker.
QAccessibleInterface *secretFieldFactory(const QString &className, QObject *object)
{
    if (!className.startsWith(QLatin1String("PassphraseField")))
        return nullptr;
    auto *item = qobject_cast<QQuickItem *>(object);
    if (item && item->property("saibSecret").toBool())
        return new SecretFieldInterface(item);
    return nullptr;
}

} // namespace

void installSecretFieldAccessibility()
{
    // Factories installed last are asked first, so this one comes before Qt Quick's
    // (installed when the library loads).
    QAccessible::installFactory(secretFieldFactory);
}

} // namespace saib::ui
