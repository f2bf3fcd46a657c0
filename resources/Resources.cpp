// SPDX-License-Identifier: GPL-3.0-or-later

#include "resources/Resources.h"

namespace BuiltOnResources {

QString iconPath(const QString &name)
{
    return QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
}

QStringList iconNames()
{
    return {QStringLiteral("builton-admin"), QStringLiteral("account"), QStringLiteral("close"),
        QStringLiteral("connections"), QStringLiteral("error"), QStringLiteral("information"),
        QStringLiteral("orders"), QStringLiteral("production"), QStringLiteral("retry"),
        QStringLiteral("subscriptions"), QStringLiteral("users"), QStringLiteral("warning")};
}

} // namespace BuiltOnResources
