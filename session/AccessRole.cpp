// SPDX-License-Identifier: GPL-3.0-or-later

#include "session/AccessRole.h"

#include <QCoreApplication>

QString accessRoleName(AccessRole role)
{
    switch (role) {
    case AccessRole::Staff:
        return QCoreApplication::translate("AccessRole", "Staff");
    case AccessRole::Customer:
        return QCoreApplication::translate("AccessRole", "Customer");
    case AccessRole::Unknown:
        break;
    }
    return QCoreApplication::translate("AccessRole", "Not connected");
}
