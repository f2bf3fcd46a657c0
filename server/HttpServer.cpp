// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpServer.h"

#include "AccessLog.h"
#include "ServerLogging.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ip/v6_only.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Server {

namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = net::ip::tcp;
using boost::system::error_code;

namespace {

constexpr std::size_t ReadChunk = 16 * 1024;

std::chrono::milliseconds ms(qint64 value)
{
    return std::chrono::milliseconds(std::max<qint64>(1, value));
}

} // namespace

struct HttpServerState
{
    HttpServerState(const HttpServer::Options &o, HttpConnection::Handler h, AccessLog *log)
        : options(o), handler(std::move(h)), accessLog(log)
    {
        for (int i = 0; i < std::max(1, o.threads); ++i)
            workers.push_back(std::make_unique<net::io_context>(1));
    }

    void accept();
    void admit(tcp::socket socket);
    void refuse(tcp::socket socket, const QString &message);
    void release(const std::string &address);

    const HttpServer::Options options;
    const HttpConnection::Handler handler;
    AccessLog *const accessLog;

    // Before the io_context: sessions it still holds when it is destroyed release their
    // counts on the way out.
    mutable std::mutex mutex; // guards the counts
    std::unordered_map<std::string, int> perAddress;
    int open = 0;

    // Each request thread runs a loop of its own, so a connection's handlers never change
    // threads and no two threads contend for one queue; the acceptor hands each new
    // connection to the next loop in turn.
    std::vector<std::unique_ptr<net::io_context>> workers;
    std::size_t nextWorker = 0;
    net::io_context acceptContext {1};
    tcp::acceptor acceptor {acceptContext};
    net::steady_timer acceptRetry {acceptContext};
    std::vector<std::thread> threads;
};

namespace {

/// One accepted connection: the read/answer/write loop around an HttpConnection. Every
/// handler of one session runs on the one thread of its loop, one at a time. Its timer bounds
/// whatever it is waiting for (the next request, the rest of a request, the client taking an
/// answer, the linger); when it fires the pending operation is cancelled, and a request under way
/// is still answered 408.
class Session final : public std::enable_shared_from_this<Session>
{
public:
    Session(tcp::socket socket, HttpServerState *server, std::string address)
        : m_socket(std::move(socket))
        , m_timer(m_socket.get_executor())
        , m_server(server)
        , m_address(std::move(address))
        , m_buffer(server->options.limits.maxHeadBytes + 2 * ReadChunk)
        , m_http(server->options.limits, server->handler, server->accessLog)
    { }

    ~Session() { m_server->release(m_address); }

    void start()
    {
        net::dispatch(m_socket.get_executor(),
            beast::bind_front_handler(&Session::readMore, shared_from_this()));
    }

private:
    void arm(std::chrono::milliseconds limit)
    {
        m_timedOut = false;
        m_timer.expires_after(limit);
        m_timer.async_wait([self = shared_from_this()](error_code ec) {
            if (ec)
                return; // re-armed or cancelled
            self->m_timedOut = true;
            error_code ignored;
            self->m_socket.cancel(ignored);
        });
    }

    void readMore()
    {
        const HttpServer::Options &o = m_server->options;
        arm(m_http.inRequest() ? ms(o.requestTimeoutMs - m_http.requestAgeMs())
                               : ms(o.idleTimeoutMs));
        const std::size_t room = m_buffer.max_size() - m_buffer.size();
        if (room == 0) {
            // Cannot happen while Beast's head limit is below the buffer's size; never spin.
            return close();
        }
        m_socket.async_read_some(m_buffer.prepare(std::min(room, ReadChunk)),
            beast::bind_front_handler(&Session::onRead, shared_from_this()));
    }

    void onRead(error_code ec, std::size_t n)
    {
        if (m_timedOut) {
            m_http.expire();
            if (m_http.hasOutput())
                return write();
            return close();
        }
        if (ec == net::error::eof) {
            m_http.endOfInput();
            return close();
        }
        if (ec)
            return close();
        m_buffer.commit(n);
        process();
    }

    void process()
    {
        for (;;) {
            const auto data = m_buffer.data();
            const std::size_t taken
                = m_http.feed(static_cast<const char *>(data.data()), data.size());
            m_buffer.consume(taken);
            if (m_http.hasOutput())
                return write();
            if (m_http.closing())
                return close();
            if (taken == 0 || m_buffer.size() == 0)
                break;
        }
        readMore();
    }

    void write()
    {
        m_output = m_http.takeOutput();
        arm(ms(m_server->options.writeTimeoutMs));
        const std::array<net::const_buffer, 2> parts {
            net::buffer(m_output.head.constData(), size_t(m_output.head.size())),
            net::buffer(m_output.body.constData(), size_t(m_output.body.size()))};
        net::async_write(
            m_socket, parts, beast::bind_front_handler(&Session::onWritten, shared_from_this()));
    }

    void onWritten(error_code ec, std::size_t)
    {
        m_output = HttpOutput();
        if (ec || m_timedOut)
            return close();
        if (m_http.closing())
            return linger();
        process();
    }

    void linger()
    {
        error_code ignored;
        m_socket.shutdown(tcp::socket::shutdown_send, ignored);
        arm(ms(m_server->options.lingerMs));
        drain();
    }

    void drain()
    {
        m_buffer.clear();
        m_socket.async_read_some(
            m_buffer.prepare(ReadChunk), [self = shared_from_this()](error_code ec, std::size_t) {
                if (ec || self->m_timedOut)
                    return self->close();
                self->drain();
            });
    }

    void close()
    {
        error_code ignored;
        m_timer.cancel();
        m_socket.shutdown(tcp::socket::shutdown_both, ignored);
        m_socket.close(ignored);
    }

