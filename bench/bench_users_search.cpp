// SPDX-License-Identifier: GPL-3.0-or-later

// From Enter in the search box to the first rows painted: UsersModel on a shown QTableView
// against the local builton-server with 5,000 users. For each of ~50 searches taken from the
// data (last names, emails, human ids) the clock starts at applyNow() and stops when the
// viewport has painted after the first rows arrived. Target: p95 <= 50 ms.
//
//   QT_QPA_PLATFORM=offscreen bench_users_search [--users 5000] [--queries 50]
//       [--server path/to/builton-server]

#include "api/ApiClient.h"
#include "bench/BenchLocalServer.h"
#include "bench/BenchSupport.h"
#include "models/codec/ExtendedJson.h"
#include "models/domain/User.h"
#include "models/items/UsersModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTableView>

#include <cstdio>
#include <functional>
#include <memory>

namespace {

/// A table view that reports when it has finished painting its viewport.
class TimedTableView : public QTableView
{
public:
    std::function<void()> afterPaint;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (afterPaint)
            afterPaint();
    }
};

/// Search texts taken from the data: last names, emails and human ids, no two in a row equal.
QStringList searchTexts(ApiClient &client, int count)
{
    UserQuery query;
    query.size = 1000;
    ApiReply *reply = client.listUsers(query);
    reply->setAutoDelete(false);
    std::unique_ptr<ApiReply> owner(reply);
    Bench::waitFor([reply] { return reply->isFinished(); }, 30000);
    if (!reply->isSuccess())
        return {};
    const DecodeResult<QList<User>> users = ExtendedJson::decodeArray<User>(reply->response().body);
    if (!users)
        return {};
    QStringList texts;
    for (int i = 0; texts.size() < count && i < users.value().size(); ++i) {
        const User &user = users.value().at(i);
        QString text;
        switch (i % 3) {
        case 0:
            text = user.lastName();
            break;
        case 1:
            text = user.email();
            break;
        default:
            text = user.humanId();
            break;
        }
        if (!text.isEmpty() && !texts.contains(text))
            texts.append(text);
    }
    return texts;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The figures only: no request log between them.
    QLoggingCategory::setFilterRules(QStringLiteral("builton.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"),
        QStringLiteral("Users the server is seeded with (default 5000)."), QStringLiteral("n"),
        QStringLiteral("5000"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"),
        QStringLiteral("Searches to time (default 50)."), QStringLiteral("n"),
        QStringLiteral("50"));
    const QCommandLineOption serverOption(QStringLiteral("server"),
        QStringLiteral("The builton-server executable (default: next to this program)."),
        QStringLiteral("path"),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("builton-server")));
    parser.addOption(usersOption);
    parser.addOption(queriesOption);
    parser.addOption(serverOption);
    parser.process(app);
    const int users = parser.value(usersOption).toInt();
    const int queries = qMax(5, parser.value(queriesOption).toInt());

    Bench::LocalServer server;
    QString error;
    QElapsedTimer startup;
    startup.start();
    if (!server.start(
            parser.value(serverOption), {QStringLiteral("--memory")}, users, 0, 120000, &error)) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(parser.value(serverOption)),
            qPrintable(error));
        return 2;
    }
    std::printf("bench_users_search: builton-server with %d users ready in %.1f s (platform %s)\n",
        users, double(startup.elapsed()) / 1000.0, qPrintable(QGuiApplication::platformName()));

    ApiClient client;
    client.setConnection(server.connection());
    const QStringList texts = searchTexts(client, queries + 3);
    if (texts.size() < queries + 3) {
        std::fprintf(stderr, "could not collect %d search texts\n", queries + 3);
        return 2;
    }

    UsersModel model(&client);
    TimedTableView view;
    view.resize(1280, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.setWordWrap(false);
    view.setModel(&model);
    view.show();
    model.reload();
    if (!Bench::waitFor([&model] { return model.rowCount() > 0 && !model.isLoading(); }, 10000)) {
        std::fprintf(
            stderr, "the first page did not load: %s\n", qPrintable(model.lastError().message()));
        return 2;
    }

    QElapsedTimer clock;
    bool armed = false;
    bool rowsArrived = false;
    double rowsAt = 0;
    double paintedAt = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
        if (armed && !rowsArrived) {
            rowsArrived = true;
            rowsAt = double(clock.nsecsElapsed()) / 1e6;
        }
    });
    view.afterPaint = [&] {
        if (armed && rowsArrived) {
            paintedAt = double(clock.nsecsElapsed()) / 1e6;
            armed = false;
        }
    };

    QList<double> painted;
    QList<double> arrived;
    for (int i = 0; i < texts.size(); ++i) {
        rowsArrived = false;
        armed = true;
        clock.start();
        model.setSearchText(texts.at(i)); // typed ...
        model.applyNow(); // ... and Enter
        if (!Bench::waitFor([&armed] { return !armed; }, 10000)) {
            std::fprintf(stderr, "no rows painted for search %d: %s\n", i,
                qPrintable(model.lastError().message()));
            return 2;
        }
        Bench::waitFor([&model] { return !model.isLoading(); }, 10000);
        if (i >= 3) { // the first searches warm up connections and caches
            painted.append(paintedAt);
            arrived.append(rowsAt);
        }
    }
    server.stop();

    std::printf("  %d searches (%d warm-up searches not counted)\n", int(painted.size()), 3);
    std::printf("  %-36s %8s %8s %8s %8s\n", "", "p50 ms", "p95 ms", "max ms", "min ms");
    std::printf("  %-36s %8.1f %8.1f %8.1f %8.1f\n", "Enter -> rows in the model",
        Bench::median(arrived), Bench::percentile(arrived, 95), Bench::maximum(arrived),
        Bench::minimum(arrived));
    std::printf("  %-36s %8.1f %8.1f %8.1f %8.1f\n", "Enter -> first rows painted",
        Bench::median(painted), Bench::percentile(painted, 95), Bench::maximum(painted),
        Bench::minimum(painted));
    const bool ok = Bench::verdict(
        Bench::percentile(painted, 95) <= 50.0, "p95 Enter -> first rows painted <= 50 ms");
    return ok ? 0 : 1;
}
