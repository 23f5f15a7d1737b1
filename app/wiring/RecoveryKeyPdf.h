#pragma once
// Renders the recovery key as a one-page A4 PDF (QPdfWriter; in app/, since core links
// no QtGui): the key in large type, the day it was made, what it is for and how to keep
// it, in the UI language. Written straight to the chosen file, owner-only from the
// first byte, never to a temporary.
#include <core/Error.h>
#include <core/crypto/SecureBuffer.h>

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace saib::ui {

class RecoveryKeyPdf {
    Q_DECLARE_TR_FUNCTIONS(RecoveryKeyPdf)
public:
    static Error write(const QString &path, const SecureBuffer &formattedKey, const QDate &made);
};

} // namespace saib::ui
