// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace Server {

/// Outcome of a storage operation.
enum class StoreStatus {
    Ok,
    NotFound,
    Conflict, ///< a conditional write found another version (412)
    Busy, ///< the database stayed locked past the busy timeout (503)
    Failure, ///< anything else (500)
};

/// One database connection through QtSql: SQLite (QSQLITE, a file) or PostgreSQL (QPSQL, a
/// `postgresql://` URL); its settings, schema migrations, transactions and a cache of
/// prepared statements. A connection is used by the thread that opened it only (QtSql's
/// rule). Where the two speak different SQL, DataStore asks engine().
///
/// The server opens one Writer connection (it migrates the schema, and every write runs on
/// it in a BEGIN IMMEDIATE transaction, so a write never upgrades a read lock halfway
/// through) and a Reader connection per request thread (`PRAGMA query_only`). In WAL mode
/// the readers read while the writer writes. A request's reads run in one read transaction,
/// so its count and its page come from the same snapshot.
///
/// Every committed write advances the commit stamp (a one-row table): a cache that records
/// the stamp it was filled at can tell, with one read, whether anything was committed since,
/// by this process or by another on the same file.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int BusyTimeoutMs = 2000;
    /// The day orders_by_day gives an order that lacks the date (below every real day).
    static constexpr qint64 OrdersByDayNullDay = -1000000000000LL;
    static constexpr const char *MemoryPath = ":memory:";

    enum class Engine { Sqlite, Postgres };

    enum class Role {
        Writer, ///< migrates the schema; the only connection that writes
        Reader, ///< read-only; expects the schema migrated already
    };

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens (creating if needed) and migrates the database at `path`: a SQLite file
    /// (MemoryPath for an in-memory database, which only one connection can see) or a
    /// PostgreSQL URL, `postgresql://[user[:password]@][host][:port]/dbname[?param=value...]`
    /// (libpq's parameters; a password also comes from PGPASSWORD, ~/.pgpass or
    /// setPostgresPassword()). `ephemeral`: a SQLite file that need not survive a crash (no
    /// fsync). On failure returns false and fills `error`.
    bool open(
        const QString &path, QString *error, Role role = Role::Writer, bool ephemeral = false);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    Engine engine() const { return m_engine; }
    bool isWriter() const { return m_role == Role::Writer; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }
    static bool isPostgresUrl(const QString &path);
    /// The password for PostgreSQL URLs that carry none (e.g. read from --db-password-file).
    static void setPostgresPassword(const QString &password);
    bool isMemory() const { return m_memory; }
    QString path() const { return m_path; }
    /// The path, or the URL without its password.
    QString displayName() const;

    QSqlDatabase &handle() { return m_db; }

    /// A prepared statement for `sql`, cached for the life of the connection. Callers bind
    /// values, exec(), read, and must call finish() (ScopedQuery does it).
    QSqlQuery &prepared(const QString &sql);

    /// Runs one statement that returns no rows.
    StoreStatus exec(const QString &sql);

    StoreStatus beginImmediate();
    /// A deferred transaction: its first read fixes the snapshot every later read sees.
    StoreStatus beginRead();
    StoreStatus commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    /// The commit stamp as this connection sees it now.
    StoreStatus commitStamp(qint64 *stamp);
    /// Inside a write transaction: advances the stamp (committed with the transaction).
    StoreStatus advanceCommitStamp(qint64 *stamp);

    /// Busy for SQLITE_BUSY/SQLITE_LOCKED, Failure otherwise (Ok for no error).
    static StoreStatus statusOf(const QSqlError &error);

    /// The schema version the code expects of `engine` (SQLite: PRAGMA user_version;
    /// PostgreSQL: the schema_version table).
    static int latestSchemaVersion(Engine engine = Engine::Sqlite);

    // SQL that differs between the engines.
    /// " INDEXED BY <index>" for SQLite (which needs the hint), nothing for PostgreSQL.
    QString indexedBy(const QString &index) const;
    /// What makes an ORDER BY term sort NULL first ascending and last descending, as SQLite
    /// does by itself.
    QString nullsAsSqlite(bool descending) const;
    /// The condition "`column` contains the bound text" (instr() or strpos()).
    QString containsText(const QString &column) const;
    /// A subquery of the integers of a JSON array bound as one parameter ("[1,2,3]").
    QString integersOfJsonArray() const;
    /// The character U+001F in SQL (char(31) or chr(31)).
    QString unitSeparator() const;

private:
    bool openSqlite(const QString &path, QString *error, Role role, bool ephemeral);
    bool openPostgres(const QString &url, QString *error, Role role);
    bool migrate(QString *error);
    int schemaVersion(bool *ok);
    StoreStatus execPrepared(const QString &sql);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_memory = false;
    Engine m_engine = Engine::Sqlite;
    Role m_role = Role::Writer;
    bool m_inTransaction = false;
    QHash<QString, QSqlQuery *> m_statements;
    int m_statementsInUse = 0; ///< ScopedQuery objects alive
    friend class ScopedQuery;
};

/// Resets a cached prepared statement when it leaves scope, so no statement keeps a read
/// transaction open between requests.
class ScopedQuery
{
public:
    ScopedQuery(Database *db, const QString &sql) : m_db(db), m_query(db->prepared(sql))
    {
        ++m_db->m_statementsInUse;
    }
    ~ScopedQuery()
    {
        m_query.finish();
        --m_db->m_statementsInUse;
    }
    Q_DISABLE_COPY_MOVE(ScopedQuery)

    QSqlQuery *operator->() { return &m_query; }
    QSqlQuery &operator*() { return m_query; }

private:
    Database *m_db;
    QSqlQuery &m_query;
};

} // namespace Server
