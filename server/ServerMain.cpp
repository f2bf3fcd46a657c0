// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerMain.h"

#include "AccessLog.h"
#include "ApiService.h"
#include "Credentials.h"
#include "DataStore.h"
#include "Database.h"
#include "HttpServer.h"
#include "Seeder.h"
#include "ServerLogging.h"
#include "SignalWatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <sys/resource.h>

namespace Server {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServerMain", text);
}

// Lifts the soft limit of open files to the hard one (each connection is a descriptor) and
// returns the limit in force.
int raiseFileLimit()
{
    rlimit limit {};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    return int(std::min<rlim_t>(limit.rlim_cur, 1 << 20));
}

void printError(const QString &message)
{
    std::fprintf(stderr, "builton-server: %s\n", qPrintable(message));
    std::fflush(stderr);
}

bool parseCount(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < minimum || v > maximum)
        return false;
    *value = v;
    return true;
}

bool parseListen(const QString &text, ServerOptions *o)
{
    QString host = QStringLiteral("127.0.0.1");
    QString port = text;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else if (text.contains(QLatin1Char(':'))) {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon > 0)
            host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    if (host == QLatin1String("localhost")) {
        o->address = QHostAddress(QHostAddress::LocalHost);
        host = QStringLiteral("127.0.0.1");
    } else if (!o->address.setAddress(host)) {
        return false;
    }
    o->host = host;
    o->port = quint16(p);
    return true;
}

} // namespace

QString ServerOptions::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("builton.sqlite"));
}

