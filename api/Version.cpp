// SPDX-License-Identifier: GPL-3.0-or-later

#include "api/Version.h"

QString builtonApplicationName()
{
    return QStringLiteral("BuiltOn Admin");
}

QString builtonVersion()
{
    return QStringLiteral(BUILTON_VERSION);
}
