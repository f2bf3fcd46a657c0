#pragma once

#include "Database.h"
#include "UserSearchIndex.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

/// A tenant: its API key selects it, its secret signs its tokens.
struct Company
{
    QString id; ///< 24 hex digits
    QString slug;
    QString name;
    QByteArray apiKey;
    QByteArray jwtSecret;
    QString tokenUserId; ///< the seeded user whose token --credentials-file hands out
    qint64 created = 0;
};

/// One stored user: the document as stored plus the bookkeeping the API needs.
struct UserRow
{
    qint64 pk = 0;
    QString id;
    QByteArray doc;
    qint64 version = 0;
    bool deleted = false;
    qint64 modified = 0;
};

/// What a list request asks for, already validated by the API layer.
struct ListFilter
{
    enum class Collection { Users, Orders, Subscriptions, PaymentMethods };

    Collection collection = Collection::Users;
    QString companyId;
    qint64 userPk = 0; ///< 0: every user of the company
    bool includeDeleted = false;
    QString sortColumn = QStringLiteral("created");
    bool descending = true;
    qint64 page = 0;
    int size = 10;
    QString dateColumn;
    std::optional<qint64> fromMs; ///< inclusive
    std::optional<qint64> toMsExclusive; ///< exclusive
    QList<QPair<QString, QStringList>> in; ///< column IN (values)
    QStringList tags; ///< must have every one
    QString search; ///< case-folded substring, users only
};

struct ListPage
{
    QByteArray body; ///< a JSON array
    qint64 total = 0;
};

/// All SQL of the server: companies, users, orders, subscriptions, payment methods.
///
/// Documents are stored as compact JSON (`doc`) next to the columns extracted from them for
/// filtering, sorting and searching; reads return the stored bytes without parsing them, and
/// orders get their user spliced in as text. Write methods run inside the caller's
/// transaction (WriteTransaction), so a request's checks and writes are one unit.
class DataStore
{
public:
    explicit DataStore(Database *db);

    Database *database() const { return m_db; }

    // Companies (few; cached in memory)
    StoreStatus reloadCompanies();
    const Company *companyByApiKey(QByteArrayView apiKey) const;
    const Company *companyBySlug(const QString &slug) const;
    const Company *companyById(const QString &id) const;
    StoreStatus insertCompany(const Company &company);

    // Users
    StoreStatus userById(const QString &companyId, const QString &id, UserRow *out);
    StoreStatus userByAuthId(const QString &companyId, const QString &authId, UserRow *out);
    /// Inserts a user whose document is `doc` (`fields` is the same document, parsed).
    StoreStatus insertUser(
        const QString &companyId, const QJsonObject &fields, const QByteArray &doc, qint64 *pk);
    /// Replaces a user's document. With `expectedVersions` set, only when the stored
    /// version is one of them (Conflict otherwise); the check is part of the UPDATE.
    StoreStatus updateUser(qint64 pk, const QJsonObject &fields, const QByteArray &doc,
        const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion);

    // Other documents
    StoreStatus insertOrder(const QString &companyId, qint64 userPk, const QString &userId,
        const QJsonObject &fields, const QByteArray &docWithoutUser);
    StoreStatus insertSubscription(
        const QString &companyId, qint64 userPk, const QJsonObject &fields, const QByteArray &doc);
    StoreStatus insertPaymentMethod(
        const QString &companyId, qint64 userPk, const QJsonObject &fields, const QByteArray &doc);
    /// The owner of a payment method of the company (NotFound when missing or deleted).
    StoreStatus paymentMethodOwner(const QString &companyId, const QString &id, qint64 *userPk);

    StoreStatus orderById(const QString &companyId, const QString &id, QByteArray *body);
    StoreStatus list(const ListFilter &filter, ListPage *page);
    /// [{"name": tag, "count": n}] over the company's users that are not deleted.
    StoreStatus tagCounts(const QString &companyId, QByteArray *body);

    /// The text the users search matches: first and last name (and both with a space),
    /// email, phone and human_id, case-folded, separated by U+001F.
    static QString searchText(const QJsonObject &user);
    /// The `$oid` of an id or reference value (object with "$oid", or a plain string).
    static QString oidOf(const QJsonValue &value);

private:
    struct Selection;

    StoreStatus readUser(const QString &sql, const QString &a, const QString &b, UserRow *out);
    StoreStatus replaceTags(qint64 pk, const QString &companyId, const QJsonObject &fields);
    StoreStatus insertDoc(const QString &table, qint64 pk, const QByteArray &doc);
    /// Runs an aggregate query (a count, min/max, counts by group), cached like the counts;
    /// `row` gets every column of every row, one after the other.
    StoreStatus aggregate(const QString &sql, const QVariantList &binds, QVariantList *row);
    StoreStatus count(const QString &sql, const QVariantList &binds, qint64 *total);
    /// The largest pk of `table` (of all companies): an upper bound of a company's rows.
    StoreStatus maxPk(const QString &table, qint64 *pk);
    /// The total and the page query's FROM and WHERE for a list (see list()).
    StoreStatus planList(const ListFilter &filter, Selection *selection, qint64 *total);
    StoreStatus planOrders(const ListFilter &filter, Selection *selection, qint64 *total);
    /// A users search without tags, from m_searchIndex.
    StoreStatus searchUsers(const ListFilter &filter, ListPage *page);
    void rememberPage(const QString &key, const QByteArray &body);

    Database *m_db;
    QHash<QByteArray, Company> m_companiesByKey;
    void syncCaches();

    // Counts and page bodies, cached until the next committed write (a generation):
    // staff page back and forth through the same lists, and every page asks for its total.
    QHash<QString, QVariantList> m_countCache;
    QHash<QString, QByteArray> m_pageCache;
    qsizetype m_pageCacheBytes = 0;
    quint64 m_cacheGeneration = 0;
    qint64 m_cacheDataVersion = -1;
    UserSearchIndex m_searchIndex;
};