bool ServerOptions::parse(
    const QStringList &arguments, ServerOptions *o, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The local BuiltOn API (docs/API.md), backed by SQLite or PostgreSQL.\n"
           "When it is ready it prints one JSON line on stdout: {\"url\": \"http://HOST:PORT\"}."));
    const QCommandLineOption help(
        QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
        tr("Address and port to listen on (default 127.0.0.1:8080; port 0 picks a free port). "
           "Anything but a loopback address must be given explicitly and prints a warning."),
        tr("HOST:PORT"));
    const QCommandLineOption db(QStringLiteral("db"),
        tr("The database: a SQLite file (default: %1), or PostgreSQL as "
           "postgresql://USER@HOST:PORT/DBNAME (the password from --db-password-file, "
           "PGPASSWORD or ~/.pgpass; docs/SERVER.md).")
            .arg(defaultDatabasePath()),
        tr("FILE|URL"));
    const QCommandLineOption dbPasswordFile(QStringLiteral("db-password-file"),
        tr("Read the PostgreSQL password from FILE (its first line)."), tr("FILE"));
    const QCommandLineOption memory(QStringLiteral("memory"),
        tr("Use a throw-away database (a temporary file, removed when the server exits)."));
    const QCommandLineOption seed(QStringLiteral("seed"),
        tr("Create the demo company and a small second company unless "
           "they exist (deterministic data, dates relative to now)."));
    const QCommandLineOption users(QStringLiteral("users"),
        tr("Users of the demo company when seeding (default 5000)."), tr("N"));
    const QCommandLineOption orders(QStringLiteral("orders"),
        tr("Orders of the demo company when seeding (default 50000)."), tr("N"));
    const QCommandLineOption credentials(QStringLiteral("credentials-file"),
        tr("Write the seeded companies' credentials (api_key, service_account_key, user_token, "
           "user_id, and the same under \"other_company\") to FILE, mode 0600."),
        tr("FILE"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        tr("Requests per window per API key; 0 turns the limit off (default 0)."), tr("N"));
    const QCommandLineOption rateWindow(QStringLiteral("rate-window"),
        tr("Length of the rate-limit window (default 60)."), tr("SECONDS"));
    const QCommandLineOption accessLog(QStringLiteral("access-log"),
        tr("Where the access log goes: a file, '-' for stderr (default), or 'none'."), tr("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
        tr("No informational messages; no access log unless "
           "--access-log is given."));
    const QCommandLineOption idle(QStringLiteral("idle-timeout"),
        tr("Close connections idle this long between requests (default 30)."), tr("SECONDS"));
    const QCommandLineOption requestTimeout(QStringLiteral("request-timeout"),
        tr("Answer 408 and close when a request is not complete this long after its first "
           "byte (default 30)."),
        tr("SECONDS"));
    const QCommandLineOption threads(QStringLiteral("threads"),
        tr("Threads that serve requests (default: one per core)."), tr("N"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
        tr("Open connections at most; more are answered 503 (default 1024)."), tr("N"));
    const QCommandLineOption maxPerAddress(QStringLiteral("max-connections-per-address"),
        tr("Open connections from one client address at most; more are answered 503 "
           "(default 128)."),
        tr("N"));
    parser.addOptions(
        {help, version, listen, db, dbPasswordFile, memory, seed, users, orders, credentials,
            rateLimit, rateWindow,
            accessLog, quiet, idle, requestTimeout, threads, maxConnections, maxPerAddress});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(help)) {
        std::fprintf(stdout, "%s", qPrintable(parser.helpText()));
        *exitNow = true;
        return true;
    }
    if (parser.isSet(version)) {
        std::fprintf(
            stdout, "builton-server %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitNow = true;
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    if (parser.isSet(listen) && !parseListen(parser.value(listen), o)) {
        *error = tr("--listen needs HOST:PORT, e.g. 127.0.0.1:0.");
        return false;
    }
    if (parser.isSet(db) && parser.isSet(memory)) {
        *error = tr("--db and --memory exclude each other.");
        return false;
    }
    o->memory = parser.isSet(memory);
    o->dbPath = parser.isSet(db) ? parser.value(db) : QString();
    if (parser.isSet(dbPasswordFile)) {
        QFile file(parser.value(dbPasswordFile));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the password file %1: %2")
                         .arg(file.fileName(), file.errorString());
            return false;
        }
        Database::setPostgresPassword(QString::fromUtf8(file.readLine()).trimmed());
    }
    o->seed = parser.isSet(seed);
    o->credentialsFile = parser.value(credentials);
    // Whole numbers within bounds: --users 0 or --threads 10000 are usage errors.
    const struct
    {
        const QCommandLineOption &option;
        int minimum;
        int maximum;
        int *value;
    } counts[] = {
        {users, 1, 10000000, &o->users},
        {orders, 0, 100000000, &o->orders},
        {rateLimit, 0, 100000000, &o->rateLimit},
        {rateWindow, 1, 86400, &o->rateWindowSecs},
        {idle, 1, 86400, &o->idleTimeoutSecs},
        {requestTimeout, 1, 86400, &o->requestTimeoutSecs},
        {threads, 1, 256, &o->threads},
        {maxConnections, 1, 1000000, &o->maxConnections},
        {maxPerAddress, 1, 1000000, &o->maxConnectionsPerAddress},
    };
    for (const auto &count : counts) {
        if (parser.isSet(count.option)
            && !parseCount(parser.value(count.option), count.minimum, count.maximum, count.value)) {
            *error = tr("--%1 needs a whole number from %2 to %3.")
                         .arg(count.option.names().constFirst())
                         .arg(count.minimum)
                         .arg(count.maximum);
            return false;
        }
    }
    o->quiet = parser.isSet(quiet);
    if (parser.isSet(accessLog))
        o->accessLog = parser.value(accessLog);
    else if (o->quiet)
        o->accessLog = QStringLiteral("none");
    return true;
}

int runServer(const QStringList &arguments)
{
    ServerOptions options;
    QString error;
    bool exitNow = false;
    if (!ServerOptions::parse(arguments, &options, &error, &exitNow)) {
        printError(error);
        printError(tr("Try --help."));
        return 2;
    }
    if (exitNow)
        return 0;
    if (options.quiet)
        QLoggingCategory::setFilterRules(QStringLiteral("builton.server.info=false\n"
                                                        "builton.server.debug=false"));

    // --memory: every thread needs its own connection to the same database, which SQLite's
    // ":memory:" cannot give; a file in a temporary folder can, and goes with it.
    QTemporaryDir memoryDir;
    QString path = options.dbPath.isEmpty() ? ServerOptions::defaultDatabasePath() : options.dbPath;
    if (options.memory) {
        if (!memoryDir.isValid()) {
            printError(tr("Cannot create a temporary folder: %1").arg(memoryDir.errorString()));
            return 1;
        }
        path = memoryDir.filePath(QStringLiteral("builton.sqlite"));
    }
    std::unique_ptr<DataStore> storage = DataStore::open(path, options.memory, &error);
    if (!storage) {
        printError(error);
        return 1;
    }
    DataStore &store = *storage;
    const QString shownPath = store.write([&store] { return store.database()->displayName(); });
    if (store.write([&store] { return store.reloadCompanies(); }) != StoreStatus::Ok) {
        printError(tr("Cannot read the companies from %1.").arg(shownPath));
        return 1;
    }

    if (options.seed) {
        Seeder seeder(&store);
        Seeder::Options seedOptions;
        seedOptions.users = options.users;
        seedOptions.orders = options.orders;
        seedOptions.nowMs = QDateTime::currentMSecsSinceEpoch();
        Seeder::Report report;
        if (!store.write([&] { return seeder.seed(seedOptions, &report, &error); })) {
            printError(error);
            return 1;
        }
        if (report.createdDemo || report.createdOther) {
            qCInfo(lcServer).noquote()
                << QStringLiteral("Seeded %1 users, %2 orders, %3 subscriptions, %4 payment "
                                  "methods, %5 payments and %6 plans in %7 ms.")
                       .arg(report.users)
                       .arg(report.orders)
                       .arg(report.subscriptions)
                       .arg(report.paymentMethods)
                       .arg(report.payments)
                       .arg(report.plans)
                       .arg(report.elapsedMs);
        } else {
            qCInfo(lcServer) << "The demo companies exist already; nothing seeded.";
        }
    }

    if (!options.credentialsFile.isEmpty()) {
        const Company *demo = store.companyBySlug(QLatin1String(Seeder::DemoSlug));
        const Company *other = store.companyBySlug(QLatin1String(Seeder::OtherSlug));
        if (!demo || !other) {
            // An empty database is a valid start; there is just nothing to hand out yet.
            printError(tr("Warning: no seeded companies, so no credentials file was written; "
                          "run with --seed."));
        } else {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            Credentials demoCredentials;
            Credentials otherCredentials;
            if (!Credentials::issue(&store, *demo, now, &demoCredentials, &error)
                || !Credentials::issue(&store, *other, now, &otherCredentials, &error)) {
                printError(error);
                return 1;
            }
            QJsonObject content = demoCredentials.toJson();
            content.insert(QStringLiteral("other_company"), otherCredentials.toJson());
            if (!Credentials::writeFile(options.credentialsFile, content, &error)) {
                printError(error);
                return 1;
            }
        }
    }

    AccessLog accessLog;
    if (!accessLog.open(options.accessLog, &error)) {
        printError(error);
        return 1;
    }
    ApiService::Options serviceOptions;
    serviceOptions.rateLimit = options.rateLimit;
    serviceOptions.rateWindowSecs = options.rateWindowSecs;
    ApiService service(&store, serviceOptions);

    HttpServer::Options httpOptions;
    httpOptions.address = options.address;
    httpOptions.port = options.port;
    httpOptions.threads
        = options.threads > 0 ? options.threads : std::max(1, QThread::idealThreadCount());
    httpOptions.idleTimeoutMs = options.idleTimeoutSecs * 1000;
    httpOptions.requestTimeoutMs = options.requestTimeoutSecs * 1000;
    httpOptions.writeTimeoutMs = options.requestTimeoutSecs * 1000;
    httpOptions.maxConnections = std::min(options.maxConnections, raiseFileLimit() - 64);
    httpOptions.maxConnectionsPerAddress = options.maxConnectionsPerAddress;
    HttpServer server(
        httpOptions, [&service](const HttpRequest &request) { return service.handle(request); },
        &accessLog);
    const quint16 port = server.listen(&error);
    if (port == 0) {
        printError(tr("Cannot listen on %1:%2: %3").arg(options.host).arg(options.port).arg(error));
        return 1;
    }
    if (!options.address.isLoopback()) {
        printError(tr("Warning: listening on %1, reachable from other machines. Put a reverse "
                      "proxy with TLS in front of it (docs/SERVER.md).")
                       .arg(options.host));
    }
    // The main thread is done with the database; the request threads open their own.
    store.releaseThreadConnection();
    server.start([&store] { store.releaseThreadConnection(); });

    SignalWatcher signalWatcher;
    if (!signalWatcher.watch({SIGTERM, SIGINT}))
        printError(tr("Cannot install the signal handlers."));
    QObject::connect(&signalWatcher, &SignalWatcher::signalReceived, qApp,
        [](int) { QCoreApplication::quit(); });
    std::signal(SIGPIPE, SIG_IGN);

    QString host = options.host;
    if (options.address == QHostAddress::AnyIPv4 || options.address == QHostAddress::Any)
        host = QStringLiteral("127.0.0.1");
    else if (options.address == QHostAddress::AnyIPv6)
        host = QStringLiteral("::1");
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const QByteArray ready = QJsonDocument(
        QJsonObject {{QStringLiteral("url"), QStringLiteral("http://%1:%2").arg(host).arg(port)}})
                                 .toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", ready.constData());
    std::fflush(stdout);
    qCInfo(lcServer).noquote() << QStringLiteral("Listening on http://%1:%2 (database: %3)")
                                      .arg(host)
                                      .arg(port)
                                      .arg(shownPath);

    const int code = QCoreApplication::exec();
    qCInfo(lcServer) << "Shutting down";
    server.stop();
    return code;
}

} // namespace Server
