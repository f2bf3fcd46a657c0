// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tst_server_api_* integration tests. They talk to the real
// builton-server over loopback (TestServer starts it, TestHttp and the raw socket helper
// below talk to it) and compute every expectation in the test, from the documents the
// server returns or from the database file, never with the server's own code.

#include "TestDatabase.h"
#include "TestHttp.h"
#include "TestServer.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace ApiTest {

// ---- URLs and headers ------------------------------------------------------------------

/// A URL on `server` from an already percent-encoded "path?query" (sent exactly as given).
inline QUrl url(const TestServer &server, const QByteArray &pathAndQuery)
{
    return QUrl::fromEncoded(server.url().toEncoded() + pathAndQuery, QUrl::StrictMode);
}

/// Percent-encodes one query value (so "+" and "ø" arrive as they are).
inline QByteArray enc(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

inline TestHttp::Headers staff(const TestServer &server)
{
    return TestHttp::auth(server.credentials().apiKey, server.credentials().serviceAccountKey);
}

inline TestHttp::Headers user(const TestServer &server)
{
    return TestHttp::auth(server.credentials().apiKey, server.credentials().userToken);
}

inline TestHttp::Headers with(
    TestHttp::Headers headers, const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return headers;
}

// ---- documents -------------------------------------------------------------------------

/// The `$oid` of a reference ({"$oid": id} or a plain string).
inline QString refOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return value.toObject().value(QLatin1String("$oid")).toString();
}

/// The `_id` of a document.
inline QString idOf(const QJsonValue &doc)
{
    return refOf(doc.toObject().value(QLatin1String("_id")));
}

/// The milliseconds of a {"$date": ms} member; nullopt when missing or of another shape.
inline std::optional<qint64> dateOf(const QJsonObject &doc, const QString &key)
{
    const QJsonValue d = doc.value(key).toObject().value(QLatin1String("$date"));
    if (!d.isDouble())
        return std::nullopt;
    return qint64(d.toDouble());
}

