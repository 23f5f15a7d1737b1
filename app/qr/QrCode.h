#pragma once
// QR codes (libqrencode), for the two places Saib shows a code to a phone camera: the
// pairing code on a laptop screen (app/wiring/QrImageProvider) and a survey invitation
// printed in a body's letter (saib-survey-body invite --qr). QtCore only.
#include <QByteArray>
#include <QString>
#include <QVector>

namespace saib::qr {

// The modules of the code, row by row, without the quiet zone.
struct Modules {
    int width = 0;          // 0 when the text could not be encoded
    QVector<bool> dark;     // width * width
    bool at(int x, int y) const { return dark[y * width + x]; }
};

// Error correction M (15%): still readable off paper with a smudge or a fold.
Modules encode(const QString &text);

// The standard quiet zone, in modules, around every rendering.
inline constexpr int kQuietZone = 4;

// A self-contained SVG of the code (black on white, crisp edges), `moduleSize` user units
// per module; empty when the text could not be encoded.
QByteArray svg(const QString &text, int moduleSize = 8);

} // namespace saib::qr
