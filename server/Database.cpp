// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "PostgresSchema.h"
#include "SearchText.h"
#include "ServerLogging.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <initializer_list>
#include <limits>
#include <utility>

namespace Server {

namespace {

QAtomicInt connectionCounter;

QMutex postgresPasswordMutex;
QString postgresPassword;

// Serializes migrations of one PostgreSQL database between processes starting together.
constexpr qint64 MigrationLockKey = 0x6275696c746f6e01LL;

// orders_by_day (schema step 2) counts the orders per company, date field (0 created,
// 1 modified, 2 delivery_time), deletion flag, day of that date (UTC, from the epoch) and pair
// of statuses, with the count, smallest and largest value of each date. Triggers keep it
// current. A count over a date range then sums whole days here and reads only the partial
// days at its ends from an index. On a delete or update the smallest and largest values are
// left as they were: they stay valid bounds, only looser.
const QStringList &orderDates()
{
    static const QStringList dates {
        QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("delivery_time")};
    return dates;
}

QString dayOf(const QString &value)
{
    // Whole days, rounded down (also before 1970); no date at all is OrdersByDayNullDay.
    return QStringLiteral("(CASE WHEN %1 IS NULL THEN %2 WHEN %1 >= 0 THEN %1 / 86400000"
                          " ELSE (%1 + 1) / 86400000 - 1 END)")
        .arg(value)
        .arg(Database::OrdersByDayNullDay);
}

QString ordersByDayInsert(const QString &row)
{
    QString columns;
    QString values;
    QString updates;
    QString days;
    for (qsizetype field = 0; field < orderDates().size(); ++field) {
        const QString &d = orderDates().at(field);
        columns += QStringLiteral(", %1_n, %1_min, %1_max").arg(d);
        values += QStringLiteral(", %1.%2 IS NOT NULL, %1.%2, %1.%2").arg(row, d);
        updates += QStringLiteral(", %1_n = %1_n + excluded.%1_n,"
                                  " %1_min = CASE WHEN %1_min IS NULL OR excluded.%1_min < %1_min"
                                  " THEN excluded.%1_min ELSE %1_min END,"
                                  " %1_max = CASE WHEN %1_max IS NULL OR excluded.%1_max > %1_max"
                                  " THEN excluded.%1_max ELSE %1_max END")
                       .arg(d);
        days += QStringLiteral("%1SELECT %2 AS field, %3 AS day")
                    .arg(field ? QStringLiteral(" UNION ALL ") : QString())
                    .arg(field)
                    .arg(dayOf(row + QLatin1Char('.') + d));
    }
    return QStringLiteral("INSERT INTO orders_by_day(company, field, deleted, day, order_status,"
                          " delivery_status, n%1)"
                          " SELECT %2.company, f.field, %2.deleted, f.day,"
                          " coalesce(%2.order_status, ''), coalesce(%2.delivery_status, ''), 1%3"
                          " FROM (%4) f WHERE true"
                          " ON CONFLICT DO UPDATE SET n = n + 1%5;")
        .arg(columns, row, values, days, updates);
}

QString ordersByDayRemove(const QString &row)
{
    QString statements;
    for (qsizetype field = 0; field < orderDates().size(); ++field) {
        statements += QStringLiteral(
            "UPDATE orders_by_day SET n = n - 1,"
            " created_n = created_n - (%1.created IS NOT NULL),"
            " modified_n = modified_n - (%1.modified IS NOT NULL),"
            " delivery_time_n = delivery_time_n - (%1.delivery_time IS NOT NULL)"
            " WHERE company = %1.company AND field = %2 AND deleted = %1.deleted AND day = %3"
            " AND order_status = coalesce(%1.order_status, '')"
            " AND delivery_status = coalesce(%1.delivery_status, ''); ")
                          .arg(row)
                          .arg(field)
                          .arg(dayOf(row + QLatin1Char('.') + orderDates().at(field)));
    }
    return statements;
}

QString ordersByDayPopulate()
{
    QString selects;
    for (qsizetype field = 0; field < orderDates().size(); ++field) {
        selects += QStringLiteral(
            "%1SELECT company, %2, deleted, %3 AS day, coalesce(order_status, '') AS os,"
            " coalesce(delivery_status, '') AS ds, COUNT(*),"
            " COUNT(created), MIN(created), MAX(created),"
            " COUNT(modified), MIN(modified), MAX(modified),"
            " COUNT(delivery_time), MIN(delivery_time), MAX(delivery_time)"
            " FROM orders GROUP BY company, deleted, day, os, ds")
                       .arg(field ? QStringLiteral(" UNION ALL ") : QString())
                       .arg(field)
                       .arg(dayOf(orderDates().at(field)));
    }
    return QStringLiteral("INSERT INTO orders_by_day(company, field, deleted, day, order_status,"
                          " delivery_status, n, created_n, created_min, created_max, modified_n,"
                          " modified_min, modified_max, delivery_time_n, delivery_time_min,"
                          " delivery_time_max) ")
        + selects;
}

// Step 2: an index per sortable order field, each holding every field a list filters or
// sorts by, so DataStore can choose between walking the sort index (filters checked on the
// way, stopping after one page) and reading the filter's range and sorting it, and neither
// reads the table. (With 1,000,000 orders a date range on delivery_time sorted by created
// sorted up to 190,000 rows, 80-100 ms, and sorting all orders by total_amount took 1.1 s.)
// And the daily counts of orders_by_day, so counting a range of 90 days, or all orders,
// reads a few thousand rows instead of up to a million.
QStringList listStep()
{
    QStringList statements {
        QStringLiteral("DROP INDEX orders_created"),
        QStringLiteral("DROP INDEX orders_modified"),
        QStringLiteral("DROP INDEX orders_delivery_time"),
    };
    // (company, deleted, <field>, id, <every other list field>)
    const QStringList fields {QStringLiteral("created"), QStringLiteral("modified"),
        QStringLiteral("delivery_time"), QStringLiteral("order_status"),
        QStringLiteral("delivery_status"), QStringLiteral("total_amount"),
        QStringLiteral("human_id"), QStringLiteral("currency")};
    for (const QString &field : fields) {
        QStringList others = fields;
        others.removeOne(field);
        statements << QStringLiteral(
            "CREATE INDEX orders_%1 ON orders(company, deleted, %1, id, %2)")
                          .arg(field, others.join(QLatin1String(", ")));
    }
    statements << QStringLiteral("CREATE TABLE orders_by_day ("
                                 " company TEXT NOT NULL, field INTEGER NOT NULL,"
                                 " deleted INTEGER NOT NULL, day INTEGER NOT NULL,"
                                 " order_status TEXT NOT NULL, delivery_status TEXT NOT NULL,"
                                 " n INTEGER NOT NULL, created_n INTEGER NOT NULL,"
                                 " created_min INTEGER, created_max INTEGER,"
                                 " modified_n INTEGER NOT NULL, modified_min INTEGER,"
                                 " modified_max INTEGER, delivery_time_n INTEGER NOT NULL,"
                                 " delivery_time_min INTEGER, delivery_time_max INTEGER,"
                                 " PRIMARY KEY (company, field, deleted, day, order_status,"
                                 " delivery_status)) WITHOUT ROWID");
    statements << ordersByDayPopulate();
    statements << QStringLiteral(
                      "CREATE TRIGGER orders_by_day_insert AFTER INSERT ON orders BEGIN ")
            + ordersByDayInsert(QStringLiteral("new")) + QStringLiteral(" END");
    statements << QStringLiteral(
                      "CREATE TRIGGER orders_by_day_delete AFTER DELETE ON orders BEGIN ")
            + ordersByDayRemove(QStringLiteral("old")) + QStringLiteral(" END");
    statements << QStringLiteral("CREATE TRIGGER orders_by_day_update AFTER UPDATE OF company,"
                                 " deleted, created, modified, delivery_time, order_status,"
                                 " delivery_status ON orders BEGIN ")
            + ordersByDayRemove(QStringLiteral("old")) + ordersByDayInsert(QStringLiteral("new"))
            + QStringLiteral(" END");
    return statements;
}

// Triggers that advance the commit stamp with every row inserted into, updated in or deleted
// from each of `tables`.
QStringList stampTriggers(const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        for (const QString &event :
            {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
            statements << QStringLiteral("CREATE TRIGGER %1_stamp_%2 AFTER %3 ON %1 BEGIN"
                                         " UPDATE commit_stamp SET n = n + 1 WHERE id = 1; END")
                              .arg(table, event.toLower(), event);
        }
    }
    return statements;
}

// Step 3: the commit stamp, a one-row table that advances with every row any connection
// inserts, updates or deletes in the stored data (triggers), so a change made behind the
// server's back (another process, a hand-written UPDATE) moves it too.
QStringList commitStampStep()
{
    QStringList statements {
        QStringLiteral("CREATE TABLE commit_stamp ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " n INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO commit_stamp(id, n) VALUES (1, 0)"),
    };
    return statements
        + stampTriggers({QStringLiteral("companies"), QStringLiteral("users"),
            QStringLiteral("users_docs"), QStringLiteral("user_tags"), QStringLiteral("orders"),
            QStringLiteral("orders_docs"), QStringLiteral("subscriptions"),
            QStringLiteral("subscriptions_docs"), QStringLiteral("payment_methods"),
            QStringLiteral("payment_methods_docs")});
}

// Step 4: orders and subscriptions become writable (a version per row, for their ETags), the
// searches by human id get their indexes, and payments and plans their tables.
//
// The searches of orders, subscriptions and payments match a human id by prefix, case-
// insensitively: an index on lower(human_id) (an expression index; a query must spell the
// expression the same way) makes that a range. Human ids are ASCII, which is all SQLite's
// lower() folds. And they match the documents of the customers whose name or email contains
// the query, read from the per-customer index. Both indexes carry user_pk and every field a
// list filters by, so a search counts its matches, filters included, in the indexes alone
// (DataStore::planOwnedSearch()); the per-customer indexes of step 1 are made again with the
// filters added.
//
// Payments are listed newest first: one index in that order, carrying every field a list
// filters by (state, the other dates), one per customer and one per subject (the order or
// subscription paid), so a list of one order's payments reads only those. An index more is a
// cost on every payment written (seeding 64,000 payments takes seconds), so they sort by
// creation only.
QStringList actionsStep()
{
    QStringList statements {
        QStringLiteral("ALTER TABLE orders ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("ALTER TABLE subscriptions ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE INDEX orders_human_key ON orders(company, lower(human_id),"
                       " deleted, user_pk, order_status, delivery_status, created, modified,"
                       " delivery_time)"),
        QStringLiteral("DROP INDEX orders_user"),
        QStringLiteral("CREATE INDEX orders_user ON orders(user_pk, deleted, created, id,"
                       " order_status, delivery_status, modified, delivery_time)"),
        QStringLiteral("CREATE INDEX subscriptions_human_key"
                       " ON subscriptions(company, lower(human_id), deleted, user_pk, status)"),
        QStringLiteral("DROP INDEX subscriptions_user"),
        QStringLiteral("CREATE INDEX subscriptions_user"
                       " ON subscriptions(user_pk, deleted, created, id, status)"),
        QStringLiteral("CREATE TABLE payments ("
                       " pk INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " company TEXT NOT NULL,"
                       " user_pk INTEGER,"
                       " subject_id TEXT,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " created INTEGER,"
                       " modified INTEGER,"
                       " payment_date INTEGER,"
                       " human_id TEXT,"
                       " current_state TEXT)"),
        QStringLiteral("CREATE INDEX payments_created ON payments(company, deleted, created, id,"
                       " current_state, modified, payment_date)"),
        QStringLiteral("CREATE INDEX payments_user ON payments(user_pk, deleted, created, id,"
                       " current_state, modified, payment_date)"),
        QStringLiteral(
            "CREATE INDEX payments_subject ON payments(subject_id, deleted, created, id)"),
        QStringLiteral("CREATE INDEX payments_human_key ON payments(company, lower(human_id),"
                       " deleted, user_pk, current_state, created, modified, payment_date)"),
        QStringLiteral("CREATE TABLE payments_docs (pk INTEGER PRIMARY KEY, doc BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE plans ("
                       " pk INTEGER PRIMARY KEY,"
                       " id TEXT NOT NULL UNIQUE,"
                       " company TEXT NOT NULL,"
                       " deleted INTEGER NOT NULL DEFAULT 0,"
                       " created INTEGER,"
                       " modified INTEGER,"
                       " name TEXT,"
                       " human_id TEXT,"
                       " total_amount REAL,"
                       " search TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX plans_created ON plans(company, deleted, created, id)"),
        QStringLiteral("CREATE TABLE plans_docs (pk INTEGER PRIMARY KEY, doc BLOB NOT NULL)"),
    };
    return statements
        + stampTriggers({QStringLiteral("payments"), QStringLiteral("payments_docs"),
            QStringLiteral("plans"), QStringLiteral("plans_docs")});
}

// Whether `table` has a column `column` (false with `error` set when that cannot be read).
bool hasColumn(
    QSqlDatabase &db, const QString &table, const QString &column, bool *has, QString *error)
{
    QSqlQuery q(db);
    *has = false;
    if (q.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table))) {
        while (q.next())
            *has = *has || q.value(0).toString() == column;
    }
    if (q.lastError().type() == QSqlError::NoError)
        return true;
    *error = q.lastError().text();
    return false;
}

// Step 5: the forgiving users search (SearchText.h). Every stored search text is computed
// again with the folding of SearchText::of(), and the trigram index rebuilt from them, so the
// search with tags (SQL) answers what the search without them (UserSearchIndex, which reads
// the same column) does. And the companies' default country, which turns a phone number
// written without a country code into E.164 (Norway for companies that exist already: the
// demo shop's). Written to run after any step before it: it adds the column only when it is
// missing, and re-creates the triggers of the trigram index exactly as it found them.
bool foldSearchTextStep(QSqlDatabase &db, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    const auto failed = [error](const QSqlQuery &q) {
        *error = q.lastError().text();
        return false;
    };
    QSqlQuery q(db);
    bool has = false;
    if (!hasColumn(db, QStringLiteral("companies"), QStringLiteral("country"), &has, error))
        return false;
    if (!has
        && !q.exec(
            QStringLiteral("ALTER TABLE companies ADD COLUMN country TEXT NOT NULL DEFAULT 'NO'")))
        return failed(q);

    // Without the index's triggers while the texts change (each would update the index row
    // by row); 'rebuild' then reads every text once.
    QList<std::pair<QString, QString>> triggers;
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                               " AND tbl_name = 'users' AND sql LIKE '%users_fts%'")))
        return failed(q);
    while (q.next())
        triggers.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &trigger : std::as_const(triggers)) {
        if (!q.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(trigger.first)))
            return failed(q);
    }

    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.prepare(QStringLiteral("SELECT pk, first_name, last_name, email,"
                                     " mobile_phone_number, human_id, search FROM users"
                                     " WHERE pk > ? ORDER BY pk LIMIT 5000")))
        return failed(read);
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE users SET search = ? WHERE pk = ?")))
        return failed(write);
    qint64 last = std::numeric_limits<qint64>::min();
    qint64 users = 0;
    qint64 changed = 0;
    for (bool more = true; more;) {
        // A batch at a time: the rows are read before any of them is written.
        QList<std::pair<qint64, QString>> batch;
        read.addBindValue(last);
        if (!read.exec())
            return failed(read);
        int rows = 0;
        while (read.next()) {
            ++rows;
            last = read.value(0).toLongLong();
            const QString text = SearchText::of(read.value(1).toString(), read.value(2).toString(),
                read.value(3).toString(), read.value(4).toString(), read.value(5).toString());
            ++users;
            if (read.value(6).isNull() || text != read.value(6).toString())
                batch.append({last, text});
        }
        if (read.lastError().type() != QSqlError::NoError)
            return failed(read);
        more = rows == 5000;
        read.finish();
        for (const auto &[pk, text] : std::as_const(batch)) {
            write.addBindValue(text);
            write.addBindValue(pk);
            if (!write.exec())
                return failed(write);
        }
        changed += batch.size();
    }

    if (!q.exec(QStringLiteral("INSERT INTO users_fts(users_fts) VALUES ('rebuild')")))
        return failed(q);
    for (const auto &trigger : std::as_const(triggers)) {
        if (!q.exec(trigger.second))
            return failed(q);
    }
    qCInfo(lcServer).noquote() << QStringLiteral(
        "Search texts of %1 users folded (%2 changed) and the trigram index rebuilt in %3 ms")
                                      .arg(users)
                                      .arg(changed)
                                      .arg(clock.elapsed());
    return true;
}

