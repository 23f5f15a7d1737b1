#include "Error.h"
// Error is header-only today; this unit keeps the type's home obvious in the build.
