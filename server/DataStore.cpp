// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataStore.h"

#include "RawJson.h"
#include "ServerLogging.h"

#include <QAtomicInteger>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QScopeGuard>
#include <QSet>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace Server {

namespace {

QVariant nullValue()
{
    return QVariant();
}

QVariant dateMs(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isObject()) {
        const QJsonValue d = v.toObject().value(QLatin1String("$date"));
        if (d.isDouble())
            return QVariant(static_cast<qint64>(d.toDouble()));
    }
    return nullValue();
}

QVariant text(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? QVariant(v.toString()) : nullValue();
}

QVariant number(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? QVariant(v.toDouble()) : nullValue();
}

int flag(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toBool() ? 1 : 0;
}

QString placeholders(qsizetype count)
{
    QString out;
    for (qsizetype i = 0; i < count; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

QString tableOf(ListFilter::Collection c)
{
    switch (c) {
    case ListFilter::Collection::Users:
        return QStringLiteral("users");
    case ListFilter::Collection::Orders:
        return QStringLiteral("orders");
    case ListFilter::Collection::Subscriptions:
        return QStringLiteral("subscriptions");
    case ListFilter::Collection::PaymentMethods:
        return QStringLiteral("payment_methods");
    case ListFilter::Collection::Payments:
        return QStringLiteral("payments");
    case ListFilter::Collection::Plans:
        return QStringLiteral("plans");
    }
    return {};
}

// Orders, subscriptions and payments belong to a customer; their searches look for the human
// id and the customer (DataStore::planOwnedSearch()).
bool isOwned(ListFilter::Collection c)
{
    return c == ListFilter::Collection::Orders || c == ListFilter::Collection::Subscriptions
        || c == ListFilter::Collection::Payments;
}

// In a list, an order embeds its user whole only while the user's document is at most this
// large; a larger one is embedded by the members that identify the customer (docs/API.md),
// so that a customer who fills their profile to its cap (64 KiB) cannot make a page of
// their 1,000 orders weigh 64 MB.
constexpr qsizetype MaxEmbeddedUserBytes = 4096;

// The members of a user an order list always carries.
QByteArray identifyingMembers(const QByteArray &userDoc)
{
    static const QStringList members {QStringLiteral("_cls"), QStringLiteral("_id"),
        QStringLiteral("company"), QStringLiteral("human_id"), QStringLiteral("first_name"),
        QStringLiteral("last_name"), QStringLiteral("title"), QStringLiteral("email"),
        QStringLiteral("mobile_phone_number"), QStringLiteral("deleted"), QStringLiteral("created"),
        QStringLiteral("modified")};
    QByteArray out = "{";
    for (const QString &key : members) {
        const QByteArray value = RawJson::member(userDoc, key);
        if (value.isNull())
            continue;
        if (out.size() > 1)
            out += ',';
        out += RawJson::quote(key) + ':' + value;
    }
    return out + '}';
}

// Writes an order with its user expanded: {"user":{"$oid":id,<user doc>},<order doc>}.
// `listed`: the order is one of a list, so a large user is embedded by its identifying members.
void appendOrder(QByteArray *out, const QByteArray &orderDoc, const QByteArray &userId,
    QByteArray userDoc, bool listed)
{
    if (listed && userDoc.size() > MaxEmbeddedUserBytes)
        userDoc = identifyingMembers(userDoc);
    out->append("{\"user\":");
    if (userDoc.size() > 2) {
        out->append("{\"$oid\":\"");
        out->append(userId);
        out->append("\",");
        out->append(userDoc.constData() + 1, userDoc.size() - 1);
    } else if (!userId.isEmpty()) {
        out->append("{\"$oid\":\"");
        out->append(userId);
        out->append("\"}");
    } else {
        out->append("null");
    }
    if (orderDoc.size() > 2) {
        out->append(',');
        out->append(orderDoc.constData() + 1, orderDoc.size() - 1);
    } else {
        out->append('}');
    }
}

// Writes a subscription with its customer expanded by the members that identify them
// ({"$oid": id, "_cls": ..., "human_id": ..., "first_name": ..., "email": ...}), in place of the
// stored {"$oid"} reference, so that a list names its customers without a request per row.
QByteArray subscriptionWithUser(
    const QByteArray &subscriptionDoc, const QByteArray &userId, const QByteArray &userDoc)
{
    if (userId.isEmpty())
        return subscriptionDoc;
    const QByteArray members = identifyingMembers(userDoc);
    QByteArray user = "{\"$oid\":\"" + userId + '"';
    if (members.size() > 2)
        user += ',' + members.mid(1);
    else
        user += '}';
    return RawJson::setMember(subscriptionDoc, QStringLiteral("user"), user);
}

// `sql`, a read of one row of table t. In a write transaction on PostgreSQL the row is
// locked as it is read, so a write of another process waits for this one instead of
// overwriting what it decided on (SQLite's BEGIN IMMEDIATE already keeps every other writer
// out).
QString lockedForWrite(Database *db, const QString &sql)
{
    const bool lock = db->isPostgres() && db->isWriter() && db->inTransaction();
    return lock ? sql + QStringLiteral(" FOR UPDATE OF t") : sql;
}

// The pk an INSERT ... RETURNING pk gave (both engines; QPSQL has no lastInsertId()).
qint64 returnedPk(QSqlQuery &q)
{
    return q.next() ? q.value(0).toLongLong() : 0;
}

const QString UserColumns = QStringLiteral(
    "auth_id, deleted, created, modified, last_login, first_name, last_name, email, human_id,"
    " mobile_phone_number, search");

QVariantList userColumnValues(const QJsonObject &f)
{
    return {f.value(QLatin1String("auth_id")).toString(), flag(f, QLatin1String("deleted")),
        dateMs(f, QLatin1String("created")), dateMs(f, QLatin1String("modified")),
        dateMs(f, QLatin1String("last_login")), text(f, QLatin1String("first_name")),
        text(f, QLatin1String("last_name")), text(f, QLatin1String("email")),
        text(f, QLatin1String("human_id")), text(f, QLatin1String("mobile_phone_number")),
        DataStore::searchText(f)};
}

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
}

/// The rows a bulk load sends in one statement: many, within PostgreSQL's 65,535 parameters.
constexpr qsizetype BulkRowsPerStatement = 500;
constexpr qsizetype BulkParametersPerStatement = 30000;
/// The pks a bulk load takes from a table's sequence at once.
constexpr int BulkPksAhead = 1000;

} // namespace

namespace {

QAtomicInteger<quint64> storeSerials;

// The connection the calling thread uses for one store (see DataStore::database()).
struct ThreadConnection
{
    quint64 store = 0;
    Database *db = nullptr;
};
thread_local ThreadConnection t_connection;

} // namespace

DataStore::DataStore() : m_serial(storeSerials.fetchAndAddRelaxed(1) + 1) { }

DataStore::DataStore(Database *db) : DataStore()
{
    m_single = db;
    qint64 stamp = 0;
    if (db->commitStamp(&stamp) == StoreStatus::Ok)
        m_cacheStamp = stamp;
    m_searchIndex.reset(m_cacheStamp);
}

DataStore::~DataStore()
{
    m_writer.reset(); // closes the writer connection on its own thread
    const std::lock_guard<std::mutex> lock(m_readersMutex);
    m_readers.clear();
    if (t_connection.store == m_serial)
        t_connection = {};
}

std::unique_ptr<DataStore> DataStore::open(const QString &path, bool ephemeral, QString *error)
{
    std::unique_ptr<DataStore> store(new DataStore());
    store->m_path = path;
    store->m_ephemeral = ephemeral;
    store->m_writer = std::make_unique<SqlWriterThread>();
    DataStore *self = store.get();
    // The writer connection lives and dies on the writer thread (QtSql's rule), held by
    // the thread's last job.
    const bool opened = store->write([self, error] {
        auto db = std::make_unique<Database>();
        if (!db->open(self->m_path, error, Database::Role::Writer, self->m_ephemeral))
            return false;
        qint64 stamp = 0;
        if (db->commitStamp(&stamp) != StoreStatus::Ok) {
            *error = Database::tr("Cannot read the commit stamp of %1.").arg(self->m_path);
            return false;
        }
        self->m_cacheStamp = stamp;
        self->m_searchIndex.reset(stamp);
        t_connection = {self->m_serial, db.release()};
        return true;
    });
    if (!opened)
        return nullptr;
    return store;
}

Database *DataStore::database()
{
    if (m_single)
        return m_single;
    if (t_connection.store == m_serial)
        return t_connection.db;
    return attachReader();
}

Database *DataStore::attachReader()
{
    const std::thread::id me = std::this_thread::get_id();
    const std::lock_guard<std::mutex> lock(m_readersMutex);
    auto it = m_readers.find(me);
    if (it == m_readers.end()) {
        auto db = std::make_unique<Database>();
        QString error;
        if (!db->open(m_path, &error, Database::Role::Reader, m_ephemeral)) {
            qCWarning(lcServer).noquote() << "Cannot open a reader connection:" << error;
            return nullptr;
        }
        it = m_readers.emplace(me, std::move(db)).first;
    }
    t_connection = {m_serial, it->second.get()};
    return it->second.get();
}

void DataStore::releaseThreadConnection()
{
    if (m_single)
        return;
    const std::lock_guard<std::mutex> lock(m_readersMutex);
    m_readers.erase(std::this_thread::get_id());
    if (t_connection.store == m_serial)
        t_connection = {};
}

// ---- the writer thread ----------------------------------------------------------------

SqlWriterThread::SqlWriterThread() : m_thread([this] { run(); }) { }

SqlWriterThread::~SqlWriterThread()
{
    post([] {
        // Last job: close the writer connection here, where it was opened.
        delete t_connection.db;
        t_connection = {};
    });
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void SqlWriterThread::post(std::function<void()> job)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void SqlWriterThread::run()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
}

// ---- write transactions ---------------------------------------------------------------

