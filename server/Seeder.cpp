// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seeder.h"

#include "ObjectIds.h"
#include "RawJson.h"
#include "SeedVocabulary.h"
#include "ServerLogging.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <vector>

namespace Server {

namespace {

using namespace SeedVocabulary;

constexpr qint64 DayMs = 24LL * 3600 * 1000;
constexpr const char *Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr const char *Hex = "0123456789abcdef";

class Random
{
public:
    explicit Random(quint32 seed) : m_rng(seed) { }

    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    double unit() { return m_rng.generateDouble(); }
    qint64 between(qint64 from, qint64 to)
    {
        return to <= from ? from : from + qint64(unit() * double(to - from));
    }
    QString text(const char *alphabet, int length)
    {
        const int n = int(qstrlen(alphabet));
        QString out;
        out.reserve(length);
        for (int i = 0; i < length; ++i)
            out += QLatin1Char(alphabet[below(n)]);
        return out;
    }
    template<typename T, int N>
    const T &pick(const T (&items)[N])
    {
        return items[below(N)];
    }
    QString pick(const char *const *items, int count)
    {
        return QString::fromUtf8(items[below(count)]);
    }

private:
    QRandomGenerator m_rng;
};

QJsonObject ref(const QString &oid)
{
    return QJsonObject {{QStringLiteral("$oid"), oid}};
}

QJsonObject date(qint64 ms)
{
    return QJsonObject {{QStringLiteral("$date"), ms}};
}

std::optional<qint64> dateMs(const QJsonObject &doc, const char *key)
{
    const QJsonValue d = doc.value(QLatin1String(key)).toObject().value(QLatin1String("$date"));
    return d.isDouble() ? std::optional<qint64>(qint64(d.toDouble())) : std::nullopt;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

double round4(double v)
{
    return std::round(v * 10000.0) / 10000.0;
}

// Six characters staff can read out on the phone; a bijection of the index, so unique
// without bookkeeping (30^6 > 700 million).
QString humanId(qint64 index, qint64 salt)
{
    static const char alphabet[] = "2346789ABCDEFGHJKLMNPQRTUVWXYZ";
    constexpr qint64 space = 30LL * 30 * 30 * 30 * 30 * 30;
    // 1000003 is prime, so coprime to 30^6: index -> v is one-to-one.
    qint64 v = (index * 1000003LL + salt) % space;
    QString out(6, QLatin1Char('2'));
    for (int i = 5; i >= 0; --i) {
        out[i] = QLatin1Char(alphabet[v % 30]);
        v /= 30;
    }
    return out;
}

QString asciiFold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case u'ø':
            out += QLatin1Char('o');
            break;
        case u'Ø':
            out += QLatin1Char('O');
            break;
        case u'æ':
            out += QLatin1String("ae");
            break;
        case u'Æ':
            out += QLatin1String("Ae");
            break;
        case u'ß':
            out += QLatin1String("ss");
            break;
        case u'ł':
            out += QLatin1Char('l');
            break;
        case u'Ł':
            out += QLatin1Char('L');
            break;
        case u'œ':
            out += QLatin1String("oe");
            break;
        default:
            if (c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-')))
                out += c;
        }
    }
    return out;
}

const Country &pickCountry(Random &r)
{
    int total = 0;
    for (const Country &c : countries)
        total += c.weight;
    int x = r.below(total);
    for (const Country &c : countries) {
        if (x < c.weight)
            return c;
        x -= c.weight;
    }
    return countries[0];
}

const Currency &pickCurrency(Random &r)
{
    int total = 0;
    for (const Currency &c : currencies)
        total += c.weight;
    int x = r.below(total);
    for (const Currency &c : currencies) {
        if (x < c.weight)
            return c;
        x -= c.weight;
    }
    return currencies[0];
}

QString pickWeighted(Random &r, const QList<QPair<const char *, int>> &choices)
{
    int total = 0;
    for (const auto &c : choices)
        total += c.second;
    int x = r.below(total);
    for (const auto &c : choices) {
        if (x < c.second)
            return QString::fromLatin1(c.first);
        x -= c.second;
    }
    return QString::fromLatin1(choices.first().first);
}

QString phoneNumber(Random &r, const Country &c)
{
    QString number = QString::fromLatin1(c.phonePrefix);
    const QByteArray leads(c.mobileLeads);
    number += QLatin1Char(leads.at(r.below(int(leads.size()))));
    for (int i = 1; i < c.phoneDigits; ++i)
        number += QLatin1Char(char('0' + r.below(10)));
    return number;
}

QJsonObject address(Random &r, const Country &country, const City &city, const QString &alias)
{
    QJsonObject a {
        {QStringLiteral("alias"), alias},
        {QStringLiteral("city"), QString::fromUtf8(city.name)},
        {QStringLiteral("country"), QString::fromUtf8(country.name)},
        {QStringLiteral("geo"),
            QJsonArray {round4(city.lat + (r.unit() - 0.5) * 0.08),
                round4(city.lng + (r.unit() - 0.5) * 0.12)}},
        {QStringLiteral("service"), QStringLiteral("google")},
        {QStringLiteral("state"), QString::fromUtf8(city.state)},
        {QStringLiteral("street_name"),
            QString(r.pick(country.streets, country.streetCount) + QLatin1Char(' ')
                + QString::number(1 + r.below(120)))},
        {QStringLiteral("zip_code"), QString::fromUtf8(city.zip)},
    };
    if (r.chance(10)) {
        a.insert(QStringLiteral("raw"),
            QJsonObject {{QStringLiteral("formatted_address"),
                             QString(a.value(QLatin1String("street_name")).toString()
                                 + QLatin1String(", ") + QString::fromUtf8(city.name))},
                {QStringLiteral("place_id"),
                    QString(QStringLiteral("ChIJ")
                        + r.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"
                                 "KLMNOPQRSTUVWXYZ0123456789_-",
                            23))},
                {QStringLiteral("types"), QJsonArray {QStringLiteral("street_address")}}});
        a.insert(QStringLiteral("service_address_id"), r.text(Hex, 16));
    }
    return a;
}

