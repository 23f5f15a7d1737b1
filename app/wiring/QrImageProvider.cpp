#include "QrImageProvider.h"

#include <QPainter>
#include <QUrl>
#include <app/qr/QrCode.h>

namespace saib::ui {

QImage qrImage(const QString &text)
{
    const qr::Modules code = qr::encode(text);
    if (code.width == 0)
        return {};
    const int side = code.width + 2 * qr::kQuietZone;
    QImage image(side, side, QImage::Format_Mono);
    image.fill(1); // colour table index 1 = white below
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < code.width; ++y)
        for (int x = 0; x < code.width; ++x)
            if (code.at(x, y))
                image.setPixel(x + qr::kQuietZone, y + qr::kQuietZone, 0);
    return image;
}

QrImageProvider::QrImageProvider() : QQuickImageProvider(QQuickImageProvider::Image) {}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QImage modules = qrImage(QUrl::fromPercentEncoding(id.toUtf8()));
    if (modules.isNull())
        return {};
    const int want = requestedSize.isValid() ? qMin(requestedSize.width(), requestedSize.height()) : modules.width() * 6;
    // Whole pixels per module keep the edges sharp for cameras.
    const int scale = qMax(1, want / modules.width());
    QImage out = modules.convertToFormat(QImage::Format_RGB32)
                     .scaled(modules.size() * scale, Qt::IgnoreAspectRatio, Qt::FastTransformation);
    if (size)
        *size = out.size();
    return out;
}

} // namespace saib::ui