WriteTransaction::WriteTransaction(DataStore *store)
    : m_store(store), m_db(store->database()), m_status(StoreStatus::Failure)
{
    Q_ASSERT(!store->m_writer || store->m_writer->isCurrent());
    if (!m_db)
        return;
    m_status = m_db->beginImmediate();
    qint64 stamp = -1;
    if (m_status == StoreStatus::Ok)
        m_status = m_db->commitStamp(&stamp);
    if (m_status == StoreStatus::Ok)
        m_store->writeBegun(stamp);
    else if (m_db->inTransaction())
        m_db->rollback();
}

WriteTransaction::~WriteTransaction()
{
    if (m_status == StoreStatus::Ok && !m_committed) {
        m_db->rollback();
        m_store->abandoned();
    }
}

StoreStatus WriteTransaction::commit()
{
    if (m_status != StoreStatus::Ok)
        return m_status;
    qint64 stamp = 0;
    StoreStatus s = m_db->advanceCommitStamp(&stamp);
    if (s == StoreStatus::Ok)
        s = m_db->commit();
    if (s == StoreStatus::Ok) {
        m_committed = true;
        m_store->published(m_db, stamp);
    }
    return s;
}

void DataStore::writeBegun(qint64 stamp)
{
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    m_writing = true;
    // A stamp this process did not publish: another process wrote since.
    m_writeSawOtherProcess = stamp != m_cacheStamp;
}

void DataStore::published(Database *db, qint64 stamp)
{
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    if (!m_writeSawOtherProcess)
        m_searchIndex.refresh(db, stamp);
    else if (db->isPostgres())
        m_searchIndex.catchUp(db, m_cacheStamp, stamp); // this write's users among them
    else
        m_searchIndex.reset(stamp);
    m_countCache.clear();
    m_pageCache.clear();
    m_pageCacheBytes = 0;
    m_cacheStamp = stamp;
    m_writing = false;
}

void DataStore::abandoned()
{
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    m_writing = false;
}

// ---- read snapshots -------------------------------------------------------------------

StoreStatus DataStore::beginSnapshot(Snapshot *snapshot, bool *began)
{
    snapshot->db = database();
    if (!snapshot->db)
        return StoreStatus::Failure;
    *began = !snapshot->db->inTransaction();
    if (*began) {
        const StoreStatus s = snapshot->db->beginRead();
        if (s != StoreStatus::Ok)
            return s;
    }
    qint64 stamp = -1;
    const StoreStatus s = snapshot->db->commitStamp(&stamp);
    if (s != StoreStatus::Ok) {
        endSnapshot(*snapshot, *began);
        return s;
    }
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    if (stamp > m_cacheStamp && !m_writing) {
        // Newer than anything this process published, and this process is not writing:
        // another process committed. What the caches hold may be stale; the users search
        // catches up with the users that changed where it can.
        if (snapshot->db->isPostgres())
            m_searchIndex.catchUp(snapshot->db, m_cacheStamp, stamp);
        else
            m_searchIndex.reset(stamp);
        m_countCache.clear();
        m_pageCache.clear();
        m_pageCacheBytes = 0;
        m_cacheStamp = stamp;
    }
    snapshot->stamp = stamp == m_cacheStamp ? stamp : -1;
    return StoreStatus::Ok;
}

void DataStore::endSnapshot(const Snapshot &snapshot, bool began)
{
    if (began)
        snapshot.db->commit();
}

QString DataStore::oidOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(QLatin1String("$oid")).toString();
    return {};
}

QString DataStore::searchText(const QJsonObject &user)
{
    const auto field = [&user](const char *key) {
        return user.value(QLatin1String(key)).toString();
    };
    return SearchText::of(field("first_name"), field("last_name"), field("email"),
        field("mobile_phone_number"), field("human_id"));
}

// ---- companies ------------------------------------------------------------------------

StoreStatus DataStore::reloadCompanies()
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery q(db,
        QStringLiteral("SELECT id, slug, name, api_key, jwt_secret, created,"
                       " token_user, country FROM companies"));
    if (!q->exec())
        return Database::statusOf(q->lastError());
    QList<Company> companies;
    while (q->next()) {
        Company c;
        c.id = q->value(0).toString();
        c.slug = q->value(1).toString();
        c.name = q->value(2).toString();
        c.apiKey = q->value(3).toString().toUtf8();
        c.jwtSecret = q->value(4).toByteArray();
        c.created = q->value(5).toLongLong();
        c.tokenUserId = q->value(6).toString();
        c.country = q->value(7).toString();
        companies << c;
    }
    const StoreStatus s = Database::statusOf(q->lastError());
    if (s != StoreStatus::Ok)
        return s;
    // Companies are only ever added, so a pointer handed out stays valid.
    const std::unique_lock<std::shared_mutex> lock(m_companiesMutex);
    for (const Company &c : std::as_const(companies)) {
        if (!m_companiesByKey.contains(c.apiKey)) {
            m_companies.push_back(std::make_unique<Company>(c));
            m_companiesByKey.insert(c.apiKey, m_companies.back().get());
        }
    }
    return StoreStatus::Ok;
}

const Company *DataStore::companyByApiKey(QByteArrayView apiKey) const
{
    const std::shared_lock<std::shared_mutex> lock(m_companiesMutex);
    return m_companiesByKey.value(apiKey.toByteArray());
}

const Company *DataStore::companyBySlug(const QString &slug) const
{
    const std::shared_lock<std::shared_mutex> lock(m_companiesMutex);
    for (const auto &c : m_companies) {
        if (c->slug == slug)
            return c.get();
    }
    return nullptr;
}

const Company *DataStore::companyById(const QString &id) const
{
    const std::shared_lock<std::shared_mutex> lock(m_companiesMutex);
    for (const auto &c : m_companies) {
        if (c->id == id)
            return c.get();
    }
    return nullptr;
}

StoreStatus DataStore::insertCompany(const Company &company)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery q(db,
        QStringLiteral("INSERT INTO companies(id, slug, name, api_key,"
                       " jwt_secret, token_user, created, country)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(company.id);
    q->addBindValue(company.slug);
    q->addBindValue(company.name);
    q->addBindValue(QString::fromUtf8(company.apiKey));
    q->addBindValue(company.jwtSecret);
    q->addBindValue(company.tokenUserId);
    q->addBindValue(company.created);
    q->addBindValue(company.country);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    const std::unique_lock<std::shared_mutex> lock(m_companiesMutex);
    if (!m_companiesByKey.contains(company.apiKey)) {
        m_companies.push_back(std::make_unique<Company>(company));
        m_companiesByKey.insert(company.apiKey, m_companies.back().get());
    }
    return StoreStatus::Ok;
}

// ---- users ----------------------------------------------------------------------------

StoreStatus DataStore::readUser(
    const QString &sql, const QString &a, const QString &b, UserRow *out)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery q(db, lockedForWrite(db, sql));
    q->addBindValue(a);
    q->addBindValue(b);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    if (!q->next()) {
        const StoreStatus s = Database::statusOf(q->lastError());
        return s == StoreStatus::Ok ? StoreStatus::NotFound : s;
    }
    out->pk = q->value(0).toLongLong();
    out->id = q->value(1).toString();
    out->doc = q->value(2).toByteArray();
    out->version = q->value(3).toLongLong();
    out->deleted = q->value(4).toInt() != 0;
    out->modified = q->value(5).toLongLong();
    return StoreStatus::Ok;
}

StoreStatus DataStore::userById(const QString &companyId, const QString &id, UserRow *out)
{
    return readUser(QStringLiteral("SELECT t.pk, t.id, d.doc, t.version, t.deleted, t.modified"
                                   " FROM users t JOIN users_docs d ON d.pk = t.pk"
                                   " WHERE t.company = ? AND t.id = ?"),
        companyId, id, out);
}

StoreStatus DataStore::userByAuthId(const QString &companyId, const QString &authId, UserRow *out)
{
    if (authId.isEmpty())
        return StoreStatus::NotFound;
    return readUser(QStringLiteral("SELECT t.pk, t.id, d.doc, t.version, t.deleted, t.modified"
                                   " FROM users t JOIN users_docs d ON d.pk = t.pk"
                                   " WHERE t.company = ? AND t.auth_id = ? AND t.auth_id <> ''"),
        companyId, authId, out);
}

StoreStatus DataStore::insertUser(
    const QString &companyId, const QJsonObject &fields, const QByteArray &doc, qint64 *pk)
{
    StoreStatus s
        = insertRow(QStringLiteral("users"), QStringLiteral("id, company, ") + UserColumns,
            QVariantList {oidOf(fields.value(QLatin1String("_id"))), companyId}
                + userColumnValues(fields),
            pk);
    if (s != StoreStatus::Ok)
        return s;
    m_searchIndex.touch(*pk);
    s = insertDoc(QStringLiteral("users"), *pk, doc);
    return s == StoreStatus::Ok ? insertTags(*pk, companyId, fields) : s;
}

StoreStatus DataStore::updateUser(qint64 pk, const QJsonObject &fields, const QByteArray &doc,
    const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    QString sql = QStringLiteral("UPDATE users SET version = version + 1, auth_id = ?,"
                                 " deleted = ?, created = ?, modified = ?, last_login = ?,"
                                 " first_name = ?, last_name = ?, email = ?, human_id = ?,"
                                 " mobile_phone_number = ?, search = ?"
                                 " WHERE pk = ?");
    if (expectedVersions) {
        if (expectedVersions->isEmpty())
            return StoreStatus::Conflict;
        sql += QStringLiteral(" AND version IN (");
        for (qsizetype i = 0; i < expectedVersions->size(); ++i)
            sql += i ? QStringLiteral(", ?") : QStringLiteral("?");
        sql += QLatin1Char(')');
    }
    {
        ScopedQuery q(db, sql);
        bindAll(*q, userColumnValues(fields));
        q->addBindValue(pk);
        if (expectedVersions) {
            for (const qint64 v : *expectedVersions)
                q->addBindValue(v);
        }
        if (!q->exec())
            return Database::statusOf(q->lastError());
        if (q->numRowsAffected() != 1)
            return StoreStatus::Conflict;
        m_searchIndex.touch(pk);
    }
    {
        ScopedQuery q(db, QStringLiteral("UPDATE users_docs SET doc = ? WHERE pk = ?"));
        q->addBindValue(doc);
        q->addBindValue(pk);
        if (!q->exec())
            return Database::statusOf(q->lastError());
    }
    {
        ScopedQuery q(db, QStringLiteral("SELECT version, company FROM users WHERE pk = ?"));
        q->addBindValue(pk);
        if (!q->exec() || !q->next())
            return Database::statusOf(q->lastError());
        *newVersion = q->value(0).toLongLong();
        const QString companyId = q->value(1).toString();
        q->finish();
        return replaceTags(pk, companyId, fields);
    }
}