/// One schema step: SQL statements, then work that needs more than SQL (may be empty).
struct MigrationStep
{
    MigrationStep(QStringList sql) : statements(std::move(sql)) { }
    MigrationStep(std::initializer_list<QString> sql) : statements(sql) { }
    MigrationStep(QStringList sql, std::function<bool(QSqlDatabase &, QString *)> work)
        : statements(std::move(sql)), code(std::move(work))
    { }

    QStringList statements;
    std::function<bool(QSqlDatabase &, QString *)> code;
};

// Schema migrations, applied in order; PRAGMA user_version records how many ran. Never edit
// a released step: add a new one.
const QList<MigrationStep> &migrations()

{
    static const QList<MigrationStep> steps = {
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
        // 2: the order lists' indexes and daily counts (see listStep()).
        listStep(),
        // 3: the commit stamp (see Database.h).
        commitStampStep(),
        // 4: versions of orders and subscriptions, the human id indexes of the searches,
        //    payments and plans (see actionsStep()).
        actionsStep(),
        // 5: the forgiving users search and the companies' default country (see
        //    foldSearchTextStep(); it does not depend on step 4).
        MigrationStep({}, foldSearchTextStep),
    };

    return steps;
}

// PostgreSQL's steps (PostgresSchema.h) are SQL only.
const QList<MigrationStep> &postgresSteps()
{
    static const QList<MigrationStep> steps = [] {
        QList<MigrationStep> out;
        for (const QStringList &statements : postgresMigrations())
            out.append(MigrationStep(statements));
        return out;
    }();
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

int Database::latestSchemaVersion(Engine engine)
{
    return static_cast<int>(
        engine == Engine::Postgres ? postgresMigrations().size() : migrations().size());
}

bool Database::isPostgresUrl(const QString &path)
{
    return path.startsWith(QLatin1String("postgresql://"))
        || path.startsWith(QLatin1String("postgres://"));
}

void Database::setPostgresPassword(const QString &password)
{
    const QMutexLocker lock(&postgresPasswordMutex);
    postgresPassword = password;
}

QString Database::indexedBy(const QString &index) const
{
    return m_engine == Engine::Sqlite ? QStringLiteral(" INDEXED BY ") + index : QString();
}

QString Database::nullsAsSqlite(bool descending) const
{
    if (m_engine == Engine::Sqlite)
        return {};
    return descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
}

QString Database::containsText(const QString &column) const
{
    return (m_engine == Engine::Sqlite ? QStringLiteral("instr(%1, ?) > 0")
                                       : QStringLiteral("strpos(%1, ?) > 0"))
        .arg(column);
}

QString Database::integersOfJsonArray() const
{
    return m_engine == Engine::Sqlite
        ? QStringLiteral("SELECT value FROM json_each(?)")
        : QStringLiteral("SELECT value::bigint FROM json_array_elements_text(CAST(? AS json))");
}

QString Database::unitSeparator() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("char(31)") : QStringLiteral("chr(31)");
}

