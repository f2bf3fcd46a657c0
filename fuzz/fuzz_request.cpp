// SPDX-License-Identifier: GPL-3.0-or-later
// The request path of builton-server: bytes in, the server's answers out, through the same
// HttpConnection and ApiService a socket drives, on a small seeded database. The input is
// fed in two pieces (its first byte chooses where it is cut), as a socket would deliver it.
//
// So that the fuzzer reaches past authentication, "@KEY@", "@STAFF@", "@USER@" and "@UID@"
// in the input are replaced with the seeded company's API key, a staff token, a customer's
// token and that customer's id (the corpus holds requests written with them).
//
// Invariants, beyond no crash and no sanitizer report: every answer is a whole HTTP/1.1
// response; no client input is ever answered 5xx; every error body is a JSON object with a
// message.

#include "ApiService.h"
#include "Credentials.h"
#include "DataStore.h"
#include "Database.h"
#include "HttpConnection.h"
#include "Seeder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Server;

namespace {

struct Instance
{
    Database db;
    std::unique_ptr<DataStore> store;
    std::unique_ptr<ApiService> api;
    QByteArray key;
    QByteArray staff;
    QByteArray user;
    QByteArray userId;
};

Instance *server = nullptr;

void fail(const char *what, const QByteArray &detail)
{
    std::fprintf(stderr, "fuzz_request: %s\n%s\n", what, detail.left(2000).constData());
    std::abort();
}

void checkAnswers(QByteArray output, bool headRequested)
{
    while (!output.isEmpty()) {
        if (!output.startsWith("HTTP/1.1 "))
            fail("an answer that is not HTTP/1.1", output);
        const qsizetype end = output.indexOf("\r\n\r\n");
        if (end < 0)
            fail("an answer without the end of its head", output);
        const QByteArray head = output.left(end);
        const int status = head.mid(9, 3).toInt();
        if (status == 100) {
            output.remove(0, end + 4);
            continue;
        }
        if (status >= 500 && status != 501 && status != 505)
            fail("a client's input was answered 5xx", head);
        qsizetype length = -1;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (length < 0)
            fail("an answer without Content-Length", head);
        if (headRequested && output.size() == end + 4) {
            output.clear(); // HEAD: the length of a body that is not sent
            break;
        }
        if (output.size() < end + 4 + length)
            fail("an answer shorter than its Content-Length", head);
        const QByteArray body = output.mid(end + 4, length);
        if (status >= 400) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject()
                || doc.object().value(QLatin1String("message")).toString().isEmpty())
                fail("an error without a JSON message", body);
        }
        output.remove(0, end + 4 + length);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(
        QStringLiteral("builton.server.*=false\nbuilton.server=false"));
    server = new Instance;
    QString error;
    if (!server->db.open(QString::fromLatin1(Database::MemoryPath), &error))
        fail("cannot open the database", error.toUtf8());
    server->store = std::make_unique<DataStore>(&server->db);
    server->store->reloadCompanies();
    Seeder seeder(server->store.get());
    Seeder::Options options;
    options.users = 20;
    options.orders = 60;
    options.nowMs = 1765000000000LL;
    Seeder::Report report;
    if (!seeder.seed(options, &report, &error))
        fail("cannot seed", error.toUtf8());
    const Company *company = server->store->companyBySlug(QStringLiteral("demo"));
    Credentials credentials;
    if (!company
        || !Credentials::issue(server->store.get(), *company, options.nowMs, &credentials, &error))
        fail("cannot issue credentials", error.toUtf8());
    server->key = credentials.apiKey.toUtf8();
    server->staff = credentials.serviceAccountKey.toUtf8();
    server->user = credentials.userToken.toUtf8();
    server->userId = credentials.userId.toUtf8();
    ApiService::Options serviceOptions;
    server->api = std::make_unique<ApiService>(server->store.get(), serviceOptions);
    server->api->setClock([] { return 1765000100000LL; });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    input.replace("@KEY@", server->key);
    input.replace("@STAFF@", server->staff);
    input.replace("@USER@", server->user);
    input.replace("@UID@", server->userId);
    const qsizetype cut = input.isEmpty() ? 0 : qsizetype(data[0]) * input.size() / 256;

    HttpConnection connection(
        HttpLimits(), [](const HttpRequest &request) { return server->api->handle(request); },
        nullptr);
    QByteArray output;
    QByteArray pending = input.left(cut);
    QByteArray rest = input.mid(cut);
    bool sawHead = input.contains("HEAD ");
    for (int rounds = 0; rounds < 10000 && !connection.closing(); ++rounds) {
        const std::size_t taken = connection.feed(pending.constData(), size_t(pending.size()));
        pending.remove(0, qsizetype(taken));
        const HttpOutput out = connection.takeOutput();
        output += out.joined();
        if (out.isEmpty() && (taken == 0 || pending.isEmpty())) {
            if (rest.isEmpty())
                break;
            pending += rest;
            rest.clear();
        }
    }
    if (!sawHead)
        checkAnswers(output, false);
    return 0;
}
