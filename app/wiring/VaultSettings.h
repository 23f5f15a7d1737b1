#pragma once
// The encrypted `settings` table as the controllers use it: "" while locked, and Locked
// instead of a write. (Settings sync between devices; see core/sync/SyncRecords.)
#include <core/store/SettingsStore.h>
#include <core/vault/Vault.h>

namespace saib::ui {

inline QString readSetting(Vault &vault, const QString &key)
{
    if (!vault.isUnlocked())
        return {};
    auto v = SettingsStore(*vault.database()).value(key);
    return v.ok() ? v.value() : QString();
}

inline Error writeSetting(Vault &vault, const QString &key, const QString &value)
{
    if (!vault.isUnlocked())
        return Error(ErrorCode::Locked);
    return SettingsStore(*vault.database()).setValue(key, value);
}

} // namespace saib::ui
