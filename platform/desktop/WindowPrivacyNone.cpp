// Desktops and iOS: no system switch hides a window from the task switcher. Saib locks
// itself when hidden or suspended, so what a switcher or snapshot shows is the lock screen.
#include <platform/WindowPrivacy.h>

namespace saib::platform {
void protectWindowContent() {}
} // namespace saib::platform
