// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace Server {

/// The command line of builton-server.
struct ServerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    QString host = QStringLiteral("127.0.0.1"); ///< as given, for the ready line
    QString dbPath; ///< empty: the default file in the user's data directory
    bool memory = false;
    bool seed = false;
    int users = 5000;
    int orders = 50000;
    QString credentialsFile;
    int rateLimit = 0;
    int rateWindowSecs = 60;
    QString accessLog = QStringLiteral("-");
    bool quiet = false;
    int idleTimeoutSecs = 30;
    int requestTimeoutSecs = 30;
    int threads = 0; ///< 0: one per core
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 128;

    /// Parses `arguments` (argv, program name first). Returns false with `error` set on a
    /// usage error; `exitNow` is set when --help or --version was answered.
    static bool parse(
        const QStringList &arguments, ServerOptions *options, QString *error, bool *exitNow);
    /// The default database file (QStandardPaths::AppDataLocation).
    static QString defaultDatabasePath();
};

/// Runs the server until SIGTERM/SIGINT: opens the database, seeds, writes credentials,
/// listens and prints the ready line. Returns the process exit code.
int runServer(const QStringList &arguments);

} // namespace Server