    tcp::socket m_socket;
    net::steady_timer m_timer;
    HttpServerState *m_server;
    std::string m_address;
    beast::flat_buffer m_buffer;
    HttpConnection m_http;
    HttpOutput m_output;
    bool m_timedOut = false;
};

/// Writes one canned answer to a connection that was not admitted, then closes it.
class Refusal final : public std::enable_shared_from_this<Refusal>
{
public:
    Refusal(tcp::socket socket, QByteArray answer)
        : m_socket(std::move(socket)), m_answer(std::move(answer))
    { }

    void start()
    {
        // The answer fits in the socket's send buffer, so the write does not wait for the
        // client; close right after it.
        net::async_write(m_socket, net::buffer(m_answer.constData(), size_t(m_answer.size())),
            [self = shared_from_this()](error_code, std::size_t) {
                error_code ignored;
                self->m_socket.shutdown(tcp::socket::shutdown_both, ignored);
                self->m_socket.close(ignored);
            });
    }

private:
    tcp::socket m_socket;
    QByteArray m_answer;
};

} // namespace

void HttpServerState::accept()
{
    net::io_context &worker = *workers[nextWorker++ % workers.size()];
    acceptor.async_accept(worker.get_executor(), [this](error_code ec, tcp::socket socket) {
        if (ec == net::error::operation_aborted || !acceptor.is_open())
            return;
        if (ec) {
            // Out of file descriptors, say: try again shortly instead of spinning.
            qCWarning(lcServer) << "accept failed:" << QString::fromStdString(ec.message());
            acceptRetry.expires_after(std::chrono::milliseconds(50));
            acceptRetry.async_wait([this](error_code waitError) {
                if (!waitError)
                    accept();
            });
            return;
        }
        admit(std::move(socket));
        accept();
    });
}

void HttpServerState::admit(tcp::socket socket)
{
    error_code ec;
    const tcp::endpoint peer = socket.remote_endpoint(ec);
    if (ec)
        return;
    socket.set_option(tcp::no_delay(true), ec);
    std::string address = peer.address().to_string();
    bool full = false;
    bool addressFull = false;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        full = open >= options.maxConnections;
        int &mine = perAddress[address];
        addressFull = mine >= options.maxConnectionsPerAddress;
        if (!full && !addressFull) {
            ++open;
            ++mine;
        } else if (mine == 0) {
            perAddress.erase(address);
        }
    }
    if (full || addressFull) {
        refuse(std::move(socket),
            addressFull ? QCoreApplication::translate(
                "HttpServer", "Too many connections from your address; close some and try again.")
                        : QCoreApplication::translate("HttpServer",
                            "The server has too many connections; try again shortly."));
        return;
    }
    std::make_shared<Session>(std::move(socket), this, std::move(address))->start();
}

void HttpServerState::refuse(tcp::socket socket, const QString &message)
{
    HttpResponse response;
    response.status = 503;
    response.body = Http::errorBody(message);
    response.addHeader("Retry-After", "1");
    response.addHeader("Cache-Control", "no-store");
    if (accessLog)
        accessLog->write({}, {}, 503, 0);
    std::make_shared<Refusal>(std::move(socket), Http::serialize(response, true))->start();
}

void HttpServerState::release(const std::string &address)
{
    const std::lock_guard<std::mutex> lock(mutex);
    --open;
    const auto it = perAddress.find(address);
    if (it != perAddress.end() && --it->second <= 0)
        perAddress.erase(it);
}

HttpServer::HttpServer(
    const Options &options, HttpConnection::Handler handler, AccessLog *accessLog)
    : d(std::make_unique<HttpServerState>(options, std::move(handler), accessLog))
{ }

HttpServer::~HttpServer()
{
    stop();
}

quint16 HttpServer::listen(QString *error)
{
    error_code ec;
    const net::ip::address address
        = net::ip::make_address(d->options.address.toString().toStdString(), ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        return 0;
    }
    const tcp::endpoint endpoint(address, d->options.port);
    d->acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        d->acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec && address.is_v6())
        d->acceptor.set_option(net::ip::v6_only(true), ec);
    if (!ec)
        d->acceptor.bind(endpoint, ec);
    if (!ec)
        d->acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
        *error = QString::fromStdString(ec.message());
        error_code ignored;
        d->acceptor.close(ignored);
        return 0;
    }
    return d->acceptor.local_endpoint().port();
}

void HttpServer::start(std::function<void()> threadFinished)
{
    const auto run = [](net::io_context &context) {
        // A loop with no connection must keep waiting for one.
        auto keep = net::make_work_guard(context);
        for (;;) {
            try {
                context.run();
                break;
            } catch (const std::exception &e) {
                qCWarning(lcServer) << "A request failed:" << e.what();
            }
        }
    };
    d->accept();
    d->threads.emplace_back([this, run] { run(d->acceptContext); });
    for (auto &worker : d->workers) {
        net::io_context *context = worker.get();
        d->threads.emplace_back([run, context, threadFinished] {
            run(*context);
            if (threadFinished)
                threadFinished();
        });
    }
}

void HttpServer::stop()
{
    if (!d)
        return;
    net::post(d->acceptContext, [this] {
        error_code ignored;
        d->acceptor.close(ignored);
        d->acceptRetry.cancel();
    });
    d->acceptContext.stop();
    for (auto &worker : d->workers)
        worker->stop();
    for (std::thread &t : d->threads) {
        if (t.joinable())
            t.join();
    }
    d->threads.clear();
}

int HttpServer::openConnections() const
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return d->open;
}

} // namespace Server