// A version-4 UUID, its parts drawn in a fixed order.
QString uuid(Random &r)
{
    QString out = r.text(Hex, 8);
    out += QLatin1Char('-');
    out += r.text(Hex, 4);
    out += QLatin1String("-4");
    out += r.text(Hex, 3);
    out += QLatin1Char('-');
    out += r.text("89ab", 1);
    out += r.text(Hex, 3);
    out += QLatin1Char('-');
    out += r.text(Hex, 12);
    return out;
}

// A stored card of a user: what a payment names as its payment method and card.
struct SeedCard
{
    QString paymentMethod;
    QString brand;
    QString last4;
};

struct SeedUser
{
    qint64 pk = 0;
    QString id;
    qint64 created = 0;
    QJsonObject deliveryAddress;
    QString firstPaymentMethod;
    QList<SeedCard> cards;
};

struct SeedPlan
{
    QString id;
    QJsonObject doc;
};

// Payments, for orders and subscriptions. They draw from a generator of their own, so that
// every user, order and subscription is what it was before payments were seeded.
class PaymentSeeder
{
public:
    PaymentSeeder(DataStore *store, const QString &companyId, quint32 seed)
        : m_store(store)
        , m_companyId(companyId)
        , m_r(seed ^ 0x9e3779b9u)
        , m_ids(quint64(seed) * 2246822519ULL + 7)
        , m_salt(m_r.between(0, 1000000))
    { }

    Random &random() { return m_r; }
    ObjectIdGenerator &ids() { return m_ids; }
    int count() const { return m_count; }

    struct Payment
    {
        QString id; ///< empty: a new one
        qint64 created = 0;
        QString state;
        double amount = 0;
        QString currency;
        QString paymentMethod; ///< empty: the card was not stored with the customer
        QString chargeId; ///< empty: a new one when the state needs one
    };

    /// Inserts `p`, paying `subject` (its `_cls` and id) for `user`. `p.id` gets the
    /// payment's id.
    StoreStatus insert(
        Payment *p, const SeedUser &user, const QString &subjectCls, const QString &subjectId)
    {
        if (p->id.isEmpty())
            p->id = m_ids.next(p->created);
        const bool charged
            = p->state != QLatin1String("created") && p->state != QLatin1String("canceled");
        // The card used: the stored one named, another stored one, or a card never stored.
        SeedCard card;
        for (const SeedCard &c : user.cards) {
            if (c.paymentMethod == p->paymentMethod)
                card = c;
        }
        if (card.brand.isEmpty() && p->paymentMethod.isEmpty() && !user.cards.isEmpty()
            && m_r.chance(80))
            card = user.cards.at(m_r.below(int(user.cards.size())));
        if (card.brand.isEmpty()) {
            card.brand = pickWeighted(m_r, {{"visa", 55}, {"mastercard", 35}, {"amex", 10}});
            card.last4 = m_r.text("0123456789", 4);
        }
        const qint64 paid = p->created + m_r.between(800, 20000);
        QJsonObject metadata;
        if (charged) {
            metadata.insert(QStringLiteral("charge_id"),
                p->chargeId.isEmpty() ? QStringLiteral("ch_") + m_r.text(Alnum, 24) : p->chargeId);
            metadata.insert(
                QStringLiteral("intent_id"), QString(QStringLiteral("pi_") + m_r.text(Alnum, 24)));
        }
        QJsonObject doc {
            {QStringLiteral("_id"), ref(p->id)},
            {QStringLiteral("active"), true},
            {QStringLiteral("amount"), p->amount},
            {QStringLiteral("card"),
                QJsonObject {
                    {QStringLiteral("brand"), card.brand}, {QStringLiteral("last4"), card.last4}}},
            {QStringLiteral("company"), ref(m_companyId)},
            {QStringLiteral("created"), date(p->created)},
            {QStringLiteral("currency"), p->currency},
            {QStringLiteral("current_state"), p->state},
            {QStringLiteral("deleted"), m_r.chance(1)},
            {QStringLiteral("description"), QString()},
            {QStringLiteral("human_id"), humanId(m_count, m_salt)},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("modified"),
                date(p->state == QLatin1String("refunded") ? paid + m_r.between(DayMs, 14 * DayMs)
                                                           : paid + m_r.between(0, 5000))},
            {QStringLiteral("subject"),
                QJsonObject {
                    {QStringLiteral("_cls"), subjectCls}, {QStringLiteral("_ref"), subjectId}}},
            {QStringLiteral("user"), ref(user.id)},
        };
        if (charged)
            doc.insert(QStringLiteral("payment_date"), date(paid));
        if (!p->paymentMethod.isEmpty())
            doc.insert(QStringLiteral("payment_method"), ref(p->paymentMethod));
        if (p->state == QLatin1String("failed")) {
            const Decline &decline = m_r.pick(declines);
            doc.insert(QStringLiteral("failure_code"), QString::fromLatin1(decline.code));
            doc.insert(QStringLiteral("failure_message"), QString::fromLatin1(decline.message));
        }
        ++m_count;
        return m_store->insertPayment(
            m_companyId, user.pk, doc, QJsonDocument(doc).toJson(QJsonDocument::Compact));
    }

private:
    DataStore *m_store;
    QString m_companyId;
    Random m_r;
    ObjectIdGenerator m_ids;
    qint64 m_salt;
    int m_count = 0;
};

} // namespace

Seeder::Seeder(DataStore *store) : m_store(store) { }

