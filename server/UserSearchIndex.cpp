// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserSearchIndex.h"

#include "ServerLogging.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <utility>

namespace Server {

namespace {

// More touched users than this between two commits (a bulk load): rebuilding on demand is
// cheaper than re-reading them one by one.
constexpr qsizetype MaxTouched = 2000;
constexpr qsizetype MaxMatches = 4;

// Whether text[0, length) contains needle. memchr() finds the candidates for the needle's
// byte at `key` (its rarest); on texts of about 60 bytes this is several times faster than
// glibc's memmem(), whose setup dominates for such short haystacks.
bool contains(const char *text, quint32 length, const QByteArray &needle, qsizetype key)
{
    const qsizetype n = needle.size();
    if (length < quint32(n))
        return false;
    if (n == 0)
        return true;
    const char *wanted = needle.constData();
    const char *p = text + key;
    const char *last = text + (qsizetype(length) - n + key); // the last place `key` can be
    while (p <= last) {
        p = static_cast<const char *>(std::memchr(p, wanted[key], size_t(last - p) + 1));
        if (!p)
            return false;
        const char *start = p - key;
        qsizetype i = 0;
        while (i < n && start[i] == wanted[i])
            ++i;
        if (i == n)
            return true;
        ++p;
    }
    return false;
}

} // namespace

const QStringList &UserSearchIndex::sortColumns()
{
    // Dates first, then texts: the order of Entry::dates and Entry::texts.
    static const QStringList columns {QStringLiteral("created"), QStringLiteral("modified"),
        QStringLiteral("last_login"), QStringLiteral("first_name"), QStringLiteral("last_name"),
        QStringLiteral("email"), QStringLiteral("human_id"), QStringLiteral("mobile_phone_number")};
    return columns;
}

QString UserSearchIndex::rowColumns(const Database *db)
{
    // pk, deleted, the NULL bits, the dates, then the texts as the bytes SQLite stores (CAST:
    // no detour through QString; PostgreSQL has no such cast, its text comes as UTF-8), then
    // id and search.
    const auto bytes = [db](const QString &column) {
        return db->isPostgres() ? column : QStringLiteral("CAST(%1 AS BLOB)").arg(column);
    };
    QString nulls;
    QString values;
    for (int i = 0; i < sortColumns().size(); ++i) {
        const QString &column = sortColumns().at(i);
        nulls += QStringLiteral("%1CASE WHEN %2 IS NULL THEN %3 ELSE 0 END")
                     .arg(i ? QStringLiteral(" + ") : QString(), column)
                     .arg(1 << i);
        values += QStringLiteral(", ") + (i < DateColumns ? column : bytes(column));
    }
    return QStringLiteral("pk, deleted, ") + nulls + values + QStringLiteral(", ")
        + bytes(QStringLiteral("id")) + QStringLiteral(", ") + bytes(QStringLiteral("search"));
}

void UserSearchIndex::readEntry(const QSqlQuery &q, int first, Company *company, Entry *entry)
{
    QByteArray &text = company->text;
    const auto append = [&text](const QByteArray &bytes) {
        Text t;
        t.offset = quint32(text.size());
        t.length = quint32(bytes.size());
        text.append(bytes);
        return t;
    };
    int column = first;
    entry->pk = q.value(column++).toLongLong();
    entry->deleted = q.value(column++).toInt() != 0;
    entry->nulls = q.value(column++).toUInt();
    for (qint64 &date : entry->dates)
        date = q.value(column++).toLongLong();
    for (Text &t : entry->texts)
        t = append(q.value(column++).toByteArray());
    entry->id = append(q.value(column++).toByteArray());
    entry->search = append(q.value(column++).toByteArray());
}

StoreStatus UserSearchIndex::build(Database *db, const QString &companyId, Company *company)
{
    QElapsedTimer clock;
    clock.start();
    ScopedQuery q(db,
        QStringLiteral("SELECT ") + rowColumns(db)
            + QStringLiteral(" FROM users WHERE company = ?"));
    q->addBindValue(companyId);
    if (!q->exec())
        return Database::statusOf(q->lastError());
    company->text.reserve(64 * 1024);
    while (q->next()) {
        Entry e;
        readEntry(*q, 0, company, &e);
        company->entries.push_back(e);
    }
    const StoreStatus s = Database::statusOf(q->lastError());
    if (s != StoreStatus::Ok)
        return s;
    std::sort(company->entries.begin(), company->entries.end(),
        [](const Entry &a, const Entry &b) { return a.pk < b.pk; });
    // Lay the texts out in pk order too, so a scan reads memory front to back.
    compact(company);
    qCDebug(lcServer) << "Search index of" << company->entries.size() << "users built in"
                      << clock.elapsed() << "ms";
    return StoreStatus::Ok;
}

void UserSearchIndex::compact(Company *company)
{
    QByteArray text;
    text.reserve(company->text.size() - company->garbage);
    const char *old = company->text.constData();
    const auto move = [&text, old](Text *t) {
        const quint32 offset = quint32(text.size());
        text.append(old + t->offset, t->length);
        t->offset = offset;
    };
    company->byteCounts.fill(0);
    for (Entry &e : company->entries) {
        for (Text &t : e.texts)
            move(&t);
        move(&e.id);
        move(&e.search);
        for (quint32 i = 0; i < e.search.length; ++i)
            ++company->byteCounts[quint8(text.at(e.search.offset + i))];
    }
    company->text = text;
    company->garbage = 0;
}

std::shared_ptr<const UserSearchIndex::Matches> UserSearchIndex::cachedMatches(
    const QString &companyId, const QByteArray &key, bool includeDeleted)
{
    const std::lock_guard<std::mutex> lock(m_matchesMutex);
    for (const auto &m : std::as_const(m_matches)) {
        if (m->companyId == companyId && m->queryKey == key && m->includeDeleted == includeDeleted)
            return m;
    }
    return nullptr;
}

void UserSearchIndex::remember(std::shared_ptr<const Matches> matches)
{
    const std::lock_guard<std::mutex> lock(m_matchesMutex);
    if (m_matches.size() >= MaxMatches)
        m_matches.removeFirst();
    m_matches.append(std::move(matches));
}

std::shared_ptr<const UserSearchIndex::Matches> UserSearchIndex::customerMatches(
    const QString &companyId, const Company &company, const QByteArray &needle)
{
    // Another key space than a users search's (SearchQuery::key() never starts with U+0001).
    const QByteArray key = "\x01customers\x01" + needle;
    if (auto cached = cachedMatches(companyId, key, true))
        return cached;
    auto found = std::make_shared<Matches>();
    Matches &m = *found;
    m.companyId = companyId;
    m.queryKey = key;
    m.includeDeleted = true;
    qsizetype rare = 0;
    for (qsizetype i = 1; i < needle.size(); ++i) {
        if (company.byteCounts[quint8(needle.at(i))] < company.byteCounts[quint8(needle.at(rare))])
            rare = i;
    }
    const char *text = company.text.constData();
    for (size_t row = 0; row < company.entries.size(); ++row) {
        const Entry &e = company.entries[row];
        const char *search = text + e.search.offset;
        // Up to the second separator (SearchText::of(): the name, then the email). The
        // needle holds no separator, so it cannot match across one.
        quint32 length = e.search.length;
        const auto *first = static_cast<const char *>(std::memchr(search, 0x1f, length));
        const auto *second = first ? static_cast<const char *>(
                                 std::memchr(first + 1, 0x1f, size_t(search + length - first - 1)))
                                   : nullptr;
        if (second)
            length = quint32(second - search);
        if (contains(search, length, needle, rare))
            m.rows.push_back(quint32(row));
    }
    remember(found);
    return found;
}

std::shared_ptr<const UserSearchIndex::Matches> UserSearchIndex::match(
    const QString &companyId, const Company &company, const SearchQuery &query, bool includeDeleted)
{
    if (auto cached = cachedMatches(companyId, query.key(), includeDeleted))
        return cached;
    auto found = std::make_shared<Matches>();
    Matches &m = *found;
    m.companyId = companyId;
    m.queryKey = query.key();
    m.includeDeleted = includeDeleted;

    // Each alternative is looked for by its rarest byte; the terms are tried rarest first, so
    // most texts are refused by the first.
    struct Needle
    {
        const QByteArray *bytes = nullptr;
        qsizetype key = 0;
    };
    struct Term
    {
        std::vector<Needle> alternatives;
        quint64 frequency = 0; ///< how often the alternatives' rarest bytes occur
    };
    std::vector<Term> terms;
    for (const SearchQuery::Term &t : query.terms()) {
        Term term;
        for (const QByteArray &a : t.alternatives) {
            Needle n;
            n.bytes = &a;
            for (qsizetype i = 1; i < a.size(); ++i) {
                if (company.byteCounts[quint8(a.at(i))] < company.byteCounts[quint8(a.at(n.key))])
                    n.key = i;
            }
            term.frequency += a.isEmpty() ? 0 : company.byteCounts[quint8(a.at(n.key))];
            term.alternatives.push_back(n);
        }
        terms.push_back(std::move(term));
    }
    std::stable_sort(terms.begin(), terms.end(),
        [](const Term &a, const Term &b) { return a.frequency < b.frequency; });

    const char *text = company.text.constData();
    const bool ranked = !query.exactKeys().isEmpty();
    std::vector<quint32> exact;
    for (size_t row = 0; row < company.entries.size(); ++row) {
        const Entry &e = company.entries[row];
        if (e.deleted && !includeDeleted)
            continue;
        const char *search = text + e.search.offset;
        bool all = true;
        for (const Term &term : terms) {
            bool any = false;
            for (const Needle &n : term.alternatives) {
                if (contains(search, e.search.length, *n.bytes, n.key)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        if (ranked && query.isExact(QByteArrayView(search, e.search.length)))
            exact.push_back(quint32(row));
        else
            m.rows.push_back(quint32(row));
    }
    m.exact = exact.size();
    m.rows.insert(m.rows.begin(), exact.cbegin(), exact.cend());
    remember(found);
    return found;
}

StoreStatus UserSearchIndex::page(Database *db, qint64 stamp, const QString &companyId,
    const SearchQuery &query, bool includeDeleted, const QString &sortColumn, bool descending,
    qint64 offset, int size, QList<qint64> *pks, qint64 *total)
{
    const int column = int(sortColumns().indexOf(sortColumn));
    if (column < 0)
        return StoreStatus::Failure;
    std::shared_lock<std::shared_mutex> shared(m_lock, std::defer_lock);
    const Company *company = nullptr;
    const StoreStatus s = companyIndex(db, stamp, companyId, &shared, &company);
    if (s != StoreStatus::Ok)
        return s;
    const Company &c = *company;
    const std::shared_ptr<const Matches> matches = match(companyId, c, query, includeDeleted);
    *total = qint64(matches->rows.size());
    pks->clear();
    if (offset >= *total)
        return StoreStatus::Ok;

    // SQLite's order: NULL first, numbers by value, text by its bytes (BINARY), then id.
    const char *text = c.text.constData();
    const auto view = [text](const Text &t) {
        return std::string_view(text + t.offset, t.length);
    };
    const quint32 nullBit = 1u << column;
    const auto ascending = [&](quint32 a, quint32 b) {
        const Entry &x = c.entries[a];
        const Entry &y = c.entries[b];
        const bool xNull = x.nulls & nullBit;
        const bool yNull = y.nulls & nullBit;
        if (xNull != yNull)
            return xNull;
        if (!xNull) {
            if (column < DateColumns) {
                if (x.dates[size_t(column)] != y.dates[size_t(column)])
                    return x.dates[size_t(column)] < y.dates[size_t(column)];
            } else {
                const int order = view(x.texts[size_t(column - DateColumns)])
                                      .compare(view(y.texts[size_t(column - DateColumns)]));
                if (order != 0)
                    return order < 0;
            }
        }
        return view(x.id) < view(y.id);
    };
    const auto order = [&ascending, descending](quint32 a, quint32 b) {
        return descending ? ascending(b, a) : ascending(a, b);
    };
    // Two ranks, [0, exact) and [exact, total), each sorted as far as the page reaches.
    std::vector<quint32> rows = matches->rows;
    const qint64 exact = qint64(matches->exact);
    const qint64 end = qMin<qint64>(*total, offset + size);
    if (offset < exact)
        std::partial_sort(
            rows.begin(), rows.begin() + qMin(end, exact), rows.begin() + exact, order);
    if (end > exact)
        std::partial_sort(rows.begin() + exact, rows.begin() + end, rows.end(), order);
    for (auto row = rows.begin() + offset; row != rows.begin() + end; ++row)
        pks->append(c.entries[*row].pk);
    return StoreStatus::Ok;
}

StoreStatus UserSearchIndex::companyIndex(Database *db, qint64 stamp, const QString &companyId,
    std::shared_lock<std::shared_mutex> *shared, const Company **company)
{
    shared->lock();
    if (stamp != m_stamp)
        return StoreStatus::NotFound;
    auto it = m_companies.constFind(companyId);
    if (it == m_companies.constEnd()) {
        shared->unlock();
        {
            const std::unique_lock<std::shared_mutex> exclusive(m_lock);
            if (stamp != m_stamp)
                return StoreStatus::NotFound;
            if (!m_companies.contains(companyId)) {
                Company built;
                const StoreStatus s = build(db, companyId, &built);
                if (s != StoreStatus::Ok)
                    return s;
                m_companies.insert(companyId, std::move(built));
            }
        }
        shared->lock();
        if (stamp != m_stamp)
            return StoreStatus::NotFound;
        it = m_companies.constFind(companyId);
        if (it == m_companies.constEnd())
            return StoreStatus::NotFound;
    }
    *company = &*it;
    return StoreStatus::Ok;
}

StoreStatus UserSearchIndex::customers(Database *db, qint64 stamp, const QString &companyId,
    const QByteArray &needle, QList<qint64> *pks, QList<qint64> *others)
{
    std::shared_lock<std::shared_mutex> shared(m_lock, std::defer_lock);
    const Company *company = nullptr;
    const StoreStatus s = companyIndex(db, stamp, companyId, &shared, &company);
    if (s != StoreStatus::Ok)
        return s;
    const std::shared_ptr<const Matches> matches = customerMatches(companyId, *company, needle);
    pks->clear();
    others->clear();
    pks->reserve(qsizetype(matches->rows.size()));
    others->reserve(qsizetype(company->entries.size() - matches->rows.size()));
    size_t next = 0; // the rows are ascending
    for (size_t row = 0; row < company->entries.size(); ++row) {
        if (next < matches->rows.size() && matches->rows[next] == row) {
            pks->append(company->entries[row].pk);
            ++next;
        } else {
            others->append(company->entries[row].pk);
        }
    }
    return StoreStatus::Ok;
}

void UserSearchIndex::touch(qint64 pk)
{
    const std::lock_guard<std::mutex> lock(m_touchedMutex);
    if (m_touched.size() <= MaxTouched)
        m_touched.insert(pk);
}

StoreStatus UserSearchIndex::refresh(Database *db, qint64 stamp)
{
    QSet<qint64> touched;
    {
        const std::lock_guard<std::mutex> lock(m_touchedMutex);
        touched = std::exchange(m_touched, {});
    }
    const std::unique_lock<std::shared_mutex> exclusive(m_lock);
    if (m_companies.isEmpty() || touched.size() > MaxTouched) {
        resetLocked(stamp);
        return StoreStatus::Ok;
    }
    {
        const std::lock_guard<std::mutex> lock(m_matchesMutex);
        m_matches.clear();
    }
    m_stamp = stamp;
    for (const qint64 pk : std::as_const(touched)) {
        ScopedQuery q(db,
            QStringLiteral("SELECT company, ") + rowColumns(db)
                + QStringLiteral(" FROM users WHERE pk = ?"));
        q->addBindValue(pk);
        if (!q->exec()) {
            resetLocked(stamp);
            return Database::statusOf(q->lastError());
        }
        const bool exists = q->next();
        const StoreStatus s = Database::statusOf(q->lastError());
        if (s != StoreStatus::Ok) {
            resetLocked(stamp);
            return s;
        }
        const auto less = [](const Entry &e, qint64 key) {
            return e.pk < key;
        };
        const auto garbage = [](const Entry &e) {
            qsizetype bytes = e.id.length + e.search.length;
            for (const Text &t : e.texts)
                bytes += t.length;
            return bytes;
        };
        if (!exists) {
            // An insert that was rolled back: no index may keep it.
            for (Company &c : m_companies) {
                const auto at = std::lower_bound(c.entries.begin(), c.entries.end(), pk, less);
                if (at != c.entries.end() && at->pk == pk) {
                    c.garbage += garbage(*at);
                    c.entries.erase(at);
                }
            }
            continue;
        }
        const auto it = m_companies.find(q->value(0).toString());
        if (it == m_companies.end())
            continue; // that company's index is not built; it will read the row itself
        Company &c = *it;
        auto at = std::lower_bound(c.entries.begin(), c.entries.end(), pk, less);
        if (at == c.entries.end() || at->pk != pk)
            at = c.entries.insert(at, Entry());
        else
            c.garbage += garbage(*at);
        readEntry(*q, 1, &c, &*at);
        if (c.garbage > c.text.size() / 2)
            compact(&c);
    }
    return StoreStatus::Ok;
}

StoreStatus UserSearchIndex::catchUp(Database *db, qint64 since, qint64 stamp)
{
    bool built = false;
    {
        const std::shared_lock<std::shared_mutex> shared(m_lock);
        built = !m_companies.isEmpty();
    }
    if (!built) {
        reset(stamp); // nothing to bring up to date
        return StoreStatus::Ok;
    }
    ScopedQuery q(db, QStringLiteral("SELECT pk FROM users WHERE changed > ? LIMIT ?"));
    q->addBindValue(since);
    q->addBindValue(MaxTouched + 1);
    QList<qint64> changed;
    if (q->exec()) {
        while (q->next())
            changed.append(q->value(0).toLongLong());
    }
    const StoreStatus s = Database::statusOf(q->lastError());
    if (s != StoreStatus::Ok || changed.size() > MaxTouched) {
        reset(stamp); // built again on the next search
        return s;
    }
    for (const qint64 pk : std::as_const(changed))
        touch(pk);
    return refresh(db, stamp);
}

void UserSearchIndex::reset(qint64 stamp)
{
    {
        const std::lock_guard<std::mutex> lock(m_touchedMutex);
        m_touched.clear();
    }
    const std::unique_lock<std::shared_mutex> exclusive(m_lock);
    resetLocked(stamp);
}

void UserSearchIndex::resetLocked(qint64 stamp)
{
    m_companies.clear();
    m_stamp = stamp;
    const std::lock_guard<std::mutex> lock(m_matchesMutex);
    m_matches.clear();
}

} // namespace Server
