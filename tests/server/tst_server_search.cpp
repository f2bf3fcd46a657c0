// SPDX-License-Identifier: GPL-3.0-or-later
// The forgiving users search of the real builton-server over loopback (docs/SERVER.md,
// "Search"): letters folded (ø→o, ü→u, ß→ss...), words in any order, phone numbers in any of
// their written forms, exact email, human_id and phone matches first. Every expected answer
// is computed here by SearchOracle.h from all users, and every row is asked both ways the
// server answers a search: without tags (UserSearchIndex, in memory) and with a tag every
// user has (SQL: the trigram index, or instr() for short words). The folding table itself is
// also compared with the oracle letter by letter, in process.

#include "SearchOracle.h"
#include "SearchText.h"
#include "tst_server_api_common.h"

#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ApiTest;

namespace {

// Every user carries it, so "&tags=everyone" asks the SQL path for the same users.
const QString Everyone = QStringLiteral("everyone");

QString text(const QJsonObject &doc, const char *key)
{
    return doc.value(QLatin1String(key)).toString();
}

QString codePointName(char32_t c)
{
    return QStringLiteral("U+%1 %2")
        .arg(uint(c), 4, 16, QLatin1Char('0'))
        .arg(QString::fromUcs4(&c, 1))
        .toUpper();
}

/// The old search (before folding): the query, case-folded, inside one field.
bool oldMatch(const QJsonObject &u, const QString &query)
{
    const QString q = query.toCaseFolded();
    const QString first = text(u, "first_name");
    const QString last = text(u, "last_name");
    for (const QString &field : {first, last, QString(first + QLatin1Char(' ') + last),
             text(u, "email"), text(u, "mobile_phone_number"), text(u, "human_id")}) {
        if (field.toCaseFolded().contains(q))
            return true;
    }
    return false;
}

/// Latin-1 and Latin Extended-A letters (× and ÷ are not letters).
QList<char32_t> tableLetters()
{
    QList<char32_t> letters;
    for (char32_t c = 0xc0; c < 0x180; ++c) {
        if (c != 0xd7 && c != 0xf7)
            letters << c;
    }
    return letters;
}

} // namespace

class TestServerSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void letters_data();
    void letters();
    void foldingTable_data();
    void foldingTable();

    void search_data();
    void search();
    void exactMatchesFirst_data();
    void exactMatchesFirst();
    void oldAnswersKept_data();
    void oldAnswersKept();
    void phoneInputStoredInE164();
    void followsWrites();
    void nationalNumbersFollowTheCompanysCountry();
    void migrationFoldsAnExistingDatabase();

private:
    /// Every user the search for `query` (+ `params`) answers, page after page; through the
    /// SQL path with `sql`.
    QStringList searchIds(const TestServer &server, const QString &query, const QByteArray &params,
        bool sql, QString *problem) const;
    /// Puts `body` on the user `id` and returns the stored user.
    QJsonObject put(const QString &id, const QByteArray &body);
    void refetch();
    /// The live users, oldest first.
    QJsonArray oldestFirst() const;
    void addSearchRow(const QString &name, const QString &query, const QByteArray &params = {});

    TestServer m_server;
    QJsonArray m_users; ///< every user, deleted ones too
    QHash<QString, QString> m_fixtures; ///< name -> id of the users the rows are about
};

void TestServerSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 600;
    options.orders = 200;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    refetch();
    QCOMPARE(m_users.size(), 600);

    // The index is built now, so what follows reaches it as writes it must follow.
    QCOMPARE(TestHttp::get(url(m_server, "/users/search?query=zzz"), staff(m_server)).status, 200);

    // Fixtures, on users of every age: the ones ranked first by an exact match are older
    // than those they must come before, so that the rank, not the date, puts them there.
    const QJsonArray users = oldestFirst();
    const qsizetype n = users.size();
    QVERIFY(n > 100);
    struct Fixture
    {
        const char *name;
        qsizetype index; ///< in oldestFirst(); negative counts from the newest
        QByteArray body;
    };
    QString letters[2];
    const QList<char32_t> table = tableLetters();
    for (qsizetype i = 0; i < table.size(); ++i)
        letters[i < table.size() / 2] += QLatin1Char('q') + QString::fromUcs4(&table[i], 1);
    const QString humanIdOwner = idOf(users.at(7));
    const QString humanId = text(users.at(7).toObject(), "human_id");
    QVERIFY(!humanId.isEmpty());
    const QList<Fixture> fixtures {
        {"hakon", 1,
            R"({"first_name":"Håkon","last_name":"Pedersen","email":"hakon.pedersen@online.no",)"
            R"("mobile_phone_number":"+47 929 23 131"})"},
        {"phone neighbour", -2,
            R"({"first_name":"Nils","last_name":"Ødegård","mobile_phone_number":"+479292313155"})"},
        {"bjorn", 3,
            R"({"first_name":"Bjørn","last_name":"Larsen","mobile_phone_number":"+4741234567"})"},
        {"jurgen", 4,
            R"({"first_name":"Jürgen","last_name":"Fischer",)"
            R"("mobile_phone_number":"0049 (0)170 123 45 67"})"},
        {"soren", 5,
            R"({"first_name":"Søren","last_name":"Østergaard","mobile_phone_number":"+4520123456"})"},
        {"lukasz", 6,
            R"({"first_name":"Łukasz","last_name":"Wiśniewski","mobile_phone_number":"+48501234567"})"},
        {"chloe", 8,
            R"({"first_name":"Chloé","last_name":"Lefèvre","mobile_phone_number":"+33 6 12 34 56 78"})"},
        {"aerling", 9, R"({"first_name":"Ærling","last_name":"Sæther"})"},
        {"stale", 10, R"({"first_name":"Ståle","last_name":"Bråten"})"},
        {"yuki", 11,
            R"({"first_name":"Yūki","last_name":"Satō","mobile_phone_number":"+81-90-1234-5678"})"},
        {"inigo", 12, R"({"first_name":"Iñigo","last_name":"Muñoz"})"},
        {"thor", 13, R"({"first_name":"Þór","last_name":"Guðmundsson"})"},
        {"haakon", 14, R"({"first_name":"Oliver","last_name":"Haakon"})"},
        {"strauss", 15,
            R"({"first_name":"Grete","last_name":"Strauß","email":"grete.strauss@gmx.de"})"},
        {"amelia", 16,
            R"({"first_name":"Amelia","last_name":"O'Brien","mobile_phone_number":"+44 7700 900123"})"},
        {"letters", 17,
            QJsonDocument(QJsonObject {{QStringLiteral("first_name"), letters[1]},
                              {QStringLiteral("last_name"), letters[0]}})
                .toJson(QJsonDocument::Compact)},
        {"ola exact", 18, R"({"first_name":"Ola","last_name":"Exact","email":"ola@example.no"})"},
        {"ola longer", -3,
            R"({"first_name":"Ola","last_name":"Longer","email":"bola@example.no"})"},
        {"human_id neighbour", -4, "{\"email\":\"" + humanId.toLower().toUtf8() + "@example.no\"}"},
        {"nbsp", 19, "{\"first_name\":\"Ann\\u00a0Kristin\",\"last_name\":\"Dahl\"}"},
    };
    m_fixtures.insert(QStringLiteral("human_id owner"), humanIdOwner);
    for (const Fixture &f : fixtures) {
        const qsizetype at = f.index >= 0 ? f.index : n + f.index;
        const QString id = idOf(users.at(at));
        QVERIFY2(!m_fixtures.values().contains(id), f.name);
        m_fixtures.insert(QLatin1String(f.name), id);
        put(id, f.body);
    }
    // A deleted Bjørn Larsen, for include_deleted.
    for (const QJsonValue &u : std::as_const(m_users)) {
        if (isDeleted(u.toObject())) {
            m_fixtures.insert(QStringLiteral("deleted bjorn"), idOf(u));
            put(idOf(u), R"({"first_name":"Bjørn","last_name":"Larsen"})");
            break;
        }
    }
    QVERIFY(m_fixtures.contains(QStringLiteral("deleted bjorn")));

    refetch();
    for (const QJsonValue &v : std::as_const(m_users)) {
        QJsonArray tags = v.toObject().value(QLatin1String("tags")).toArray();
        tags.append(Everyone);
        put(idOf(v), compact(QJsonObject {{QStringLiteral("tags"), tags}}));
    }
    refetch();
}

QJsonObject TestServerSearch::put(const QString &id, const QByteArray &body)
{
    const TestHttpResponse r
        = TestHttp::request("PUT", url(m_server, "/users/" + id.toLatin1()), staff(m_server), body);
    if (r.status != 200)
        qWarning() << "PUT" << body << r.status << r.body;
    return r.json().object();
}

