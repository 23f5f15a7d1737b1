// The desktop: "remember on this device" works as before, the login keychain being the
// guard, so the gate lets every request through at once.
#include <platform/BiometricGate.h>

namespace saib::platform {

namespace {
class NoBiometricGate final : public BiometricGate {
public:
    using BiometricGate::BiometricGate;
    void confirm(const QString &, const QString &, Done done) override { done({}); }
};
} // namespace

BiometricGate *createBiometricGate(QObject *parent) { return new NoBiometricGate(parent); }

} // namespace saib::platform
