// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "SearchText.h"
#include "UserSearchIndex.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace Server {

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
    /// ISO 3166-1 alpha-2: where a phone number written without a country code is from
    /// (the users search reads `929 23 131` as +47 929 23 131 in Norway).
    QString country = QStringLiteral("NO");
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

/// One stored order, subscription or payment: the document and the bookkeeping its writes need.
struct DocRow
{
    qint64 pk = 0;
    QString id;
    QByteArray doc; ///< as stored (an order's without its user)
    qint64 version = 0; ///< orders and subscriptions
    bool deleted = false;
    qint64 modified = 0;
    qint64 userPk = 0; ///< 0: none
    QByteArray userId; ///< orders and subscriptions: the user's _id
    QByteArray userDoc; ///< orders and subscriptions: the user's document
};

/// What a list request asks for, already validated by the API layer.
struct ListFilter
{
    enum class Collection { Users, Orders, Subscriptions, PaymentMethods, Payments, Plans };

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
    QString subjectId; ///< payments: only those of this order or subscription (its _id)
    SearchQuery search; ///< users
    /// The search of the other collections, case-folded. Plans: a substring of the name or
    /// human id. Orders, subscriptions, payments: a prefix of the human id, or a substring of
    /// the customer's name or email (folded as the users search folds). Empty: everything.
    QString text;
};

struct ListPage
{
    QByteArray body; ///< a JSON array
    qint64 total = 0;
};

/// The thread that owns the writer connection: DataStore::write() runs its jobs there, one
/// after another.
class SqlWriterThread;

/// All SQL of the server: companies, users, orders, subscriptions, payment methods, payments,
/// plans.
///
/// Documents are stored as compact JSON (`doc`) next to the columns extracted from them for
/// filtering, sorting and searching; reads return the stored bytes without parsing them, and
/// orders get their user spliced in as text.
///
/// Threads: a DataStore made by open() serves many threads at once. Each thread reads
/// through a Reader connection of its own (opened on its first read, closed by
/// releaseThreadConnection()); every write runs on one writer thread and its connection
/// (write()), so writes are serialized and never wait for SQLite's lock. A DataStore made on
/// a given Database uses that one connection for everything, on one thread at a time (tests,
/// tools). Write methods run inside the caller's WriteTransaction, so a request's checks and
/// writes are one unit.
///
/// Caches (list totals, page bodies, the users search index) are shared by all threads.
/// They record the commit stamp they were filled at (Database.h); a read uses them only when
/// its own snapshot has that stamp, so no thread is served a page older than what it would
/// read itself. A commit by this process refreshes them; a stamp that moved without one
/// means another process wrote, and they are dropped.
class DataStore
{
public:
    /// One connection for everything (a test's in-memory database, for instance).
    explicit DataStore(Database *db);
    ~DataStore();
    Q_DISABLE_COPY_MOVE(DataStore)

    /// Opens the database at `path` for many threads: starts the writer thread (which opens,
    /// creates and migrates it). Null with `error` filled on failure.
    static std::unique_ptr<DataStore> open(const QString &path, bool ephemeral, QString *error);

    /// The calling thread's connection: the writer on the writer thread, else this thread's
    /// reader (opened now if needed). Null only when a reader cannot be opened.
    Database *database();
    /// Closes the calling thread's reader, if it has one (call before the thread ends).
    void releaseThreadConnection();

    /// Runs `job` where writes happen (the writer thread, or right here for a single
    /// connection) and returns what it returns. Inside it, database() is the writer.
    template<typename Job>
    std::invoke_result_t<Job &> write(Job &&job);

    // Companies (few; in memory, never removed, so the pointers stay valid)
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

    StoreStatus orderById(const QString &companyId, const QString &id, DocRow *out);
    /// An order as GET /orders/{id} answers it: the document with its whole user spliced in.
    static QByteArray orderBody(const DocRow &order);
    /// A subscription (\a doc, or as stored when null) with its customer expanded by the
    /// members that identify them, as lists and GET /subscriptions/{id} answer.
    static QByteArray subscriptionBody(const DocRow &subscription, const QByteArray &doc = {});
    /// Replaces an order's document (`fields`: the same, parsed). With `expectedVersions` set,
    /// only when the stored version is one of them (Conflict otherwise).
    StoreStatus updateOrder(qint64 pk, const QJsonObject &fields, const QByteArray &doc,
        const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion);

    StoreStatus subscriptionById(const QString &companyId, const QString &id, DocRow *out);
    /// As updateOrder(), for a subscription.
    StoreStatus updateSubscription(qint64 pk, const QJsonObject &fields, const QByteArray &doc,
        const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion);