void TestServerSearch::refetch()
{
    QString error;
    m_users = fetchAll(m_server, "/users?include_deleted=true", staff(m_server), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

QJsonArray TestServerSearch::oldestFirst() const
{
    const QStringList ids = expectedOrder(
        filtered(m_users, [](const QJsonObject &u) { return !isDeleted(u); }),
        [](const QJsonObject &d) { return d.value(QLatin1String("created")); }, false);
    QJsonArray out;
    for (const QString &id : ids) {
        for (const QJsonValue &u : m_users) {
            if (idOf(u) == id)
                out.append(u);
        }
    }
    return out;
}

QStringList TestServerSearch::searchIds(const TestServer &server, const QString &query,
    const QByteArray &params, bool sql, QString *problem) const
{
    qint64 total = -1;
    const QJsonArray docs = fetchAll(server,
        "/users/search?query=" + enc(query) + params
            + (sql ? QByteArray("&tags=" + enc(Everyone)) : QByteArray()),
        staff(server), problem, &total);
    return idsOf(docs);
}

// ---- the folding table -----------------------------------------------------------------

void TestServerSearch::letters_data()
{
    QTest::addColumn<QString>("letter");
    QTest::addColumn<QString>("folded");
    QTest::addColumn<QString>("transliterated");
    // The letters the issue names, and their capitals, written out.
    const QList<std::tuple<const char *, const char *, const char *>> rows {{"ø", "o", "oe"},
        {"Ø", "o", "oe"}, {"æ", "ae", "ae"}, {"Æ", "ae", "ae"}, {"å", "a", "aa"}, {"Å", "a", "aa"},
        {"ä", "a", "ae"}, {"Ä", "a", "ae"}, {"ö", "o", "oe"}, {"Ö", "o", "oe"}, {"ü", "u", "ue"},
        {"Ü", "u", "ue"}, {"ß", "ss", "ss"}, {"ẞ", "ss", "ss"}, {"ł", "l", "l"}, {"Ł", "l", "l"},
        {"é", "e", "e"}, {"É", "e", "e"}, {"è", "e", "e"}, {"ê", "e", "e"}, {"ë", "e", "e"},
        {"ñ", "n", "n"}, {"Ñ", "n", "n"}, {"ō", "o", "o"}, {"Ō", "o", "o"}, {"ū", "u", "u"},
        {"ç", "c", "c"}, {"œ", "oe", "oe"}, {"Œ", "oe", "oe"}, {"þ", "th", "th"}, {"ð", "d", "d"},
        {"đ", "d", "d"}, {"ś", "s", "s"}, {"ź", "z", "z"}, {"ż", "z", "z"}, {"ą", "a", "a"},
        {"ę", "e", "e"}, {"ć", "c", "c"}, {"ń", "n", "n"}, {"ó", "o", "o"}, {"č", "c", "c"},
        {"š", "s", "s"}, {"ž", "z", "z"}, {"ř", "r", "r"}, {"ı", "i", "i"}, {"İ", "i", "i"},
        {"ș", "s", "s"}, {"ț", "t", "t"}, {"ệ", "e", "e"}, {"Ǿ", "o", "o"}, {"ǽ", "ae", "ae"},
        {"e\u0301", "e", "e"}, {"A", "a", "a"}, {"Z", "z", "z"}, {"@", "@", "@"}, {"+", "+", "+"},
        {"Ω", "ω", "ω"}, {"Ж", "ж", "ж"}, {"й", "й", "й"}, {"😀", "😀", "😀"}};
    for (const auto &[letter, folded, transliterated] : rows) {
        QTest::newRow(letter) << QString::fromUtf8(letter) << QString::fromUtf8(folded)
                              << QString::fromUtf8(transliterated);
    }
}

void TestServerSearch::letters()
{
    QFETCH(QString, letter);
    QFETCH(QString, folded);
    QFETCH(QString, transliterated);
    QCOMPARE(Server::SearchText::fold(letter), folded);
    QCOMPARE(Server::SearchText::foldTransliterated(letter), transliterated);
    QCOMPARE(SearchOracle::fold(letter), folded);
    QCOMPARE(SearchOracle::fold(letter, true), transliterated);
}

void TestServerSearch::foldingTable_data()
{
    QTest::addColumn<uint>("first");
    QTest::addColumn<uint>("end");
    QTest::newRow("ASCII") << 0x0u << 0x80u;
    QTest::newRow("Latin-1 Supplement") << 0x80u << 0x100u;
    QTest::newRow("Latin Extended-A") << 0x100u << 0x180u;
    QTest::newRow("Latin Extended-B") << 0x180u << 0x250u;
    QTest::newRow("combining diacritical marks") << 0x300u << 0x370u;
    QTest::newRow("Latin Extended Additional") << 0x1e00u << 0x1f00u;
}

void TestServerSearch::foldingTable()
{
    // The server's table against the oracle's NFD and its letters without a decomposition,
    // both ways of spelling (field 1 and field 6 of the search text).
    QFETCH(uint, first);
    QFETCH(uint, end);
    for (char32_t c = first; c < end; ++c) {
        const QString s = QString::fromUcs4(&c, 1);
        for (const bool transliterate : {false, true}) {
            const QString server = transliterate ? Server::SearchText::foldTransliterated(s)
                                                 : Server::SearchText::fold(s);
            const QString expected = SearchOracle::fold(s, transliterate);
            QVERIFY2(server == expected,
                qPrintable(QStringLiteral("%1%2: server \"%3\", expected \"%4\"")
                               .arg(codePointName(c),
                                   transliterate ? QStringLiteral(" (transliterated)") : QString(),
                                   server, expected)));
        }
        // Every letter of Latin-1 and Latin Extended-A becomes plain ASCII.
        if (c >= 0xc0 && c < 0x180 && c != 0xd7 && c != 0xf7) {
            const QString folded = Server::SearchText::fold(s);
            QVERIFY2(!folded.isEmpty()
                    && std::all_of(folded.cbegin(), folded.cend(),
                        [](QChar f) { return f.unicode() >= 'a' && f.unicode() <= 'z'; }),
                qPrintable(codePointName(c)));
        }
    }
}

// ---- searches ----------------------------------------------------------------------------

void TestServerSearch::addSearchRow(
    const QString &name, const QString &query, const QByteArray &params)
{
    const bool includeDeleted = params.contains("include_deleted=true");
    QString sortField = QStringLiteral("created");
    bool descending = true;
    const qsizetype sort = params.indexOf("sort=");
    if (sort >= 0) {
        QByteArray value = params.mid(sort + 5);
        value = value.left(value.indexOf('&') < 0 ? value.size() : value.indexOf('&'));
        descending = value.startsWith('-');
        sortField = QString::fromLatin1(descending ? value.mid(1) : value);
    }
    const QJsonArray users = includeDeleted
        ? m_users
        : filtered(m_users, [](const QJsonObject &u) { return !isDeleted(u); });
    const QStringList expected
        = SearchOracle::expectedIds(users, query, QStringLiteral("NO"), sortField, descending);
    QTest::newRow(qPrintable(QStringLiteral("%1 [%2]%3 (%4)")
                                 .arg(name, query, QString::fromLatin1(params))
                                 .arg(expected.size())))
        << query << params << expected;
}

void TestServerSearch::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QStringList>("expected");

    // Folded letters: the name without its accents, in capitals, with the German and
    // Scandinavian spellings.
    for (const char *q : {"Bjorn Larsen", "bjørn larsen", "BJØRN LARSEN", "Bjoern Larsen",
             "Jurgen Fischer", "Juergen Fischer", "Jürgen Fischer", "JÜRGEN", "Hakon", "Haakon",
             "Håkon", "HÅKON PEDERSEN", "Soren Ostergaard", "Soeren", "Lukasz Wisniewski", "łukasz",
             "WIŚNIEWSKI", "Chloe Lefevre", "chloé", "Aerling Saether", "Ærling", "Stale Braten",
             "Staale", "Yuki Sato", "yūki", "Inigo Munoz", "Thor Gudmundsson", "Þór", "Strauss",
             "Strauß", "STRAUSS", "grete strauss", "Odegard", "Ødegård", "oedegaard", "Muller",
             "Mueller", "Müller", "Ann Kristin"}) {
        addSearchRow(QStringLiteral("folded"), QString::fromUtf8(q));
    }
    // The letters of the table, one by one, asked by the ASCII spelling the oracle gives
    // (a wrong entry of the server's table misses the user) and as the letter itself.
    for (const char32_t c : tableLetters()) {
        const QString letter = QString::fromUcs4(&c, 1);
        addSearchRow(QStringLiteral("table, ASCII of ") + codePointName(c),
            QLatin1Char('q') + SearchOracle::fold(letter) + QLatin1Char('q'));
        addSearchRow(QStringLiteral("table, letter ") + codePointName(c),
            QLatin1Char('q') + letter + QLatin1Char('q'));
    }
    for (const char *q : {"ø", "Ø", "å", "ü", "ß", "ł", "É", "ō", "øy", "STRÖM", "æ", "ae", "ss"})
        addSearchRow(QStringLiteral("letter"), QString::fromUtf8(q));

    // Words in any order, spaces of every kind between them.
    for (const char *q : {"Pedersen Håkon", "pedersen hakon", "Larsen Bjorn", "Fischer Jurgen",
             "Gudmundsson Thor", "Larsen  Bjørn", " Bjørn Larsen ", "Bjørn\u00a0Larsen",
             "Bjørn\u2009Larsen", "Bjørn\tLarsen", "Håkon online.no", "Pedersen Hakon online.no",
             "pedersen 929 23 131", "Larsen Bjorn +47", "hakon nobody", "a b", "a AND b",
             "Ola Exact", "exact ola example.no", "kristin ann"}) {
        addSearchRow(QStringLiteral("words"), QString::fromUtf8(q));
    }

    // Phone numbers in their written forms, national ones in the company's country (Norway).
    for (const char *q : {"+47 929 23 131", "929 23 131", "0047 92923131", "92923131",
             "+4792923131", "4792923131", "(+47) 929-23-131", "+47.929.23.131", "929–23–131",
             "+47 (0) 929 23 131", "0047-929-23-131", "3131", "23 131", "0047", "+47 929", "+47",
             "+4", "47", "9", "+49 170 1234567", "0049 170 123 45 67", "170 1234567",
             "0170 1234567", "+44 7700 900123", "07700 900123", "+33 6 12 34 56 78",
             "+81 90 1234 5678", "+45 20 12 34 56", "2012 3456", "+46 70", "(", "+", "-", "1-2",
             "12345678901234567890"}) {
        addSearchRow(QStringLiteral("phone"), QString::fromUtf8(q));
    }

    // With the other list parameters.
    addSearchRow(
        QStringLiteral("include_deleted"), QStringLiteral("Bjorn Larsen"), "&include_deleted=true");
    addSearchRow(QStringLiteral("sorted"), QStringLiteral("larsen"), "&sort=first_name");
    addSearchRow(QStringLiteral("sorted"), QStringLiteral("929 23 131"), "&sort=-email");
    addSearchRow(QStringLiteral("sorted"), QStringLiteral("ola@example.no"), "&sort=last_name");
    addSearchRow(QStringLiteral("sorted"), QStringLiteral("e"), "&sort=-human_id");
    // Short words (no trigram on the SQL path), long ones (trigram), both in one query.
    for (const char *q : {"e", "an", "OR", "sen", "la no", "ol ha", "øy", "@", "."})
        addSearchRow(QStringLiteral("short"), QString::fromUtf8(q));
    addSearchRow(QStringLiteral("empty"), QString());
    addSearchRow(QStringLiteral("only spaces"), QStringLiteral("   "));
}

void TestServerSearch::search()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, params);
    QFETCH(QStringList, expected);
    for (const bool sql : {false, true}) {
        QString problem;
        const QStringList ids = searchIds(m_server, query, params, sql, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        if (ids != expected) {
            QFAIL(qPrintable(
                QStringLiteral("%1: %2 users, expected %3; first difference at %4")
                    .arg(sql ? QStringLiteral("with tags (SQL)")
                             : QStringLiteral("without tags (in memory)"))
                    .arg(ids.size())
                    .arg(expected.size())
                    .arg(std::mismatch(ids.cbegin(), ids.cend(), expected.cbegin(), expected.cend())
                             .first
                        - ids.cbegin())));
        }
    }
}