bool Seeder::seed(const Options &options, Report *report, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 now = options.nowMs > 0 ? options.nowMs : QDateTime::currentMSecsSinceEpoch();
    Database *db = m_store->database();
    // Servers starting together on one PostgreSQL database: one seeds, the others wait here
    // and then find the companies it made (a session lock, held across the transactions).
    constexpr qint64 SeedLockKey = 0x6275696c746f6e02LL;
    if (db->isPostgres()) {
        db->exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(SeedLockKey));
        m_store->reloadCompanies();
    }
    const auto unlock = qScopeGuard([db] {
        if (db->isPostgres())
            db->exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(SeedLockKey));
    });
    const bool work = !m_store->companyBySlug(QLatin1String(DemoSlug))
        || !m_store->companyBySlug(QLatin1String(OtherSlug));
    // A bulk load into a file: a large page cache, and a rollback journal instead of the WAL
    // (one big transaction would otherwise write every page twice, WAL then database). Still
    // all or nothing; the WAL comes back afterwards.
    const bool bulk = work && !db->isMemory() && !db->isPostgres();
    if (bulk) {
        db->exec(QStringLiteral("PRAGMA cache_size=-524288"));
        db->exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    }
    const bool ok = seedMissing(options, now, report, error);
    // Statistics for the planner. On PostgreSQL VACUUM also marks the new pages all-visible,
    // so a list can be answered from an index alone from the start (not after autovacuum).
    if (ok && (report->createdDemo || report->createdOther))
        db->exec(db->isPostgres() ? QStringLiteral("VACUUM (ANALYZE)") : QStringLiteral("ANALYZE"));
    if (bulk) {
        db->exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        db->exec(QStringLiteral("PRAGMA cache_size=-65536"));
    }
    report->elapsedMs = clock.elapsed();
    return ok;
}

bool Seeder::seedMissing(const Options &options, qint64 now, Report *report, QString *error)
{
    if (!m_store->companyBySlug(QLatin1String(DemoSlug))) {
        if (!seedCompany(QLatin1String(DemoSlug), QStringLiteral("Nordlys Kaffe & Kjøkken AS"),
                options.users, options.orders, 20191025u, now, report, error))
            return false;
        report->createdDemo = true;
    }
    if (!m_store->companyBySlug(QLatin1String(OtherSlug))) {
        if (!seedCompany(QLatin1String(OtherSlug), QStringLiteral("Fjordhandel Ørsta"),
                options.otherUsers, options.otherOrders, 20191026u, now, report, error))
            return false;
        report->createdOther = true;
    }
    return true;
}