StoreStatus DataStore::replaceTags(qint64 pk, const QString &companyId, const QJsonObject &fields)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery del(db, QStringLiteral("DELETE FROM user_tags WHERE user_pk = ?"));
    del->addBindValue(pk);
    if (!del->exec())
        return Database::statusOf(del->lastError());
    return insertTags(pk, companyId, fields);
}

StoreStatus DataStore::insertTags(qint64 pk, const QString &companyId, const QJsonObject &fields)
{
    QSet<QString> seen;
    for (const QJsonValue &t : fields.value(QLatin1String("tags")).toArray()) {
        const QString tag = t.toString();
        if (tag.isEmpty() || seen.contains(tag))
            continue;
        seen.insert(tag);
        const StoreStatus s = insertRow(QStringLiteral("user_tags"),
            QStringLiteral("user_pk, company, tag"), {pk, companyId, tag}, nullptr);
        if (s != StoreStatus::Ok)
            return s;
    }
    return StoreStatus::Ok;
}

// ---- inserting rows, one or many at a time ----------------------------------------------

StoreStatus DataStore::insertRow(
    const QString &table, const QString &columns, QVariantList values, qint64 *pk)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    if (!m_bulk) {
        ScopedQuery q(db,
            QStringLiteral("INSERT INTO %1(%2) VALUES (%3)%4")
                .arg(table, columns, placeholders(values.size()),
                    pk ? QStringLiteral(" RETURNING pk") : QString()));
        bindAll(*q, values);
        if (!q->exec())
            return Database::statusOf(q->lastError());
        if (pk)
            *pk = returnedPk(*q);
        return StoreStatus::Ok;
    }
    QString allColumns = columns;
    if (pk) {
        QList<qint64> &ahead = m_bulk->pksAhead[table];
        if (ahead.isEmpty()) {
            ScopedQuery q(db,
                QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'pk'))"
                               " FROM generate_series(1, %1)")
                    .arg(BulkPksAhead));
            q->addBindValue(table);
            if (!q->exec())
                return Database::statusOf(q->lastError());
            while (q->next())
                ahead.append(q->value(0).toLongLong());
            if (ahead.isEmpty())
                return StoreStatus::Failure;
        }
        *pk = ahead.takeFirst();
        values.prepend(*pk);
        allColumns = QStringLiteral("pk, ") + columns;
    }
    PendingRows &rows = m_bulk->pending[table + QLatin1Char('(') + allColumns];
    if (rows.width == 0) {
        rows.table = table;
        rows.columns = allColumns;
        rows.width = values.size();
    }
    Q_ASSERT(rows.width == values.size());
    rows.values += values;
    ++rows.count;
    if (rows.count < qMin(BulkRowsPerStatement, BulkParametersPerStatement / rows.width))
        return StoreStatus::Ok;
    return sendRows(&rows);
}

StoreStatus DataStore::sendRows(PendingRows *rows)
{
    if (rows->count == 0)
        return StoreStatus::Ok;
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    const QString row = QLatin1Char('(') + placeholders(rows->width) + QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(rows->table, rows->columns);
    sql.reserve(sql.size() + rows->count * (row.size() + 2));
    for (qsizetype i = 0; i < rows->count; ++i) {
        if (i)
            sql += QStringLiteral(", ");
        sql += row;
    }
    const auto clear = qScopeGuard([rows] {
        rows->values.clear();
        rows->count = 0;
    });
    ScopedQuery q(db, sql);
    bindAll(*q, rows->values);
    return q->exec() ? StoreStatus::Ok : Database::statusOf(q->lastError());
}

DataStore::BulkInsert::BulkInsert(DataStore *store) : m_store(store)
{
    Database *const db = store->database();
    if (db && db->isPostgres() && !store->m_bulk)
        store->m_bulk = std::make_unique<PendingBulk>();
    else
        m_store = nullptr; // nothing to gather: SQLite inserts in process, one row at a time
}

DataStore::BulkInsert::~BulkInsert()
{
    if (m_store)
        m_store->m_bulk.reset();
}

StoreStatus DataStore::BulkInsert::finish()
{
    if (!m_store)
        return StoreStatus::Ok;
    StoreStatus status = StoreStatus::Ok;
    for (auto &[key, rows] : m_store->m_bulk->pending) {
        if (status == StoreStatus::Ok)
            status = m_store->sendRows(&rows);
    }
    m_store->m_bulk.reset();
    m_store = nullptr;
    return status;
}

// ---- orders, subscriptions, payment methods -------------------------------------------

StoreStatus DataStore::insertDoc(const QString &table, qint64 pk, const QByteArray &doc)
{
    return insertRow(
        table + QStringLiteral("_docs"), QStringLiteral("pk, doc"), {pk, doc}, nullptr);
}

StoreStatus DataStore::insertOrder(const QString &companyId, qint64 userPk, const QString &userId,
    const QJsonObject &f, const QByteArray &docWithoutUser)
{
    qint64 pk = 0;
    const StoreStatus s = insertRow(QStringLiteral("orders"),
        QStringLiteral("id, company, user_pk, user_id, deleted, created, modified, delivery_time,"
                       " human_id, total_amount, order_status, delivery_status, currency"),
        {oidOf(f.value(QLatin1String("_id"))), companyId,
            userPk > 0 ? QVariant(userPk) : nullValue(), userId, flag(f, QLatin1String("deleted")),
            dateMs(f, QLatin1String("created")), dateMs(f, QLatin1String("modified")),
            dateMs(f, QLatin1String("delivery_time")), text(f, QLatin1String("human_id")),
            number(f, QLatin1String("total_amount")), text(f, QLatin1String("order_status")),
            text(f, QLatin1String("delivery_status")), text(f, QLatin1String("currency"))},
        &pk);
    return s == StoreStatus::Ok ? insertDoc(QStringLiteral("orders"), pk, docWithoutUser) : s;
}

StoreStatus DataStore::insertSubscription(
    const QString &companyId, qint64 userPk, const QJsonObject &f, const QByteArray &doc)
{
    QVariant modified = dateMs(f, QLatin1String("modified"));
    if (modified.isNull())
        modified = dateMs(f, QLatin1String("updated"));
    qint64 pk = 0;
    const StoreStatus s = insertRow(QStringLiteral("subscriptions"),
        QStringLiteral("id, company, user_pk, deleted, created, modified, name, status,"
                       " starting_date, ending_date, human_id"),
        {oidOf(f.value(QLatin1String("_id"))), companyId,
            userPk > 0 ? QVariant(userPk) : nullValue(), flag(f, QLatin1String("deleted")),
            dateMs(f, QLatin1String("created")), modified, text(f, QLatin1String("name")),
            text(f, QLatin1String("status")), dateMs(f, QLatin1String("starting_date")),
            dateMs(f, QLatin1String("ending_date")), text(f, QLatin1String("human_id"))},
        &pk);
    return s == StoreStatus::Ok ? insertDoc(QStringLiteral("subscriptions"), pk, doc) : s;
}

StoreStatus DataStore::insertPaymentMethod(
    const QString &companyId, qint64 userPk, const QJsonObject &f, const QByteArray &doc)
{
    qint64 pk = 0;
    const StoreStatus s = insertRow(QStringLiteral("payment_methods"),
        QStringLiteral("id, company, user_pk, deleted, created, modified"),
        {oidOf(f.value(QLatin1String("_id"))), companyId,
            userPk > 0 ? QVariant(userPk) : nullValue(), flag(f, QLatin1String("deleted")),
            dateMs(f, QLatin1String("created")), dateMs(f, QLatin1String("modified"))},
        &pk);
    return s == StoreStatus::Ok ? insertDoc(QStringLiteral("payment_methods"), pk, doc) : s;
}

StoreStatus DataStore::paymentMethodOwner(
    const QString &companyId, const QString &id, qint64 *userPk)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery q(db,
        QStringLiteral("SELECT user_pk FROM payment_methods"
                       " WHERE company = ? AND id = ? AND deleted = 0"));
    q->addBindValue(companyId);
    q->addBindValue(id);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    if (!q->next())
        return StoreStatus::NotFound;
    *userPk = q->value(0).toLongLong();
    return StoreStatus::Ok;
}

StoreStatus DataStore::readRow(
    const QString &sql, const QString &companyId, const QString &id, bool versioned, DocRow *out)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery q(db, lockedForWrite(db, sql));
    q->addBindValue(companyId);
    q->addBindValue(id);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    if (!q->next()) {
        const StoreStatus s = Database::statusOf(q->lastError());
        return s == StoreStatus::Ok ? StoreStatus::NotFound : s;
    }
    *out = DocRow();
    out->pk = q->value(0).toLongLong();
    out->id = q->value(1).toString();
    out->doc = q->value(2).toByteArray();
    out->deleted = q->value(3).toInt() != 0;
    out->modified = q->value(4).toLongLong();
    out->userPk = q->value(5).toLongLong();
    if (versioned)
        out->version = q->value(6).toLongLong();
    if (q->record().count() > 7) {
        out->userId = q->value(7).toString().toLatin1();
        out->userDoc = q->value(8).toByteArray();
    }
    return StoreStatus::Ok;
}

StoreStatus DataStore::orderById(const QString &companyId, const QString &id, DocRow *out)
{
    return readRow(
        QStringLiteral("SELECT t.pk, t.id, (SELECT doc FROM orders_docs WHERE pk = t.pk),"
                       " t.deleted, t.modified, t.user_pk, t.version, t.user_id,"
                       " (SELECT doc FROM users_docs WHERE pk = t.user_pk)"
                       " FROM orders t WHERE t.company = ? AND t.id = ?"),
        companyId, id, true, out);
}

QByteArray DataStore::orderBody(const DocRow &order)
{
    QByteArray body;
    appendOrder(&body, order.doc, order.userId, order.userDoc, false);
    return body;
}

