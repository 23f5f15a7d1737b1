#pragma once
// "image://qr/<text>": a QR code of the text (libqrencode), black on white with the
// standard four-module quiet zone, scaled to the requested size. Used for the pairing
// code so a phone camera can read it off a laptop screen.
#include <QQuickImageProvider>

namespace saib::ui {

class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

// The QR code of `text` with one pixel per module (empty on failure).
QImage qrImage(const QString &text);

} // namespace saib::ui
