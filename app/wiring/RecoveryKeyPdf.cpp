#include "RecoveryKeyPdf.h"

#include <core/crypto/RecoveryKey.h>

#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace saib::ui {

namespace {
constexpr int kColumns = 4;
constexpr int kMargin = 56; // points: the writer is set to 72 dpi
}

Error RecoveryKeyPdf::write(const QString &path, const SecureBuffer &formattedKey, const QDate &made)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::ExportFailed, file.errorString());
    // Owner-only before a byte is written: the file holds the key in clear.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    QPdfWriter pdf(&file);
    pdf.setTitle(tr("Saib recovery key"));
    pdf.setCreator(QStringLiteral("Saib"));
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    pdf.setResolution(72);

    QPainter p;
    if (!p.begin(&pdf)) {
        file.remove();
        return Error(ErrorCode::ExportFailed, QStringLiteral("cannot paint the PDF"));
    }
    const int width = pdf.width() - 2 * kMargin;
    int y = kMargin;
    auto paragraph = [&](const QString &text, const QFont &font, int gapAfter) {
        p.setFont(font);
        const QRect box = p.boundingRect(QRect(kMargin, y, width, 1000), Qt::TextWordWrap, text);
        p.drawText(QRect(kMargin, y, width, box.height()), Qt::TextWordWrap, text);
        y += box.height() + gapAfter;
    };

    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSize(24);
    title.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSize(11);
    QFont small = body;
    small.setPointSize(8);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(20);
    mono.setBold(true);

    paragraph(tr("Saib recovery key"), title, 6);
    paragraph(tr("Made on %1").arg(QLocale().toString(made, QLocale::LongFormat)), body, 24);

    // The key as numbered cells, so "type back group 4" is easy to find.
    const int cellWidth = width / kColumns;
    const int cellHeight = 54;
    for (int g = 1; g <= kRecoveryKeyGroups; ++g) {
        const int col = (g - 1) % kColumns;
        const int row = (g - 1) / kColumns;
        const QRect cell(kMargin + col * cellWidth, y + row * cellHeight, cellWidth - 8, cellHeight - 8);
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
        p.drawRoundedRect(cell, 4, 4);
        p.setPen(Qt::black);
        p.setFont(small);
        p.drawText(cell.adjusted(5, 3, 0, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(g));
        p.setFont(mono);
        p.drawText(cell.adjusted(0, 6, 0, 0), Qt::AlignCenter, RecoveryKey::group(formattedKey, g));
    }
    y += ((kRecoveryKeyGroups + kColumns - 1) / kColumns) * cellHeight + 20;

    paragraph(tr("This key opens your Saib if you forget your passphrase. On the lock screen choose "
                 "“Forgot your passphrase?”, type this key, then choose a new passphrase. "
                 "Your check-ins and journal stay as they were."), body, 12);
    paragraph(tr("Keep it somewhere safe and private, away from your device: anyone who has this key "
                 "and your device can open your journal."), body, 12);
    paragraph(tr("Saib keeps no copy of this key and never sends it anywhere. If you make a new "
                 "recovery key, this one stops working. Backups keep their own passphrase."), body, 12);
    paragraph(tr("The key uses digits and capital letters without I, L, O or U. Small letters, spaces "
                 "and dashes make no difference."), body, 12);
    p.end();

    if (file.error() != QFileDevice::NoError || !file.flush()) {
        const Error e(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::ExportFailed,
                      file.errorString());
        file.close();
        file.remove();
        return e;
    }
    return {};
}

} // namespace saib::ui