QByteArray DataStore::subscriptionBody(const DocRow &subscription, const QByteArray &doc)
{
    return subscriptionWithUser(
        doc.isNull() ? subscription.doc : doc, subscription.userId, subscription.userDoc);
}

StoreStatus DataStore::subscriptionById(const QString &companyId, const QString &id, DocRow *out)
{
    return readRow(
        QStringLiteral("SELECT t.pk, t.id, (SELECT doc FROM subscriptions_docs WHERE pk = t.pk),"
                       " t.deleted, t.modified, t.user_pk, t.version,"
                       " (SELECT id FROM users WHERE pk = t.user_pk),"
                       " (SELECT doc FROM users_docs WHERE pk = t.user_pk)"
                       " FROM subscriptions t WHERE t.company = ? AND t.id = ?"),
        companyId, id, true, out);
}

StoreStatus DataStore::paymentById(const QString &companyId, const QString &id, QByteArray *doc)
{
    DocRow row;
    const StoreStatus s = readRow(
        QStringLiteral("SELECT t.pk, t.id, (SELECT doc FROM payments_docs WHERE pk = t.pk),"
                       " t.deleted, t.modified, t.user_pk"
                       " FROM payments t WHERE t.company = ? AND t.id = ?"),
        companyId, id, false, &row);
    if (s == StoreStatus::Ok)
        *doc = row.doc;
    return s;
}

StoreStatus DataStore::planById(const QString &companyId, const QString &id, QByteArray *doc)
{
    DocRow row;
    const StoreStatus s
        = readRow(QStringLiteral("SELECT t.pk, t.id, (SELECT doc FROM plans_docs WHERE pk = t.pk),"
                                 " t.deleted, t.modified, 0"
                                 " FROM plans t WHERE t.company = ? AND t.id = ?"),
            companyId, id, false, &row);
    if (s == StoreStatus::Ok)
        *doc = row.doc;
    return s;
}

StoreStatus DataStore::updateDocument(const QString &table, qint64 pk, const QString &columns,
    const QVariantList &values, const QByteArray &doc,
    const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    const bool versioned = newVersion != nullptr;
    QString sql = QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
        + (versioned ? QStringLiteral("version = version + 1, ") : QString()) + columns
        + QStringLiteral(" WHERE pk = ?");
    if (expectedVersions) {
        if (expectedVersions->isEmpty())
            return StoreStatus::Conflict;
        sql += QStringLiteral(" AND version IN (") + placeholders(expectedVersions->size())
            + QLatin1Char(')');
    }
    {
        ScopedQuery q(db, sql);
        for (const QVariant &v : values)
            q->addBindValue(v);
        q->addBindValue(pk);
        if (expectedVersions) {
            for (const qint64 v : *expectedVersions)
                q->addBindValue(v);
        }
        if (!q->exec())
            return Database::statusOf(q->lastError());
        if (q->numRowsAffected() != 1)
            return StoreStatus::Conflict;
    }
    {
        ScopedQuery q(db,
            QStringLiteral("UPDATE ") + table + QStringLiteral("_docs SET doc = ? WHERE pk = ?"));
        q->addBindValue(doc);
        q->addBindValue(pk);
        if (!q->exec())
            return Database::statusOf(q->lastError());
    }
    if (!versioned)
        return StoreStatus::Ok;
    ScopedQuery q(
        db, QStringLiteral("SELECT version FROM ") + table + QStringLiteral(" WHERE pk = ?"));
    q->addBindValue(pk);
    if (!q->exec() || !q->next()) {
        const StoreStatus s = Database::statusOf(q->lastError());
        return s == StoreStatus::Ok ? StoreStatus::Failure : s;
    }
    *newVersion = q->value(0).toLongLong();
    return StoreStatus::Ok;
}

StoreStatus DataStore::updateOrder(qint64 pk, const QJsonObject &f, const QByteArray &doc,
    const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion)
{
    // The columns a write can change; the others (user, human id, amounts, creation) are
    // read-only (docs/API.md).
    return updateDocument(QStringLiteral("orders"), pk,
        QStringLiteral("modified = ?, order_status = ?, delivery_status = ?"),
        {dateMs(f, QLatin1String("modified")), text(f, QLatin1String("order_status")),
            text(f, QLatin1String("delivery_status"))},
        doc, expectedVersions, newVersion);
}

StoreStatus DataStore::updateSubscription(qint64 pk, const QJsonObject &f, const QByteArray &doc,
    const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion)
{
    return updateDocument(QStringLiteral("subscriptions"), pk,
        QStringLiteral("modified = ?, status = ?, starting_date = ?, ending_date = ?"),
        {dateMs(f, QLatin1String("modified")), text(f, QLatin1String("status")),
            dateMs(f, QLatin1String("starting_date")), dateMs(f, QLatin1String("ending_date"))},
        doc, expectedVersions, newVersion);
}

StoreStatus DataStore::insertPayment(
    const QString &companyId, qint64 userPk, const QJsonObject &f, const QByteArray &doc)
{
    const QJsonValue subject
        = f.value(QLatin1String("subject")).toObject().value(QLatin1String("_ref"));
    qint64 pk = 0;
    const StoreStatus s = insertRow(QStringLiteral("payments"),
        QStringLiteral("id, company, user_pk, subject_id, deleted, created, modified,"
                       " payment_date, human_id, current_state"),
        {oidOf(f.value(QLatin1String("_id"))), companyId,
            userPk > 0 ? QVariant(userPk) : nullValue(),
            subject.isString() ? QVariant(subject.toString()) : nullValue(),
            flag(f, QLatin1String("deleted")), dateMs(f, QLatin1String("created")),
            dateMs(f, QLatin1String("modified")), dateMs(f, QLatin1String("payment_date")),
            text(f, QLatin1String("human_id")), text(f, QLatin1String("current_state"))},
        &pk);
    return s == StoreStatus::Ok ? insertDoc(QStringLiteral("payments"), pk, doc) : s;
}

StoreStatus DataStore::paymentsOf(
    const QString &companyId, const QString &subjectId, QList<DocRow> *out)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery q(db,
        QStringLiteral("SELECT t.pk, t.id, (SELECT doc FROM payments_docs WHERE pk = t.pk),"
                       " t.deleted, t.modified, t.user_pk FROM payments t"
                       " WHERE t.subject_id = ? AND t.company = ? ORDER BY t.created, t.id"));
    q->addBindValue(subjectId);
    q->addBindValue(companyId);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    out->clear();
    while (q->next()) {
        DocRow row;
        row.pk = q->value(0).toLongLong();
        row.id = q->value(1).toString();
        row.doc = q->value(2).toByteArray();
        row.deleted = q->value(3).toInt() != 0;
        row.modified = q->value(4).toLongLong();
        row.userPk = q->value(5).toLongLong();
        out->append(row);
    }
    return Database::statusOf(q->lastError());
}

StoreStatus DataStore::updatePayment(qint64 pk, const QJsonObject &f, const QByteArray &doc)
{
    return updateDocument(QStringLiteral("payments"), pk,
        QStringLiteral("modified = ?, payment_date = ?, current_state = ?"),
        {dateMs(f, QLatin1String("modified")), dateMs(f, QLatin1String("payment_date")),
            text(f, QLatin1String("current_state"))},
        doc, std::nullopt, nullptr);
}

StoreStatus DataStore::insertPlan(
    const QString &companyId, const QJsonObject &f, const QByteArray &doc)
{
    QVariant modified = dateMs(f, QLatin1String("modified"));
    if (modified.isNull())
        modified = dateMs(f, QLatin1String("updated"));
    const QString name = f.value(QLatin1String("name")).toString();
    const QString humanId = f.value(QLatin1String("human_id")).toString();
    qint64 pk = 0;
    const StoreStatus s = insertRow(QStringLiteral("plans"),
        QStringLiteral("id, company, deleted, created, modified, name, human_id, total_amount,"
                       " search"),
        {oidOf(f.value(QLatin1String("_id"))), companyId, flag(f, QLatin1String("deleted")),
            dateMs(f, QLatin1String("created")), modified, text(f, QLatin1String("name")),
            text(f, QLatin1String("human_id")), number(f, QLatin1String("total_amount")),
            QString(name + QChar(0x1f) + humanId).toCaseFolded()},
        &pk);
    return s == StoreStatus::Ok ? insertDoc(QStringLiteral("plans"), pk, doc) : s;
}

// ---- lists ----------------------------------------------------------------------------

namespace {

const QStringList OrderDates
    = {QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("delivery_time")};

// Characters, not UTF-16 units: the trigram tokenizer counts characters.
qsizetype codePoints(const QString &s)
{
    qsizetype n = 0;
    for (const QChar c : s) {
        if (!c.isLowSurrogate())
            ++n;
    }
    return n;
}

} // namespace

/// The FROM and WHERE of a page query, with the values of its placeholders.
struct DataStore::Selection
{
    QString from; ///< the table, aliased t, maybe with INDEXED BY
    QString where;
    QVariantList binds;
    qint64 skipped = 0; ///< rows of the list that come before the first this query finds
    /// The rows are found through the index of another column than the sort's, then sorted.
    /// SQLite is held to that index by INDEXED BY; PostgreSQL's planner, which takes the
    /// columns for independent, may walk the sort column's index instead and pass most of the
    /// orders (a week of orders created 650 days ago, sorted by delivery time, took 1 s), so
    /// there the page query sorts by an expression no index has.
    bool sortsAfter = false;
    /// Binds too large to be part of a cache key (a set of customers), by their index, and
    /// what stands for them there.
    QList<qsizetype> opaque;
    QString opaqueKey;

    void add(const QString &condition)
    {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += condition;
    }
    /// Adds a condition on a set of customers (opaqueKey tells the set).
    void addCustomers(const QString &condition, const QByteArray &set)
    {
        add(condition);
        opaque << binds.size();
        binds << QString::fromLatin1(set);
    }
    /// What identifies `sql` run with these binds, for the caches.
    QString key(const QString &sql) const
    {
        QString out = sql;
        for (qsizetype i = 0; i < binds.size(); ++i) {
            out += QChar(0x1e);
            out += opaque.contains(i) ? opaqueKey : binds.at(i).toString();
        }
        return out;
    }
};

