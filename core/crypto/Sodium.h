#pragma once
namespace saib {
// Initialises libsodium once per process; safe to call from anywhere, any number of times.
// Returns false only if the library cannot start (no usable randomness).
bool ensureSodium();
} // namespace saib