void TestServerSearch::exactMatchesFirst_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("params");
    QTest::addColumn<QString>("first"); ///< the fixture the rank puts first
    const QString humanId = [this] {
        for (const QJsonValue &u : std::as_const(m_users)) {
            if (idOf(u) == m_fixtures.value(QStringLiteral("human_id owner")))
                return text(u.toObject(), "human_id");
        }
        return QString();
    }();
    QVERIFY(!humanId.isEmpty());
    const QList<std::tuple<QString, QByteArray, const char *>> rows {
        {QStringLiteral("ola@example.no"), {}, "ola exact"},
        {QStringLiteral("OLA@Example.NO"), {}, "ola exact"},
        {QStringLiteral("ola@example.no"), "&sort=-last_name", "ola exact"},
        {QStringLiteral("ola@example.no"), "&sort=email", "ola exact"},
        {humanId, {}, "human_id owner"},
        {humanId.toLower(), "&sort=modified", "human_id owner"},
        {QStringLiteral("929 23 131"), {}, "hakon"},
        {QStringLiteral("+47 929 23 131"), {}, "hakon"},
        {QStringLiteral("0047 92923131"), "&sort=-mobile_phone_number", "hakon"},
        {QStringLiteral("92923131"), {}, "hakon"},
        {QStringLiteral("+4792923131"), {}, "hakon"},
    };
    for (const auto &[query, params, first] : rows) {
        QTest::newRow(qPrintable(query + QString::fromLatin1(params)))
            << query << params << m_fixtures.value(QLatin1String(first));
    }
}