StoreStatus DataStore::aggregate(const Snapshot &at, const QString &sql, const QVariantList &binds,
    QVariantList *row, const QString &cacheKey)
{
    QString key = cacheKey;
    if (key.isEmpty()) {
        key = sql;
        for (const QVariant &v : binds) {
            key += QChar(0x1e);
            key += v.toString();
        }
    }
    if (at.stamp >= 0) {
        const std::lock_guard<std::mutex> lock(m_cacheMutex);
        const auto it = m_countCache.constFind(key);
        if (at.stamp == m_cacheStamp && it != m_countCache.constEnd()) {
            *row = *it;
            return StoreStatus::Ok;
        }
    }
    ScopedQuery q(at.db, sql);
    for (const QVariant &v : binds)
        q->addBindValue(v);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    row->clear();
    const int columns = q->record().count();
    while (q->next()) {
        for (int i = 0; i < columns; ++i)
            row->append(q->value(i));
    }
    const StoreStatus s = Database::statusOf(q->lastError());
    if (s != StoreStatus::Ok)
        return s;
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    if (at.stamp >= 0 && at.stamp == m_cacheStamp) {
        if (m_countCache.size() > 4096)
            m_countCache.clear();
        m_countCache.insert(key, *row);
    }
    return StoreStatus::Ok;
}

StoreStatus DataStore::count(const Snapshot &at, const QString &sql, const QVariantList &binds,
    qint64 *total, const QString &cacheKey)
{
    QVariantList row;
    const StoreStatus s = aggregate(at, sql, binds, &row, cacheKey);
    if (s == StoreStatus::Ok)
        *total = row.value(0).toLongLong();
    return s;
}

StoreStatus DataStore::maxPk(const Snapshot &at, const QString &table, qint64 *pk)
{
    return count(at, QStringLiteral("SELECT MAX(pk) FROM ") + table, {}, pk);
}

// The conditions of a list's filters other than its owner: deletion, date range, status lists.
void DataStore::addFilters(const ListFilter &f, Selection *s)
{
    if (!f.includeDeleted)
        s->add(QStringLiteral("t.deleted = 0"));
    if (!f.dateColumn.isEmpty() && f.fromMs) {
        s->add(QStringLiteral("t.%1 >= ?").arg(f.dateColumn));
        s->binds << *f.fromMs;
    }
    if (!f.dateColumn.isEmpty() && f.toMsExclusive) {
        s->add(QStringLiteral("t.%1 < ?").arg(f.dateColumn));
        s->binds << *f.toMsExclusive;
    }
    for (const auto &filter : f.in) {
        s->add(
            QStringLiteral("t.%1 IN (%2)").arg(filter.first, placeholders(filter.second.size())));
        for (const QString &v : filter.second)
            s->binds << v;
    }
}

StoreStatus DataStore::planList(
    const Snapshot &at, const ListFilter &f, Selection *selection, qint64 *total)
{
    const QString table = tableOf(f.collection);

    // A search without tags comes here only when UserSearchIndex cannot answer it (it
    // reflects another commit than the request's snapshot). The trigram index finds the
    // matches of the terms whose every alternative has three characters or more; instr()
    // checks each row for the others (too short for trigrams).
    QStringList ftsTerms;
    QList<QList<QByteArray>> shortTerms;
    for (const SearchQuery::Term &term : f.search.terms()) {
        const bool indexed = std::all_of(term.alternatives.cbegin(), term.alternatives.cend(),
            [](const QByteArray &a) { return codePoints(QString::fromUtf8(a)) >= 3; });
        if (!indexed) {
            shortTerms.append(term.alternatives);
            continue;
        }
        QStringList phrases;
        for (const QByteArray &a : term.alternatives) {
            QString phrase = QString::fromUtf8(a);
            phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
            phrases << QLatin1Char('"') + phrase + QLatin1Char('"');
        }
        ftsTerms << QLatin1Char('(') + phrases.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }

    // Tag and search conditions are sets of users. Written as "t.pk IN (...)" SQLite drives
    // the query from the set (best when it is small); written as "+t.pk IN (...)" or as
    // instr() it walks the sort index and checks each row, stopping after one page (best
    // when the set is large).
    auto build = [&](bool walkSortIndex) {
        Selection s;
        s.from = table + QStringLiteral(" t");
        const QString member
            = walkSortIndex ? QStringLiteral("+t.pk IN ") : QStringLiteral("t.pk IN ");
        if (f.userPk > 0) {
            // The user's rows are the company's; the per-user index needs no company.
            s.add(QStringLiteral("t.user_pk = ?"));
            s.binds << f.userPk;
        } else {
            s.add(QStringLiteral("t.company = ?"));
            s.binds << f.companyId;
        }
        addFilters(f, &s);
        if (!f.subjectId.isEmpty()) {
            s.add(QStringLiteral("t.subject_id = ?"));
            s.binds << f.subjectId;
        }
        if (f.collection == ListFilter::Collection::Plans && !f.text.isEmpty()) {
            s.add(at.db->containsText(QStringLiteral("t.search")));
            s.binds << f.text;
            return s;
        }
        for (const QString &tag : f.tags) {
            s.add(member
                + QStringLiteral("(SELECT user_pk FROM user_tags WHERE company = ? AND tag = ?)"));
            s.binds << f.companyId << tag;
        }
        if (at.db->isPostgres()) {
            // pg_trgm's index on search serves LIKE '%text%' (for texts of three characters
            // or more; shorter ones are checked row by row).
            for (const SearchQuery::Term &term : f.search.terms()) {
                QStringList any;
                for (const QByteArray &a : term.alternatives) {
                    QString pattern = QString::fromUtf8(a);
                    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                        .replace(QLatin1Char('%'), QLatin1String("\\%"))
                        .replace(QLatin1Char('_'), QLatin1String("\\_"));
                    any << QStringLiteral("t.search LIKE ?");
                    s.binds << QString(QLatin1Char('%') + pattern + QLatin1Char('%'));
                }
                s.add(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
            }
            return s;
        }
        if (!ftsTerms.isEmpty()) {
            s.add(member + QStringLiteral("(SELECT rowid FROM users_fts WHERE users_fts MATCH ?)"));
            s.binds << ftsTerms.join(QLatin1String(" AND "));
        }
        for (const QList<QByteArray> &alternatives : std::as_const(shortTerms)) {
            QStringList any;
            for (const QByteArray &a : alternatives) {
                any << at.db->containsText(QStringLiteral("t.search"));
                s.binds << QString::fromUtf8(a);
            }
            s.add(QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')'));
        }
        return s;
    };

    const Selection counted = build(false);
    const StoreStatus s
        = count(at, QStringLiteral("SELECT COUNT(*) FROM ") + counted.from + counted.where,
            counted.binds, total);
    if (s != StoreStatus::Ok)
        return s;
    *selection = build((!f.tags.isEmpty() || !f.search.isEmpty()) && *total > 500);
    return StoreStatus::Ok;
}

