// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabase.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace TestDatabase {

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("BUILTON_TEST_POSTGRES");
}

// Runs `sql` on the server's maintenance database (CREATE and DROP DATABASE cannot run in a
// database they name).
bool onServer(const QString &sql)
{
    const QString name = QStringLiteral("testdb-admin-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = open(serverUrl(), name, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning("TestDatabase: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

bool isPostgres()
{
    return !serverUrl().isEmpty();
}

QString create(const QString &dir, const QString &name)
{
    if (!isPostgres())
        return QDir(dir).filePath(name + QStringLiteral(".sqlite"));
    const QString database = QStringLiteral("builton_%1_%2")
                                 .arg(name.toLower().replace(QLatin1Char('-'), QLatin1Char('_')),
                                     QUuid::createUuid().toString(QUuid::Id128).left(12));
    if (!onServer(QStringLiteral("CREATE DATABASE %1").arg(database)))
        return {};
    QUrl url(serverUrl());
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

void drop(const QString &path)
{
    if (!path.startsWith(QLatin1String("postgresql://")))
        return;
    const QString database = QUrl(path).path().mid(1);
    onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database));
}

QSqlDatabase open(const QString &path, const QString &connectionName, bool readOnly)
{
    if (!path.startsWith(QLatin1String("postgresql://"))) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        return db;
    }
    const QUrl url(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.open();
    return db;
}

} // namespace TestDatabase
