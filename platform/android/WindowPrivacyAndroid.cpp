// Android: FLAG_SECURE on the activity window, so the recent-apps thumbnail is blank and
// other apps cannot capture the screen. Compiled only for Android (platform/CMakeLists.txt).
#include <platform/WindowPrivacy.h>

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>

namespace saib::platform {

void protectWindowContent()
{
    // Window flags may only be changed on Android's UI thread.
    QNativeInterface::QAndroidApplication::runOnAndroidMainThread([] {
        constexpr jint kFlagSecure = 0x00002000; // WindowManager.LayoutParams.FLAG_SECURE
        QJniObject activity = QNativeInterface::QAndroidApplication::context();
        QJniObject window = activity.callObjectMethod("getWindow", "()Landroid/view/Window;");
        if (window.isValid())
            window.callMethod<void>("setFlags", "(II)V", kFlagSecure, kFlagSecure);
        QJniEnvironment().checkAndClearExceptions();
    });
}

} // namespace saib::platform
