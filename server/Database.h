#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

/// Outcome of a storage operation.
enum class StoreStatus {
    Ok,
    NotFound,
    Conflict, ///< a conditional write found another version (412)
    Busy, ///< the database stayed locked past the busy timeout (503)
    Failure, ///< anything else (500)
};

/// One SQLite connection through QtSql (QSQLITE): pragmas, schema migrations, write
/// transactions that start with BEGIN IMMEDIATE, and a cache of prepared statements.
///
/// The server is single-threaded, so one connection serves every request. Reads run in
/// SQLite's implicit transactions (each statement is reset as soon as its rows are read, so
/// no read transaction outlives a request); writes run in explicit BEGIN IMMEDIATE
/// transactions, so a write never upgrades a read lock halfway through.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int BusyTimeoutMs = 2000;
    /// The day orders_by_day gives an order that lacks the date (below every real day).
    static constexpr qint64 OrdersByDayNullDay = -1000000000000LL;
    static constexpr const char *MemoryPath = ":memory:";

    Database();
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /// Opens (creating if needed) and migrates the database at `path` (MemoryPath for an
    /// in-memory database). On failure returns false and fills `error`.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    bool isMemory() const { return m_memory; }
    QString path() const { return m_path; }

    QSqlDatabase &handle() { return m_db; }

    /// A prepared statement for `sql`, cached for the life of the connection. Callers bind
    /// values, exec(), read, and must call finish() (ScopedQuery does it).
    QSqlQuery &prepared(const QString &sql);

    /// Runs one statement that returns no rows.
    StoreStatus exec(const QString &sql);

    StoreStatus beginImmediate();
    StoreStatus commit();
    void rollback();

    /// Busy for SQLITE_BUSY/SQLITE_LOCKED, Failure otherwise (Ok for no error).
    static StoreStatus statusOf(const QSqlError &error);

    /// Bumped after every committed write; list counts are cached per generation.
    quint64 generation() const { return m_generation; }
    void bumpGeneration() { ++m_generation; }

    /// The schema version the code expects (PRAGMA user_version after migrating).
    static int latestSchemaVersion();

private:
    bool migrate(QString *error);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    bool m_memory = false;
    QHash<QString, QSqlQuery *> m_statements;
    quint64 m_generation = 1;
};

/// Resets a cached prepared statement when it leaves scope, so no statement keeps a read
/// transaction open between requests.
class ScopedQuery
{
public:
    ScopedQuery(Database *db, const QString &sql) : m_query(db->prepared(sql)) { }
    ~ScopedQuery() { m_query.finish(); }
    Q_DISABLE_COPY_MOVE(ScopedQuery)

    QSqlQuery *operator->() { return &m_query; }
    QSqlQuery &operator*() { return m_query; }

private:
    QSqlQuery &m_query;
};

/// A BEGIN IMMEDIATE transaction that rolls back unless commit() succeeded.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database *db) : m_db(db), m_status(db->beginImmediate()) { }
    ~WriteTransaction()
    {
        if (m_status == StoreStatus::Ok && !m_committed)
            m_db->rollback();
    }
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    StoreStatus status() const { return m_status; }
    StoreStatus commit()
    {
        const StoreStatus s = m_db->commit();
        if (s == StoreStatus::Ok) {
            m_committed = true;
            m_db->bumpGeneration();
        }
        return s;
    }

private:
    Database *m_db;
    StoreStatus m_status;
    bool m_committed = false;
};
