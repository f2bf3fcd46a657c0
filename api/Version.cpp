#include "api/Version.h"

QString builtonApplicationName()
{
    return QStringLiteral("BuiltOn Admin");
}

QString builtonVersion()
{
    return QStringLiteral(BUILTON_VERSION);
}
