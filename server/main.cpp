#include "ServerMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("builton-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUILTON_VERSION));
    return runServer(QCoreApplication::arguments());
}