    /// Inserts a payment; its subject is the `_ref` of its `subject` member.
    StoreStatus insertPayment(
        const QString &companyId, qint64 userPk, const QJsonObject &fields, const QByteArray &doc);
    StoreStatus paymentById(const QString &companyId, const QString &id, QByteArray *doc);
    /// The payments of an order or subscription (its _id), deleted ones too, oldest first.
    StoreStatus paymentsOf(const QString &companyId, const QString &subjectId, QList<DocRow> *out);
    StoreStatus updatePayment(qint64 pk, const QJsonObject &fields, const QByteArray &doc);

    StoreStatus insertPlan(
        const QString &companyId, const QJsonObject &fields, const QByteArray &doc);
    StoreStatus planById(const QString &companyId, const QString &id, QByteArray *doc);

    /// A bulk load (the seed) on the writer thread, inside a WriteTransaction: while it lives,
    /// inserts are gathered and sent many rows per statement, their pks taken from the
    /// tables' sequences ahead (PostgreSQL, where each statement is a round trip; SQLite
    /// inserts one row at a time as before). Nothing may read the inserted rows before
    /// finish(), which sends the rest; leaving without it drops what is not sent yet.
    class BulkInsert
    {
    public:
        explicit BulkInsert(DataStore *store);
        ~BulkInsert();
        Q_DISABLE_COPY_MOVE(BulkInsert)
        StoreStatus finish();

    private:
        DataStore *m_store;
    };

    StoreStatus list(const ListFilter &filter, ListPage *page);
    /// [{"name": tag, "count": n}] over the company's users that are not deleted.
    StoreStatus tagCounts(const QString &companyId, QByteArray *body);

    /// The text the users search matches (SearchText::of()).
    static QString searchText(const QJsonObject &user);
    /// The `$oid` of an id or reference value (object with "$oid", or a plain string).
    static QString oidOf(const QJsonValue &value);

private:
    friend class WriteTransaction;
    struct Selection;
    /// One read request: its connection, and the commit stamp its snapshot has (-1: the
    /// caches may not serve it).
    struct Snapshot
    {
        Database *db = nullptr;
        qint64 stamp = -1;
    };

    DataStore();
    Database *attachReader();
    /// Starts a read transaction on `snapshot.db` (unless one is open) and learns its stamp.
    StoreStatus beginSnapshot(Snapshot *snapshot, bool *began);
    void endSnapshot(const Snapshot &snapshot, bool began);

    // The write protocol (WriteTransaction): begin, then published() after a commit or
    // abandoned() after a rollback.
    void writeBegun(qint64 stamp);
    void published(Database *db, qint64 stamp);
    void abandoned();

    StoreStatus readUser(const QString &sql, const QString &a, const QString &b, UserRow *out);
    StoreStatus replaceTags(qint64 pk, const QString &companyId, const QJsonObject &fields);
    StoreStatus insertTags(qint64 pk, const QString &companyId, const QJsonObject &fields);
    StoreStatus insertDoc(const QString &table, qint64 pk, const QByteArray &doc);
    /// Inserts a row of `columns` (one of `values` each) into `table`, or gathers it during a
    /// BulkInsert; with `pk`, the row gets the next pk of the table and `*pk` has it.
    StoreStatus insertRow(
        const QString &table, const QString &columns, QVariantList values, qint64 *pk);
    /// A BulkInsert's rows of one table and column list, not sent yet.
    struct PendingRows
    {
        QString table;
        QString columns;
        qsizetype width = 0;
        qsizetype count = 0;
        QVariantList values;
    };
    struct PendingBulk
    {
        std::map<QString, PendingRows> pending;
        QHash<QString, QList<qint64>> pksAhead;
    };
    StoreStatus sendRows(PendingRows *rows);
    /// Runs an aggregate query (a count, min/max, counts by group), cached per commit stamp;
    /// `row` gets every column of every row, one after the other.
    /// `cacheKey` identifies the result in the cache when a bind is too large to be part of
    /// the key (a set of users); empty, the SQL and the binds do.
    StoreStatus aggregate(const Snapshot &at, const QString &sql, const QVariantList &binds,
        QVariantList *row, const QString &cacheKey = {});
    StoreStatus count(const Snapshot &at, const QString &sql, const QVariantList &binds,
        qint64 *total, const QString &cacheKey = {});
    /// The largest pk of `table` (of all companies): an upper bound of a company's rows.
    StoreStatus maxPk(const Snapshot &at, const QString &table, qint64 *pk);
    /// Adds the conditions of `filter` other than its owner: deletion, dates, statuses.
    static void addFilters(const ListFilter &filter, Selection *selection);
    /// The total and the page query's FROM and WHERE for a list (see list()).
    StoreStatus planList(
        const Snapshot &at, const ListFilter &filter, Selection *selection, qint64 *total);
    StoreStatus planOrders(
        const Snapshot &at, const ListFilter &filter, Selection *selection, qint64 *total);
    /// A users search without tags, from m_searchIndex.
    StoreStatus searchUsers(const Snapshot &at, const ListFilter &filter, ListPage *page);
    /// The total and the page query of a search of orders, subscriptions or payments: those
    /// whose human id starts with the query, and those of the customers whose name or email
    /// contains it.
    StoreStatus planOwnedSearch(
        const Snapshot &at, const ListFilter &filter, Selection *selection, qint64 *total);
    /// The pks of the company's users (deleted ones too) whose name or email contains `needle`,
    /// and those of the others.
    StoreStatus customersMatching(const Snapshot &at, const QString &companyId,
        const QString &needle, QList<qint64> *pks, QList<qint64> *others);
    StoreStatus readRow(const QString &sql, const QString &companyId, const QString &id,
        bool versioned, DocRow *out);
    StoreStatus updateDocument(const QString &table, qint64 pk, const QString &columns,
        const QVariantList &values, const QByteArray &doc,
        const std::optional<QList<qint64>> &expectedVersions, qint64 *newVersion);
    StoreStatus listPage(const Snapshot &at, const ListFilter &filter, ListPage *page);
    std::optional<QByteArray> cachedPage(const Snapshot &at, const QString &key) const;
    void rememberPage(const Snapshot &at, const QString &key, const QByteArray &body);

