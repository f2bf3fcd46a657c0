// SPDX-License-Identifier: GPL-3.0-or-later
// builton-server attacked from outside, over raw loopback sockets, without credentials where
// an attacker would have none: every finding of the server hardening review as a regression
// test. Each checks the status, how many answers the connection gave, that nothing was
// written, and (for the streams) that the server's memory stays bounded.

#include "tst_server_api_common.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace ApiTest;

namespace {

/// What one connection said: its answers, and whether the server closed it.
struct Exchange
{
    QList<RawResponse> answers;
    bool closedByServer = false;
};

/// Sends `bytes` on a new connection (from `from`, when given) and reads answers until the
/// server closes the connection or `timeoutMs` passes.
Exchange exchange(const TestServer &server, const QByteArray &bytes, int timeoutMs = 10000,
    const QHostAddress &from = {})
{
    Exchange e;
    QTcpSocket socket;
    if (!from.isNull() && !socket.bind(from, 0))
        return e;
    socket.connectToHost(server.url().host(), quint16(server.url().port()));
    if (!socket.waitForConnected(5000))
        return e;
    socket.write(bytes);
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (socket.bytesToWrite())
            socket.waitForBytesWritten(10);
        if (socket.bytesAvailable() || socket.waitForReadyRead(20))
            buffer += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            buffer += socket.readAll();
            e.closedByServer = true;
            break;
        }
    }
    for (RawResponse r = parseRawResponse(buffer); r.complete; r = parseRawResponse(buffer)) {
        buffer.remove(0, buffer.indexOf("\r\n\r\n") + 4 + r.body.size());
        e.answers << r;
    }
    return e;
}

qint64 residentKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray problemOf(const RawResponse &r, int status)
{
    if (r.status != status)
        return "status " + QByteArray::number(r.status) + ", expected " + QByteArray::number(status)
            + ": " + r.body.left(200);
    if (!r.header("Content-Type").startsWith("application/json"))
        return "no JSON content type";
    if (r.json().object().value(QLatin1String("message")).toString().isEmpty())
        return "no message: " + r.body.left(200);
    return {};
}

} // namespace

class TestServerHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void smuggledRequestNeverRuns_data();
    void smuggledRequestNeverRuns();
    void chunkedTrailerIsNotARequest();
    void hostileStreamKeepsMemoryBounded();
    void missingHostIsRefused();
    void upgradeGetsExactlyOneAnswer();
    void controlCharactersInJson_data();
    void controlCharactersInJson();
    void invalidTextInJson_data();
    void invalidTextInJson();
    void byteOrderMark();
    void deepAddressesAreRefused();
    void documentSizeIsCapped();
    void accessLogEscapesEveryField();
    void idleConnectionsDoNotLockOthersOut();

private:
    QByteArray userPath() const { return "/users/" + m_server.credentials().userId.toLatin1(); }
    QByteArray current() const
    {
        return TestHttp::get(url(m_server, userPath()), staff(m_server)).body;
    }
    /// A raw staff request with a body.
    QByteArray withBody(const QByteArray &method, const QByteArray &target, const QByteArray &body,
        const QList<QByteArray> &extra = {}) const
    {
        QList<QByteArray> headers = extra;
        headers << "Content-Type: application/json"
                << "Content-Length: " + QByteArray::number(body.size());
        return rawHead(m_server, method, target, headers) + "\r\n" + body;
    }
    void stillAnswers() const
    {
        QCOMPARE(TestHttp::get(url(m_server, "/users?size=1"), staff(m_server)).status, 200);
    }

    TestServer m_server;
};

