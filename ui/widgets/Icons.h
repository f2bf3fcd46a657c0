// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QIcon>

/// Icons of the app: the desktop theme's icon when it has one, else the one shipped in
/// resources/icons.
namespace Icons {

enum class Name {
    App,
    Users,
    Orders,
    Subscriptions,
    Account,
    Connections,
    Retry,
    Close,
    Warning,
    Error,
    Information,
    Production,
};

QIcon icon(Name name);
/// Every name, in declaration order (tests render them all).
QList<Name> allNames();

} // namespace Icons
