#include "SummaryFiles.h"
#include "SummaryPdf.h"

#include <core/io/AtomicFile.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace saib::summary {

bool useLanguage(const QString &lang)
{
    // Dates and numbers follow the language too, as in the app (AppController).
    if (lang == QLatin1String("en")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return true; // the source strings are English
    }
    if (lang != QLatin1String("cy"))
        return false;
    static QTranslator translator; // lives as long as the process that asked for it
    if (!translator.load(QStringLiteral(":/i18n-summary/saib_cy.qm")))
        return false;
    QCoreApplication::installTranslator(&translator);
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    return true;
}

Error writeFiles(const insights::Summary &summary, const QString &pdfPath, const QString &textPath)
{
    // Owner-only from the first byte: the files are plaintext by design (the leader is
    // taking them to someone), so at least other accounts on the machine cannot read them.
    if (!pdfPath.isEmpty()) {
        if (Error e = AtomicFile::write(pdfPath, renderPdf(summary), ErrorCode::ExportFailed); !e.ok())
            return e;
    }
    if (!textPath.isEmpty()) {
        if (Error e = AtomicFile::write(textPath, insights::summaryText(summary).toUtf8(), ErrorCode::ExportFailed);
            !e.ok())
            return e;
    }
    return {};
}

} // namespace saib::summary