void TestServerHostile::initTestCase()
{
    TestServer::Options options;
    options.users = 40;
    options.orders = 200;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

// ---- framing ---------------------------------------------------------------------------

void TestServerHostile::smuggledRequestNeverRuns_data()
{
    QTest::addColumn<QByteArray>("badField");
    QTest::newRow("invalid field name") << QByteArray("X@: 1\r\n");
    QTest::newRow("whitespace before the colon") << QByteArray("X-A : 1\r\n");
    QTest::newRow("obs-fold") << QByteArray("X-A: 1\r\n folded\r\n");
    QTest::newRow("field name with a slash") << QByteArray("X/A: 1\r\n");
}

void TestServerHostile::smuggledRequestNeverRuns()
{
    // A GET of the user whose body holds a DELETE of the same user. The server must neither
    // answer twice nor run the DELETE: one 400, the connection closed, the user as it was.
    QFETCH(QByteArray, badField);
    const QByteArray before = current();
    QVERIFY(!before.contains("\"deleted\":true"));
    const QByteArray smuggled = rawHead(m_server, "DELETE", userPath()) + "\r\n";
    const QByteArray request = rawHead(m_server, "GET", userPath()) + badField
        + "Content-Length: " + QByteArray::number(smuggled.size()) + "\r\n\r\n" + smuggled;
    const Exchange e = exchange(m_server, request);
    QCOMPARE(e.answers.size(), 1);
    const QByteArray problem = problemOf(e.answers[0], 400);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY(e.closedByServer);
    QCOMPARE(current(), before);
    // The same with the smuggled request as a second, pipelined request after a refused one.
    const Exchange pipelined
        = exchange(m_server, rawHead(m_server, "GET", "/tags") + badField + "\r\n" + smuggled);
    QCOMPARE(pipelined.answers.size(), 1);
    QCOMPARE(pipelined.answers[0].status, 400);
    QCOMPARE(current(), before);
    stillAnswers();
}

void TestServerHostile::chunkedTrailerIsNotARequest()
{
    const QByteArray before = current();
    const QByteArray smuggled = rawHead(m_server, "DELETE", userPath()) + "\r\n";
    const QByteArray body = R"({"note":"x"})";
    QByteArray request = rawHead(m_server, "PUT", userPath(),
                             {"Content-Type: application/json", "Transfer-Encoding: chunked"})
        + "\r\n" + QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n" + smuggled;
    const Exchange e = exchange(m_server, request);
    QCOMPARE(e.answers.size(), 1);
    QCOMPARE(e.answers[0].status, 400);
    QVERIFY(e.closedByServer);
    QCOMPARE(current(), before); // neither the PUT nor the DELETE ran
    stillAnswers();
}

void TestServerHostile::hostileStreamKeepsMemoryBounded()
{
    // Requests of 1 MB each that a lenient parser would take for several: with an invalid
    // field (refused at once) and with valid framing but a body that is not allowed (refused
    // by the API). 200 MB of them must not make the server grow.
    const qint64 pid = m_server.processId();
    QVERIFY(pid > 0);
    const QByteArray filler(1024 * 1024 - 64, 'a');
    stillAnswers();
    const qint64 start = residentKiB(pid);
    QVERIFY(start > 0);
    qint64 peak = start;
    const QByteArray refused = rawHead(m_server, "GET", "/tags")
        + "X@: 1\r\nContent-Length: " + QByteArray::number(filler.size()) + "\r\n\r\n" + filler;
    for (int i = 0; i < 100; ++i) {
        const Exchange e = exchange(m_server, refused);
        QCOMPARE(e.answers.size(), 1);
        QCOMPARE(e.answers[0].status, 400);
        if (i % 10 == 0)
            peak = qMax(peak, residentKiB(pid));
    }
    // One connection, 100 pipelined PUTs of a 1 MB note (over its cap): one answer each.
    const QByteArray body = R"({"note":")" + filler.left(filler.size() - 12) + R"("})";
    QTcpSocket socket;
    socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray put = withBody("PUT", userPath(), body);
    int answers = 0;
    QByteArray buffer;
    QDeadlineTimer deadline(120000);
    for (int sent = 0; answers < 100 && !deadline.hasExpired();) {
        if (sent < 100 && socket.bytesToWrite() < 4 * put.size()) {
            socket.write(put);
            ++sent;
        }
        socket.waitForBytesWritten(5);
        if (socket.bytesAvailable() || socket.waitForReadyRead(5))
            buffer += socket.readAll();
        for (RawResponse r = parseRawResponse(buffer); r.complete; r = parseRawResponse(buffer)) {
            buffer.remove(0, buffer.indexOf("\r\n\r\n") + 4 + r.body.size());
            QCOMPARE(r.status, 400);
            ++answers;
        }
        if (answers % 10 == 0)
            peak = qMax(peak, residentKiB(pid));
    }
    QCOMPARE(answers, 100);
    peak = qMax(peak, residentKiB(pid));
    qInfo("server memory: %lld KiB before, %lld KiB at most during 200 MB of hostile requests",
        start, peak);
    QVERIFY2(
        peak - start < 64 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - start)));
    stillAnswers();
}

