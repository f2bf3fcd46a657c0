#include "Database.h"

#include "ServerLogging.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

namespace {

QAtomicInt connectionCounter;

// Schema migrations, applied in order; PRAGMA user_version records how many ran. Never edit
// a released step: add a new one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 1: companies, users (with tags and a trigram index for search), orders,
        //    subscriptions, payment methods. Each collection keeps its documents in a
        //    <table>_docs table, so the table that is filtered, sorted and counted stays
        //    narrow and a document is read only when it is returned.
        {
            QStringLiteral("CREATE TABLE companies ("
                           " id TEXT PRIMARY KEY,"
                           " slug TEXT UNIQUE,"
                           " name TEXT NOT NULL,"
                           " api_key TEXT NOT NULL UNIQUE,"
                           " jwt_secret BLOB NOT NULL,"
                           " token_user TEXT,"
                           " created INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE users ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " company TEXT NOT NULL,"
                           " auth_id TEXT NOT NULL DEFAULT '',"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " created INTEGER,"
                           " modified INTEGER,"
                           " last_login INTEGER,"
                           " first_name TEXT,"
                           " last_name TEXT,"
                           " email TEXT,"
                           " human_id TEXT,"
                           " mobile_phone_number TEXT,"
                           " search TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE UNIQUE INDEX users_auth_id ON users(company, auth_id)"
                           " WHERE auth_id <> ''"),
            // The search text rides along, so short (1-2 character) searches scan this
            // index alone, newest first.
            QStringLiteral("CREATE INDEX users_created"
                           " ON users(company, deleted, created, id, search)"),
            QStringLiteral("CREATE INDEX users_modified ON users(company, deleted, modified, id)"),
            QStringLiteral(
                "CREATE INDEX users_last_login ON users(company, deleted, last_login, id)"),
            QStringLiteral(
                "CREATE INDEX users_first_name ON users(company, deleted, first_name, id)"),
            QStringLiteral(
                "CREATE INDEX users_last_name ON users(company, deleted, last_name, id)"),
            QStringLiteral("CREATE INDEX users_email ON users(company, deleted, email, id)"),
            QStringLiteral("CREATE INDEX users_human_id ON users(company, deleted, human_id, id)"),
            QStringLiteral("CREATE INDEX users_phone"
                           " ON users(company, deleted, mobile_phone_number, id)"),
            // Key columns first: SQLite 3.40's integrity_check misreads NOT NULL columns
            // that follow a non-key column in a WITHOUT ROWID table.
            QStringLiteral("CREATE TABLE user_tags ("
                           " user_pk INTEGER NOT NULL,"
                           " tag TEXT NOT NULL,"
                           " company TEXT NOT NULL,"
                           " PRIMARY KEY (user_pk, tag)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX user_tags_by_tag ON user_tags(company, tag, user_pk)"),
            // Substring search: the lower-cased search text, indexed by trigrams. The
            // text is already case-folded, so the tokenizer compares bytes.
            QStringLiteral("CREATE VIRTUAL TABLE users_fts USING fts5(search,"
                           " content='users', content_rowid='pk',"
                           " tokenize='trigram case_sensitive 1')"),
            QStringLiteral("CREATE TRIGGER users_fts_insert AFTER INSERT ON users BEGIN"
                           " INSERT INTO users_fts(rowid, search) VALUES (new.pk, new.search);"
                           " END"),
            QStringLiteral("CREATE TRIGGER users_fts_delete AFTER DELETE ON users BEGIN"
                           " INSERT INTO users_fts(users_fts, rowid, search)"
                           " VALUES ('delete', old.pk, old.search);"
                           " END"),
            QStringLiteral("CREATE TRIGGER users_fts_update AFTER UPDATE OF search ON users BEGIN"
                           " INSERT INTO users_fts(users_fts, rowid, search)"
                           " VALUES ('delete', old.pk, old.search);"
                           " INSERT INTO users_fts(rowid, search) VALUES (new.pk, new.search);"
                           " END"),
            QStringLiteral("CREATE TABLE orders ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " company TEXT NOT NULL,"
                           " user_pk INTEGER,"
                           " user_id TEXT,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " created INTEGER,"
                           " modified INTEGER,"
                           " delivery_time INTEGER,"
                           " human_id TEXT,"
                           " total_amount REAL,"
                           " order_status TEXT,"
                           " delivery_status TEXT,"
                           " currency TEXT)"),
            // Date indexes carry the default sort key (created) and the statuses, so a date
            // range with a status filter, counted or sorted by creation, never reads the
            // table.
            QStringLiteral("CREATE INDEX orders_created ON orders(company, deleted, created, id,"
                           " order_status, delivery_status)"),
            QStringLiteral("CREATE INDEX orders_modified ON orders(company, deleted, modified, id,"
                           " created, order_status, delivery_status)"),
            QStringLiteral("CREATE INDEX orders_delivery_time ON orders(company, deleted,"
                           " delivery_time, id, created, order_status, delivery_status)"),
            QStringLiteral("CREATE INDEX orders_all_created ON orders(company, created, id)"),
            QStringLiteral("CREATE INDEX orders_user ON orders(user_pk, deleted, created, id)"),
            QStringLiteral("CREATE TABLE subscriptions ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " company TEXT NOT NULL,"
                           " user_pk INTEGER,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " created INTEGER,"
                           " modified INTEGER,"
                           " name TEXT,"
                           " status TEXT,"
                           " starting_date INTEGER,"
                           " ending_date INTEGER,"
                           " human_id TEXT)"),
            QStringLiteral("CREATE INDEX subscriptions_created"
                           " ON subscriptions(company, deleted, created, id)"),
            QStringLiteral("CREATE INDEX subscriptions_user"
                           " ON subscriptions(user_pk, deleted, created, id)"),
            QStringLiteral("CREATE TABLE payment_methods ("
                           " pk INTEGER PRIMARY KEY,"
                           " id TEXT NOT NULL UNIQUE,"
                           " company TEXT NOT NULL,"
                           " user_pk INTEGER,"
                           " deleted INTEGER NOT NULL DEFAULT 0,"
                           " created INTEGER,"
                           " modified INTEGER)"),
            QStringLiteral("CREATE INDEX payment_methods_created"
                           " ON payment_methods(company, deleted, created, id)"),
            QStringLiteral("CREATE INDEX payment_methods_modified"
                           " ON payment_methods(company, deleted, modified, id)"),
            QStringLiteral("CREATE INDEX payment_methods_user"
                           " ON payment_methods(user_pk, deleted, created, id)"),
            QStringLiteral("CREATE TABLE users_docs (pk INTEGER PRIMARY KEY, doc BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE orders_docs (pk INTEGER PRIMARY KEY, doc BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE subscriptions_docs (pk INTEGER PRIMARY KEY, doc BLOB NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE payment_methods_docs (pk INTEGER PRIMARY KEY, doc BLOB NOT NULL)"),
        },
    };
    return steps;
}

} // namespace