StoreStatus DataStore::planOrders(
    const Snapshot &at, const ListFilter &f, Selection *selection, qint64 *total)
{
    // The company's orders (not one user's), without deleted ones. Every sortable field has
    // an index that holds every field a list filters or sorts by (schema step 2 in
    // Database.cpp), so the page comes either from walking the sort index, checking the
    // filters on each row and stopping after one page, or from reading the filter's rows in
    // its index and sorting them, and neither reads the table. SQLite cannot weigh the two
    // (its estimates know nothing of the bound values), so the choice is made here from
    // exact counts, and INDEXED BY pins it.
    const QString &sortColumn = f.sortColumn;
    const bool range = !f.dateColumn.isEmpty() && (f.fromMs || f.toMsExclusive);
    // The index that reads the matches: the date range's, else the first status list's.
    QString filterColumn;
    if (range)
        filterColumn = f.dateColumn;
    else if (!f.in.isEmpty())
        filterColumn = f.in.constFirst().first;

    // Conditions on the driving index's own column narrow its range; "+" keeps SQLite from
    // using any other condition to choose an index, so those are checked row by row.
    auto build
        = [&](const QString &indexColumn, std::optional<qint64> from, std::optional<qint64> to,
              const QStringList &bounds = {}, const QVariantList &boundValues = {}) {
              Selection s;
              s.from = QStringLiteral("orders t")
                  + at.db->indexedBy(QStringLiteral("orders_") + indexColumn);
              s.add(QStringLiteral("t.company = ?"));
              s.binds << f.companyId;
              s.add(QStringLiteral("t.deleted = 0"));
              for (const QString &bound : bounds)
                  s.add(bound);
              s.binds += boundValues;
              auto column = [&indexColumn, &at](const QString &name) {
                  // "+" keeps SQLite from choosing an index by the column; PostgreSQL has
                  // no such hint (and no unary plus on text).
                  QString c(name == indexColumn || at.db->isPostgres() ? QLatin1String("t.")
                                                                       : QLatin1String("+t."));
                  c += name;
                  return c;
              };
              if (range && from) {
                  s.add(column(f.dateColumn) + QStringLiteral(" >= ?"));
                  s.binds << *from;
              }
              if (range && to) {
                  s.add(column(f.dateColumn) + QStringLiteral(" < ?"));
                  s.binds << *to;
              }
              for (const auto &filter : f.in) {
                  s.add(column(filter.first) + QStringLiteral(" IN (")
                      + placeholders(filter.second.size()) + QLatin1Char(')'));
                  for (const QString &v : filter.second)
                      s.binds << v;
              }
              return s;
          };

    // Counting. Whole days come from orders_by_day (schema step 2), the partial days at the
    // ends of a range from the range's index. The same passes learn where the matches lie in
    // the sort order, so that a walk of the sort index can start at the first of them rather
    // than at the first order: for a date, how many matches have it and its smallest and
    // largest value; for a status, the matches of each value.
    enum class Extra { None, DateBounds, StatusCounts };
    Extra extra = Extra::None;
    if (!filterColumn.isEmpty() && sortColumn != filterColumn) {
        if (OrderDates.contains(sortColumn))
            extra = Extra::DateBounds;
        else if (sortColumn == QLatin1String("order_status")
            || sortColumn == QLatin1String("delivery_status"))
            extra = Extra::StatusCounts;
    }
    qint64 withSort = 0;
    QVariant lowest;
    QVariant highest;
    QMap<QString, qint64> perValue;
    *total = 0;
    auto add = [&](const QVariantList &values) {
        if (extra == Extra::StatusCounts) {
            for (qsizetype i = 0; i + 1 < values.size(); i += 2) {
                perValue[values.at(i).toString()] += values.at(i + 1).toLongLong();
                *total += values.at(i + 1).toLongLong();
            }
            return;
        }
        *total += values.value(0).toLongLong();
        if (extra != Extra::DateBounds)
            return;
        withSort += values.value(1).toLongLong();
        const QVariant &low = values.value(2);
        const QVariant &high = values.value(3);
        if (!low.isNull() && (lowest.isNull() || low.toLongLong() < lowest.toLongLong()))
            lowest = low;
        if (!high.isNull() && (highest.isNull() || high.toLongLong() > highest.toLongLong()))
            highest = high;
    };
    auto countIndex = [&](std::optional<qint64> from, std::optional<qint64> to) {
        const Selection s = build(filterColumn, from, to);
        QString sql = QStringLiteral("SELECT COUNT(*)");
        if (extra == Extra::DateBounds)
            sql += QStringLiteral(", COUNT(t.%1), MIN(t.%1), MAX(t.%1)").arg(sortColumn);
        else if (extra == Extra::StatusCounts)
            sql = QStringLiteral("SELECT coalesce(t.%1, ''), COUNT(*)").arg(sortColumn);
        sql += QStringLiteral(" FROM ") + s.from + s.where;
        if (extra == Extra::StatusCounts)
            sql += QStringLiteral(" GROUP BY 1");
        QVariantList values;
        const StoreStatus status = aggregate(at, sql, s.binds, &values);
        if (status == StoreStatus::Ok)
            add(values);
        return status;
    };
    auto countDays = [&](std::optional<qint64> firstDay, std::optional<qint64> endDay) {
        QString sql = QStringLiteral("SELECT SUM(n)");
        if (extra == Extra::DateBounds)
            sql += QStringLiteral(", SUM(%1_n), MIN(%1_min), MAX(%1_max)").arg(sortColumn);
        else if (extra == Extra::StatusCounts)
            sql = QStringLiteral("SELECT %1, SUM(n)").arg(sortColumn);
        sql += QStringLiteral(
            " FROM orders_by_day WHERE company = ? AND field = ? AND deleted = 0");
        QVariantList binds {
            f.companyId, qsizetype(OrderDates.indexOf(range ? f.dateColumn : OrderDates.first()))};
        if (range) {
            sql += QStringLiteral(" AND day > ?");
            binds << Database::OrdersByDayNullDay;
        }
        if (firstDay) {
            sql += QStringLiteral(" AND day >= ?");
            binds << *firstDay;
        }
        if (endDay) {
            sql += QStringLiteral(" AND day < ?");
            binds << *endDay;
        }
        for (const auto &filter : f.in) {
            sql += QStringLiteral(" AND %1 IN (%2)")
                       .arg(filter.first, placeholders(filter.second.size()));
            for (const QString &v : filter.second)
                binds << v;
        }
        if (extra == Extra::StatusCounts)
            sql += QStringLiteral(" GROUP BY 1");
        QVariantList values;
        const StoreStatus status = aggregate(at, sql, binds, &values);
        if (status == StoreStatus::Ok)
            add(values);
        return status;
    };

    StoreStatus s = StoreStatus::Ok;
    if (!range) {
        s = countDays(std::nullopt, std::nullopt);
    } else {
        constexpr qint64 DayMs = 24LL * 3600 * 1000;
        const auto floorDiv = [](qint64 a, qint64 b) {
            return a / b - (a % b < 0 ? 1 : 0);
        };
        // Whole days: [firstDay, endDay), inside [from, to).
        std::optional<qint64> firstDay;
        std::optional<qint64> endDay;
        if (f.fromMs)
            firstDay = -floorDiv(-*f.fromMs, DayMs);
        if (f.toMsExclusive)
            endDay = floorDiv(*f.toMsExclusive, DayMs);
        if (firstDay && endDay && *firstDay >= *endDay) {
            s = countIndex(f.fromMs, f.toMsExclusive);
        } else {
            s = countDays(firstDay, endDay);
            if (s == StoreStatus::Ok && firstDay && *f.fromMs < *firstDay * DayMs)
                s = countIndex(f.fromMs, *firstDay * DayMs);
            if (s == StoreStatus::Ok && endDay && *endDay * DayMs < *f.toMsExclusive)
                s = countIndex(*endDay * DayMs, f.toMsExclusive);
        }
    }
    if (s != StoreStatus::Ok)
        return s;

    // (build() applies the range only when there is one)
    const std::optional<qint64> &from = f.fromMs;
    const std::optional<qint64> &to = f.toMsExclusive;
    Selection sorted = build(filterColumn.isEmpty() ? sortColumn : filterColumn, from, to);
    sorted.sortsAfter = !filterColumn.isEmpty() && sortColumn != filterColumn;
    if (filterColumn.isEmpty() || sortColumn == filterColumn) {
        // Nothing to filter, or the filter's range is in sort order already.
        *selection = sorted;
        return StoreStatus::Ok;
    }

    // Sorting costs about two steps per match. A walk costs a step per order it passes: about
    // (offset + size) * orders / matches when the matches are spread evenly over the sort
    // order, fewer when it can start and stop at the right place.
    const qint64 offset = f.page * f.size;
    const qint64 end = qMin(*total, offset + f.size); // one past the page's last row
    qint64 rows = 0;
    s = maxPk(at, QStringLiteral("orders"), &rows);
    if (s != StoreStatus::Ok)
        return s;
    const double sortCost = double(*total) * 2;
    const double density = double(qMax<qint64>(*total, 1)) / double(qMax<qint64>(rows, 1));
    double walkCost = double(end) / density;
    Selection walk = build(sortColumn, from, to);
    if (extra == Extra::DateBounds) {
        // NULL sorts first ascending and last descending: the matches without the date form
        // one run at an end of the sort order, those with it another, from `lowest` to
        // `highest`. A walk bounded to the run that holds the page starts at its first match.
        const qint64 nulls = *total - withSort;
        const qint64 nullsBegin = f.descending ? withSort : 0; // where the NULL run starts
        if (nulls > 0 && offset >= nullsBegin && end <= nullsBegin + nulls) {
            // The walk passes every order without the date (counted over every day).
            QVariantList all;
            s = aggregate(at,
                QStringLiteral("SELECT SUM(n) - SUM(%1_n) FROM orders_by_day"
                               " WHERE company = ? AND field = 0 AND deleted = 0")
                    .arg(sortColumn),
                {f.companyId}, &all);
            if (s != StoreStatus::Ok)
                return s;
            walk = build(sortColumn, from, to, {QStringLiteral("t.%1 IS NULL").arg(sortColumn)});
            walk.skipped = nullsBegin;
            walkCost = double(end - nullsBegin) * double(all.value(0).toLongLong()) / double(nulls);
        } else if (f.descending && end <= withSort && !highest.isNull()) {
            walk = build(
                sortColumn, from, to, {QStringLiteral("t.%1 <= ?").arg(sortColumn)}, {highest});
        } else if (!f.descending && offset >= nulls && !lowest.isNull()) {
            walk = build(
                sortColumn, from, to, {QStringLiteral("t.%1 >= ?").arg(sortColumn)}, {lowest});
            walk.skipped = nulls;
        } else {
            walkCost = std::numeric_limits<double>::infinity(); // the page spans both runs
        }
    } else if (extra == Extra::StatusCounts) {
        // The statuses holding the page, and how many orders of each exist at all (the walk
        // passes all of them): from orders_by_day, over every day.
        QVariantList all;
        s = aggregate(at,
            QStringLiteral("SELECT %1, SUM(n) FROM orders_by_day WHERE company = ?"
                           " AND field = 0 AND deleted = 0 GROUP BY 1")
                .arg(sortColumn),
            {f.companyId}, &all);
        if (s != StoreStatus::Ok)
            return s;
        QHash<QString, qint64> ordersOf;
        for (qsizetype i = 0; i + 1 < all.size(); i += 2)
            ordersOf.insert(all.at(i).toString(), all.at(i + 1).toLongLong());
        QStringList values = perValue.keys(); // ascending, by UTF-16 units
        std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
            return a.toUtf8() < b.toUtf8(); // SQLite's order: UTF-8 bytes
        });
        if (f.descending)
            std::reverse(values.begin(), values.end());
        qint64 before = 0; // matches of the values ahead of the current one
        qint64 skipped = 0; // matches of the values ahead of the first that holds the page
        QStringList held;
        bool bounded = true;
        walkCost = 0;
        for (const QString &v : std::as_const(values)) {
            const qint64 n = perValue.value(v);
            if (n > 0 && before + n > offset) {
                if (v.isEmpty()) { // NULL or '': the two do not sort alike, so no bound
                    bounded = false;
                    break;
                }
                if (held.isEmpty())
                    skipped = before;
                held << v;
                // The walk passes every order of the value up to the last match it needs.
                walkCost += double(qMin(end, before + n) - before) * double(ordersOf.value(v))
                    / double(n);
            }
            before += n;
            if (before >= end)
                break;
        }
        if (bounded && !held.isEmpty()) {
            const QString low = f.descending ? held.constLast() : held.constFirst();
            const QString high = f.descending ? held.constFirst() : held.constLast();
            // Values between them without matches are passed whole.
            for (auto it = ordersOf.constBegin(); it != ordersOf.constEnd(); ++it) {
                if (!held.contains(it.key()) && it.key().toUtf8() > low.toUtf8()
                    && it.key().toUtf8() < high.toUtf8())
                    walkCost += double(it.value());
            }
            walk = build(sortColumn, from, to,
                {QStringLiteral("t.%1 >= ?").arg(sortColumn),
                    QStringLiteral("t.%1 <= ?").arg(sortColumn)},
                {low, high});
            walk.skipped = skipped;
        } else {
            walkCost = std::numeric_limits<double>::infinity();
        }
    }
    *selection = walkCost < sortCost ? walk : sorted;
    return StoreStatus::Ok;
}

