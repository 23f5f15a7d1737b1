#pragma once
// What the survey pages show besides an OpResult, as value types (copied, never shared):
// the invitation read and not yet joined, and the payload of the last preview. The page
// keeps its own copy, so the preview it shows stays as it was once its bytes are queued.
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace saib::ui {

struct InvitationRecord {
    Q_GADGET
    QML_VALUE_TYPE(invitationRecord)
    Q_PROPERTY(QString bodyName MEMBER bodyName)
    Q_PROPERTY(QString fingerprint MEMBER fingerprint)
    Q_PROPERTY(QString server MEMBER server)
    Q_PROPERTY(QString survey MEMBER survey)
public:
    QString bodyName; // in the language asked for when it was read
    QString fingerprint; // empty: no invitation read
    QString server;
    QString survey;
};

struct SurveyPreviewRecord {
    Q_GADGET
    QML_VALUE_TYPE(surveyPreview)
    Q_PROPERTY(QVariantList rows MEMBER rows)
    Q_PROPERTY(QString text MEMBER text)
    Q_PROPERTY(int size MEMBER size)
public:
    QVariantList rows; // {id, label, value, band} per answer and band, in the survey language
    QString text;      // the payload pretty-printed
    int size = 0;      // the bytes sent
};

} // namespace saib::ui