bool Database::open(const QString &path, QString *error, Role role, bool ephemeral)
{
    close();
    m_path = path;
    m_engine = isPostgresUrl(path) ? Engine::Postgres : Engine::Sqlite;
    m_role = role;
    const bool opened = m_engine == Engine::Postgres ? openPostgres(path, error, role)
                                                     : openSqlite(path, error, role, ephemeral);
    if (!opened)
        return false;
    if (role == Role::Writer)
        return migrate(error);
    bool ok = false;
    if (schemaVersion(&ok) != latestSchemaVersion(m_engine) || !ok) {
        *error = tr("The database %1 is not at schema version %2.")
                     .arg(displayName())
                     .arg(latestSchemaVersion(m_engine));
        return false;
    }
    return true;
}

QString Database::displayName() const
{
    if (m_engine == Engine::Sqlite)
        return m_path;
    // Never the password.
    QUrl url(m_path);
    url.setPassword(QString());
    return url.toString();
}

bool Database::openPostgres(const QString &address, QString *error, Role role)
{
    const QUrl url(address);
    if (!url.isValid() || url.path().size() < 2) {
        *error = tr("The PostgreSQL address must be postgresql://USER@HOST:PORT/DBNAME.");
        return false;
    }
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!m_db.isValid()) {
        *error = tr("The Qt PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not "
                    "available.");
        return false;
    }
    m_db.setDatabaseName(url.path().mid(1));
    m_db.setHostName(url.host());
    if (url.port() > 0)
        m_db.setPort(url.port());
    m_db.setUserName(url.userName());
    QString password = url.password();
    if (password.isEmpty()) {
        const QMutexLocker lock(&postgresPasswordMutex);
        password = postgresPassword;
    }
    if (!password.isEmpty())
        m_db.setPassword(password);
    // Anything else of the URL's query goes to libpq as it is (sslmode, host for a socket
    // directory, connect_timeout, ...).
    QStringList options {
        QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=builton-server")};
    for (const auto &item : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("host"))
            m_db.setHostName(item.second);
        else if (item.first == QLatin1String("port"))
            m_db.setPort(item.second.toInt());
        else
            options << item.first + QLatin1Char('=') + item.second;
    }
    m_db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!m_db.open()) {
        *error = tr("Cannot connect to %1: %2").arg(displayName(), m_db.lastError().text());
        return false;
    }
    // As SQLite's busy timeout: a lock held longer than this answers 503.
    QStringList settings {QStringLiteral("SET lock_timeout = %1").arg(BusyTimeoutMs),
        QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET client_min_messages = warning")};
    if (role == Role::Reader)
        settings << QStringLiteral("SET default_transaction_read_only = on");
    for (const QString &setting : std::as_const(settings)) {
        QSqlQuery q(m_db);
        if (!q.exec(setting)) {
            *error
                = tr("Cannot configure the connection (%1): %2").arg(setting, q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::openSqlite(const QString &path, QString *error, Role role, bool ephemeral)
{
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
        if (role == Role::Writer)
            pragmas << QStringLiteral("PRAGMA journal_mode=WAL");
        pragmas << (ephemeral ? QStringLiteral("PRAGMA synchronous=OFF")
                              : QStringLiteral("PRAGMA synchronous=NORMAL"))
                << QStringLiteral("PRAGMA mmap_size=268435456");
    }
    if (role == Role::Reader)
        pragmas << QStringLiteral("PRAGMA query_only=ON");
    for (const QString &pragma : std::as_const(pragmas)) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma)) {
            *error = tr("Cannot configure the database (%1): %2").arg(pragma, q.lastError().text());
            return false;
        }
    }
    if (!m_memory && role == Role::Writer) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
            && q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            qCWarning(lcServer) << "SQLite did not switch to WAL mode; journal mode is"
                                << q.value(0).toString();
        }
    }
    return true;
}

