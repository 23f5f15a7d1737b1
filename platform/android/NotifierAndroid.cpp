// Android notifications. Compiled only when CMake targets Android (see
// platform/CMakeLists.txt). The Java side, android/src/org/saib/app/SaibNotifications.java,
// owns the notification channel, posts notifications and schedules them with
// AlarmManager so a reminder arrives even when Saib is not running; a BroadcastReceiver
// in the same file posts each one when its alarm goes off. Here we only call into it.
#include <platform/Notifier.h>

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h> // QtAndroidPrivate::requestPermission

namespace saib::platform {

namespace {
constexpr const char *kHelper = "org/saib/app/SaibNotifications";

QJniObject context() { return QNativeInterface::QAndroidApplication::context(); }

class AndroidNotifier final : public Notifier {
public:
    using Notifier::Notifier;

    bool isAvailable() const override { return context().isValid(); }
    bool schedulesWithOs() const override { return true; }

    void requestPermission() override
    {
        // POST_NOTIFICATIONS is a runtime permission from Android 13 (API 33).
        if (QNativeInterface::QAndroidApplication::sdkVersion() >= 33)
            QtAndroidPrivate::requestPermission(QStringLiteral("android.permission.POST_NOTIFICATIONS"));
    }

    void show(const QString &title, const QString &body) override
    {
        QJniObject::callStaticMethod<void>(
            kHelper, "show", "(Landroid/content/Context;ILjava/lang/String;Ljava/lang/String;)V",
            context().object(), jint(0), QJniObject::fromString(title).object<jstring>(),
            QJniObject::fromString(body).object<jstring>());
        QJniEnvironment().checkAndClearExceptions();
    }

    void replaceScheduled(const QList<ScheduledNotification> &notes) override
    {
        QJniObject::callStaticMethod<void>(kHelper, "cancelAll", "(Landroid/content/Context;)V",
                                           context().object());
        for (const ScheduledNotification &n : notes) {
            QJniObject::callStaticMethod<void>(
                kHelper, "schedule",
                "(Landroid/content/Context;IJLjava/lang/String;Ljava/lang/String;)V",
                context().object(), jint(n.id), jlong(n.at.toMSecsSinceEpoch()),
                QJniObject::fromString(n.title).object<jstring>(),
                QJniObject::fromString(n.body).object<jstring>());
        }
        QJniEnvironment().checkAndClearExceptions();
    }
};
} // namespace

Notifier *createNotifier(QObject *parent) { return new AndroidNotifier(parent); }

} // namespace saib::platform