void TestServerHostile::missingHostIsRefused()
{
    const QByteArray noHost = "GET /users?size=1 HTTP/1.1\r\nX-Builton-Api-Key: "
        + m_server.credentials().apiKey.toUtf8() + "\r\nAuthorization: Bearer "
        + m_server.credentials().serviceAccountKey.toUtf8() + "\r\n\r\n";
    const Exchange e = exchange(m_server, noHost);
    QCOMPARE(e.answers.size(), 1);
    const QByteArray problem = problemOf(e.answers[0], 400);
    QVERIFY2(problem.isEmpty(), problem.constData());
    QVERIFY(e.closedByServer);
    // HTTP/1.0 has no Host and needs none.
    const Exchange old = exchange(m_server,
        "GET /users?size=1 HTTP/1.0\r\nX-Builton-Api-Key: " + m_server.credentials().apiKey.toUtf8()
            + "\r\nAuthorization: Bearer " + m_server.credentials().serviceAccountKey.toUtf8()
            + "\r\n\r\n");
    QCOMPARE(old.answers.size(), 1);
    QCOMPARE(old.answers[0].status, 200);
}

void TestServerHostile::upgradeGetsExactlyOneAnswer()
{
    // Two pipelined requests, the first asking to switch to WebSocket: two answers, no 101.
    const QByteArray upgrade
        = rawHead(m_server, "GET", "/tags",
              {"Connection: Upgrade", "Upgrade: websocket", "Sec-WebSocket-Version: 13",
                  "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=="})
        + "\r\n";
    const QByteArray second
        = rawHead(m_server, "GET", "/users?size=1", {"Connection: close"}) + "\r\n";
    const Exchange e = exchange(m_server, upgrade + second);
    QCOMPARE(e.answers.size(), 2);
    QCOMPARE(e.answers[0].status, 200);
    QCOMPARE(e.answers[1].status, 200);
    QVERIFY(e.closedByServer);
}

// ---- JSON ------------------------------------------------------------------------------

