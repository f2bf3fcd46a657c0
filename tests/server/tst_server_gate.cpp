// The request gate in front of QtHttpServer (GatedTcpServer/ConnectionGate), over real
// loopback sockets: limits are enforced before QtHttpServer buffers a request, and idle or
// slow connections are closed. Behind the gate sits a small echo server, so a request that
// got through is visible (and one that should not have is caught).

#include "GatedTcpServer.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

namespace {

/// Answers every request with {"method": ..., "path": ..., "bytes": body size}.
class EchoServer final : public QAbstractHttpServer
{
public:
    int handled = 0;
    QByteArray lastBody;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++handled;
        lastBody = request.body();
        ConnectionGate *gate = ConnectionGate::of(socket);
        const HttpFramer::RequestHead head
            = gate ? gate->takeRequestHead() : HttpFramer::RequestHead();
        const QByteArray body = QJsonDocument(
            QJsonObject {{QStringLiteral("method"), QString::fromLatin1(head.method)},
                {QStringLiteral("path"), request.url().path()},
                {QStringLiteral("bytes"), lastBody.size()}})
                                    .toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        if (gate)
            gate->responseWritten();
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

struct Reply
{
    int status = 0;
    QByteArray head;
    QByteArray body;
};

// Splits complete responses (with Content-Length) off the front of `buffer`.
QList<Reply> takeReplies(QByteArray *buffer)
{
    QList<Reply> replies;
    for (;;) {
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = buffer->left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            break;
        Reply r;
        r.head = head;
        r.status = head.mid(9, 3).toInt();
        r.body = buffer->mid(end + 4, length);
        buffer->remove(0, end + 4 + length);
        replies << r;
    }
    return replies;
}

} // namespace

class TestServerGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void passesOrdinaryRequests();
    void keepAliveAndPipelining();
    void bodyAtTheLimitPasses();
    void contentLengthOverLimitIsRefusedUnread_data();
    void contentLengthOverLimitIsRefusedUnread();
    void oversizedChunkedBody();
    void smallChunkedBodyPasses();
    void headTooLarge();
    void ambiguousFramingIsRefused();
    void idleConnectionIsClosed();
    void slowRequestIsClosed();
    void connectionCap();

private:
    void start(const GatedTcpServer::Limits &limits);

    struct Client
    {
        std::shared_ptr<QTcpSocket> socket;
        QByteArray received;
    };

    Client connectClient();
    /// Waits until `count` complete replies arrived (or the connection closed).
    QList<Reply> waitForReplies(Client &client, int count, int timeoutMs = 5000);
    bool waitForClose(Client &client, int timeoutMs);

    std::unique_ptr<EchoServer> m_http;
    GatedTcpServer *m_tcp = nullptr;
    GatedTcpServer::Limits m_limits;
    QList<QPair<QByteArray, int>> m_rejections;
};

void TestServerGate::init()
{
    GatedTcpServer::Limits limits;
    limits.maxBodyBytes = 4096;
    limits.maxHeadBytes = 1024;
    limits.idleTimeoutMs = 400;
    limits.requestTimeoutMs = 1500;
    limits.lingerMs = 500;
    limits.maxConnections = 4;
    start(limits);
}

void TestServerGate::start(const GatedTcpServer::Limits &limits)
{
    m_limits = limits;
    m_rejections.clear();
    m_http = std::make_unique<EchoServer>();
    m_tcp = new GatedTcpServer(m_limits);
    QVERIFY(m_tcp->listen(QHostAddress::LocalHost, 0));
    connect(m_tcp, &GatedTcpServer::requestRejected, this,
        [this](const QByteArray &method, const QByteArray &, int status, qint64) {
            m_rejections.append({method, status});
        });
    m_http->bind(m_tcp);
}

void TestServerGate::cleanup()
{
    m_http.reset(); // deletes the bound GatedTcpServer and its sockets
    m_tcp = nullptr;
}

