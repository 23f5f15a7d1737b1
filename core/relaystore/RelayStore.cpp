#include "RelayStore.h"
#include "SqlRelayStore.h"

namespace saib::relay {

Result<std::unique_ptr<RelayStore>> openRelayStore(const DatabaseUrl &url)
{
    auto store = std::make_unique<SqlRelayStore>();
    if (Error e = store->open(url))
        return e;
    return std::unique_ptr<RelayStore>(std::move(store));
}

} // namespace saib::relay
