// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include "AccessLog.h"
#include "ServerLogging.h"

#include <QCoreApplication>

#include <algorithm>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/basic_parser.hpp>
#include <boost/beast/http/error.hpp>
#include <cctype>
#include <cstring>
#include <exception>
#include <string_view>

namespace Server {

namespace http = boost::beast::http;
using boost::beast::error_code;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HttpConnection", text);
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// A continuation line (obs-fold, RFC 9112 §5.2): a line of the head that starts with a space
// or a tab. Beast would fold it into the previous field; this server refuses it.
bool hasFoldedLine(const char *data, std::size_t size)
{
    for (const char *p = data;
         (p = static_cast<const char *>(std::memchr(p, '\n', size_t(data + size - p))));) {
        ++p;
        if (p == data + size)
            break;
        if (*p == ' ' || *p == '\t')
            return true;
    }
    return false;
}

// Beast says bad_version both for a malformed version and for one it does not speak: a
// well-formed "HTTP/x.y" line end (CRLF) tells the second.
bool namesOtherVersion(const char *data, std::size_t size)
{
    const std::string_view line(data, size);
    const std::size_t end = line.find("\r\n");
    if (end == std::string_view::npos || end < 9)
        return false;
    const std::string_view version = line.substr(end - 9, 9); // " HTTP/x.y"
    return version.substr(0, 6) == " HTTP/" && std::isdigit(static_cast<unsigned char>(version[6]))
        && version[7] == '.' && std::isdigit(static_cast<unsigned char>(version[8]));
}

} // namespace

/// Beast's parser with this server's rules added where Beast hands each part over.
class HttpConnection::Parser final : public http::basic_parser<true>
{
public:
    explicit Parser(const HttpLimits &limits) : m_maxFields(limits.maxHeaderFields)
    {
        body_limit(limits.maxBodyBytes);
    }

    HttpRequest request;
    QByteArray target; ///< as received, for the log
    QByteArray userAgent;
    int version = 11;
    bool keepAlive = true;
    bool expectContinue = false;
    /// Set by the checks below (with `ec` set, so Beast stops): the answer to give.
    int refusal = 0;
    QString refusalMessage;

private:
    void refuse(error_code &ec, int status, const QString &message)
    {
        refusal = status;
        refusalMessage = message;
        ec = http::error::bad_value;
    }

    void on_request_impl(http::verb, std::string_view method, std::string_view rawTarget,
        int httpVersion, error_code &ec) override
    {
        request.method = bytes(method);
        target = bytes(rawTarget);
        version = httpVersion;
        if (rawTarget.empty() || rawTarget.front() != '/')
            return refuse(ec, 400, tr("The request target must be a path (origin-form)."));
        const std::size_t query = rawTarget.find('?');
        request.path = bytes(rawTarget.substr(0, query));
        if (query != std::string_view::npos)
            request.query.setQuery(QString::fromUtf8(bytes(rawTarget.substr(query + 1))));
    }

    void on_response_impl(int, std::string_view, int, error_code &ec) override
    {
        ec = http::error::bad_method; // never called for a request parser
    }

    void on_field_impl(http::field name, std::string_view nameText, std::string_view value,
        error_code &ec) override
    {
        if (m_headDone)
            return refuse(ec, 400, tr("Trailer fields are not accepted."));
        if (++m_fields > m_maxFields) {
            refusal = 431;
            refusalMessage = tr("The request has more than %1 header fields.").arg(m_maxFields);
            ec = http::error::header_limit;
            return;
        }
        switch (name) {
        case http::field::host:
            ++m_hosts;
            break;
        case http::field::transfer_encoding:
            ++m_transferEncodings;
            break;
        case http::field::user_agent:
            userAgent = bytes(value);
            break;
        case http::field::expect:
            if (!boost::beast::iequals(value, "100-continue")) {
                return refuse(ec, 417, tr("Only the expectation 100-continue is understood."));
            }
            expectContinue = true;
            break;
        default:
            break;
        }
        request.headers.append({bytes(nameText), bytes(value)});
    }

    void on_header_impl(error_code &ec) override
    {
        m_headDone = true;
        if (version == 11 && m_hosts != 1) {
            return refuse(ec, 400,
                m_hosts == 0 ? tr("An HTTP/1.1 request needs a Host header.")
                             : tr("The request has more than one Host header."));
        }
        if (m_hosts > 1)
            return refuse(ec, 400, tr("The request has more than one Host header."));
        // Beast refuses Content-Length next to chunked; a coding other than chunked would
        // leave the body's length unknown, so it is refused too.
        if (m_transferEncodings > 1 || (m_transferEncodings == 1 && !chunked())) {
            return refuse(ec, 501, tr("The only transfer coding understood is chunked."));
        }
        keepAlive = keep_alive();
        // HTTP/1.0 clients cannot take an interim answer (RFC 9110 §10.1.1).
        if (version == 10)
            expectContinue = false;
    }

    void on_body_init_impl(const boost::optional<std::uint64_t> &, error_code &) override { }

    std::size_t on_body_impl(std::string_view body, error_code &) override
    {
        request.body.append(body.data(), qsizetype(body.size()));
        return body.size();
    }

    void on_chunk_header_impl(std::uint64_t, std::string_view, error_code &) override { }