Database::Database()
    : m_connectionName(
        QStringLiteral("builton-server-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    m_memory = path == QLatin1String(MemoryPath);
    if (!m_memory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = tr("Cannot create the directory %1.").arg(info.absolutePath());
            return false;
        }
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!m_db.isValid()) {
        *error = tr("The Qt SQLite driver (QSQLITE) is not available.");
        return false;
    }
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!m_db.open()) {
        *error = tr("Cannot open the database %1: %2").arg(path, m_db.lastError().text());
        return false;
    }

    QStringList pragmas = {
        QStringLiteral("PRAGMA busy_timeout=%1").arg(BusyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA cache_size=-65536"),
    };
    if (!m_memory) {
        pragmas << QStringLiteral("PRAGMA journal_mode=WAL")
                << QStringLiteral("PRAGMA synchronous=NORMAL")
                << QStringLiteral("PRAGMA mmap_size=268435456");
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma)) {
            *error = tr("Cannot configure the database (%1): %2").arg(pragma, q.lastError().text());
            return false;
        }
    }
    if (!m_memory) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qCWarning(lcServer) << "SQLite did not switch to WAL mode; journal mode is"
                                << q.value(0).toString();
        }
    }
    return migrate(error);
}

void Database::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_db.isValid()) {
        if (m_db.isOpen() && !m_memory) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool Database::migrate(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = tr("Cannot read the schema version: %1").arg(q.lastError().text());
        return false;
    }
    const int current = q.value(0).toInt();
    q.finish();
    const auto &steps = migrations();
    if (current > steps.size()) {
        *error = tr("The database has schema version %1, newer than this server knows (%2).")
                     .arg(current)
                     .arg(steps.size());
        return false;
    }
    for (int version = current; version < steps.size(); ++version) {
        if (beginImmediate() != StoreStatus::Ok) {
            *error = tr("Cannot start the migration to schema version %1.").arg(version + 1);
            return false;
        }
        for (const QString &sql : steps.at(version)) {
            QSqlQuery step(m_db);
            if (!step.exec(sql)) {
                *error = tr("Migration to schema version %1 failed: %2")
                             .arg(version + 1)
                             .arg(step.lastError().text());
                rollback();
                return false;
            }
        }
        QSqlQuery setVersion(m_db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1))
            || commit() != StoreStatus::Ok) {
            *error = tr("Cannot record schema version %1.").arg(version + 1);
            rollback();
            return false;
        }
        qCInfo(lcServer) << "Database migrated to schema version" << version + 1;
    }
    return true;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return **it;
    if (m_statements.size() > 512) {
        qDeleteAll(m_statements);
        m_statements.clear();
    }
    auto *query = new QSqlQuery(m_db);
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        qCWarning(lcServer) << "Cannot prepare a statement:" << query->lastError().text();
    m_statements.insert(sql, query);
    return *query;
}

StoreStatus Database::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return StoreStatus::Ok;
    return statusOf(q.lastError());
}

StoreStatus Database::beginImmediate()
{
    // QSqlDatabase::transaction() would issue a deferred BEGIN.
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}

StoreStatus Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    exec(QStringLiteral("ROLLBACK"));
}

StoreStatus Database::statusOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return StoreStatus::Ok;
    const QString code = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), primary or extended (code & 0xff).
    bool ok = false;
    const int native = code.toInt(&ok);
    if (ok && ((native & 0xff) == 5 || (native & 0xff) == 6))
        return StoreStatus::Busy;
    const QString text = error.databaseText();
    if (text.contains(QLatin1String("database is locked"))
        || text.contains(QLatin1String("database table is locked")))
        return StoreStatus::Busy;
    qCWarning(lcServer) << "Database error:" << error.text();
    return StoreStatus::Failure;
}
