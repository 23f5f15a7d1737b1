#pragma once
// The one shape in which a controller tells QML how an action went: every asynchronous
// action ends in one `xxxFinished(OpResult)` signal, and a synchronous Q_INVOKABLE that can
// fail returns one. A page reads `result.ok` and shows `result.message`, which is already in
// the UI language (core/ErrorMessages.cpp for errors). `code` names the ErrorCode ("None"
// when ok) so tests can assert the reason without matching sentences; `id`, `path` and
// `count` carry the little a caller needs beyond the sentence (a saved entry's id, an
// export's file and size).
#include <core/Error.h>

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace saib::ui {

struct OpResult {
    Q_GADGET
    QML_VALUE_TYPE(opResult)
    Q_PROPERTY(bool ok MEMBER ok)
    Q_PROPERTY(QString message MEMBER message)
    Q_PROPERTY(QString code MEMBER code)
    Q_PROPERTY(QString id MEMBER id)
    Q_PROPERTY(QString path MEMBER path)
    Q_PROPERTY(int count MEMBER count)
public:
    bool ok = true;
    QString message; // the error's sentence, or a success sentence (often empty)
    QString code = QStringLiteral("None");
    QString id;
    QString path;
    int count = 0;

    // Success, with an optional sentence to show ("Backup saved to …").
    static OpResult success(QString message = {});
    // `error`'s own sentence from the message table; success (no sentence) when it is ok.
    static OpResult from(const Error &error);
    // A failure whose sentence says more than the table's (it usually quotes it), or a
    // refusal with no ErrorCode behind it (code "None", yet not ok).
    static OpResult failure(QString message, ErrorCode code = ErrorCode::None);
};

// "WrongPassphrase" for ErrorCode::WrongPassphrase: the enumerator's name, stable for tests.
QString errorCodeName(ErrorCode code);

} // namespace saib::ui