inline QStringList idsOf(const QJsonArray &docs)
{
    QStringList ids;
    for (const QJsonValue &d : docs)
        ids << idOf(d);
    return ids;
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

/// The body with the value of its top-level "modified" member cut out, to compare two
/// versions of a document byte for byte apart from that value.
inline QByteArray withoutModified(const QByteArray &body)
{
    const qsizetype at = body.indexOf("\"modified\":{\"$date\":");
    if (at < 0)
        return body;
    const qsizetype end = body.indexOf('}', at);
    return body.left(at) + "\"modified\":<cut>" + body.mid(end + 1);
}

/// The top-level members of a JSON object as text, in order: each key and the exact bytes
/// of its value. Empty when `object` is not a JSON object text.
inline QList<QPair<QString, QByteArray>> rawMembers(const QByteArray &object)
{
    QList<QPair<QString, QByteArray>> members;
    const qsizetype n = object.size();
    qsizetype i = 0;
    auto skipSpace = [&] {
        while (i < n
            && (object[i] == ' ' || object[i] == '\t' || object[i] == '\n' || object[i] == '\r'))
            ++i;
    };
    auto skipString = [&] { // at the opening quote; stops after the closing one
        for (++i; i < n && object[i] != '"'; ++i) {
            if (object[i] == '\\')
                ++i;
        }
        ++i;
    };
    skipSpace();
    if (i >= n || object[i] != '{')
        return {};
    ++i;
    while (true) {
        skipSpace();
        if (i >= n || object[i] == '}')
            break;
        if (object[i] == ',') {
            ++i;
            continue;
        }
        const qsizetype keyBegin = i;
        skipString();
        const QJsonArray key
            = QJsonDocument::fromJson('[' + object.mid(keyBegin, i - keyBegin) + ']').array();
        skipSpace();
        if (i >= n || object[i] != ':')
            return {};
        ++i;
        skipSpace();
        const qsizetype valueBegin = i;
        int depth = 0;
        while (i < n) {
            const char c = object[i];
            if (c == '"') {
                skipString();
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if (c == '}' || c == ']') {
                if (depth == 0)
                    break;
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
            ++i;
        }
        members.append({key.at(0).toString(), object.mid(valueBegin, i - valueBegin).trimmed()});
    }
    return members;
}

/// The raw bytes of one top-level member's value (null when missing).
inline QByteArray rawMember(const QByteArray &object, const QString &key)
{
    for (const auto &m : rawMembers(object)) {
        if (m.first == key)
            return m.second;
    }
    return {};
}

// ---- order ----------------------------------------------------------------------------

/// A sort key as docs/API.md and docs/SERVER.md define it: missing or null first (when
/// ascending), then numbers (dates by their milliseconds), then strings by their UTF-8 bytes.
struct SortKey
{
    int rank = 0; ///< 0 null, 1 number, 2 string
    double number = 0;
    QByteArray text;
};

inline SortKey sortKeyOf(const QJsonValue &value)
{
    SortKey k;
    if (value.isObject() && value.toObject().value(QLatin1String("$date")).isDouble()) {
        k.rank = 1;
        k.number = value.toObject().value(QLatin1String("$date")).toDouble();
    } else if (value.isDouble()) {
        k.rank = 1;
        k.number = value.toDouble();
    } else if (value.isString()) {
        k.rank = 2;
        k.text = value.toString().toUtf8();
    }
    return k;
}

inline int compareKeys(const SortKey &a, const SortKey &b)
{
    if (a.rank != b.rank)
        return a.rank < b.rank ? -1 : 1;
    if (a.rank == 1 && a.number != b.number)
        return a.number < b.number ? -1 : 1;
    if (a.rank == 2)
        return a.text.compare(b.text); // byte-wise
    return 0;
}

/// The ids of `docs` in the order of `field` (ties broken by _id in the same direction).
template<typename Field>
QStringList expectedOrder(const QJsonArray &docs, Field field, bool descending)
{
    struct Entry
    {
        SortKey key;
        QByteArray id;
    };
    std::vector<Entry> entries;
    for (const QJsonValue &d : docs)
        entries.push_back({sortKeyOf(field(d.toObject())), idOf(d).toLatin1()});
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int c = compareKeys(a.key, b.key);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    QStringList ids;
    for (const Entry &e : entries)
        ids << QString::fromLatin1(e.id);
    if (descending)
        std::reverse(ids.begin(), ids.end());
    return ids;
}

/// Newest first, the default order of every list.
inline QStringList newestFirst(const QJsonArray &docs)
{
    return expectedOrder(
        docs, [](const QJsonObject &d) { return d.value(QLatin1String("created")); }, true);
}

/// The documents of `docs` for which `keep` is true.
template<typename Keep>
QJsonArray filtered(const QJsonArray &docs, Keep keep)
{
    QJsonArray out;
    for (const QJsonValue &d : docs) {
        if (keep(d.toObject()))
            out.append(d);
    }
    return out;
}

inline bool isDeleted(const QJsonObject &doc)
{
    return doc.value(QLatin1String("deleted")).toBool();
}

// ---- searches of orders, subscriptions and payments -------------------------------------

/// Whether a document's human_id starts with `query`, case-insensitively.
inline bool humanIdStartsWith(const QJsonObject &doc, const QString &query)
{
    return doc.value(QLatin1String("human_id"))
        .toString()
        .toCaseFolded()
        .startsWith(query.toCaseFolded());
}

// ---- answers ---------------------------------------------------------------------------

/// Why `r` is not a JSON error answer of `status` (whose "field" is `field`, unless `field`
/// is null); empty when it is one.
inline QString errorProblem(const TestHttpResponse &r, int status, const QString &field = QString())
{
    if (r.status != status)
        return QStringLiteral("status %1, expected %2 (body %3)")
            .arg(r.status)
            .arg(status)
            .arg(QString::fromUtf8(r.body.left(300)));
    if (!r.header("Content-Type").startsWith("application/json"))
        return QStringLiteral("Content-Type is \"%1\"")
            .arg(QString::fromLatin1(r.header("Content-Type")));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return QStringLiteral("the body is not a JSON object: %1")
            .arg(QString::fromUtf8(r.body.left(300)));
    const QJsonObject o = doc.object();
    if (o.value(QLatin1String("message")).toString().trimmed().isEmpty())
        return QStringLiteral("no message: %1").arg(QString::fromUtf8(r.body));
    if (!field.isNull() && o.value(QLatin1String("field")).toString() != field)
        return QStringLiteral("field \"%1\", expected \"%2\"")
            .arg(o.value(QLatin1String("field")).toString(), field);
    return {};
}

/// QVERIFY that `response` is a JSON error of the given status (and field), saying why not.
#define VERIFY_ERROR(response, ...)                                                                \
    do {                                                                                           \
        const QString problem_ = ApiTest::errorProblem(response, __VA_ARGS__);                     \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                        \
    } while (false)

/// Every document of a list, fetched in pages of 1000. Checks on the way that every page
/// carries the same X-Pagination-Total and that the pages add up to it.
inline QJsonArray fetchAll(const TestServer &server, const QByteArray &pathAndQuery,
    const TestHttp::Headers &headers, QString *problem, qint64 *totalOut = nullptr)
{
    QJsonArray all;
    qint64 total = -1;
    const char separator = pathAndQuery.contains('?') ? '&' : '?';
    for (int page = 0; page < 1000; ++page) {
        const TestHttpResponse r = TestHttp::get(
            url(server, pathAndQuery + separator + "size=1000&page=" + QByteArray::number(page)),
            headers);
        if (r.status != 200) {
            *problem = QStringLiteral("%1: status %2 %3")
                           .arg(QString::fromLatin1(pathAndQuery))
                           .arg(r.status)
                           .arg(QString::fromUtf8(r.body.left(200)));
            return {};
        }
        bool ok = false;
        const qint64 t = r.header("X-Pagination-Total").toLongLong(&ok);
        if (!ok || (total >= 0 && t != total)) {
            *problem = QStringLiteral("%1: X-Pagination-Total \"%2\" (before: %3)")
                           .arg(QString::fromLatin1(pathAndQuery),
                               QString::fromLatin1(r.header("X-Pagination-Total")))
                           .arg(total);
            return {};
        }
        total = t;
        const QJsonArray docs = r.json().array();
        for (const QJsonValue &d : docs)
            all.append(d);
        if (docs.size() < 1000)
            break;
    }
    if (all.size() != total) {
        *problem = QStringLiteral("%1: %2 documents, X-Pagination-Total %3")
                       .arg(QString::fromLatin1(pathAndQuery))
                       .arg(all.size())
                       .arg(total);
    }
    if (totalOut)
        *totalOut = total;
    return all;
}

/// Checks a list or search answer against `expected` (the ids in order): every page of 1000
/// (fetchAll, which also checks X-Pagination-Total on each), and the third page of 7. Returns
/// what differs, or an empty string.
inline QString checkListing(const TestServer &server, const QByteArray &pathAndQuery,
    const TestHttp::Headers &headers, const QStringList &expected)
{
    QString problem;
    qint64 total = -1;
    const QStringList ids = idsOf(fetchAll(server, pathAndQuery, headers, &problem, &total));
    if (!problem.isEmpty())
        return problem;
    if (total != expected.size() || ids != expected) {
        return QStringLiteral("%1: %2 documents (total %3), expected %4; first %5, expected %6")
            .arg(QString::fromLatin1(pathAndQuery))
            .arg(ids.size())
            .arg(total)
            .arg(expected.size())
            .arg(ids.mid(0, 3).join(QLatin1Char(',')), expected.mid(0, 3).join(QLatin1Char(',')));
    }
    const char separator = pathAndQuery.contains('?') ? '&' : '?';
    const TestHttpResponse page
        = TestHttp::get(url(server, pathAndQuery + separator + "size=7&page=2"), headers);
    if (page.status != 200 || page.header("X-Pagination-Total").toLongLong() != expected.size()
        || idsOf(page.json().array()) != expected.mid(14, 7)) {
        return QStringLiteral("%1, size 7, page 2: status %2, total %3, %4")
            .arg(QString::fromLatin1(pathAndQuery))
            .arg(page.status)
            .arg(QString::fromLatin1(page.header("X-Pagination-Total")),
                idsOf(page.json().array()).join(QLatin1Char(',')));
    }
    return {};
}

// ---- tokens, signed in the test --------------------------------------------------------

inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// A JWS compact token over the given header and claims bytes, with an HMAC of `algorithm`.
inline QByteArray signToken(const QByteArray &headerJson, const QByteArray &claimsJson,
    const QByteArray &key, QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    const QByteArray input = base64Url(headerJson) + '.' + base64Url(claimsJson);
    return input + '.' + base64Url(QMessageAuthenticationCode::hash(input, key, algorithm));
}

inline QByteArray hs256(const QJsonObject &claims, const QByteArray &key)
{
    return signToken(R"({"alg":"HS256","typ":"JWT"})", compact(claims), key);
}

/// A company as stored in the database file (the test reads its JWT secret there, so it can
/// sign tokens of its own: expired, not yet valid, for a new user...).
struct CompanyRecord
{
    QString id;
    QString slug;
    QByteArray apiKey;
    QByteArray secret;
};

/// Runs `work` on a connection of its own to the database at `path` (a SQLite file, read-only
/// unless told otherwise, or a PostgreSQL URL; TestDatabase); false and `error` set when it
/// cannot be opened.
template<typename Work>
bool withDatabase(const QString &path, Work work, QString *error, bool readOnly = true)
{
    const QString name = QStringLiteral("srvtest-") + QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = TestDatabase::open(path, name, readOnly);
        if (!db.isOpen()) {
            *error = db.lastError().text();
        } else {
            ok = work(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QList<CompanyRecord> readCompanies(const QString &dbPath, QString *error)
{
    QList<CompanyRecord> companies;
    withDatabase(
        dbPath,
        [&](QSqlDatabase &db) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT id, slug, api_key, jwt_secret FROM companies"))) {
                *error = q.lastError().text();
                return false;
            }
            while (q.next()) {
                companies.append({q.value(0).toString(), q.value(1).toString(),
                    q.value(2).toString().toUtf8(), q.value(3).toByteArray()});
            }
            return true;
        },
        error);
    return companies;
}

inline std::optional<CompanyRecord> companyWithKey(
    const QList<CompanyRecord> &companies, const QString &apiKey)
{
    for (const CompanyRecord &c : companies) {
        if (c.apiKey == apiKey.toUtf8())
            return c;
    }
    return std::nullopt;
}

// ---- raw HTTP over one socket ----------------------------------------------------------

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool complete = false; ///< a whole response (head and Content-Length bytes) arrived
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

/// Parses one response from the front of `buffer`; complete stays false until all of it
/// is there.
inline RawResponse parseRawResponse(const QByteArray &buffer)
{
    RawResponse r;
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return r;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    r.status = statusLine.value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        r.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() - (headEnd + 4) >= length) {
        r.body = buffer.mid(headEnd + 4, length);
        r.complete = true;
    }
    return r;
}

/// Writes `request` as it is to a new connection and reads one response.
inline RawResponse rawRequest(
    const TestServer &server, const QByteArray &request, int timeoutMs = 15000)
{
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    socket.connectToHost(server.url().host(), quint16(server.url().port()));
    RawResponse r;
    if (!socket.waitForConnected(timeoutMs))
        return r;
    socket.write(request);
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!socket.bytesToWrite() && !socket.bytesAvailable()
            && socket.state() != QAbstractSocket::ConnectedState)
            break;
        socket.waitForBytesWritten(10);
        if (socket.bytesAvailable() || socket.waitForReadyRead(50))
            buffer += socket.readAll();
        r = parseRawResponse(buffer);
        if (r.complete)
            break;
    }
    buffer += socket.readAll();
    r = parseRawResponse(buffer);
    r.elapsedMs = clock.elapsed();
    return r;
}

/// Writes `requests` back to back on one connection (pipelined) and reads as many
/// responses; fewer when the connection ends early.
inline QList<RawResponse> rawPipeline(
    const TestServer &server, const QList<QByteArray> &requests, int timeoutMs = 15000)
{
    QTcpSocket socket;
    socket.connectToHost(server.url().host(), quint16(server.url().port()));
    QList<RawResponse> responses;
    if (!socket.waitForConnected(timeoutMs))
        return responses;
    for (const QByteArray &r : requests)
        socket.write(r);
    QByteArray buffer;
    QDeadlineTimer deadline(timeoutMs);
    while (responses.size() < requests.size() && !deadline.hasExpired()) {
        socket.waitForBytesWritten(10);
        if (socket.bytesAvailable() || socket.waitForReadyRead(50))
            buffer += socket.readAll();
        RawResponse r = parseRawResponse(buffer);
        while (r.complete) {
            const qsizetype used = buffer.indexOf("\r\n\r\n") + 4 + r.body.size();
            buffer.remove(0, used);
            responses.append(r);
            r = parseRawResponse(buffer);
        }
        if (socket.state() != QAbstractSocket::ConnectedState && !socket.bytesAvailable())
            break;
    }
    return responses;
}

/// Sends each of `requests` on a connection of its own, all connected first and written at
/// once, and reads one response from each (incomplete when none came in time).
inline QList<RawResponse> concurrentRequests(
    const TestServer &server, const QList<QByteArray> &requests, int timeoutMs = 60000)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(server.url().host(), quint16(server.url().port()));
        socket->waitForConnected(5000);
        sockets.push_back(std::move(socket));
    }
    for (qsizetype i = 0; i < requests.size(); ++i)
        sockets[size_t(i)]->write(requests.at(i));
    for (auto &s : sockets)
        s->flush();
    QList<RawResponse> responses;
    QDeadlineTimer deadline(timeoutMs);
    for (auto &socket : sockets) {
        QByteArray buffer;
        RawResponse r;
        while (!deadline.hasExpired()) {
            if (socket->bytesAvailable() || socket->waitForReadyRead(100))
                buffer += socket->readAll();
            r = parseRawResponse(buffer);
            if (r.complete || socket->state() == QAbstractSocket::UnconnectedState)
                break;
        }
        responses.append(r);
    }
    return responses;
}

/// A request head with the two auth headers of `server`'s staff, for raw requests.
inline QByteArray rawHead(const TestServer &server, const QByteArray &method,
    const QByteArray &target, const QList<QByteArray> &extraHeaders = {})
{
    QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    head += "X-Builton-Api-Key: " + server.credentials().apiKey.toUtf8() + "\r\n";
    head += "Authorization: Bearer " + server.credentials().serviceAccountKey.toUtf8() + "\r\n";
    for (const QByteArray &h : extraHeaders)
        head += h + "\r\n";
    return head;
}

} // namespace ApiTest