void TestServerSearch::exactMatchesFirst()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, params);
    QFETCH(QString, first);
    const QJsonArray live = filtered(m_users, [](const QJsonObject &u) { return !isDeleted(u); });
    const QStringList matched = SearchOracle::expectedIds(live, query);
    QVERIFY2(matched.size() >= 2, "the rank has nothing to order");
    QCOMPARE(matched.constFirst(), first);

    QString sortField = QStringLiteral("created");
    bool descending = true;
    if (params.startsWith("&sort=")) {
        descending = params.at(6) == '-';
        sortField = QString::fromLatin1(params.mid(descending ? 7 : 6));
    }
    const QStringList expected
        = SearchOracle::expectedIds(live, query, QStringLiteral("NO"), sortField, descending);
    // Without the rank the exact match would not come first: the row tests the rank.
    QVERIFY(expectedOrder(
                filtered(live,
                    [&](const QJsonObject &u) {
                        return SearchOracle::matches(
                            u, SearchOracle::parse(query, QStringLiteral("NO")));
                    }),
                [&](const QJsonObject &d) { return d.value(sortField); }, descending)
                .constFirst()
        != first);

    for (const bool sql : {false, true}) {
        const QByteArray tags = sql ? QByteArray("&tags=" + enc(Everyone)) : QByteArray();
        // Whole, and in pages of 1 and 2: the page that spans the two ranks too.
        for (const int size : {1000, 1, 2}) {
            for (int page = 0; page * size < expected.size() && page < 4; ++page) {
                const TestHttpResponse r = TestHttp::get(
                    url(m_server,
                        "/users/search?query=" + enc(query) + params + tags + "&size="
                            + QByteArray::number(size) + "&page=" + QByteArray::number(page)),
                    staff(m_server));
                QCOMPARE(r.status, 200);
                QCOMPARE(r.header("X-Pagination-Total").toLongLong(), qint64(expected.size()));
                QCOMPARE(idsOf(r.json().array()), expected.mid(page * size, size));
            }
        }
    }
}