TestServerGate::Client TestServerGate::connectClient()
{
    Client c;
    c.socket = std::make_shared<QTcpSocket>();
    c.socket->connectToHost(QHostAddress::LocalHost, m_tcp->serverPort());
    QDeadlineTimer deadline(5000);
    while (c.socket->state() != QAbstractSocket::ConnectedState && !deadline.hasExpired())
        QTest::qWait(5);
    return c;
}

QList<Reply> TestServerGate::waitForReplies(Client &client, int count, int timeoutMs)
{
    QList<Reply> replies;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && replies.size() < count) {
        QTest::qWait(10);
        client.received += client.socket->readAll();
        replies += takeReplies(&client.received);
        if (client.socket->state() != QAbstractSocket::ConnectedState
            && client.socket->bytesAvailable() == 0)
            break;
    }
    return replies;
}

bool TestServerGate::waitForClose(Client &client, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTest::qWait(10);
        client.received += client.socket->readAll();
        if (client.socket->state() == QAbstractSocket::UnconnectedState)
            return true;
    }
    return false;
}

void TestServerGate::passesOrdinaryRequests()
{
    Client c = connectClient();
    c.socket->write("PUT /users/abc HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world");
    const QList<Reply> replies = waitForReplies(c, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 200);
    const QJsonObject echo = QJsonDocument::fromJson(replies[0].body).object();
    QCOMPARE(echo.value(QLatin1String("method")).toString(), QStringLiteral("PUT"));
    QCOMPARE(echo.value(QLatin1String("path")).toString(), QStringLiteral("/users/abc"));
    QCOMPARE(echo.value(QLatin1String("bytes")).toInt(), 11);
    QCOMPARE(m_http->lastBody, QByteArray("hello world"));
    QVERIFY(m_rejections.isEmpty());
}

void TestServerGate::keepAliveAndPipelining()
{
    Client c = connectClient();
    // Byte by byte: the gate must count each byte once however the stream is cut.
    const QByteArray first = "POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc";
    for (const char byte : first) {
        c.socket->write(&byte, 1);
        c.socket->flush();
        QTest::qWait(1);
    }
    QCOMPARE(waitForReplies(c, 1).size(), 1);

    // Two requests in one segment (pipelined).
    c.socket->write("GET /b HTTP/1.1\r\nHost: x\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\n\r\n");
    const QList<Reply> replies = waitForReplies(c, 2);
    QCOMPARE(replies.size(), 2);
    QCOMPARE(
        QJsonDocument::fromJson(replies[0].body).object().value(QLatin1String("path")).toString(),
        QStringLiteral("/b"));
    QCOMPARE(
        QJsonDocument::fromJson(replies[1].body).object().value(QLatin1String("path")).toString(),
        QStringLiteral("/c"));
    QCOMPARE(m_http->handled, 3);
}