StoreStatus DataStore::customersMatching(const Snapshot &at, const QString &companyId,
    const QString &needle, QList<qint64> *pks, QList<qint64> *others)
{
    if (at.stamp >= 0) {
        const StoreStatus s
            = m_searchIndex.customers(at.db, at.stamp, companyId, needle.toUtf8(), pks, others);
        if (s != StoreStatus::NotFound)
            return s;
    }
    // The index is at another commit: the same match in SQL, on the search text up to its
    // second separator (searchText(): the name, then the email).
    const auto position = [&at](const QString &in, const QString &what) -> QString {
        return (at.db->isPostgres() ? QStringLiteral("strpos(") : QStringLiteral("instr(")) + in
            + QStringLiteral(", ") + what + QLatin1Char(')');
    };
    const QString separator = at.db->unitSeparator();
    const QString firstSeparator = position(QStringLiteral("search"), separator);
    const QString secondSeparator = firstSeparator + QStringLiteral(" + ")
        + position(QStringLiteral("substr(search, ") + firstSeparator + QStringLiteral(" + 1)"),
            separator);
    ScopedQuery q(at.db,
        QStringLiteral("SELECT pk, ") + position(QStringLiteral("search"), QStringLiteral("?"))
            + QStringLiteral(" BETWEEN 1 AND ") + secondSeparator
            + QStringLiteral(" - length(?) FROM users WHERE company = ? ORDER BY pk"));
    q->addBindValue(needle);
    q->addBindValue(needle);
    q->addBindValue(companyId);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    pks->clear();
    others->clear();
    while (q->next())
        (q->value(1).toInt() ? pks : others)->append(q->value(0).toLongLong());
    return Database::statusOf(q->lastError());
}

StoreStatus DataStore::planOwnedSearch(
    const Snapshot &at, const ListFilter &f, Selection *selection, qint64 *total)
{
    // The matches are the documents whose human id starts with the query (H: a range of the
    // <table>_human_key index) and those of the customers whose name or email contains it
    // (C: the customers' rows of the <table>_user index). Their number is |H| + |C| - |H and
    // C|, each counted in an index. A set of users is bound as one JSON array (json_each()),
    // which SQLite reads into an index of its own once per statement.
    //
    // When most users match (a query of one or two letters, "gmail"), their documents are
    // most of the collection: |C| is then the documents of the whole list less those of the
    // users who do not match, and the page query tests "not one of those".
    const QString table = tableOf(f.collection);
    QList<qint64> customers;
    QList<qint64> others;
    StoreStatus s
        = customersMatching(at, f.companyId, SearchText::fold(f.text), &customers, &others);
    if (s != StoreStatus::Ok)
        return s;
    const bool dense = customers.size() > others.size();
    auto jsonArray = [](const QList<qint64> &pks) -> QByteArray {
        QByteArray out;
        out.reserve(pks.size() * 8 + 2);
        out += '[';
        for (qsizetype i = 0; i < pks.size(); ++i) {
            if (i)
                out += ',';
            out += QByteArray::number(pks.at(i));
        }
        return out + ']';
    };
    const QByteArray customerSet = jsonArray(customers);
    const QByteArray otherSet = dense ? jsonArray(others) : QByteArray();
    // Every text that starts with the query sorts from the query to the query followed by the
    // last code point (SQLite compares text by its UTF-8 bytes).
    const char32_t last = 0x10FFFF;
    const QString upper = f.text + QString::fromUcs4(&last, 1);
    const QString humanRange = QStringLiteral("lower(t.human_id) >= ? AND lower(t.human_id) < ?");
    const QString inSet
        = QStringLiteral("t.user_pk IN (") + at.db->integersOfJsonArray() + QLatin1Char(')');
    const QString notInSet = QStringLiteral("t.user_pk IS NOT NULL AND t.user_pk NOT IN (")
        + at.db->integersOfJsonArray() + QLatin1Char(')');
    // The set is the company's users that match: the company and the query identify it.
    const QString opaqueKey
        = QStringLiteral("users of ") + f.companyId + QStringLiteral(" matching ") + f.text;

    auto base = [&](const QString &from) {
        Selection b;
        b.from = from;
        b.opaqueKey = opaqueKey;
        return b;
    };
    auto byHumanId = [&] {
        Selection h = base(
            table + QStringLiteral(" t") + at.db->indexedBy(table + QStringLiteral("_human_key")));
        h.add(QStringLiteral("t.company = ?"));
        h.binds << f.companyId;
        h.add(humanRange);
        h.binds << f.text << upper;
        addFilters(f, &h);
        return h;
    };
    // The users' rows are the company's (as in planList()); the per-user index needs no
    // company.
    auto ofUsers = [&](const QByteArray &set) {
        Selection u = base(table + QStringLiteral(" t"));
        u.addCustomers(inSet, set);
        addFilters(f, &u);
        return u;
    };
    auto countOf = [&](const Selection &sel, qint64 *n) {
        const QString sql = QStringLiteral("SELECT COUNT(*) FROM ") + sel.from + sel.where;
        return count(at, sql, sel.binds, n, sel.key(sql));
    };

    const Selection byId = byHumanId();
    qint64 ids = 0;
    qint64 owned = 0;
    qint64 overlap = 0;
    s = countOf(byId, &ids);
    if (s == StoreStatus::Ok && !customers.isEmpty() && !dense) {
        s = countOf(ofUsers(customerSet), &owned);
    } else if (s == StoreStatus::Ok && dense) {
        // All the list's documents, less those of the other users and those of no user.
        ListFilter all = f;
        all.text.clear();
        Selection unused;
        qint64 listed = 0;
        qint64 ofOthers = 0;
        qint64 ofNobody = 0;
        s = all.collection == ListFilter::Collection::Orders && !all.includeDeleted
            ? planOrders(at, all, &unused, &listed)
            : planList(at, all, &unused, &listed);
        if (s == StoreStatus::Ok && !others.isEmpty())
            s = countOf(ofUsers(otherSet), &ofOthers);
        if (s == StoreStatus::Ok) {
            Selection nobody = base(table + QStringLiteral(" t"));
            nobody.add(QStringLiteral("t.user_pk IS NULL"));
            nobody.add(QStringLiteral("t.company = ?"));
            nobody.binds << f.companyId;
            addFilters(f, &nobody);
            s = countOf(nobody, &ofNobody);
        }
        owned = listed - ofOthers - ofNobody;
    }
    if (s == StoreStatus::Ok && !customers.isEmpty() && ids > 0) {
        Selection both = byHumanId();
        if (dense)
            both.addCustomers(notInSet, otherSet);
        else
            both.addCustomers(inSet, customerSet);
        s = countOf(both, &overlap);
    }
    if (s != StoreStatus::Ok)
        return s;
    *total = ids + owned - overlap;

    // The page: either walk an index in the sort order, checking each row, until one page of
    // matches (cheap when they are dense), or read the matches and sort them (cheap when they
    // are few). The cost of each, in steps, as planOrders() weighs them.
    QString walkIndex;
    const QString &sort = f.sortColumn;
    if (f.collection == ListFilter::Collection::Orders)
        walkIndex = f.includeDeleted
            ? (sort == QLatin1String("created") ? QStringLiteral("orders_all_created") : QString())
            : QStringLiteral("orders_") + sort;
    else if (f.collection == ListFilter::Collection::Subscriptions)
        walkIndex = !f.includeDeleted && sort == QLatin1String("created")
            ? QStringLiteral("subscriptions_created")
            : QString();
    else if (f.collection == ListFilter::Collection::Payments && !f.includeDeleted)
        walkIndex = QStringLiteral("payments_created"); // the only sort of payments
    qint64 rows = 0;
    s = maxPk(at, table, &rows);
    if (s != StoreStatus::Ok)
        return s;
    const qint64 end = qMin(*total, f.page * f.size + f.size);
    const double density = double(qMax<qint64>(*total, 1)) / double(qMax<qint64>(rows, 1));
    const double walkCost = 2 * double(end) / density;
    const double sortCost = 3 * double(*total);
    if (!walkIndex.isEmpty() && walkCost < sortCost) {
        Selection walk = base(table + QStringLiteral(" t") + at.db->indexedBy(walkIndex));
        walk.add(QStringLiteral("t.company = ?"));
        walk.binds << f.companyId;
        addFilters(f, &walk);
        walk.binds << f.text << upper;
        if (customers.isEmpty()) {
            walk.add(QLatin1Char('(') + humanRange + QLatin1Char(')'));
        } else {
            walk.addCustomers(QLatin1Char('(') + humanRange + QStringLiteral(" OR (")
                    + (dense ? notInSet : inSet) + QStringLiteral("))"),
                dense ? otherSet : customerSet);
        }
        *selection = walk;
        return StoreStatus::Ok;
    }
    Selection sorted = base(table + QStringLiteral(" t"));
    QString matches = QStringLiteral("SELECT t.pk FROM ") + byId.from + byId.where;
    sorted.binds = byId.binds;
    if (!customers.isEmpty()) {
        const Selection byCustomer = ofUsers(customerSet);
        matches
            += QStringLiteral(" UNION ALL SELECT t.pk FROM ") + byCustomer.from + byCustomer.where;
        for (const qsizetype i : byCustomer.opaque)
            sorted.opaque << sorted.binds.size() + i;
        sorted.binds += byCustomer.binds;
    }
    sorted.add(QStringLiteral("t.pk IN (") + matches + QLatin1Char(')'));
    *selection = sorted;
    return StoreStatus::Ok;
}

