// iOS: LocalAuthentication (Face ID or Touch ID, with the device passcode as fallback)
// before the remembered key is read from the keychain. Compiled only when CMake targets
// iOS (see platform/CMakeLists.txt); Info.plist carries NSFaceIDUsageDescription.
#include <platform/BiometricGate.h>

#include <QCoreApplication>

#import <Foundation/Foundation.h>
#import <LocalAuthentication/LocalAuthentication.h>

namespace saib::platform {

namespace {
class IosBiometricGate final : public BiometricGate {
public:
    using BiometricGate::BiometricGate;

    void confirm(const QString &title, const QString &, Done done) override
    {
        LAContext *context = [[LAContext alloc] init];
        NSError *why = nil;
        // DeviceOwnerAuthentication: biometrics, falling back to the passcode.
        if (![context canEvaluatePolicy:LAPolicyDeviceOwnerAuthentication error:&why]) {
            done(Error(ErrorCode::BiometricUnavailable));
            return;
        }
        [context evaluatePolicy:LAPolicyDeviceOwnerAuthentication
                localizedReason:title.toNSString()
                          reply:^(BOOL ok, NSError *error) {
                              const bool unavailable = !ok && error
                                  && (error.code == LAErrorBiometryNotAvailable
                                      || error.code == LAErrorBiometryNotEnrolled
                                      || error.code == LAErrorPasscodeNotSet);
                              const Error e = ok ? Error()
                                  : unavailable ? Error(ErrorCode::BiometricUnavailable)
                                                : Error(ErrorCode::BiometricCancelled);
                              // The reply comes on a private queue: back to Qt's thread.
                              QMetaObject::invokeMethod(QCoreApplication::instance(), [done, e] { done(e); },
                                                        Qt::QueuedConnection);
                          }];
    }
};
} // namespace

BiometricGate *createBiometricGate(QObject *parent) { return new IosBiometricGate(parent); }

} // namespace saib::platform