void Database::close()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    if (m_db.isValid()) {
        if (m_db.isOpen() && !m_memory && m_engine == Engine::Sqlite) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

int Database::schemaVersion(bool *ok)
{
    QSqlQuery q(m_db);
    *ok = m_engine == Engine::Sqlite
        ? q.exec(QStringLiteral("PRAGMA user_version")) && q.next()
        : q.exec(QStringLiteral("SELECT version FROM schema_version WHERE id = 1")) && q.next();
    return *ok ? q.value(0).toInt() : -1;
}

bool Database::migrate(QString *error)
{
    const bool postgres = m_engine == Engine::Postgres;
    if (postgres) {
        QSqlQuery create(m_db);
        if (!create.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                        " id INTEGER PRIMARY KEY CHECK (id = 1),"
                                        " version INTEGER NOT NULL)"))
            || !create.exec(QStringLiteral("INSERT INTO schema_version(id, version)"
                                           " VALUES (1, 0) ON CONFLICT (id) DO NOTHING"))) {
            *error
                = tr("Cannot create the schema_version table: %1").arg(create.lastError().text());
            return false;
        }
    }
    const QList<MigrationStep> &steps = postgres ? postgresSteps() : migrations();
    for (;;) {
        if (beginImmediate() != StoreStatus::Ok) {
            *error = tr("Cannot start a migration: %1").arg(m_db.lastError().text());
            return false;
        }
        if (postgres) {
            // Another server starting on the same database waits here, then finds the
            // version it migrated to.
            QSqlQuery lock(m_db);
            if (!lock.exec(
                    QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(MigrationLockKey))) {
                *error = tr("Cannot lock the schema: %1").arg(lock.lastError().text());
                rollback();
                return false;
            }
        }
        bool ok = false;
        const int version = schemaVersion(&ok);
        if (!ok) {
            *error = tr("Cannot read the schema version: %1").arg(m_db.lastError().text());
            rollback();
            return false;
        }
        if (version > steps.size()) {
            *error = tr("The database has schema version %1, newer than this server knows (%2).")
                         .arg(version)
                         .arg(steps.size());
            rollback();
            return false;
        }
        if (version == steps.size()) {
            rollback();
            return true;
        }
        const MigrationStep &step = steps.at(version);
        for (const QString &sql : step.statements) {
            QSqlQuery q(m_db);
            if (!q.exec(sql)) {
                *error = tr("Migration to schema version %1 failed: %2")
                             .arg(version + 1)
                             .arg(q.lastError().text());
                rollback();
                return false;
            }
        }
        QString stepError;
        if (step.code && !step.code(m_db, &stepError)) {
            *error
                = tr("Migration to schema version %1 failed: %2").arg(version + 1).arg(stepError);
            rollback();
            return false;
        }
        QSqlQuery setVersion(m_db);
        const QString record = postgres
            ? QStringLiteral("UPDATE schema_version SET version = %1 WHERE id = 1").arg(version + 1)
            : QStringLiteral("PRAGMA user_version=%1").arg(version + 1);
        if (!setVersion.exec(record) || commit() != StoreStatus::Ok) {
            *error = tr("Cannot record schema version %1.").arg(version + 1);
            rollback();
            return false;
        }
        qCInfo(lcServer) << "Database migrated to schema version" << version + 1;
    }
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.constFind(sql);
    if (it != m_statements.constEnd())
        return **it;
    // Lists build their SQL from the filters, so the cache is bounded; it is emptied only
    // when no statement of it is in use (a ScopedQuery holds a reference).
    if (m_statements.size() > 512 && m_statementsInUse == 0) {
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

StoreStatus Database::execPrepared(const QString &sql)
{
    // Transaction statements run on every request: prepared once, like the queries (where
    // the engine can: PostgreSQL prepares no transaction control).
    if (m_engine == Engine::Postgres)
        return exec(sql);
    ScopedQuery q(this, sql);
    return q->exec() ? StoreStatus::Ok : statusOf(q->lastError());
}

StoreStatus Database::beginImmediate()
{
    // QSqlDatabase::transaction() would issue a deferred BEGIN. PostgreSQL's writes take row
    // locks (and the commit stamp's) as they go, under READ COMMITTED.
    const StoreStatus s = execPrepared(m_engine == Engine::Sqlite
            ? QStringLiteral("BEGIN IMMEDIATE")
            : QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"));
    m_inTransaction = s == StoreStatus::Ok;
    return s;
}

StoreStatus Database::beginRead()
{
    // PostgreSQL: one snapshot for the whole transaction, as SQLite's read transactions.
    const StoreStatus s = execPrepared(m_engine == Engine::Sqlite
            ? QStringLiteral("BEGIN DEFERRED")
            : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    m_inTransaction = s == StoreStatus::Ok;
    return s;
}

StoreStatus Database::commit()
{
    const StoreStatus s = execPrepared(QStringLiteral("COMMIT"));
    if (s == StoreStatus::Ok)
        m_inTransaction = false;
    return s;
}

void Database::rollback()
{
    execPrepared(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

StoreStatus Database::commitStamp(qint64 *stamp)
{
    ScopedQuery q(this, QStringLiteral("SELECT n FROM commit_stamp WHERE id = 1"));
    if (!q->exec())
        return statusOf(q->lastError());
    if (!q->next()) {
        const StoreStatus s = statusOf(q->lastError());
        return s == StoreStatus::Ok ? StoreStatus::Failure : s;
    }
    *stamp = q->value(0).toLongLong();
    return StoreStatus::Ok;
}

StoreStatus Database::advanceCommitStamp(qint64 *stamp)
{
    {
        ScopedQuery q(this, QStringLiteral("UPDATE commit_stamp SET n = n + 1 WHERE id = 1"));
        if (!q->exec())
            return statusOf(q->lastError());
    }
    return commitStamp(stamp);
}

StoreStatus Database::statusOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return StoreStatus::Ok;
    const QString code = error.nativeErrorCode();
    // PostgreSQL's SQLSTATE (five characters): a lock not had in time, a serialization
    // failure, a deadlock, a statement cancelled by its timeout.
    if (code.size() == 5) {
        if (code == QLatin1String("55P03") || code == QLatin1String("40001")
            || code == QLatin1String("40P01") || code == QLatin1String("57014"))
            return StoreStatus::Busy;
        qCWarning(lcServer) << "Database error:" << error.text();
        return StoreStatus::Failure;
    }
    // SQLite's codes are at most four digits: SQLITE_BUSY (5) and SQLITE_LOCKED (6), primary
    // or extended (code & 0xff).
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

} // namespace Server
