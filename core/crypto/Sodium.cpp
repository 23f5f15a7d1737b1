#include "Sodium.h"
#include <sodium.h>

namespace saib {
bool ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace saib