StoreStatus DataStore::searchUsers(const Snapshot &at, const ListFilter &f, ListPage *page)
{
    const qint64 offset = f.page * f.size;
    QList<qint64> pks;
    StoreStatus s = m_searchIndex.page(at.db, at.stamp, f.companyId, f.search, f.includeDeleted,
        f.sortColumn, f.descending, offset, f.size, &pks, &page->total);
    if (s == StoreStatus::NotFound)
        return listPage(at, f, page); // the index is at another commit: search in SQL
    if (s != StoreStatus::Ok)
        return s;
    const QChar separator(0x1e);
    const QString cacheKey = QStringLiteral("search") + separator + f.companyId + separator
        + f.sortColumn + separator + QString::number(int(f.descending) + 2 * int(f.includeDeleted))
        + separator + QString::number(f.size) + separator + QString::number(offset) + separator
        + QString::fromLatin1(f.search.key().toHex());
    if (const std::optional<QByteArray> cached = cachedPage(at, cacheKey)) {
        page->body = *cached;
        return StoreStatus::Ok;
    }
    QByteArray &body = page->body;
    body = "[";
    for (const qint64 pk : std::as_const(pks)) {
        ScopedQuery q(at.db, QStringLiteral("SELECT doc FROM users_docs WHERE pk = ?"));
        q->addBindValue(pk);
        if (!q->exec() || !q->next()) {
            s = Database::statusOf(q->lastError());
            return s == StoreStatus::Ok ? StoreStatus::Failure : s;
        }
        if (body.size() > 1)
            body += ',';
        body += q->value(0).toByteArray();
    }
    body += ']';
    rememberPage(at, cacheKey, body);
    return StoreStatus::Ok;
}

std::optional<QByteArray> DataStore::cachedPage(const Snapshot &at, const QString &key) const
{
    if (at.stamp < 0)
        return std::nullopt;
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    const auto it = m_pageCache.constFind(key);
    if (at.stamp != m_cacheStamp || it == m_pageCache.constEnd())
        return std::nullopt;
    return *it;
}

void DataStore::rememberPage(const Snapshot &at, const QString &key, const QByteArray &body)
{
    constexpr qsizetype MaxPageCacheBytes = 64 * 1024 * 1024;
    const std::lock_guard<std::mutex> lock(m_cacheMutex);
    if (at.stamp < 0 || at.stamp != m_cacheStamp)
        return;
    if (m_pageCacheBytes + body.size() > MaxPageCacheBytes) {
        m_pageCache.clear();
        m_pageCacheBytes = 0;
    }
    m_pageCache.insert(key, body);
    m_pageCacheBytes += body.size();
}

StoreStatus DataStore::list(const ListFilter &f, ListPage *page)
{
    // The total and the page come from one snapshot.
    Snapshot at;
    bool began = false;
    StoreStatus s = beginSnapshot(&at, &began);
    if (s != StoreStatus::Ok)
        return s;
    // A search without tags: UserSearchIndex finds, sorts and pages the users in memory,
    // when it reflects this snapshot (on PostgreSQL too: it follows the other processes'
    // commits, see beginSnapshot()). Otherwise the database searches (the trigram index).
    if (f.collection == ListFilter::Collection::Users && !f.search.isEmpty() && f.tags.isEmpty()
        && at.stamp >= 0)
        s = searchUsers(at, f, page);
    else
        s = listPage(at, f, page);
    endSnapshot(at, began);
    return s;
}

StoreStatus DataStore::listPage(const Snapshot &at, const ListFilter &f, ListPage *page)
{
    const bool orders = f.collection == ListFilter::Collection::Orders;
    const bool subscriptions = f.collection == ListFilter::Collection::Subscriptions;
    Selection selection;
    StoreStatus planned = StoreStatus::Ok;
    if (isOwned(f.collection) && !f.text.isEmpty())
        planned = planOwnedSearch(at, f, &selection, &page->total);
    else if (orders && f.userPk == 0 && !f.includeDeleted)
        planned = planOrders(at, f, &selection, &page->total);
    else
        planned = planList(at, f, &selection, &page->total);
    if (planned != StoreStatus::Ok)
        return planned;

    page->body.clear();
    const qint64 offset = f.page * f.size;
    if (offset >= page->total) {
        page->body = QByteArrayLiteral("[]");
        return StoreStatus::Ok;
    }

    // A users search ranks the users with a field equal to the query (its email, human_id or
    // phone number) first: the page takes rows from them, then from the others, each part in
    // the sort order. (UserSearchIndex ranks the same way, with SearchQuery::isExact().)
    struct Part
    {
        Selection selection;
        qint64 limit = 0;
        qint64 offset = 0;
    };
    QList<Part> parts {{selection, f.size, offset - selection.skipped}};
    if (f.collection == ListFilter::Collection::Users && !f.search.exactKeys().isEmpty()) {
        QStringList any;
        QVariantList keys;
        const QString separator = at.db->unitSeparator();
        for (const QByteArray &key : f.search.exactKeys()) {
            any << at.db->containsText(QStringLiteral("%1 || t.search || %1").arg(separator));
            keys << QString(QChar(SearchText::FieldSeparator) + QString::fromUtf8(key)
                + QChar(SearchText::FieldSeparator));
        }
        const QString exact = QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
        Part first {selection, 0, offset};
        first.selection.add(exact);
        first.selection.binds += keys;
        qint64 exactTotal = 0;
        const StoreStatus counted = count(at,
            QStringLiteral("SELECT COUNT(*) FROM ") + first.selection.from + first.selection.where,
            first.selection.binds, &exactTotal);
        if (counted != StoreStatus::Ok)
            return counted;
        if (exactTotal > 0) {
            Part rest {selection, 0, qMax<qint64>(0, offset - exactTotal)};
            rest.selection.add(QStringLiteral("NOT ") + exact);
            rest.selection.binds += keys;
            parts.clear();
            if (offset < exactTotal) {
                first.limit = qMin<qint64>(f.size, exactTotal - offset);
                parts << first;
            }
            rest.limit = f.size - (parts.isEmpty() ? 0 : first.limit);
            if (rest.limit > 0)
                parts << rest;
        }
    }

    // The page is chosen on the narrow table first; documents are read for its rows only
    // (a sort step would otherwise load the document of every candidate row).
    const QString table = tableOf(f.collection);
    const QString direction = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    // NULLs sort as SQLite sorts them, first in ascending order, on either engine.
    const QString nulls = at.db->nullsAsSqlite(f.descending);
    const auto sqlOf = [&](const Selection &selection) -> QString {
        QString sortKey = QStringLiteral("t.") + f.sortColumn;
        if (selection.sortsAfter && at.db->isPostgres())
            sortKey = QStringLiteral("COALESCE(%1, %1)").arg(sortKey); // the same, unindexed
        const QString inner = QStringLiteral("SELECT t.pk AS pk, t.") + f.sortColumn
            + QStringLiteral(" AS sort_key, t.id AS id FROM ") + selection.from + selection.where
            + QStringLiteral(" ORDER BY ") + sortKey + direction + nulls + QStringLiteral(", t.id")
            + direction + QStringLiteral(" LIMIT ? OFFSET ?");
        QString sql;
        if (orders) {
            sql = QStringLiteral("SELECT (SELECT doc FROM orders_docs WHERE pk = p.pk), o.user_id,"
                                 " (SELECT doc FROM users_docs WHERE pk = o.user_pk) FROM (")
                + inner + QStringLiteral(") p JOIN orders o ON o.pk = p.pk");
        } else if (subscriptions) {
            sql = QStringLiteral("SELECT (SELECT doc FROM subscriptions_docs WHERE pk = p.pk),"
                                 " (SELECT id FROM users WHERE pk = s.user_pk),"
                                 " (SELECT doc FROM users_docs WHERE pk = s.user_pk) FROM (")
                + inner + QStringLiteral(") p JOIN subscriptions s ON s.pk = p.pk");
        } else {
            sql = QStringLiteral("SELECT (SELECT doc FROM ") + table
                + QStringLiteral("_docs WHERE pk = p.pk) FROM (") + inner + QStringLiteral(") p");
        }
        return sql + QStringLiteral(" ORDER BY p.sort_key") + direction + nulls
            + QStringLiteral(", p.id") + direction;
    };

    QString cacheKey;
    for (const Part &part : std::as_const(parts)) {
        cacheKey += part.selection.key(sqlOf(part.selection));
        cacheKey += QStringLiteral("\x1e%1\x1e%2\x1d").arg(part.limit).arg(part.offset);
    }
    if (const std::optional<QByteArray> cached = cachedPage(at, cacheKey)) {
        page->body = *cached;
        return StoreStatus::Ok;
    }

    QByteArray &body = page->body;
    body.reserve(f.size * (orders ? 3000 : 1400));
    body.append('[');
    bool first = true;
    for (const Part &part : std::as_const(parts)) {
        ScopedQuery q(at.db, sqlOf(part.selection));
        for (const QVariant &v : std::as_const(part.selection.binds))
            q->addBindValue(v);
        q->addBindValue(part.limit);
        q->addBindValue(part.offset);
        if (!q->exec())
            return Database::statusOf(q->lastError());
        while (q->next()) {
            if (!first)
                body.append(',');
            first = false;
            if (orders) {
                appendOrder(&body, q->value(0).toByteArray(), q->value(1).toString().toLatin1(),
                    q->value(2).toByteArray(), true);
            } else if (subscriptions) {
                body.append(subscriptionWithUser(q->value(0).toByteArray(),
                    q->value(1).toString().toLatin1(), q->value(2).toByteArray()));
            } else {
                body.append(q->value(0).toByteArray());
            }
        }
        const StoreStatus s = Database::statusOf(q->lastError());
        if (s != StoreStatus::Ok)
            return s;
    }
    body.append(']');
    rememberPage(at, cacheKey, body);
    return StoreStatus::Ok;
}

StoreStatus DataStore::tagCounts(const QString &companyId, QByteArray *body)
{
    Database *const db = database();
    if (!db)
        return StoreStatus::Failure;
    ScopedQuery q(db,
        QStringLiteral("SELECT ut.tag, COUNT(*) AS n FROM user_tags ut"
                       " JOIN users u ON u.pk = ut.user_pk"
                       " WHERE ut.company = ? AND u.deleted = 0"
                       " GROUP BY ut.tag ORDER BY n DESC, ut.tag ASC"));
    q->addBindValue(companyId);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    body->clear();
    body->append('[');
    bool first = true;
    while (q->next()) {
        if (!first)
            body->append(',');
        first = false;
        body->append("{\"name\":");
        body->append(RawJson::quote(q->value(0).toString()));
        body->append(",\"count\":");
        body->append(QByteArray::number(q->value(1).toLongLong()));
        body->append('}');
    }
    body->append(']');
    return Database::statusOf(q->lastError());
}

} // namespace Server
