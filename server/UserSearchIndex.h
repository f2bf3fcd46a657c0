// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "SearchText.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <vector>

namespace Server {

/// The users search without tags, in memory: for every user of a company, the folded search
/// text (SearchText) and the fields a users list sorts by, as UTF-8 in one buffer (about 50 MB
/// for 200,000 users). A search scans the texts with memchr() for each term of the query
/// (SearchQuery: every term must match, through any of its alternatives; the rarest term
/// first), ranks the users with a field equal to the query first, sorts each rank as SQLite
/// would and hands back the pks of one page, in a few milliseconds for any query. In SQLite the
/// same took 50-230 ms with 200,000 users: a query of one or two characters is too short for
/// the FTS5 trigram index (instr() over every user), a common one ("gmail") has tens of
/// thousands of matches, and walking a sort index or sorting the matches reads the table for
/// each of them. The trigram index still serves searches with tags.
///
/// The index reflects one commit stamp (Database.h). A company's index is built on its first
/// search, from a snapshot at that stamp. Writes keep it current without a rebuild:
/// DataStore reports every user it inserts or updates (touch()), and after the commit
/// (refresh()) the index re-reads exactly those rows, so a write that was rolled back leaves
/// it correct too. A commit by another process re-reads the users it changed on PostgreSQL
/// (catchUp()); on SQLite it drops everything (reset()) and the next search builds the
/// company's index again.
///
/// Thread-safe: searches run in parallel (a shared lock); building, refresh() and reset()
/// take the index alone.
class UserSearchIndex
{
public:
    UserSearchIndex() = default;
    Q_DISABLE_COPY_MOVE(UserSearchIndex)

    /// The fields a users list sorts by (columns of the users table).
    static const QStringList &sortColumns();

    /// One page of the company's users whose search text matches `query`, deleted ones only
    /// with `includeDeleted`: first those with a field equal to the query
    /// (SearchQuery::isExact()), then the others, each part sorted by `sortColumn` (one of
    /// sortColumns()) with ties broken by id, both ascending or both descending. NULL sorts
    /// first when ascending and text compares by its UTF-8 bytes, as in SQLite.
    ///
    /// `db` reads a snapshot at commit stamp `stamp`. When the index reflects another stamp
    /// it answers NotFound, and the caller searches in SQL instead.
    StoreStatus page(Database *db, qint64 stamp, const QString &companyId, const SearchQuery &query,
        bool includeDeleted, const QString &sortColumn, bool descending, qint64 offset, int size,
        QList<qint64> *pks, qint64 *total);

    /// The pks of the company's users, deleted ones too, in pk order, whose name (first,
    /// last, or both with a space) or email contains `needle` (case-folded, as UTF-8): the
    /// customers a search of orders, subscriptions or payments looks for; `others` gets the
    /// pks of the rest. NotFound as page().
    StoreStatus customers(Database *db, qint64 stamp, const QString &companyId,
        const QByteArray &needle, QList<qint64> *pks, QList<qint64> *others);

    /// A write (perhaps not committed yet) inserted or changed the user `pk`.
    void touch(qint64 pk);
    /// The writer committed at `stamp`: re-read (through `db`) the users touched since the
    /// last call.
    StoreStatus refresh(Database *db, qint64 stamp);
    /// Another process committed (PostgreSQL): re-read, through `db` (a snapshot at `stamp`),
    /// the users changed after commit stamp `since`, as refresh() does with touched ones.
    /// Each users row carries the stamp of the commit that last wrote it (`changed`, kept by a
    /// trigger; commits take the stamp in commit order). More than a few thousand changes, or
    /// an error, reset() instead.
    StoreStatus catchUp(Database *db, qint64 since, qint64 stamp);
    /// Forget every index; what follows reflects `stamp`.
    void reset(qint64 stamp);

private:
    static constexpr int DateColumns = 3; ///< created, modified, last_login
    static constexpr int TextColumns = 5; ///< first_name, last_name, email, human_id, phone

    struct Text
    {
        quint32 offset = 0; ///< into Company::text
        quint32 length = 0;
    };
    struct Entry
    {
        qint64 pk = 0;
        std::array<qint64, DateColumns> dates {};
        std::array<Text, TextColumns> texts {};
        Text id;
        Text search;
        quint32 nulls = 0; ///< bit i: sortColumns()[i] is NULL
        bool deleted = false;
    };
    struct Company
    {
        std::vector<Entry> entries; ///< ascending pk
        QByteArray text; ///< every Text of every entry
        qsizetype garbage = 0; ///< bytes of text no entry points at any more
        std::array<quint32, 256> byteCounts {}; ///< of the search texts: finds rare bytes
    };
    struct Matches
    {
        QString companyId;
        QByteArray queryKey; ///< SearchQuery::key()
        bool includeDeleted = false;
        std::vector<quint32> rows; ///< positions in Company::entries, the exact ones first
        size_t exact = 0; ///< how many rows are exact matches
    };

    StoreStatus build(Database *db, const QString &companyId, Company *company);
    /// The company's index at `stamp` (built now if needed), read under `shared`, which holds
    /// m_lock when it returns Ok. NotFound when the index reflects another stamp.
    StoreStatus companyIndex(Database *db, qint64 stamp, const QString &companyId,
        std::shared_lock<std::shared_mutex> *shared, const Company **company);
    std::shared_ptr<const Matches> match(const QString &companyId, const Company &company,
        const SearchQuery &query, bool includeDeleted);
    /// The company's users whose name or email contains `needle` (folded), ascending.
    std::shared_ptr<const Matches> customerMatches(
        const QString &companyId, const Company &company, const QByteArray &needle);
    std::shared_ptr<const Matches> cachedMatches(
        const QString &companyId, const QByteArray &key, bool includeDeleted);
    void remember(std::shared_ptr<const Matches> matches);
    void resetLocked(qint64 stamp);
    /// Fills `entry` from a row of rowColumns() starting at column `first`.
    static void readEntry(const QSqlQuery &q, int first, Company *company, Entry *entry);
    static QString rowColumns(const Database *db);
    static void compact(Company *company);

    mutable std::shared_mutex m_lock; ///< guards m_companies and m_stamp
    QHash<QString, Company> m_companies;
    qint64 m_stamp = -1;
    std::mutex m_touchedMutex;
    QSet<qint64> m_touched;
    std::mutex m_matchesMutex;
    QList<std::shared_ptr<const Matches>> m_matches; ///< the last few searches, newest last
};

} // namespace Server
