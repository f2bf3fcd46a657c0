// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerMain.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("builton-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUILTON_VERSION));
    return Server::runServer(QCoreApplication::arguments());
}
