#pragma once
// What the operating system asks of the UI's look: dark mode and the text size. Both
// can change while Saib runs (a desktop switching to dark at sunset, a user enlarging
// text), so they are watched, not read once.
#include <QObject>

namespace saib::ui {

class SystemAppearance : public QObject {
    Q_OBJECT
public:
    explicit SystemAppearance(QObject *parent = nullptr);

    bool dark() const { return m_dark; }
    // The system's text size against Qt's usual default (10 pt at 96 dpi = ~13 px):
    // 1.0 normally, larger when the user asked for larger text. QML multiplies every
    // font size by it.
    qreal fontScale() const { return m_fontScale; }
    void setFontScaleForTests(qreal scale);

signals:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    bool m_dark = false;
    qreal m_fontScale = 1.0;
    bool m_fontScaleFixed = false;
};

} // namespace saib::ui