    // Connections. One of m_single and m_writer is set.
    Database *m_single = nullptr;
    std::unique_ptr<SqlWriterThread> m_writer;
    QString m_path;
    bool m_ephemeral = false;
    const quint64 m_serial; ///< tells this store's thread-local connection from another's
    std::mutex m_readersMutex;
    std::unordered_map<std::thread::id, std::unique_ptr<Database>> m_readers;

    // Companies
    mutable std::shared_mutex m_companiesMutex;
    std::vector<std::unique_ptr<Company>> m_companies;
    QHash<QByteArray, const Company *> m_companiesByKey;

    // Caches: totals and page bodies of the commit stamp m_cacheStamp.
    mutable std::mutex m_cacheMutex;
    qint64 m_cacheStamp = -1;
    bool m_writing = false; ///< a write of this process is between BEGIN and published()
    bool m_writeSawOtherProcess = false; ///< its BEGIN found a stamp it did not publish
    QHash<QString, QVariantList> m_countCache;
    QHash<QString, QByteArray> m_pageCache;
    qsizetype m_pageCacheBytes = 0;
    UserSearchIndex m_searchIndex;
    std::unique_ptr<PendingBulk> m_bulk; ///< during a BulkInsert (writer thread only)
};

/// A BEGIN IMMEDIATE transaction on the writer connection that rolls back unless commit()
/// succeeded. commit() advances the commit stamp and brings the store's caches up to date.
class WriteTransaction
{
public:
    explicit WriteTransaction(DataStore *store);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    StoreStatus status() const { return m_status; }
    StoreStatus commit();

private:
    DataStore *m_store;
    Database *m_db;
    StoreStatus m_status;
    bool m_committed = false;
};

class SqlWriterThread
{
public:
    SqlWriterThread();
    ~SqlWriterThread();
    Q_DISABLE_COPY_MOVE(SqlWriterThread)

    /// Queues `job`; jobs run in order on the thread.
    void post(std::function<void()> job);
    bool isCurrent() const { return std::this_thread::get_id() == m_thread.get_id(); }

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread;
};

template<typename Job>
std::invoke_result_t<Job &> DataStore::write(Job &&job)
{
    using Result = std::invoke_result_t<Job &>;
    if (!m_writer || m_writer->isCurrent())
        return job();
    // The caller waits, so `job` outlives its run; the promise is shared, so the writer
    // thread never touches the caller's stack after handing the result over.
    auto promise = std::make_shared<std::promise<Result>>();
    std::future<Result> result = promise->get_future();
    m_writer->post([&job, promise] {
        try {
            if constexpr (std::is_void_v<Result>) {
                job();
                promise->set_value();
            } else {
                promise->set_value(job());
            }
        } catch (...) {
            promise->set_exception(std::current_exception());
        }
    });
    return result.get();
}

} // namespace Server
