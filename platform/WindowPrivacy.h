#pragma once
// Keeps the app's window content out of the task switcher's thumbnail and out of
// screenshots by other apps, where the platform allows it. Android: FLAG_SECURE on the
// activity's window. iOS and desktops have no such switch; there Saib locks itself when
// it goes to the background (AppController), so the switcher shows only the lock screen.
namespace saib::platform {
void protectWindowContent();
} // namespace saib::platform