void TestServerSearch::oldAnswersKept_data()
{
    // A query of one word without accents finds at least what it found before the search
    // folded letters and split words: the old answer is a subset of the new one.
    QTest::addColumn<QString>("query");
    QSet<QString> queries {QStringLiteral("e"), QStringLiteral("an"), QStringLiteral("OR"),
        QStringLiteral("sen"), QStringLiteral("gmail"), QStringLiteral("@gmail.com"),
        QStringLiteral("+47"), QStringLiteral("9"), QStringLiteral("ss"), QStringLiteral("oe")};
    int taken = 0;
    for (const QJsonValue &v : std::as_const(m_users)) {
        const QJsonObject u = v.toObject();
        if (++taken % 37 != 0)
            continue;
        const QString email = text(u, "email");
        for (const QString &q : {text(u, "first_name"), text(u, "last_name"),
                 email.left(email.indexOf(QLatin1Char('@'))), text(u, "human_id").left(3),
                 text(u, "mobile_phone_number").right(5)}) {
            const bool ascii = std::all_of(q.cbegin(), q.cend(),
                [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
            if (!q.isEmpty() && ascii)
                queries.insert(q);
        }
    }
    for (const QString &q : std::as_const(queries))
        QTest::newRow(qPrintable(q)) << q;
}

void TestServerSearch::oldAnswersKept()
{
    QFETCH(QString, query);
    const QJsonArray live = filtered(m_users, [](const QJsonObject &u) { return !isDeleted(u); });
    const QStringList old
        = idsOf(filtered(live, [&query](const QJsonObject &u) { return oldMatch(u, query); }));
    for (const bool sql : {false, true}) {
        QString problem;
        const QStringList ids = searchIds(m_server, query, {}, sql, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QSet<QString> now(ids.cbegin(), ids.cend());
        for (const QString &id : old)
            QVERIFY2(now.contains(id), qPrintable(QStringLiteral("%1 is missing").arg(id)));
    }
}

void TestServerSearch::phoneInputStoredInE164()
{
    // The fixtures were written with separators, 00 and a bracketed trunk zero.
    QHash<QString, QString> phones;
    for (const QJsonValue &u : std::as_const(m_users))
        phones.insert(idOf(u), text(u.toObject(), "mobile_phone_number"));
    QCOMPARE(
        phones.value(m_fixtures.value(QStringLiteral("hakon"))), QStringLiteral("+4792923131"));
    QCOMPARE(
        phones.value(m_fixtures.value(QStringLiteral("jurgen"))), QStringLiteral("+491701234567"));
    QCOMPARE(
        phones.value(m_fixtures.value(QStringLiteral("chloe"))), QStringLiteral("+33612345678"));
    QCOMPARE(
        phones.value(m_fixtures.value(QStringLiteral("yuki"))), QStringLiteral("+819012345678"));
    QCOMPARE(
        phones.value(m_fixtures.value(QStringLiteral("amelia"))), QStringLiteral("+447700900123"));
}

void TestServerSearch::followsWrites()
{
    // The index was built before the fixtures were written; it follows this write too.
    const QString id = m_fixtures.value(QStringLiteral("stale"));
    const auto find = [this](const QString &query, bool sql) {
        QString problem;
        const QStringList ids = searchIds(m_server, query, {}, sql, &problem);
        return ids;
    };
    for (const bool sql : {false, true})
        QVERIFY(!find(QStringLiteral("Asmund Kvale"), sql).contains(id));
    put(id,
        R"({"first_name":"Åsmund","last_name":"Kvåle","mobile_phone_number":"0047 400 11 222"})");
    for (const bool sql : {false, true}) {
        QVERIFY(find(QStringLiteral("Kvale Asmund"), sql).contains(id));
        QVERIFY(find(QStringLiteral("400 11 222"), sql).contains(id));
        QCOMPARE(find(QStringLiteral("+4740011222"), sql).value(0), id);
    }
    put(id, R"({"first_name":"Ståle","last_name":"Bråten","mobile_phone_number":null})");
    for (const bool sql : {false, true}) {
        QVERIFY(!find(QStringLiteral("Asmund Kvale"), sql).contains(id));
        QVERIFY(!find(QStringLiteral("400 11 222"), sql).contains(id));
        QVERIFY(find(QStringLiteral("Stale Braten"), sql).contains(id));
    }
}

// ---- the company's country ------------------------------------------------------------

void TestServerSearch::nationalNumbersFollowTheCompanysCountry()
{
    // The demo company is Norwegian (no trunk prefix): "0170 1234567" is not Jürgen's German
    // number there. A German company reads it as +49 170 1234567. The country is a setting
    // of the company in the database (companies.country).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestServer::Options options;
    options.users = 30;
    options.orders = 0;
    options.dbPath = TestDatabase::create(dir.path(), QStringLiteral("country"));
    QVERIFY(!options.dbPath.isEmpty());
    const auto dropped = qScopeGuard([&options] { TestDatabase::drop(options.dbPath); });
    TestServer server;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const TestHttp::Headers other
        = TestHttp::auth(server.otherCompany().apiKey, server.otherCompany().serviceAccountKey);
    QString problem;
    const QJsonArray theirs = fetchAll(server, "/users", other, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonArray ours = fetchAll(server, "/users", staff(server), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString theirUser = idOf(theirs.at(0));
    const QString ourUser = idOf(ours.at(0));
    for (const auto &[id, headers] :
        {std::pair {theirUser, other}, std::pair {ourUser, staff(server)}}) {
        const TestHttpResponse r = TestHttp::request("PUT", url(server, "/users/" + id.toLatin1()),
            headers, R"({"mobile_phone_number":"+49 170 1234567","tags":["t"]})");
        QCOMPARE(r.status, 200);
    }
    server.stop();

    QString error;
    QVERIFY2(withDatabase(
                 options.dbPath,
                 [](QSqlDatabase &db) {
                     QSqlQuery q(db);
                     return q.exec(QStringLiteral(
                         "UPDATE companies SET country = 'DE' WHERE slug <> 'demo'"));
                 },
                 &error, false),
        qPrintable(error));
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const TestHttp::Headers german
        = TestHttp::auth(server.otherCompany().apiKey, server.otherCompany().serviceAccountKey);
    for (const bool sql : {false, true}) {
        const auto ask = [&](const TestHttp::Headers &headers, const QString &query) {
            const TestHttpResponse r
                = TestHttp::get(url(server,
                                    "/users/search?size=1000&query=" + enc(query)
                                        + QByteArray(sql ? "&tags=t" : "")),
                    headers);
            return idsOf(r.json().array());
        };
        // Germany: the national form with its trunk 0 finds the number and is its exact match.
        QCOMPARE(ask(german, QStringLiteral("0170 1234567")).value(0), theirUser);
        QCOMPARE(ask(german, QStringLiteral("0170-123 45 67")).value(0), theirUser);
        QCOMPARE(ask(german, QStringLiteral("+49 170 1234567")).value(0), theirUser);
        // Norway: no trunk prefix, so that is not a number of ours written nationally.
        QVERIFY(!ask(staff(server), QStringLiteral("0170 1234567")).contains(ourUser));
        QCOMPARE(ask(staff(server), QStringLiteral("+49 170 1234567")).value(0), ourUser);
        QCOMPARE(ask(staff(server), QStringLiteral("170 1234567")).value(0), ourUser);
    }
}

// ---- schema step 5 ---------------------------------------------------------------------

void TestServerSearch::migrationFoldsAnExistingDatabase()
{
    // A database as the server before the forgiving search left it: search texts only
    // case-folded, no companies.country. Opening it runs the last schema step, which folds
    // every search text again and rebuilds the trigram index.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestServer::Options options;
    options.users = 300;
    options.orders = 0;
    options.dbPath = dir.filePath(QStringLiteral("old.sqlite"));
    TestServer server;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QString problem;
    const QJsonArray users = fetchAll(server, "/users", staff(server), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString bjorn = idOf(users.at(3));
    QCOMPARE(TestHttp::request("PUT", url(server, "/users/" + bjorn.toLatin1()), staff(server),
                 R"({"first_name":"Bjørn","last_name":"Larsen","tags":["x"]})")
                 .status,
        200);
    server.stop();

    QString error;
    int version = 0;
    QVERIFY2(withDatabase(
                 options.dbPath,
                 [&version](QSqlDatabase &db) {
                     QSqlQuery q(db);
                     bool ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
                     version = q.value(0).toInt();
                     q.finish();
                     // The old text (the FTS triggers keep the trigram index in step).
                     ok = ok
                         && q.exec(QStringLiteral(
                             "UPDATE users SET search = lower(coalesce(first_name, '') || ' ' ||"
                             " coalesce(last_name, '') || char(31) || coalesce(email, '') ||"
                             " char(31) || coalesce(mobile_phone_number, '') || char(31) ||"
                             " coalesce(human_id, ''))"));
                     ok = ok && q.exec(QStringLiteral("ALTER TABLE companies DROP COLUMN country"));
                     ok = ok && q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version - 1));
                     if (!ok)
                         qWarning() << q.lastError().text();
                     return ok;
                 },
                 &error, false),
        qPrintable(error));
    QVERIFY(version >= 4);

    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    const QJsonArray now = fetchAll(server, "/users", staff(server), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (const QString &query : {QStringLiteral("Bjorn Larsen"), QStringLiteral("larsen bjørn"),
             QStringLiteral("ø"), QStringLiteral("Jurgen")}) {
        const QStringList expected = SearchOracle::expectedIds(now, query);
        QVERIFY(query != QLatin1String("Bjorn Larsen") || expected.contains(bjorn));
        for (const QByteArray &tags : {QByteArray(), QByteArray("&tags=x")}) {
            const QJsonArray got = fetchAll(
                server, "/users/search?query=" + enc(query) + tags, staff(server), &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QStringList want = tags.isEmpty()
                ? expected
                : SearchOracle::expectedIds(filtered(now,
                                                [](const QJsonObject &u) {
                                                    return u.value(QLatin1String("tags"))
                                                        .toArray()
                                                        .contains(QStringLiteral("x"));
                                                }),
                    query);
            QCOMPARE(idsOf(got), want);
        }
    }
    server.stop();
    QVERIFY2(withDatabase(
                 options.dbPath,
                 [&version](QSqlDatabase &db) {
                     QSqlQuery q(db);
                     bool ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next()
                         && q.value(0).toInt() == version;
                     q.finish();
                     // The trigram index agrees with the texts it indexes.
                     ok = ok
                         && q.exec(QStringLiteral("INSERT INTO users_fts(users_fts, rank)"
                                                  " VALUES ('integrity-check', 1)"));
                     ok = ok && q.exec(QStringLiteral("SELECT country FROM companies")) && q.next()
                         && q.value(0).toString() == QLatin1String("NO");
                     if (!ok)
                         qWarning() << q.lastError().text();
                     return ok;
                 },
                 &error, false),
        qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerSearch)
#include "tst_server_search.moc"