void TestServerHostile::controlCharactersInJson_data()
{
    QTest::addColumn<char>("byte");
    for (int c = 0; c < 0x20; ++c)
        QTest::newRow(qPrintable(QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0'))))
            << char(c);
}

void TestServerHostile::controlCharactersInJson()
{
    // A customer's own token writes a raw control character into their profile: refused,
    // naming the field, so no staff list can become invalid JSON.
    QFETCH(char, byte);
    const QByteArray before = current();
    const QByteArray body = QByteArray(R"({"bio":"a)") + byte + QByteArray(R"(b"})");
    const TestHttpResponse r
        = TestHttp::request("PUT", url(m_server, "/users/me"), user(m_server), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().object().value(QLatin1String("field")).toString(), QStringLiteral("bio"));
    QCOMPARE(current(), before);
    // And every staff list stays strict JSON: no raw control byte anywhere in it.
    const TestHttpResponse list = TestHttp::get(url(m_server, "/users?size=1000"), staff(m_server));
    QCOMPARE(list.status, 200);
    for (const char c : list.body)
        QVERIFY2(static_cast<unsigned char>(c) >= 0x20, "a raw control byte in a list");
}

void TestServerHostile::invalidTextInJson_data()
{
    QTest::addColumn<QByteArray>("value"); // the raw bytes between the quotes of "note"
    QTest::newRow("invalid UTF-8 byte") << QByteArray("a\xff"
                                                      "b");
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
    QTest::newRow("truncated sequence") << QByteArray("\xe2\x82");
    QTest::newRow("UTF-8-encoded surrogate") << QByteArray("\xed\xa0\x80");
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
    QTest::newRow("lone high surrogate escape") << QByteArray("\\ud83d");
    QTest::newRow("lone low surrogate escape") << QByteArray("\\ude00x");
    QTest::newRow("high surrogate, then a letter") << QByteArray("\\ud83d\\u0041");
}

void TestServerHostile::invalidTextInJson()
{
    QFETCH(QByteArray, value);
    const QByteArray before = current();
    const TestHttpResponse r = TestHttp::request(
        "PUT", url(m_server, userPath()), staff(m_server), R"({"note":")" + value + R"("})");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().object().value(QLatin1String("field")).toString(), QStringLiteral("note"));
    QCOMPARE(current(), before);
    // A valid pair passes and comes back as the same character.
    const TestHttpResponse ok = TestHttp::request(
        "PUT", url(m_server, userPath()), staff(m_server), R"({"note":"\ud83d\ude00"})");
    QCOMPARE(ok.status, 200);
    QCOMPARE(
        ok.json().object().value(QLatin1String("note")).toString(), QStringLiteral("\U0001F600"));
}

void TestServerHostile::byteOrderMark()
{
    // One rule everywhere: a leading BOM is dropped before the body is read, so the body is
    // judged as if it had none. A refused field stays refused; an address list is stored.
    const QByteArray bom = "\xEF\xBB\xBF";
    const QByteArray before = current();
    const TestHttpResponse readOnly = TestHttp::request("PUT", url(m_server, userPath()),
        staff(m_server), bom + R"({"human_id":"HACKED","note":"x"})");
    QCOMPARE(readOnly.status, 400);
    QCOMPARE(readOnly.json().object().value(QLatin1String("field")).toString(),
        QStringLiteral("human_id"));
    QCOMPARE(current(), before);

    const QByteArray addresses = R"([{"street_name":"Storgata 1","city":"Oslo"}])";
    const TestHttpResponse stored = TestHttp::request(
        "PUT", url(m_server, userPath() + "/addresses"), staff(m_server), bom + addresses);
    QCOMPARE(stored.status, 200);
    QCOMPARE(rawMember(current(), QStringLiteral("addresses")), addresses);
    // Two BOMs: the second is not whitespace.
    const TestHttpResponse twice = TestHttp::request(
        "PUT", url(m_server, userPath() + "/addresses"), staff(m_server), bom + bom + addresses);
    QCOMPARE(twice.status, 400);
}

void TestServerHostile::deepAddressesAreRefused()
{
    const QByteArray before = current();
    for (const int depth : {64, 1000, 1024, 5000}) {
        const QByteArray raw = QByteArray(depth, '[') + QByteArray(depth, ']');
        const QByteArray body = R"([{"street_name":"x","raw":{"deep":)" + raw + "}}]";
        const TestHttpResponse r = TestHttp::request(
            "PUT", url(m_server, userPath() + "/addresses"), staff(m_server), body);
        QVERIFY2(
            r.status == 400, qPrintable(QStringLiteral("depth %1: %2").arg(depth).arg(r.status)));
        QVERIFY(r.json()
                    .object()
                    .value(QLatin1String("field"))
                    .toString()
                    .startsWith(QLatin1String("addresses[0]")));
    }
    QCOMPARE(current(), before);
    stillAnswers();
}

void TestServerHostile::documentSizeIsCapped()
{
    // The amplification that was seen: a 1 MB bio, embedded in every order of a list of
    // 1000. Now a bio has a cap, and so has a whole stored user.
    const QByteArray before = current();
    // A 1 MB bio does not even fit in a request; one character over the cap is refused,
    // naming the field.
    const TestHttpResponse huge = TestHttp::request("PUT", url(m_server, "/users/me"),
        user(m_server), R"({"bio":")" + QByteArray(1024 * 1024, 'b') + R"("})");
    QCOMPARE(huge.status, 413);
    const TestHttpResponse over = TestHttp::request("PUT", url(m_server, "/users/me"),
        user(m_server), R"({"bio":")" + QByteArray(10001, 'b') + R"("})");
    QCOMPARE(over.status, 400);
    QCOMPARE(over.json().object().value(QLatin1String("field")).toString(), QStringLiteral("bio"));

    // Every field at its cap, and as many addresses of 4 KiB as it takes to pass 64 KiB.
    QByteArray longAddress = R"({"street_name":")" + QByteArray(490, 's') + R"(","city":")"
        + QByteArray(490, 'c') + R"(","state":")" + QByteArray(490, 't') + R"(","zip_code":")"
        + QByteArray(490, 'z') + R"(","country":")" + QByteArray(490, 'n') + R"("})";
    QByteArray list = "[";
    for (int i = 0; i < 40; ++i)
        list += (i ? "," : "") + longAddress;
    list += "]";
    const TestHttpResponse tooBig
        = TestHttp::request("PUT", url(m_server, "/users/me/addresses"), user(m_server), list);
    QCOMPARE(tooBig.status, 413);
    QCOMPARE(tooBig.json().object().value(QLatin1String("field")).toString(),
        QStringLiteral("addresses"));
    QCOMPARE(current(), before);

    // What a user can make a list carry: with bio and note at their caps (20 KB), a list of
    // their orders embeds them by the members that identify them (docs/API.md), so each
    // order carries at most 4 KiB of user; a single order still carries the whole user.
    const TestHttpResponse full
        = TestHttp::request("PUT", url(m_server, "/users/me"), user(m_server),
            R"({"bio":")" + QByteArray(10000, 'b') + R"(","note":")" + QByteArray(10000, 'n')
                + R"("})");
    QCOMPARE(full.status, 200);
    const TestHttpResponse orders
        = TestHttp::get(url(m_server, "/users/me/orders?size=1000"), user(m_server));
    QCOMPARE(orders.status, 200);
    const QJsonArray all = orders.json().array();
    QVERIFY(!all.isEmpty());
    qsizetype orderBytes = 0;
    for (const QJsonValue &order : all) {
        const QJsonObject embedded = order.toObject().value(QLatin1String("user")).toObject();
        QVERIFY(QJsonDocument(embedded).toJson(QJsonDocument::Compact).size() <= 4096);
        QCOMPARE(embedded.value(QLatin1String("$oid")).toString(), m_server.credentials().userId);
        QVERIFY(!embedded.value(QLatin1String("first_name")).toString().isEmpty());
        QVERIFY(!embedded.contains(QLatin1String("bio")));
        QJsonObject withoutUser = order.toObject();
        withoutUser.remove(QLatin1String("user"));
        orderBytes
            = qMax(orderBytes, QJsonDocument(withoutUser).toJson(QJsonDocument::Compact).size());
    }
    QVERIFY(orders.body.size() <= all.size() * (orderBytes + 4096 + 16) + 2);
    const QString orderId = all.first()[QLatin1String("_id")][QLatin1String("$oid")].toString();
    const TestHttpResponse one
        = TestHttp::get(url(m_server, "/orders/" + orderId.toLatin1()), staff(m_server));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[QLatin1String("user")][QLatin1String("bio")].toString().size(), 10000);
    // Back to a small profile for the tests after this one.
    QCOMPARE(TestHttp::request(
                 "PUT", url(m_server, "/users/me"), user(m_server), R"({"bio":"","note":""})")
                 .status,
        200);
}