void TestServerGate::bodyAtTheLimitPasses()
{
    Client c = connectClient();
    const QByteArray body(int(m_limits.maxBodyBytes), 'x');
    c.socket->write("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    const QList<Reply> replies = waitForReplies(c, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(m_http->lastBody.size(), body.size());
}

void TestServerGate::contentLengthOverLimitIsRefusedUnread_data()
{
    QTest::addColumn<QByteArray>("contentLength");
    QTest::newRow("one byte over") << QByteArray::number(4097);
    QTest::newRow("5 MB") << QByteArray("5000000");
    QTest::newRow("2^31") << QByteArray("2147483648");
    QTest::newRow("2^32") << QByteArray("4294967296");
}

void TestServerGate::contentLengthOverLimitIsRefusedUnread()
{
    QFETCH(QByteArray, contentLength);
    Client c = connectClient();
    // Only the head (and a few body bytes): the answer must not wait for the body.
    c.socket->write(
        "POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: " + contentLength + "\r\n\r\nsome");
    const QList<Reply> replies = waitForReplies(c, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 413);
    QVERIFY(replies[0].head.toLower().contains("connection: close"));
    QVERIFY(!QJsonDocument::fromJson(replies[0].body)
                 .object()
                 .value(QLatin1String("message"))
                 .toString()
                 .isEmpty());
    QCOMPARE(m_http->handled, 0);
    QVERIFY(waitForClose(c, 3000));
    QCOMPARE(m_rejections.size(), 1);
    QCOMPARE(m_rejections[0], qMakePair(QByteArray("POST"), 413));
}

void TestServerGate::oversizedChunkedBody()
{
    Client c = connectClient();
    c.socket->write("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
    // 1 KiB chunks until well past the 4 KiB limit; the server answers before the end.
    const QByteArray chunk = "400\r\n" + QByteArray(1024, 'y') + "\r\n";
    for (int i = 0; i < 8 && c.socket->state() == QAbstractSocket::ConnectedState; ++i) {
        c.socket->write(chunk);
        c.socket->flush();
        QTest::qWait(5);
    }
    const QList<Reply> replies = waitForReplies(c, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 413);
    QCOMPARE(m_http->handled, 0);
    QVERIFY(waitForClose(c, 3000));
}

void TestServerGate::smallChunkedBodyPasses()
{
    Client c = connectClient();
    c.socket->write("POST /x HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
    const QList<Reply> replies = waitForReplies(c, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(m_http->lastBody, QByteArray("hello world"));
}

void TestServerGate::headTooLarge()
{
    Client c = connectClient();
    c.socket->write("GET /x HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(2000, 'p'));
    const QList<Reply> replies = waitForReplies(c, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 431);
    QCOMPARE(m_http->handled, 0);
    QVERIFY(waitForClose(c, 3000));
}

void TestServerGate::ambiguousFramingIsRefused()
{
    Client c = connectClient();
    c.socket->write("POST /x HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
    const QList<Reply> replies = waitForReplies(c, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 400);
    QCOMPARE(m_http->handled, 0);
}

void TestServerGate::idleConnectionIsClosed()
{
    Client c = connectClient();
    QVERIFY(waitForClose(c, m_limits.idleTimeoutMs + 3000));
    QVERIFY(c.received.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_tcp->openConnections(), 0, 3000);
}

void TestServerGate::slowRequestIsClosed()
{
    // Slowloris: a byte now and then keeps the connection from being idle, but the request
    // has to be complete within the request timeout.
    Client c = connectClient();
    const QByteArray head = "GET /slow HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    QElapsedTimer clock;
    clock.start();
    int i = 0;
    while (c.socket->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 6000) {
        c.socket->write(head.mid(i++ % head.size(), 1));
        c.socket->flush();
        QTest::qWait(m_limits.idleTimeoutMs / 2);
        c.received += c.socket->readAll();
    }
    QVERIFY2(clock.elapsed() < 6000, "the server kept a trickling request open");
    QVERIFY(clock.elapsed() >= m_limits.requestTimeoutMs - 100);
    QVERIFY(c.received.startsWith("HTTP/1.1 408"));
    QCOMPARE(m_http->handled, 0);
}

void TestServerGate::connectionCap()
{
    GatedTcpServer::Limits limits = m_limits;
    limits.idleTimeoutMs = 20000; // the first connections must outlive the test
    start(limits);
    QList<Client> clients;
    for (int i = 0; i < m_limits.maxConnections; ++i)
        clients << connectClient();
    QTRY_COMPARE_WITH_TIMEOUT(m_tcp->openConnections(), m_limits.maxConnections, 3000);
    Client extra = connectClient();
    const QList<Reply> replies = waitForReplies(extra, 1);
    QCOMPARE(replies.size(), 1);
    QCOMPARE(replies[0].status, 503);
    // The connections already open still work.
    clients[0].socket->write("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n");
    QCOMPARE(waitForReplies(clients[0], 1).size(), 1);
}

QTEST_GUILESS_MAIN(TestServerGate)
#include "tst_server_gate.moc"