    std::size_t on_chunk_body_impl(std::uint64_t, std::string_view body, error_code &) override
    {
        request.body.append(body.data(), qsizetype(body.size()));
        return body.size();
    }

    void on_finish_impl(error_code &) override { }

    int m_maxFields;
    int m_fields = 0;
    int m_hosts = 0;
    int m_transferEncodings = 0;
    bool m_headDone = false;
};

HttpConnection::HttpConnection(const HttpLimits &limits, Handler handler, AccessLog *accessLog)
    : m_limits(limits), m_handler(std::move(handler)), m_accessLog(accessLog)
{
    startRequest();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::startRequest()
{
    m_parser = std::make_unique<Parser>(m_limits);
    m_headBytes = 0;
    m_continueSent = false;
    m_requestClock.invalidate();
}

bool HttpConnection::inRequest() const
{
    return !m_closing && m_parser->got_some();
}

qint64 HttpConnection::requestAgeMs() const
{
    return m_requestClock.isValid() ? m_requestClock.elapsed() : 0;
}

std::size_t HttpConnection::feed(const char *data, std::size_t size)
{
    std::size_t taken = 0;
    while (!m_closing && m_output.isEmpty() && taken < size) {
        Parser &parser = *m_parser;
        if (!m_requestClock.isValid())
            m_requestClock.start();
        const bool inHead = !parser.is_header_done();
        if (inHead) {
            // Beast's limit applies to what one call sees; the head may arrive over several.
            if (m_headBytes >= m_limits.maxHeadBytes) {
                fail(431,
                    tr("The request head is larger than %1 bytes.").arg(m_limits.maxHeadBytes));
                break;
            }
            parser.header_limit(std::uint32_t(m_limits.maxHeadBytes - m_headBytes));
        }
        error_code ec;
        const std::size_t n = parser.put(boost::asio::const_buffer(data + taken, size - taken), ec);
        if (inHead) {
            m_headBytes += n;
            if (!ec && hasFoldedLine(data + taken, n)) {
                fail(400,
                    tr("Obsolete line folding (a header line starting with a space) is not "
                       "accepted."));
                break;
            }
        }
        taken += n;
        if (ec == http::error::need_more)
            break;
        if (ec) {
            if (parser.refusal)
                fail(parser.refusal, parser.refusalMessage);
            else if (ec == http::error::header_limit)
                fail(431,
                    tr("The request head is larger than %1 bytes.").arg(m_limits.maxHeadBytes));
            else if (ec == http::error::body_limit)
                fail(413,
                    tr("The request body is larger than the limit of %1 bytes.")
                        .arg(m_limits.maxBodyBytes));
            else if (ec == http::error::bad_version
                && namesOtherVersion(data + taken, size - taken))
                fail(505, tr("Only HTTP/1.0 and HTTP/1.1 are spoken here."));
            else
                fail(400,
                    tr("The request is malformed: %1.").arg(QString::fromStdString(ec.message())));
            break;
        }
        if (parser.is_done()) {
            finishRequest();
            break;
        }
        if (parser.is_header_done() && parser.expectContinue && !m_continueSent) {
            m_continueSent = true;
            m_output.head = QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n");
            break;
        }
    }
    return taken;
}

void HttpConnection::finishRequest()
{
    Parser &parser = *m_parser;
    const HttpRequest &request = parser.request;
    HttpResponse response;
    try {
        response = m_handler(request);
    } catch (const std::exception &e) {
        // A bug, or memory running out: the client still gets one answer, and the
        // connection goes on.
        qCWarning(lcServer) << "A request failed:" << e.what();
        response = HttpResponse();
        response.status = 500;
        response.body = Http::errorBody(tr("The server could not complete the request."));
        response.addHeader("Cache-Control", "no-store");
    }
    if (parser.version == 10 && parser.keepAlive)
        response.addHeader("Connection", "keep-alive");
    if (!parser.keepAlive)
        m_closing = true;
    respond(response, request.method == "HEAD");
    if (!m_closing)
        startRequest();
}

void HttpConnection::fail(int status, const QString &message)
{
    HttpResponse response;
    response.status = status;
    response.body = Http::errorBody(message);
    response.addHeader("Cache-Control", "no-store");
    m_closing = true;
    respond(response, false);
}

void HttpConnection::respond(const HttpResponse &response, bool omitBody)
{
    m_output.head = Http::head(response, m_closing);
    if (!omitBody)
        m_output.body = response.body;
    ++m_answered;
    logAnswer(response.status);
}

void HttpConnection::logAnswer(int status)
{
    if (!m_accessLog || !m_accessLog->isEnabled())
        return;
    const Parser &parser = *m_parser;
    const double ms = m_requestClock.isValid() ? m_requestClock.nsecsElapsed() / 1e6 : 0.0;
    m_accessLog->write(parser.request.method, parser.target, status, ms, parser.userAgent);
}

HttpOutput HttpConnection::takeOutput()
{
    return std::exchange(m_output, HttpOutput());
}

void HttpConnection::expire()
{
    if (m_closing)
        return;
    if (inRequest())
        fail(408, tr("The request did not arrive in time."));
    m_closing = true;
}

void HttpConnection::endOfInput()
{
    if (m_closing)
        return;
    // A request cut off half-way gets no answer: there is nobody left to read it.
    m_closing = true;
}

} // namespace Server