// ---- access log and connections --------------------------------------------------------

void TestServerHostile::accessLogEscapesEveryField()
{
    m_server.standardError(); // forget what came before
    // A user agent that would end the field and fake a second one, with non-ASCII bytes.
    const QByteArray agent = "evil\" 200 0.00ms \"x \xc3\xa6";
    QCOMPARE(rawRequest(m_server,
                 rawHead(m_server, "GET", "/tags?q=%1b", {"User-Agent: " + agent}) + "\r\n")
                 .status,
        200);
    // A method with an escape byte and a CR: refused, and logged without them.
    QCOMPARE(rawRequest(m_server, "G\x1b[31mET\r /tags HTTP/1.1\r\nHost: x\r\n\r\n").status, 400);
    QTest::qWait(100);
    const QByteArray log = m_server.standardError();
    const QList<QByteArray> lines = log.split('\n');
    QList<QByteArray> tags;
    for (const QByteArray &line : lines) {
        if (line.contains(" /tags?q=%1b "))
            tags << line;
    }
    QCOMPARE(tags.size(), 1);
    const QByteArray expectedEnd
        = " 200 " + tags[0].split(' ').value(4) + " \"evil\\x22 200 0.00ms \\x22x \\xc3\\xa6\"";
    QVERIFY2(tags[0].endsWith(expectedEnd), tags[0].constData());
    const QRegularExpression refused(QStringLiteral(R"(Z - - 400 \d+\.\d\dms ""$)"));
    bool sawRefusal = false;
    for (const QByteArray &line : lines)
        sawRefusal = sawRefusal || refused.match(QString::fromLatin1(line)).hasMatch();
    QVERIFY2(sawRefusal, log.constData());
    QVERIFY(!log.contains('\x1b'));
    QVERIFY(!log.contains('\r'));
    for (const char c : log)
        QVERIFY(c == '\n'
            || (static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f));
}

void TestServerHostile::idleConnectionsDoNotLockOthersOut()
{
    // One client address opens 256 connections and sends nothing. It gets at most its share
    // (128, docs/SERVER.md); the rest are answered 503 and closed; everyone else is served.
    std::vector<std::unique_ptr<QTcpSocket>> greedy;
    for (int i = 0; i < 256; ++i) {
        auto s = std::make_unique<QTcpSocket>();
        QVERIFY(s->bind(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        s->connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(s->waitForConnected(5000));
        greedy.push_back(std::move(s));
    }
    QTest::qWait(1000); // the refusals arrive
    int refused = 0;
    for (auto &s : greedy) {
        s->waitForReadyRead(1);
        const QByteArray answer = s->readAll();
        if (!answer.isEmpty()) {
            const RawResponse r = parseRawResponse(answer);
            QCOMPARE(r.status, 503);
            QVERIFY(!r.header("Retry-After").isEmpty());
            ++refused;
        }
    }
    QCOMPARE(refused, 128);
    stillAnswers();
    const Exchange neighbour = exchange(m_server,
        rawHead(m_server, "GET", "/users?size=1", {"Connection: close"}) + "\r\n", 10000,
        QHostAddress(QStringLiteral("127.0.0.3")));
    QCOMPARE(neighbour.answers.size(), 1);
    QCOMPARE(neighbour.answers[0].status, 200);
}

QTEST_GUILESS_MAIN(TestServerHostile)
#include "tst_server_hostile.moc"
