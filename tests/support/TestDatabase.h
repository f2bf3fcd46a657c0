// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

/// Where the server tests keep their databases: SQLite files, or, when the environment
/// variable BUILTON_TEST_POSTGRES names a PostgreSQL server (the URL of a database there
/// whose user may create databases, as scripts/postgres.sh prints), databases of their own
/// on it. scripts/test.sh runs the server suite both ways.
namespace TestDatabase {

/// Whether the tests run on PostgreSQL.
bool isPostgres();

/// A new, empty database for builton-server's --db: `dir`/`name`.sqlite, or a new
/// PostgreSQL database (its URL).
QString create(const QString &dir, const QString &name);

/// Drops a database create() made on PostgreSQL (nothing for a file).
void drop(const QString &path);

/// Opens the database at `path` (a file or a URL) through QtSql as `connectionName`; for a
/// file, `readOnly` opens it read-only. The caller removes the connection.
QSqlDatabase open(const QString &path, const QString &connectionName, bool readOnly);

} // namespace TestDatabase
