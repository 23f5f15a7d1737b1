#include "QrCode.h"

#include <qrencode.h>

namespace saib::qr {

Modules encode(const QString &text)
{
    Modules out;
    const QByteArray utf8 = text.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return out;
    out.width = code->width;
    out.dark.resize(code->width * code->width);
    for (int i = 0; i < code->width * code->width; ++i)
        out.dark[i] = code->data[i] & 1;
    QRcode_free(code);
    return out;
}

QByteArray svg(const QString &text, int moduleSize)
{
    const Modules m = encode(text);
    if (m.width == 0)
        return {};
    const int side = (m.width + 2 * kQuietZone) * moduleSize;
    QByteArray out = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" shape-rendering=\"crispEdges\" width=\""
        + QByteArray::number(side) + "\" height=\"" + QByteArray::number(side) + "\" viewBox=\"0 0 "
        + QByteArray::number(side) + ' ' + QByteArray::number(side) + "\">\n"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n<path fill=\"#000000\" d=\"";
    // One horizontal run of dark modules per path segment keeps the file small.
    for (int y = 0; y < m.width; ++y) {
        for (int x = 0; x < m.width;) {
            if (!m.at(x, y)) {
                ++x;
                continue;
            }
            int run = 1;
            while (x + run < m.width && m.at(x + run, y))
                ++run;
            out += 'M' + QByteArray::number((x + kQuietZone) * moduleSize) + ','
                + QByteArray::number((y + kQuietZone) * moduleSize) + 'h' + QByteArray::number(run * moduleSize)
                + 'v' + QByteArray::number(moduleSize) + 'h' + QByteArray::number(-run * moduleSize) + 'z';
            x += run;
        }
    }
    out += "\"/>\n</svg>\n";
    return out;
}

} // namespace saib::qr