bool Seeder::seedCompany(const QString &slug, const QString &name, int userCount, int orderCount,
    quint32 seed, qint64 now, Report *report, QString *error)
{
    userCount = qMax(1, userCount);
    orderCount = qMax(0, orderCount);
    Random r(seed);
    ObjectIdGenerator ids(quint64(seed) * 2654435761ULL);
    auto check = [error](StoreStatus s, const char *what) {
        if (s == StoreStatus::Ok)
            return true;
        *error = tr("Seeding failed while writing %1.").arg(QLatin1String(what));
        return false;
    };

    WriteTransaction tx(m_store);
    if (!check(tx.status(), "the transaction start"))
        return false;
    DataStore::BulkInsert bulk(m_store);

    Company company;
    company.id = ids.next(now - 3 * 365 * DayMs);
    company.slug = slug;
    company.name = name;
    // Secrets come from the system's random source, never from the demo PRNG.
    QByteArray key(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 5);
    company.apiKey = "bk_" + key.toHex();
    company.jwtSecret = QByteArray(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(company.jwtSecret.data()), 8);
    company.created = now - 3 * 365 * DayMs;
    company.country = QStringLiteral("NO"); // both demo companies are Norwegian shops

    // ---- plans, and the payments' own generator ------------------------------------
    PaymentSeeder payments(m_store, company.id, seed);
    std::vector<SeedPlan> seedPlans;
    const qint64 planSalt = payments.random().between(0, 1000000);
    for (int k = 0; k <= int(std::size(plans)); ++k) {
        const bool retired = k == int(std::size(plans));
        const Plan &plan = retired ? retiredPlan : plans[k];
        const qint64 planCreated = now - 3 * 365 * DayMs + 1000 * k;
        const qint64 planModified
            = retired ? now - 200 * DayMs : planCreated + payments.random().between(0, 400 * DayMs);
        SeedPlan sp;
        sp.id = payments.ids().next(planCreated);
        sp.doc = QJsonObject {
            {QStringLiteral("_id"), ref(sp.id)},
            {QStringLiteral("billing_interval"),
                plan.months == 12 ? QStringLiteral("YEAR") : QStringLiteral("MONTH")},
            {QStringLiteral("company"), ref(company.id)},
            {QStringLiteral("created"), date(planCreated)},
            {QStringLiteral("currency"), QStringLiteral("NOK")},
            {QStringLiteral("deleted"), retired},
            {QStringLiteral("description"),
                retired ? QStringLiteral("No longer sold.")
                        : QString::fromUtf8(planDescriptions[k])},
            {QStringLiteral("discount"), 0},
            {QStringLiteral("human_id"), humanId(k, planSalt)},
            {QStringLiteral("interval_count"), plan.months == 12 ? 1 : plan.months},
            {QStringLiteral("items"), QJsonArray()},
            {QStringLiteral("modified"), date(planModified)},
            {QStringLiteral("name"), QString::fromUtf8(plan.name)},
            {QStringLiteral("prorate"), true},
            {QStringLiteral("static"), false},
            {QStringLiteral("status"),
                retired ? QStringLiteral("ARCHIVED") : QStringLiteral("ACTIVE")},
            {QStringLiteral("total_amount"), plan.priceNok},
            {QStringLiteral("updated"), date(planModified)},
        };
        if (!check(m_store->insertPlan(
                       company.id, sp.doc, QJsonDocument(sp.doc).toJson(QJsonDocument::Compact)),
                "a plan"))
            return false;
        seedPlans.push_back(sp);
    }
    report->plans += int(seedPlans.size());

    // ---- users, with their payment methods and subscriptions --------------------------
    std::vector<qint64> created(static_cast<size_t>(userCount));
    for (qint64 &c : created)
        c = r.between(now - 3 * 365 * DayMs, now - DayMs);
    std::sort(created.begin(), created.end());
    created[0] = now - 700 * DayMs; // the token user: a long-standing customer

    const qint64 userSalt = r.between(0, 1000000);
    std::vector<SeedUser> users(static_cast<size_t>(userCount));
    for (int i = 0; i < userCount; ++i) {
        SeedUser &su = users[size_t(i)];
        const bool tokenUser = i == 0;
        const Country &country = tokenUser ? countries[0] : pickCountry(r);
        su.created = created[size_t(i)];
        su.id = ids.next(su.created);
        const QString first = tokenUser ? QStringLiteral("Kari")
                                        : r.pick(country.firstNames, country.firstNameCount);
        const QString last = tokenUser ? QStringLiteral("Nordmann")
                                       : r.pick(country.lastNames, country.lastNameCount);
        const qint64 modified = r.between(su.created, now);

        QJsonObject u {
            {QStringLiteral("_cls"), QStringLiteral("User")},
            {QStringLiteral("_id"), ref(su.id)},
            {QStringLiteral("auth_id"), QString(QStringLiteral("auth0|") + r.text(Hex, 24))},
            {QStringLiteral("blocked"), !tokenUser && r.chance(2)},
            {QStringLiteral("company"), ref(company.id)},
            {QStringLiteral("created"), date(su.created)},
            {QStringLiteral("deleted"), !tokenUser && r.chance(3)},
            {QStringLiteral("first_name"), first},
            {QStringLiteral("human_id"), humanId(i, userSalt)},
            {QStringLiteral("is_company"), r.chance(4)},
            {QStringLiteral("last_name"), last},
            {QStringLiteral("modified"), date(modified)},
            {QStringLiteral("national_id"), QString()},
            {QStringLiteral("new_customer"), su.created > now - 60 * DayMs},
            {QStringLiteral("receive_notifications"), r.chance(80)},
            {QStringLiteral("roles"), QJsonArray {QStringLiteral("user")}},
        };
        if (tokenUser || r.chance(60))
            u.insert(QStringLiteral("title"),
                tokenUser ? QStringLiteral("Ms") : QString::fromLatin1(r.pick(titles)));
        if (tokenUser || r.chance(80))
            u.insert(QStringLiteral("last_login"), date(r.between(su.created, now)));

        // Email: mostly first.last@domain, some variants, some empty, a few in capitals.
        QString email;
        if (tokenUser) {
            email = QStringLiteral("kari.nordmann@online.no");
        } else if (!r.chance(5)) {
            const QString f = asciiFold(first).toLower();
            const QString l = asciiFold(last).toLower();
            const QString domain = r.pick(country.domains, country.domainCount);
            switch (r.below(4)) {
            case 0:
                email = f + QLatin1Char('.') + l;
                break;
            case 1:
                email = f + l + QString::number(r.below(100));
                break;
            case 2:
                email = f.left(1) + QLatin1Char('.') + l;
                break;
            default:
                email = f + QLatin1Char('_') + l + QString::number(1950 + r.below(60));
            }
            email += QLatin1Char('@') + domain;
            if (r.chance(3))
                email = asciiFold(first) + QLatin1Char('.') + asciiFold(last) + QLatin1Char('@')
                    + domain.toUpper();
        }
        u.insert(QStringLiteral("email"), email);
        u.insert(QStringLiteral("mobile_phone_number"),
            tokenUser ? QStringLiteral("+4791234567")
                      : (r.chance(8) ? QString() : phoneNumber(r, country)));

        // Addresses, with geo; billing address for some, {} for a few.
        const int addressCount
            = tokenUser ? 2 : pickWeighted(r, {{"0", 25}, {"1", 45}, {"2", 22}, {"3", 8}}).toInt();
        QJsonArray addresses;
        static const char *const aliases[] = {"home", "work", "", "cabin", "parents"};
        for (int a = 0; a < addressCount; ++a) {
            const City &city
                = country.cities[a == 0 ? i % country.cityCount : r.below(country.cityCount)];
            addresses.append(
                address(r, country, city, QString::fromLatin1(a == 0 ? "home" : r.pick(aliases))));
        }
        u.insert(QStringLiteral("addresses"), addresses);
        if (!addresses.isEmpty())
            su.deliveryAddress = addresses.first().toObject();
        if (tokenUser || r.chance(35)) {
            QJsonObject billing = addresses.isEmpty()
                ? address(r, country, country.cities[r.below(country.cityCount)], QString())
                : addresses.first().toObject();
            billing.insert(QStringLiteral("alias"), QString());
            u.insert(QStringLiteral("billing_address"), billing);
        } else if (r.chance(15)) {
            u.insert(QStringLiteral("billing_address"), QJsonObject());
        }

        // Tags from the vocabulary, each with its own share.
        QJsonArray tagList;
        if (tokenUser) {
            tagList = {QStringLiteral("vip"), QStringLiteral("newsletter")};
        } else {
            for (const Tag &t : tags) {
                if (r.chance(t.percent))
                    tagList.append(QString::fromLatin1(t.name));
            }
        }
        u.insert(QStringLiteral("tags"), tagList);

        if (tokenUser || !r.chance(5))
            u.insert(
                QStringLiteral("bio"), r.chance(15) ? QString::fromUtf8(r.pick(bios)) : QString());
        if (tokenUser || !r.chance(5))
            u.insert(QStringLiteral("note"),
                tokenUser ? QStringLiteral("Prefers delivery after 16:00.")
                          : (r.chance(20) ? QString::fromUtf8(r.pick(notes)) : QString()));
        if (!r.chance(5))
            u.insert(QStringLiteral("avatar"),
                r.chance(12) ? QStringLiteral("https://cdn.example.com/avatars/") + r.text(Hex, 12)
                        + QLatin1String(".jpg")
                             : QString());
        u.insert(QStringLiteral("voucher"),
            QJsonObject {{QStringLiteral("consumed"), 0},
                {QStringLiteral("created"), date(su.created)},
                {QStringLiteral("expires"), date(su.created + 365 * DayMs)},
                {QStringLiteral("initial_quantity"), 0},
                {QStringLiteral("modified"), date(su.created)}, {QStringLiteral("uuid"), uuid(r)}});
        // Fields the client does not model; it must keep them untouched.
        if (r.chance(40))
            u.insert(QStringLiteral("preferred_language"), QString::fromLatin1(country.language));
        if (r.chance(30))
            u.insert(QStringLiteral("loyalty_points"), r.below(5000));
        if (tokenUser || r.chance(20)) {
            u.insert(QStringLiteral("marketing"),
                QJsonObject {{QStringLiteral("email"), r.chance(70)},
                    {QStringLiteral("sms"), r.chance(30)},
                    {QStringLiteral("consent_updated"), date(r.between(su.created, now))}});
        }

        // Payment methods (Stripe-like cards): some expired, some expiring within 30 days.
        const int pmCount = tokenUser
            ? 2
            : (r.chance(55) ? pickWeighted(r, {{"1", 60}, {"2", 30}, {"3", 10}}).toInt() : 0);
        QList<QJsonObject> paymentMethods;
        QString customerId;
        if (pmCount > 0)
            customerId = QStringLiteral("cus_") + r.text(Alnum, 14);
        const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
        for (int p = 0; p < pmCount; ++p) {
            const qint64 pmCreated = r.between(su.created, now);
            const QString pmId = ids.next(pmCreated);
            QJsonObject card;
            QJsonObject pm {
                {QStringLiteral("_cls"), QStringLiteral("PaymentMethod.StripePaymentMethod")},
                {QStringLiteral("_id"), ref(pmId)},
                {QStringLiteral("active"), tokenUser || r.chance(90)},
                {QStringLiteral("company"), ref(company.id)},
                {QStringLiteral("created"), date(pmCreated)},
                {QStringLiteral("customer_id"), customerId},
                {QStringLiteral("deleted"), !tokenUser && r.chance(4)},
                {QStringLiteral("is_sca_compatible"), r.chance(85)},
                {QStringLiteral("method"), QStringLiteral("stripe")},
                {QStringLiteral("modified"), date(r.between(pmCreated, now))},
                {QStringLiteral("name"), QStringLiteral("Stripe")},
                {QStringLiteral("user"), ref(su.id)},
            };
            if (!tokenUser && r.chance(10)) {
                const QString seti = QStringLiteral("seti_") + r.text(Alnum, 24);
                pm.insert(QStringLiteral("setup_intent"),
                    QJsonObject {{QStringLiteral("client_secret"),
                                     QString(seti + QStringLiteral("_secret_") + seti.mid(5))},
                        {QStringLiteral("id"), seti},
                        {QStringLiteral("status"), QStringLiteral("requires_payment_method")}});
            } else {
                const QString brand
                    = pickWeighted(r, {{"visa", 55}, {"mastercard", 35}, {"amex", 10}});
                // Cards are valid through the end of their expiry month.
                QDate expiry;
                const int kind = tokenUser ? (p == 0 ? 50 : 20) : r.below(100);
                if (kind < 15)
                    expiry = today.addMonths(-1 - r.below(24)); // expired
                else if (kind < 25)
                    expiry = today; // expires at the end of this month: within 30 days
                else
                    expiry = today.addMonths(3 + r.below(60));
                card = QJsonObject {
                    {QStringLiteral("brand"), brand},
                    {QStringLiteral("checks"),
                        QJsonObject {{QStringLiteral("address_line1_check"), QJsonValue::Null},
                            {QStringLiteral("address_postal_code_check"), QJsonValue::Null},
                            {QStringLiteral("cvc_check"), QStringLiteral("pass")}}},
                    {QStringLiteral("country"), QString::fromLatin1(country.code)},
                    {QStringLiteral("exp_month"), expiry.month()},
                    {QStringLiteral("exp_year"), expiry.year()},
                    {QStringLiteral("fingerprint"), r.text(Alnum, 16)},
                    {QStringLiteral("funding"),
                        r.chance(70) ? QStringLiteral("credit") : QStringLiteral("debit")},
                    {QStringLiteral("generated_from"), QJsonValue::Null},
                    {QStringLiteral("last4"), r.text("0123456789", 4)},
                    {QStringLiteral("three_d_secure_usage"),
                        QJsonObject {{QStringLiteral("supported"), true}}},
                    {QStringLiteral("wallet"), QJsonValue::Null},
                };
                pm.insert(
                    QStringLiteral("source"), QString(QStringLiteral("pm_") + r.text(Alnum, 24)));
            }
            pm.insert(QStringLiteral("card"), card);
            if (su.firstPaymentMethod.isEmpty() && !pm.value(QLatin1String("deleted")).toBool())
                su.firstPaymentMethod = pmId;
            if (!card.isEmpty()) {
                su.cards.append({pmId, card.value(QLatin1String("brand")).toString(),
                    card.value(QLatin1String("last4")).toString()});
            }
            paymentMethods.append(pm);
        }
        u.insert(QStringLiteral("stripe_customer_id"), customerId);
        if (!su.firstPaymentMethod.isEmpty() && (tokenUser || r.chance(70)))
            u.insert(QStringLiteral("default_payment_method"), ref(su.firstPaymentMethod));

        QByteArray doc = QJsonDocument(u).toJson(QJsonDocument::Compact);
        if (!tokenUser && r.chance(5)) {
            // An id from an old system, beyond what a double holds exactly: it must survive
            // every write byte for byte.
            doc = RawJson::setMember(doc, QStringLiteral("legacy_id"),
                QByteArray::number(9007199254740993LL + r.below(1000) * 2));
        }
        if (!check(m_store->insertUser(company.id, u, doc, &su.pk), "a user"))
            return false;
        for (const QJsonObject &pm : std::as_const(paymentMethods)) {
            if (!check(m_store->insertPaymentMethod(
                           company.id, su.pk, pm, QJsonDocument(pm).toJson(QJsonDocument::Compact)),
                    "a payment method"))
                return false;
        }
        report->paymentMethods += int(paymentMethods.size());

        // Subscriptions in every status.
        const int subCount = tokenUser ? 1 : (r.chance(30) ? (r.chance(25) ? 2 : 1) : 0);
        for (int s = 0; s < subCount; ++s) {
            const Plan &plan = r.pick(plans);
            const QString status = tokenUser
                ? QStringLiteral("ACTIVE")
                : pickWeighted(r,
                    {{"CREATED", 8}, {"ACTIVE", 45}, {"NON_RENEWING", 10}, {"CANCELED", 17},
                        {"DONE", 12}, {"ERROR", 8}});
            const qint64 start = r.between(qMax(su.created, now - 600 * DayMs), now - DayMs);
            const qint64 subCreated = start - r.between(0, 5 * DayMs);
            const QString subId = ids.next(subCreated);
            const qint64 subModified = r.between(start, now);
            const bool billing = status == QLatin1String("ACTIVE")
                || status == QLatin1String("NON_RENEWING") || status == QLatin1String("ERROR");
            QJsonObject sub {
                {QStringLiteral("_cls"), QStringLiteral("SubscriptionMethod.LicenseSubscription")},
                {QStringLiteral("_id"), ref(subId)},
                {QStringLiteral("active"), billing && status != QLatin1String("ERROR")},
                {QStringLiteral("company"), ref(company.id)},
                {QStringLiteral("created"), date(subCreated)},
                {QStringLiteral("deleted"), !tokenUser && r.chance(3)},
                {QStringLiteral("human_id"), humanId(report->subscriptions + s, userSalt + 7)},
                {QStringLiteral("is_retrying_payment"), status == QLatin1String("ERROR")},
                {QStringLiteral("method"), QStringLiteral("license")},
                {QStringLiteral("modified"), date(subModified)},
                {QStringLiteral("name"), QString::fromUtf8(plan.name)},
                {QStringLiteral("payments"), QJsonArray()},
                {QStringLiteral("plan"), ref(seedPlans[size_t(&plan - plans)].id)},
                {QStringLiteral("prorate_amount"), 0},
                {QStringLiteral("status"), status},
                {QStringLiteral("throttling_starts"), 1000},
                {QStringLiteral("total_fail_attempts"),
                    status == QLatin1String("ERROR") ? 1 + r.below(3) : 0},
                {QStringLiteral("total_payment_retries"), 0},
                {QStringLiteral("trial"), r.chance(15)},
                {QStringLiteral("updated"), date(subModified)},
                {QStringLiteral("user"), ref(su.id)},
            };
            // Drawn as it was when this was the plan's id, so every id after it stays the same.
            ids.next(now - 3 * 365 * DayMs + 1000 * (&plan - plans));
            const qint64 period = plan.months * 30 * DayMs;
            bool infinite = false;
            if (status != QLatin1String("CREATED"))
                sub.insert(QStringLiteral("starting_date"), date(start));
            if (status == QLatin1String("CANCELED") || status == QLatin1String("DONE"))
                sub.insert(QStringLiteral("ending_date"), date(r.between(start, now)));
            else if (status == QLatin1String("NON_RENEWING"))
                sub.insert(QStringLiteral("ending_date"), date(now + r.between(DayMs, period)));
            else if (status == QLatin1String("ACTIVE") && r.chance(30))
                sub.insert(
                    QStringLiteral("ending_date"), date(now + r.between(30 * DayMs, 365 * DayMs)));
            else if (status == QLatin1String("ACTIVE"))
                infinite = true;
            sub.insert(QStringLiteral("infinite"), infinite);
            qint64 periodStart = 0;
            if (billing) {
                periodStart = now - r.between(0, period);
                sub.insert(QStringLiteral("current_billing_date_period_start"), date(periodStart));
                sub.insert(
                    QStringLiteral("current_billing_date_period_end"), date(periodStart + period));
                sub.insert(QStringLiteral("last_billing_amount"), plan.priceNok);
            }
            if (!su.firstPaymentMethod.isEmpty())
                sub.insert(QStringLiteral("payment_method"), ref(su.firstPaymentMethod));

            // A payment per billing period from the start, each of them one of the stored card
            // of the subscription. The last period of an ERROR subscription failed every time it
            // was tried; a few earlier ones failed once before they succeeded.
            Random &pr = payments.random();
            std::vector<qint64> billed;
            if (billing) {
                // The current period, and those before it since the start.
                billed.push_back(periodStart);
                for (qint64 t = periodStart - period; t >= start; t -= period)
                    billed.insert(billed.begin(), t);
            } else if (status != QLatin1String("CREATED")) {
                const qint64 end = dateMs(sub, "ending_date").value_or(now);
                for (qint64 t = start; t < qMin(end, now); t += period)
                    billed.push_back(t);
            }
            QList<PaymentSeeder::Payment> planned;
            for (size_t k = 0; k < billed.size(); ++k) {
                const bool latest = k + 1 == billed.size();
                PaymentSeeder::Payment p;
                p.created = billed[k] + pr.between(0, 3600 * 1000);
                p.amount = plan.priceNok;
                p.currency = QStringLiteral("NOK");
                p.paymentMethod = su.firstPaymentMethod;
                p.state = QStringLiteral("succeeded");
                if (latest && status == QLatin1String("ERROR")) {
                    const int failures = sub.value(QLatin1String("total_fail_attempts")).toInt();
                    for (int f = 0; f < failures; ++f) {
                        PaymentSeeder::Payment failed = p;
                        failed.created = p.created + f * DayMs;
                        failed.state = QStringLiteral("failed");
                        planned.append(failed);
                    }
                    continue;
                }
                if (latest && status == QLatin1String("ACTIVE") && pr.chance(8))
                    p.state
                        = pr.chance(50) ? QStringLiteral("created") : QStringLiteral("processing");
                else if (latest && status == QLatin1String("CANCELED") && pr.chance(60))
                    p.state
                        = pr.chance(65) ? QStringLiteral("refunded") : QStringLiteral("canceled");
                else if (pr.chance(6)) {
                    PaymentSeeder::Payment failed = p;
                    failed.state = QStringLiteral("failed");
                    planned.append(failed);
                    p.created += pr.between(DayMs, 3 * DayMs);
                }
                planned.append(p);
            }
            QJsonArray paymentRefs;
            for (PaymentSeeder::Payment &p : planned) {
                if (!check(payments.insert(&p, su,
                               QStringLiteral("SubscriptionMethod.LicenseSubscription"), subId),
                        "a payment"))
                    return false;
                paymentRefs.append(ref(p.id));
            }
            sub.insert(QStringLiteral("payments"), paymentRefs);
            if (status == QLatin1String("ACTIVE") && pr.chance(10)) {
                // Changed plan within the period: the unused part of the old one credited.
                const qint64 at = qMin(now, periodStart + pr.between(0, period));
                sub.insert(QStringLiteral("prorate_amount"),
                    -round2(plan.priceNok * pr.between(10, 90) / 100.0));
                sub.insert(QStringLiteral("prorate_date"), date(at));
            }
            if (!check(m_store->insertSubscription(company.id, su.pk, sub,
                           QJsonDocument(sub).toJson(QJsonDocument::Compact)),
                    "a subscription"))
                return false;
        }
        report->subscriptions += subCount;
    }
    report->users += userCount;
    company.tokenUserId = users[0].id;

    // ---- orders over the last 24 months, inserted oldest first ------------------------
    struct OrderSlot
    {
        qint64 created;
        int user;
    };
    std::vector<OrderSlot> orderSlots(static_cast<size_t>(orderCount));
    for (int o = 0; o < orderCount; ++o) {
        // A dozen orders for the token user; the rest skewed towards loyal customers.
        const int user = o < 12 ? 0 : int(double(userCount) * std::pow(r.unit(), 1.6));
        const qint64 earliest = qMax(users[size_t(user)].created, now - 730 * DayMs);
        orderSlots[size_t(o)] = {r.between(earliest, now - 60000), qMin(user, userCount - 1)};
    }
    std::sort(orderSlots.begin(), orderSlots.end(),
        [](const OrderSlot &a, const OrderSlot &b) { return a.created < b.created; });
    // Items carry the whole product, as the recorded orders do (tests/data/recordings).
    // The gift card is a credit product made of other products, like the recorded one.
    QList<QPair<QString, QJsonObject>> productRefs;
    for (const Product &p : products) {
        const qsizetype index = &p - products;
        const qint64 productCreated = now - 1000 * DayMs;
        const QString pid = ids.next(productCreated);
        QJsonObject product {{QStringLiteral("_cls"), QStringLiteral("Product")},
            {QStringLiteral("_id"), ref(pid)}, {QStringLiteral("_sub_products"), QJsonArray()},
            {QStringLiteral("active"), true}, {QStringLiteral("business_rules"), QJsonArray()},
            {QStringLiteral("company"), ref(company.id)}, {QStringLiteral("company_take"), -1},
            {QStringLiteral("created"), date(productCreated)},
            {QStringLiteral("currency"), QStringLiteral("NOK")},
            {QStringLiteral("default_position"), QJsonArray {-1, -1}},
            {QStringLiteral("deleted"), false}, {QStringLiteral("description"), QString()},
            {QStringLiteral("discount"), 0}, {QStringLiteral("final_price"), p.priceNok},
            {QStringLiteral("human_id"), humanId(index, 4242)},
            {QStringLiteral("main_product"), true}, {QStringLiteral("max_distance"), 0},
            {QStringLiteral("media"), QJsonArray()},
            {QStringLiteral("modified"), date(productCreated + (index + 1) * DayMs)},
            {QStringLiteral("name"), QString::fromUtf8(p.name)},
            {QStringLiteral("parents"), QJsonArray()},
            {QStringLiteral("path"), QStringLiteral("/")}, {QStringLiteral("price"), p.priceNok},
            {QStringLiteral("price_change_percentage"), 0},
            {QStringLiteral("properties"), QJsonObject()},
            {QStringLiteral("short_description"), QString()},
            {QStringLiteral("tags"), QJsonArray()}, {QStringLiteral("vat"), p.vat}};
        if (QByteArray(p.name).startsWith("Gift card") && productRefs.size() >= 2) {
            product.insert(QStringLiteral("_cls"), QStringLiteral("Product.CreditProduct"));
            product.insert(QStringLiteral("_sub_products"),
                QJsonArray {ref(productRefs.at(0).first), ref(productRefs.at(1).first)});
            product.insert(QStringLiteral("expire_days"), 365);
            product.insert(QStringLiteral("vouchers_required"), 1);
        }
        productRefs.append({pid, product});
    }
    const qint64 orderSalt = r.between(0, 1000000);
    for (int o = 0; o < orderCount; ++o) {
        const OrderSlot &slot = orderSlots[size_t(o)];
        const SeedUser &su = users[size_t(slot.user)];
        const qint64 orderCreated = slot.created;
        const Currency &currency = pickCurrency(r);
        const QString orderId = ids.next(orderCreated);

        QJsonArray items;
        double total = 0;
        int quantity = 0;
        const int itemCount = 1 + std::min(3, int(r.unit() * r.unit() * 4.0));
        for (int k = 0; k < itemCount; ++k) {
            const int pi = r.below(int(productRefs.size()));
            const Product &p = products[pi];
            const int q = 1 + (r.chance(25) ? r.below(3) : 0);
            const double price = round2(p.priceNok * currency.perNok);
            const double discount = r.chance(15) ? round2(price * (r.chance(50) ? 0.1 : 0.2)) : 0.0;
            const double finalPrice = round2(price - discount);
            items.append(QJsonObject {
                {QStringLiteral("already_filled"), true},
                {QStringLiteral("currency"), QString::fromLatin1(currency.code)},
                {QStringLiteral("discount"), discount},
                {QStringLiteral("final_price"), finalPrice},
                {QStringLiteral("name"), QString::fromUtf8(p.name)},
                {QStringLiteral("price"), price},
                {QStringLiteral("product"), productRefs.at(pi).second},
                {QStringLiteral("quantity"), q},
                {QStringLiteral("sub_products"), QJsonArray()},
                {QStringLiteral("vat"), p.vat},
            });
            total += finalPrice * q;
            quantity += q;
        }
        const bool recent = orderCreated > now - 30 * DayMs;
        const QString orderStatus = recent ? pickWeighted(r,
                                        {{"CREATED", 20}, {"PENDING", 25}, {"SUCCESS", 25},
                                            {"DONE", 15}, {"FAILED", 8}, {"CANCELED", 7}})
                                           : pickWeighted(r,
                                               {{"DONE", 55}, {"SUCCESS", 20}, {"CANCELED", 10},
                                                   {"FAILED", 8}, {"CREATED", 3}, {"PENDING", 4}});
        QString deliveryStatus;
        if (orderStatus == QLatin1String("DONE"))
            deliveryStatus = r.chance(90) ? QStringLiteral("DONE") : QStringLiteral("ACCEPTED");
        else if (orderStatus == QLatin1String("CANCELED") || orderStatus == QLatin1String("FAILED"))
            deliveryStatus = r.chance(70) ? QStringLiteral("CANCELED") : QStringLiteral("PENDING");
        else
            deliveryStatus = pickWeighted(
                r, {{"PENDING", 40}, {"ACCEPTED", 30}, {"IN_PROGRESS", 25}, {"DONE", 5}});
        const bool paid
            = orderStatus == QLatin1String("SUCCESS") || orderStatus == QLatin1String("DONE");
        const QString paidId = paid ? ids.next(orderCreated + 1000) : QString();
        const QString chargeId = paid ? QStringLiteral("ch_") + r.text(Alnum, 24) : QString();

        // The order's payments, by its status: paid (some after a failed try), failed one to
        // three times, in progress, or cancelled (voided, or refunded after it was taken).
        Random &pr = payments.random();
        QList<PaymentSeeder::Payment> planned;
        PaymentSeeder::Payment p;
        p.created = orderCreated + 1000;
        p.amount = round2(total);
        p.currency = QString::fromLatin1(currency.code);
        if (!su.cards.isEmpty() && pr.chance(85))
            p.paymentMethod = su.cards.at(pr.below(int(su.cards.size()))).paymentMethod;
        if (paid) {
            if (pr.chance(10)) {
                PaymentSeeder::Payment failed = p;
                failed.created = orderCreated + 500;
                failed.state = QStringLiteral("failed");
                planned.append(failed);
            }
            p.id = paidId;
            p.chargeId = chargeId;
            p.state = QStringLiteral("succeeded");
            planned.append(p);
        } else if (orderStatus == QLatin1String("FAILED")) {
            const int tries = 1 + pr.below(3);
            for (int t = 0; t < tries; ++t) {
                PaymentSeeder::Payment failed = p;
                failed.created = orderCreated + 1000 + t * pr.between(60 * 1000, DayMs);
                failed.state = QStringLiteral("failed");
                planned.append(failed);
            }
        } else if (orderStatus == QLatin1String("PENDING")) {
            p.state = pr.chance(70) ? QStringLiteral("processing") : QStringLiteral("created");
            planned.append(p);
        } else if (orderStatus == QLatin1String("CREATED")) {
            p.state = QStringLiteral("created");
            if (pr.chance(60))
                planned.append(p);
        } else if (orderStatus == QLatin1String("CANCELED")) {
            const int kind = pr.below(10);
            p.state = kind < 5 ? QStringLiteral("canceled") : QStringLiteral("refunded");
            if (kind < 8)
                planned.append(p);
        }
        QJsonArray paymentRefs;
        for (PaymentSeeder::Payment &planned1 : planned) {
            if (planned1.id.isEmpty())
                planned1.id = payments.ids().next(planned1.created);
            paymentRefs.append(ref(planned1.id));
        }
        QJsonObject order {
            {QStringLiteral("_id"), ref(orderId)},
            {QStringLiteral("company"), ref(company.id)},
            {QStringLiteral("created"), date(orderCreated)},
            {QStringLiteral("currency"), QString::fromLatin1(currency.code)},
            {QStringLiteral("deleted"), r.chance(2)},
            {QStringLiteral("deliveries"), QJsonArray()},
            {QStringLiteral("delivery_address"), su.deliveryAddress},
            {QStringLiteral("delivery_status"), deliveryStatus},
            {QStringLiteral("human_id"), humanId(o, orderSalt)},
            {QStringLiteral("items"), items},
            {QStringLiteral("modified"), date(qMin(now, orderCreated + r.between(0, 20 * DayMs)))},
            {QStringLiteral("note"), r.chance(10) ? QString::fromUtf8(r.pick(notes)) : QString()},
            {QStringLiteral("order_status"), orderStatus},
            {QStringLiteral("override_company_take"), -1},
            {QStringLiteral("payments"), paymentRefs},
            {QStringLiteral("resources"), QJsonArray()},
            {QStringLiteral("stripe_charge_id"), chargeId},
            {QStringLiteral("stripe_refund_id"), QString()},
            {QStringLiteral("top_up_amount"), 0},
            {QStringLiteral("top_up_vat"), 0},
            {QStringLiteral("total_amount"), round2(total)},
            {QStringLiteral("total_quantity"), quantity},
            {QStringLiteral("units"), quantity},
        };
        if (r.chance(85))
            order.insert(
                QStringLiteral("delivery_time"), date(orderCreated + r.between(DayMs, 14 * DayMs)));
        if (!check(m_store->insertOrder(company.id, su.pk, su.id, order,
                       QJsonDocument(order).toJson(QJsonDocument::Compact)),
                "an order"))
            return false;
        for (PaymentSeeder::Payment &planned1 : planned) {
            if (!check(
                    payments.insert(&planned1, su, QStringLiteral("Order"), orderId), "a payment"))
                return false;
        }
    }
    report->orders += orderCount;
    report->payments += payments.count();

    if (!check(bulk.finish(), "the last rows"))
        return false;
    if (!check(m_store->insertCompany(company), "the company"))
        return false;
    if (!check(tx.commit(), "the commit")) {
        m_store->reloadCompanies();
        return false;
    }
    return true;
}

} // namespace Server
