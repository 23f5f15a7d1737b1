#include "SystemAppearance.h"

#include <QEvent>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>
#include <algorithm>

namespace saib::ui {

namespace {
constexpr qreal kReferencePixels = 13.0;
}

SystemAppearance::SystemAppearance(QObject *parent) : QObject(parent)
{
    if (auto *gui = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        gui->installEventFilter(this);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
        connect(gui->styleHints(), &QStyleHints::colorSchemeChanged, this, &SystemAppearance::update);
#endif
    }
    update();
}

void SystemAppearance::setFontScaleForTests(qreal scale)
{
    m_fontScaleFixed = true;
    m_fontScale = scale;
    emit changed();
}

bool SystemAppearance::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == QCoreApplication::instance()
        && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ApplicationFontChange))
        update();
    return QObject::eventFilter(watched, event);
}

void SystemAppearance::update()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    bool dark = false;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    dark = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
#else
    // Qt 6.4 has no colour-scheme hint; a platform theme that follows dark mode gives
    // the application a dark window colour instead.
    const QColor window = QGuiApplication::palette().color(QPalette::Window);
    dark = window.lightnessF() < 0.5;
#endif
    qreal scale = m_fontScale;
    if (!m_fontScaleFixed) {
        const QFontInfo info(QGuiApplication::font());
        scale = std::clamp(info.pixelSize() / kReferencePixels, 1.0, 2.5);
    }
    if (dark == m_dark && qFuzzyCompare(scale, m_fontScale))
        return;
    m_dark = dark;
    m_fontScale = scale;
    emit changed();
}

} // namespace saib::ui
