// Android: BiometricPrompt (fingerprint or face, with the screen-lock PIN as fallback)
// before the remembered key is read. Compiled only when CMake targets Android (see
// platform/CMakeLists.txt). The prompt lives in android/src/org/saib/app/SaibBiometric.java;
// it answers through the native method registered here, on Android's UI thread, so the
// answer is handed back to Qt's thread before `done` runs.
#include <platform/BiometricGate.h>

#include <QCoreApplication>
#include <QHash>
#include <QJniEnvironment>
#include <QJniObject>
#include <QMutex>
#include <QPointer>

namespace saib::platform {

namespace {
constexpr const char *kHelper = "org/saib/app/SaibBiometric";
// Must match SaibBiometric.java.
constexpr int kConfirmed = 0;
constexpr int kUnavailable = 2;

QMutex pendingLock;
QHash<jlong, BiometricGate::Done> pending;
jlong nextHandle = 1;

void onResult(JNIEnv *, jclass, jlong handle, jint result)
{
    BiometricGate::Done done;
    {
        QMutexLocker locker(&pendingLock);
        done = pending.take(handle);
    }
    if (!done)
        return;
    const Error e = result == kConfirmed ? Error()
        : result == kUnavailable         ? Error(ErrorCode::BiometricUnavailable)
                                         : Error(ErrorCode::BiometricCancelled);
    QMetaObject::invokeMethod(QCoreApplication::instance(), [done, e] { done(e); }, Qt::QueuedConnection);
}

class AndroidBiometricGate final : public BiometricGate {
public:
    explicit AndroidBiometricGate(QObject *parent) : BiometricGate(parent)
    {
        static bool registered = false;
        if (!registered) {
            const JNINativeMethod methods[] = {
                {"onResult", "(JI)V", reinterpret_cast<void *>(onResult)}};
            registered = QJniEnvironment().registerNativeMethods(kHelper, methods, 1);
        }
    }

    void confirm(const QString &title, const QString &fallback, Done done) override
    {
        QJniObject activity = QNativeInterface::QAndroidApplication::context();
        if (!activity.isValid()) {
            done(Error(ErrorCode::BiometricUnavailable));
            return;
        }
        jlong handle;
        {
            QMutexLocker locker(&pendingLock);
            handle = nextHandle++;
            pending.insert(handle, std::move(done));
        }
        QJniObject::callStaticMethod<void>(
            kHelper, "confirm", "(Landroid/content/Context;JLjava/lang/String;Ljava/lang/String;)V",
            activity.object(), handle, QJniObject::fromString(title).object<jstring>(),
            QJniObject::fromString(fallback).object<jstring>());
        QJniEnvironment().checkAndClearExceptions();
    }
};
} // namespace

BiometricGate *createBiometricGate(QObject *parent) { return new AndroidBiometricGate(parent); }

} // namespace saib::platform
