#include "DataStore.h"

#include "RawJson.h"

#include <QJsonArray>
#include <QSet>
#include <QVariant>

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
    }
    return {};
}

// Writes an order with its user expanded: {"user":{"$oid":id,<user doc>},<order doc>}.
void appendOrder(QByteArray *out, const QByteArray &orderDoc, const QByteArray &userId,
    const QByteArray &userDoc)
{
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

const QString UserColumns = QStringLiteral(
    "auth_id, deleted, created, modified, last_login, first_name, last_name, email, human_id,"
    " mobile_phone_number, search");

void bindUserColumns(QSqlQuery &q, const QJsonObject &f)
{
    q.addBindValue(f.value(QLatin1String("auth_id")).toString());
    q.addBindValue(flag(f, QLatin1String("deleted")));
    q.addBindValue(dateMs(f, QLatin1String("created")));
    q.addBindValue(dateMs(f, QLatin1String("modified")));
    q.addBindValue(dateMs(f, QLatin1String("last_login")));
    q.addBindValue(text(f, QLatin1String("first_name")));
    q.addBindValue(text(f, QLatin1String("last_name")));
    q.addBindValue(text(f, QLatin1String("email")));
    q.addBindValue(text(f, QLatin1String("human_id")));
    q.addBindValue(text(f, QLatin1String("mobile_phone_number")));
    q.addBindValue(DataStore::searchText(f));
}

} // namespace

DataStore::DataStore(Database *db) : m_db(db) { }

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
    const QChar sep(0x1f);
    const QString first = user.value(QLatin1String("first_name")).toString();
    const QString last = user.value(QLatin1String("last_name")).toString();
    QString s = first + QLatin1Char(' ') + last;
    s += sep;
    s += user.value(QLatin1String("email")).toString();
    s += sep;
    s += user.value(QLatin1String("mobile_phone_number")).toString();
    s += sep;
    s += user.value(QLatin1String("human_id")).toString();
    return s.toCaseFolded();
}

// ---- companies ------------------------------------------------------------------------

StoreStatus DataStore::reloadCompanies()
{
    ScopedQuery q(m_db,
        QStringLiteral("SELECT id, slug, name, api_key, jwt_secret, created,"
                       " token_user FROM companies"));
    if (!q->exec())
        return Database::statusOf(q->lastError());
    QHash<QByteArray, Company> companies;
    while (q->next()) {
        Company c;
        c.id = q->value(0).toString();
        c.slug = q->value(1).toString();
        c.name = q->value(2).toString();
        c.apiKey = q->value(3).toString().toUtf8();
        c.jwtSecret = q->value(4).toByteArray();
        c.created = q->value(5).toLongLong();
        c.tokenUserId = q->value(6).toString();
        companies.insert(c.apiKey, c);
    }
    m_companiesByKey = companies;
    return StoreStatus::Ok;
}

const Company *DataStore::companyByApiKey(QByteArrayView apiKey) const
{
    const auto it = m_companiesByKey.constFind(apiKey.toByteArray());
    return it == m_companiesByKey.constEnd() ? nullptr : &*it;
}

const Company *DataStore::companyBySlug(const QString &slug) const
{
    for (const Company &c : m_companiesByKey) {
        if (c.slug == slug)
            return &c;
    }
    return nullptr;
}

