#include "Icons.h"

#include "Resources.h"

namespace Icons {

namespace {

struct IconSource
{
    const char *theme; ///< freedesktop icon name; nullptr: always the shipped icon
    const char *shipped; ///< name under resources/icons
};

IconSource source(Name name)
{
    switch (name) {
    case Name::App:
        return {nullptr, "builton-admin"};
    case Name::Users:
        return {"system-users", "users"};
    case Name::Orders:
        return {"view-list-details", "orders"};
    case Name::Subscriptions:
        return {"appointment-recurring", "subscriptions"};
    case Name::Account:
        return {"user-identity", "account"};
    case Name::Connections:
        return {"network-server", "connections"};
    case Name::Retry:
        return {"view-refresh", "retry"};
    case Name::Close:
        return {"window-close", "close"};
    case Name::Warning:
        return {"dialog-warning", "warning"};
    case Name::Error:
        return {"dialog-error", "error"};
    case Name::Information:
        return {"dialog-information", "information"};
    case Name::Production:
        // The band's own white-on-red mark; a theme icon would not match it.
        return {nullptr, "production"};
    }
    return {nullptr, "builton-admin"};
}

} // namespace

QIcon icon(Name name)
{
    const IconSource s = source(name);
    const QIcon shipped(BuiltOnResources::iconPath(QLatin1String(s.shipped)));
    if (!s.theme)
        return shipped;
    return QIcon::fromTheme(QLatin1String(s.theme), shipped);
}

} // namespace Icons