const Company *DataStore::companyById(const QString &id) const
{
    for (const Company &c : m_companiesByKey) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

StoreStatus DataStore::insertCompany(const Company &company)
{
    ScopedQuery q(m_db,
        QStringLiteral("INSERT INTO companies(id, slug, name, api_key,"
                       " jwt_secret, token_user, created)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(company.id);
    q->addBindValue(company.slug);
    q->addBindValue(company.name);
    q->addBindValue(QString::fromUtf8(company.apiKey));
    q->addBindValue(company.jwtSecret);
    q->addBindValue(company.tokenUserId);
    q->addBindValue(company.created);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    m_companiesByKey.insert(company.apiKey, company);
    return StoreStatus::Ok;
}

// ---- users ----------------------------------------------------------------------------

StoreStatus DataStore::readUser(
    const QString &sql, const QString &a, const QString &b, UserRow *out)
{
    ScopedQuery q(m_db, sql);
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
    ScopedQuery q(m_db,
        QStringLiteral("INSERT INTO users(id, company, ") + UserColumns
            + QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(oidOf(fields.value(QLatin1String("_id"))));
    q->addBindValue(companyId);
    bindUserColumns(*q, fields);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    *pk = q->lastInsertId().toLongLong();
    const StoreStatus s = insertDoc(QStringLiteral("users"), *pk, doc);
    return s == StoreStatus::Ok ? replaceTags(*pk, companyId, fields) : s;
}

StoreStatus DataStore::updateUser(qint64 pk, const QJsonObject &fields, const QByteArray &doc,
    const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion)
{
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
        ScopedQuery q(m_db, sql);
        bindUserColumns(*q, fields);
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
        ScopedQuery q(m_db, QStringLiteral("UPDATE users_docs SET doc = ? WHERE pk = ?"));
        q->addBindValue(doc);
        q->addBindValue(pk);
        if (!q->exec())
            return Database::statusOf(q->lastError());
    }
    {
        ScopedQuery q(m_db, QStringLiteral("SELECT version, company FROM users WHERE pk = ?"));
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
    {
        ScopedQuery del(m_db, QStringLiteral("DELETE FROM user_tags WHERE user_pk = ?"));
        del->addBindValue(pk);
        if (!del->exec())
            return Database::statusOf(del->lastError());
    }
    const QJsonArray tags = fields.value(QLatin1String("tags")).toArray();
    if (tags.isEmpty())
        return StoreStatus::Ok;
    QSet<QString> seen;
    ScopedQuery ins(m_db,
        QStringLiteral("INSERT INTO user_tags(user_pk, company, tag)"
                       " VALUES (?, ?, ?)"));
    for (const QJsonValue &t : tags) {
        const QString tag = t.toString();
        if (tag.isEmpty() || seen.contains(tag))
            continue;
        seen.insert(tag);
        ins->addBindValue(pk);
        ins->addBindValue(companyId);
        ins->addBindValue(tag);
        if (!ins->exec())
            return Database::statusOf(ins->lastError());
    }
    return StoreStatus::Ok;
}

// ---- orders, subscriptions, payment methods -------------------------------------------

StoreStatus DataStore::insertDoc(const QString &table, qint64 pk, const QByteArray &doc)
{
    ScopedQuery q(m_db,
        QStringLiteral("INSERT INTO ") + table + QStringLiteral("_docs(pk, doc) VALUES (?, ?)"));
    q->addBindValue(pk);
    q->addBindValue(doc);
    return q->exec() ? StoreStatus::Ok : Database::statusOf(q->lastError());
}

StoreStatus DataStore::insertOrder(const QString &companyId, qint64 userPk, const QString &userId,
    const QJsonObject &f, const QByteArray &docWithoutUser)
{
    ScopedQuery q(m_db,
        QStringLiteral("INSERT INTO orders(id, company, user_pk, user_id, deleted, created,"
                       " modified, delivery_time, human_id, total_amount, order_status,"
                       " delivery_status, currency)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q->addBindValue(oidOf(f.value(QLatin1String("_id"))));
    q->addBindValue(companyId);
    q->addBindValue(userPk > 0 ? QVariant(userPk) : nullValue());
    q->addBindValue(userId);
    q->addBindValue(flag(f, QLatin1String("deleted")));
    q->addBindValue(dateMs(f, QLatin1String("created")));
    q->addBindValue(dateMs(f, QLatin1String("modified")));
    q->addBindValue(dateMs(f, QLatin1String("delivery_time")));
    q->addBindValue(text(f, QLatin1String("human_id")));
    q->addBindValue(number(f, QLatin1String("total_amount")));
    q->addBindValue(text(f, QLatin1String("order_status")));
    q->addBindValue(text(f, QLatin1String("delivery_status")));
    q->addBindValue(text(f, QLatin1String("currency")));
    if (!q->exec())
        return Database::statusOf(q->lastError());
    return insertDoc(QStringLiteral("orders"), q->lastInsertId().toLongLong(), docWithoutUser);
}

StoreStatus DataStore::insertSubscription(
    const QString &companyId, qint64 userPk, const QJsonObject &f, const QByteArray &doc)
{
    ScopedQuery q(m_db,
        QStringLiteral("INSERT INTO subscriptions(id, company, user_pk, deleted, created,"
                       " modified, name, status, starting_date, ending_date, human_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QVariant modified = dateMs(f, QLatin1String("modified"));
    if (modified.isNull())
        modified = dateMs(f, QLatin1String("updated"));
    q->addBindValue(oidOf(f.value(QLatin1String("_id"))));
    q->addBindValue(companyId);
    q->addBindValue(userPk > 0 ? QVariant(userPk) : nullValue());
    q->addBindValue(flag(f, QLatin1String("deleted")));
    q->addBindValue(dateMs(f, QLatin1String("created")));
    q->addBindValue(modified);
    q->addBindValue(text(f, QLatin1String("name")));
    q->addBindValue(text(f, QLatin1String("status")));
    q->addBindValue(dateMs(f, QLatin1String("starting_date")));
    q->addBindValue(dateMs(f, QLatin1String("ending_date")));
    q->addBindValue(text(f, QLatin1String("human_id")));
    if (!q->exec())
        return Database::statusOf(q->lastError());
    return insertDoc(QStringLiteral("subscriptions"), q->lastInsertId().toLongLong(), doc);
}

StoreStatus DataStore::insertPaymentMethod(
    const QString &companyId, qint64 userPk, const QJsonObject &f, const QByteArray &doc)
{
    ScopedQuery q(m_db,
        QStringLiteral("INSERT INTO payment_methods(id, company, user_pk,"
                       " deleted, created, modified)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    q->addBindValue(oidOf(f.value(QLatin1String("_id"))));
    q->addBindValue(companyId);
    q->addBindValue(userPk > 0 ? QVariant(userPk) : nullValue());
    q->addBindValue(flag(f, QLatin1String("deleted")));
    q->addBindValue(dateMs(f, QLatin1String("created")));
    q->addBindValue(dateMs(f, QLatin1String("modified")));
    if (!q->exec())
        return Database::statusOf(q->lastError());
    return insertDoc(QStringLiteral("payment_methods"), q->lastInsertId().toLongLong(), doc);
}

StoreStatus DataStore::paymentMethodOwner(
    const QString &companyId, const QString &id, qint64 *userPk)
{
    ScopedQuery q(m_db,
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

StoreStatus DataStore::orderById(const QString &companyId, const QString &id, QByteArray *body)
{
    ScopedQuery q(m_db,
        QStringLiteral("SELECT (SELECT doc FROM orders_docs WHERE pk = t.pk),"
                       " t.user_id,"
                       " (SELECT doc FROM users_docs WHERE pk = t.user_pk)"
                       " FROM orders t WHERE t.company = ? AND t.id = ?"));
    q->addBindValue(companyId);
    q->addBindValue(id);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    if (!q->next())
        return StoreStatus::NotFound;
    body->clear();
    appendOrder(body, q->value(0).toByteArray(), q->value(1).toString().toLatin1(),
        q->value(2).toByteArray());
    return StoreStatus::Ok;
}

// ---- lists ----------------------------------------------------------------------------

void DataStore::syncCaches()
{
    // Our own commits bump the generation; PRAGMA data_version changes when another
    // connection (another process on the same file) commits.
    qint64 dataVersion = 0;
    {
        ScopedQuery q(m_db, QStringLiteral("PRAGMA data_version"));
        if (q->exec() && q->next())
            dataVersion = q->value(0).toLongLong();
    }
    if (m_cacheGeneration == m_db->generation() && m_cacheDataVersion == dataVersion)
        return;
    m_cacheDataVersion = dataVersion;
    m_countCache.clear();
    m_pageCache.clear();
    m_pageCacheBytes = 0;
    m_cacheGeneration = m_db->generation();
}

StoreStatus DataStore::count(const QString &sql, const QVariantList &binds, qint64 *total)
{
    syncCaches();
    QString key = sql;
    for (const QVariant &v : binds) {
        key += QChar(0x1e);
        key += v.toString();
    }
    const auto it = m_countCache.constFind(key);
    if (it != m_countCache.constEnd()) {
        *total = *it;
        return StoreStatus::Ok;
    }
    ScopedQuery q(m_db, sql);
    for (const QVariant &v : binds)
        q->addBindValue(v);
    if (!q->exec() || !q->next())
        return Database::statusOf(q->lastError());
    *total = q->value(0).toLongLong();
    if (m_countCache.size() > 4096)
        m_countCache.clear();
    m_countCache.insert(key, *total);
    return StoreStatus::Ok;
}

StoreStatus DataStore::list(const ListFilter &f, ListPage *page)
{
    const QString table = tableOf(f.collection);
    const bool orders = f.collection == ListFilter::Collection::Orders;

    // The WHERE clause. Tag and search conditions are sets of users: written as "t.pk IN
    // (...)" SQLite drives the query from the set (best when it is small); written as
    // "+t.pk IN (...)" it walks the sort index and checks membership, stopping after one page
    // (best when the set is large).
    QVariantList binds;
    auto buildWhere = [&](bool walkSortIndex) {
        QString where;
        binds.clear();
        auto add = [&where](const QString &condition) {
            where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
            where += condition;
        };
        const QString member
            = walkSortIndex ? QStringLiteral("+t.pk IN ") : QStringLiteral("t.pk IN ");
        if (f.userPk > 0) {
            // The user's rows are the company's; the per-user index needs no company.
            add(QStringLiteral("t.user_pk = ?"));
            binds << f.userPk;
        } else {
            add(QStringLiteral("t.company = ?"));
            binds << f.companyId;
        }
        if (!f.includeDeleted)
            add(QStringLiteral("t.deleted = 0"));
        if (!f.dateColumn.isEmpty() && f.fromMs) {
            add(QStringLiteral("t.%1 >= ?").arg(f.dateColumn));
            binds << *f.fromMs;
        }
        if (!f.dateColumn.isEmpty() && f.toMsExclusive) {
            add(QStringLiteral("t.%1 < ?").arg(f.dateColumn));
            binds << *f.toMsExclusive;
        }
        for (const auto &filter : f.in) {
            QString placeholders;
            for (qsizetype i = 0; i < filter.second.size(); ++i)
                placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
            add(QStringLiteral("t.%1 IN (%2)").arg(filter.first, placeholders));
            for (const QString &v : filter.second)
                binds << v;
        }
        for (const QString &tag : f.tags) {
            add(member
                + QStringLiteral("(SELECT user_pk FROM user_tags WHERE company = ? AND tag = ?)"));
            binds << f.companyId << tag;
        }
        if (!f.search.isEmpty()) {
            if (f.search.size() >= 3) {
                add(member
                    + QStringLiteral("(SELECT rowid FROM users_fts WHERE users_fts MATCH ?)"));
                QString phrase = f.search;
                phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
                binds << QString(QLatin1Char('"') + phrase + QLatin1Char('"'));
            } else {
                add(QStringLiteral("instr(t.search, ?) > 0"));
                binds << f.search;
            }
        }
        return where;
    };

    QString where = buildWhere(false);
    const StoreStatus counted
        = count(QStringLiteral("SELECT COUNT(*) FROM ") + table + QStringLiteral(" t") + where,
            binds, &page->total);
    if (counted != StoreStatus::Ok)
        return counted;

    page->body.clear();
    const qint64 offset = f.page * f.size;
    if (offset >= page->total) {
        page->body = QByteArrayLiteral("[]");
        return StoreStatus::Ok;
    }
    if ((!f.tags.isEmpty() || f.search.size() >= 3) && page->total > 500)
        where = buildWhere(true);

    // The page is chosen on the narrow table first; documents are read for its rows only
    // (a sort step would otherwise load the document of every candidate row).
    const QString direction = f.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString inner = QStringLiteral("SELECT t.pk AS pk, t.") + f.sortColumn
        + QStringLiteral(" AS sort_key, t.id AS id FROM ") + table + QStringLiteral(" t") + where
        + QStringLiteral(" ORDER BY t.") + f.sortColumn + direction + QStringLiteral(", t.id")
        + direction + QStringLiteral(" LIMIT ? OFFSET ?");
    QString sql;
    if (orders) {
        sql = QStringLiteral("SELECT (SELECT doc FROM orders_docs WHERE pk = p.pk), o.user_id,"
                             " (SELECT doc FROM users_docs WHERE pk = o.user_pk) FROM (")
            + inner + QStringLiteral(") p JOIN orders o ON o.pk = p.pk");
    } else {
        sql = QStringLiteral("SELECT (SELECT doc FROM ") + table
            + QStringLiteral("_docs WHERE pk = p.pk) FROM (") + inner + QStringLiteral(") p");
    }
    sql += QStringLiteral(" ORDER BY p.sort_key") + direction + QStringLiteral(", p.id")
        + direction;

    // (count() above brought the caches up to date)
    QString cacheKey = sql;
    for (const QVariant &v : std::as_const(binds)) {
        cacheKey += QChar(0x1e);
        cacheKey += v.toString();
    }
    cacheKey += QStringLiteral("\x1e%1\x1e%2").arg(f.size).arg(offset);
    const auto cached = m_pageCache.constFind(cacheKey);
    if (cached != m_pageCache.constEnd()) {
        page->body = *cached;
        return StoreStatus::Ok;
    }

    ScopedQuery q(m_db, sql);
    for (const QVariant &v : std::as_const(binds))
        q->addBindValue(v);
    q->addBindValue(f.size);
    q->addBindValue(offset);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    QByteArray &body = page->body;
    body.reserve(f.size * (orders ? 3000 : 1400));
    body.append('[');
    bool first = true;
    while (q->next()) {
        if (!first)
            body.append(',');
        first = false;
        if (orders) {
            appendOrder(&body, q->value(0).toByteArray(), q->value(1).toString().toLatin1(),
                q->value(2).toByteArray());
        } else {
            body.append(q->value(0).toByteArray());
        }
    }
    const StoreStatus s = Database::statusOf(q->lastError());
    if (s != StoreStatus::Ok)
        return s;
    body.append(']');
    constexpr qsizetype MaxPageCacheBytes = 64 * 1024 * 1024;
    if (m_pageCacheBytes + body.size() > MaxPageCacheBytes) {
        m_pageCache.clear();
        m_pageCacheBytes = 0;
    }
    m_pageCache.insert(cacheKey, body);
    m_pageCacheBytes += body.size();
    return StoreStatus::Ok;
}

StoreStatus DataStore::tagCounts(const QString &companyId, QByteArray *body)
{
    ScopedQuery q(m_db,
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
