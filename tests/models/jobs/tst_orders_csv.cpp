// SPDX-License-Identifier: GPL-3.0-or-later

// CSV export of the Orders table: CsvWriter's RFC 4180 quoting, raw values and formula guard,
// and ListExportJob writing every page of an OrdersModel query (exactly the columns asked for,
// in their order) against the real server, with progress, Cancel and failures that leave no
// half-written file.

#include "api/ApiClient.h"
#include "models/domain/Money.h"
#include "models/items/OrdersModel.h"
#include "models/jobs/CsvWriter.h"
#include "models/jobs/ListExportJob.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

namespace {

/// A small RFC 4180 reader of the test's own: records of fields.
QList<QStringList> parseCsv(const QByteArray &bytes, bool *ok)
{
    *ok = true;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                *ok = false; // records end with CRLF only
                return records;
            }
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStarted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *ok = false;
            return records;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *ok = false; // the last record must end with CRLF too
    return records;
}

/// The customer's ID (human_id) and email as an order of the server names them.
QStringList customer(const QJsonObject &order)
{
    const QJsonObject user = order.value(QLatin1String("user")).toObject();
    return {user.value(QLatin1String("human_id")).toString(),
        user.value(QLatin1String("email")).toString()};
}

} // namespace

class TestOrdersCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void quoting_data();
    void quoting();
    void values_data();
    void values();
    void formulaGuard_data();
    void formulaGuard();
    void byteOrderMarkAndLineEnds();

    void exportVisibleColumns_data();
    void exportVisibleColumns();
    void exportCancel();
    void exportFailureKeepsOldFile();
    void exportUnwritablePath();

private:
    TestServer m_server;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
};

void TestOrdersCsv::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    TestServer::Options options;
    options.users = 60;
    options.orders = 700;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestOrdersCsv::init()
{
    m_client = std::make_unique<ApiClient>();
    ApiConnection connection;
    connection.baseUrl = m_server.url();
    connection.apiKey = m_server.credentials().apiKey;
    connection.bearerToken = m_server.credentials().serviceAccountKey;
    m_client->setConnection(connection);
}

void TestOrdersCsv::cleanup()
{
    m_client.reset();
}

void TestOrdersCsv::quoting_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("Kari") << QStringLiteral("Kari");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("Oslo, Norway") << QStringLiteral("\"Oslo, Norway\"");
    QTest::newRow("quote") << QStringLiteral("the \"best\" tea")
                           << QStringLiteral("\"the \"\"best\"\" tea\"");
    QTest::newRow("line feed") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
    QTest::newRow("semicolon and tab are plain")
        << QStringLiteral("a;b\tc") << QStringLiteral("a;b\tc");
    QTest::newRow("non-ASCII") << QStringLiteral("Østerås ✓") << QStringLiteral("Østerås ✓");
}

void TestOrdersCsv::quoting()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::quoted(text), expected);
}

void TestOrdersCsv::values_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("invalid") << QVariant() << QString();
    QTest::newRow("date time in UTC, from Oslo")
        << QVariant(QDateTime(QDate(2026, 7, 1), QTime(12, 30, 5, 7), QTimeZone("Europe/Oslo")))
        << QStringLiteral("2026-07-01T10:30:05.007Z");
    QTest::newRow("date") << QVariant(QDate(2026, 2, 28)) << QStringLiteral("2026-02-28");
    QTest::newRow("double with a dot") << QVariant(1234.5) << QStringLiteral("1234.5");
    QTest::newRow("small double") << QVariant(0.1) << QStringLiteral("0.1");
    QTest::newRow("negative double") << QVariant(-3.25) << QStringLiteral("-3.25");
    QTest::newRow("integer") << QVariant(qint64(1234567)) << QStringLiteral("1234567");
    QTest::newRow("money NOK") << QVariant::fromValue(Money::fromDecimalString(u"12345.6",
        QStringLiteral("NOK"))) << QStringLiteral("12345.60");
    QTest::newRow("money JPY") << QVariant::fromValue(Money::fromDecimalString(u"1200",
        QStringLiteral("JPY"))) << QStringLiteral("1200");
    QTest::newRow("money with four decimals")
        << QVariant::fromValue(Money::fromDecimalString(u"-0.0005", QStringLiteral("EUR")))
        << QStringLiteral("-0.0005");
    QTest::newRow("invalid money") << QVariant::fromValue(Money()) << QString();
    QTest::newRow("bool") << QVariant(true) << QStringLiteral("true");
    QTest::newRow("list") << QVariant(QStringList {QStringLiteral("vip"), QStringLiteral("b2b")})
                          << QStringLiteral("vip; b2b");
}

void TestOrdersCsv::values()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::text(value), expected);
}

void TestOrdersCsv::formulaGuard_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("formula") << QVariant(QStringLiteral("=HYPERLINK(\"x\")"))
                             << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus formula") << QVariant(QStringLiteral("+SUM(A1:A9)"))
                                  << QStringLiteral("'+SUM(A1:A9)");
    QTest::newRow("minus") << QVariant(QStringLiteral("-2+3")) << QStringLiteral("'-2+3");
    QTest::newRow("minus cell reference")
        << QVariant(QStringLiteral("-A1")) << QStringLiteral("'-A1");
    // Plain numbers as text (phone numbers, amounts) are no formulas and stay as they are.
    QTest::newRow("phone number") << QVariant(QStringLiteral("+4791234567"))
                                  << QStringLiteral("+4791234567");
    QTest::newRow("negative amount text")
        << QVariant(QStringLiteral("-12.50")) << QStringLiteral("-12.50");
    QTest::newRow("plus decimal") << QVariant(QStringLiteral("+0.5")) << QStringLiteral("+0.5");
    QTest::newRow("number behind blanks")
        << QVariant(QStringLiteral("  -3")) << QStringLiteral("  -3");
    QTest::newRow("phone with spaces")
        << QVariant(QStringLiteral("+47 912 34 567")) << QStringLiteral("'+47 912 34 567");
    QTest::newRow("sign only") << QVariant(QStringLiteral("-")) << QStringLiteral("'-");
    QTest::newRow("double sign") << QVariant(QStringLiteral("--1")) << QStringLiteral("'--1");
    QTest::newRow("trailing point") << QVariant(QStringLiteral("-12.")) << QStringLiteral("'-12.");
    QTest::newRow("two points") << QVariant(QStringLiteral("+1.2.3")) << QStringLiteral("'+1.2.3");
    QTest::newRow("exponent") << QVariant(QStringLiteral("-1e5")) << QStringLiteral("'-1e5");
    QTest::newRow("number then formula") << QVariant(QStringLiteral("+1+cmd|' /C calc'!A0"))
                                         << QStringLiteral("'+1+cmd|' /C calc'!A0");
    QTest::newRow("non-ASCII digits") << QVariant(QString(QLatin1Char('-') + QChar(0x0663)))
                                      << QString(QStringLiteral("'-") + QChar(0x0663));
    QTest::newRow("equals number") << QVariant(QStringLiteral("=1")) << QStringLiteral("'=1");
    QTest::newRow("at number") << QVariant(QStringLiteral("@1")) << QStringLiteral("'@1");
    QTest::newRow("tab number") << QVariant(QStringLiteral("\t1")) << QStringLiteral("'\t1");
    QTest::newRow("cr") << QVariant(QStringLiteral("\r=1")) << QStringLiteral("\"'\r=1\"");
    QTest::newRow("at") << QVariant(QStringLiteral("@SUM(A1)")) << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QVariant(QStringLiteral("\t=1")) << QStringLiteral("'\t=1");
    QTest::newRow("behind blanks")
        << QVariant(QStringLiteral("  =1+1")) << QStringLiteral("'  =1+1");
    QTest::newRow("plain text") << QVariant(QStringLiteral("Kari = happy"))
                                << QStringLiteral("Kari = happy");
    QTest::newRow("negative number untouched") << QVariant(-50.6) << QStringLiteral("-50.6");
    QTest::newRow("negative money untouched")
        << QVariant::fromValue(Money::fromDecimalString(u"-5", QStringLiteral("NOK")))
        << QStringLiteral("-5.00");
}

void TestOrdersCsv::formulaGuard()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    writer.setByteOrderMark(false);
    QVERIFY(writer.writeValues({value}));
    QCOMPARE(QString::fromUtf8(buffer.data()), expected + QLatin1String("\r\n"));

    // Headers are guarded as well; without the guard, text goes out as it is.
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    CsvWriter unguarded(&plain);
    unguarded.setByteOrderMark(false);
    unguarded.setFormulaGuard(false);
    QVERIFY(unguarded.writeValues({value}));
    QCOMPARE(QString::fromUtf8(plain.data()),
        CsvWriter::quoted(CsvWriter::text(value)) + QLatin1String("\r\n"));
}

void TestOrdersCsv::byteOrderMarkAndLineEnds()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRow({QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(writer.writeValues({QVariant(1), QVariant(QStringLiteral("x,y"))}));
    QCOMPARE(writer.rowsWritten(), qint64(2));
    QCOMPARE(buffer.data(),
        QByteArray("\xEF\xBB\xBF"
                   "a,b\r\n1,\"x,y\"\r\n"));

    // A device that refuses the write: the writer says so and stops.
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter failing(&readOnly);
    QVERIFY(!failing.writeRow({QStringLiteral("a")}));
    QVERIFY(!failing.writeRow({QStringLiteral("b")}));
    QCOMPARE(failing.rowsWritten(), qint64(0));
}

void TestOrdersCsv::exportVisibleColumns_data()
{
    QTest::addColumn<QList<int>>("columns");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<QStringList>("orderStatus");

    QTest::newRow("the table's default columns") << QList<int> {OrdersModel::HumanId,
        OrdersModel::Customer, OrdersModel::Created, OrdersModel::OrderStatus,
        OrdersModel::DeliveryStatus, OrdersModel::Items, OrdersModel::Total}
                                                 << int(OrdersModel::Created) << QStringList();
    QTest::newRow("moved and hidden columns, failed orders by total")
        << QList<int> {OrdersModel::Total, OrdersModel::HumanId, OrdersModel::DeliveryTime}
        << int(OrdersModel::Total)
        << QStringList {QStringLiteral("FAILED"), QStringLiteral("CANCELED")};
}

void TestOrdersCsv::exportVisibleColumns()
{
    QFETCH(QList<int>, columns);
    QFETCH(int, sortColumn);
    QFETCH(QStringList, orderStatus);

    OrdersModel model(m_client.get());
    OrderFilter filter;
    filter.range = DateRange::fromPreset(DateRange::Preset::ThisYear);
    filter.orderStatuses = orderStatus;
    filter.includeDeleted = true;
    model.setFilter(filter);
    model.sort(sortColumn, Qt::DescendingOrder);
    const OrderQuery query = model.appliedQuery();

    // The server's answer to the same query, read independently.
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/orders"));
    QStringList items {QStringLiteral("size=1000"), QStringLiteral("include_deleted=true"),
        QStringLiteral("sort=") + query.sort,
        QStringLiteral("from_date=") + QString::number(*query.fromDate),
        QStringLiteral("to_date=") + QString::number(*query.toDate)};
    if (!orderStatus.isEmpty())
        items.append(QStringLiteral("order_status=") + orderStatus.join(QLatin1Char(',')));
    url.setQuery(items.join(QLatin1Char('&')));
    const TestHttpResponse response = TestHttp::get(url,
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
    QCOMPARE(response.status, 200);
    const QJsonArray orders = response.json().array();
    QVERIFY(orders.size() > 20);

    const QString path = m_dir.filePath(QStringLiteral("orders.csv"));
    ListExportJob job;
    job.setPageSize(17);
    QSignalSpy progress(&job, &ListExportJob::progress);
    QSignalSpy finished(&job, &ListExportJob::finished);
    QVERIFY2(job.start(m_client.get(), model.exportSource(columns), path),
        qPrintable(job.errorString()));
    QVERIFY(job.isRunning());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(0).at(0).toLongLong(), qint64(orders.size()));
    QCOMPARE(progress.count(), int((orders.size() + 16) / 17));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    bool ok = false;
    const QList<QStringList> records = parseCsv(bytes, &ok);
    QVERIFY(ok);
    QCOMPARE(records.size(), int(orders.size()) + 1);

    // The customer's ID and email come with every export: after Customer, else last.
    const bool customerShown = columns.contains(OrdersModel::Customer);
    const QStringList customerHeader {
        QStringLiteral("Customer ID"), QStringLiteral("Customer email")};
    QStringList header;
    for (const int column : columns) {
        header.append(OrdersModel::columnTitle(column));
        if (column == OrdersModel::Total)
            header.append(OrdersModel::tr("Currency"));
        if (column == OrdersModel::Customer)
            header.append(customerHeader);
    }
    if (!customerShown)
        header.append(customerHeader);
    QCOMPARE(records.at(0), header);
    int customersWithId = 0;

    for (qsizetype i = 0; i < orders.size(); ++i) {
        const QJsonObject order = orders.at(i).toObject();
        QStringList expected;
        for (const int column : columns) {
            switch (column) {
            case OrdersModel::HumanId:
                expected.append(order.value(QLatin1String("human_id")).toString());
                break;
            case OrdersModel::Customer: {
                const QJsonObject user = order.value(QLatin1String("user")).toObject();
                expected.append(QString(user.value(QLatin1String("first_name")).toString()
                    + QLatin1Char(' ') + user.value(QLatin1String("last_name")).toString())
                                    .trimmed());
                expected.append(customer(order));
                break;
            }
            case OrdersModel::Created:
                expected.append(
                    QDateTime::fromMSecsSinceEpoch(qint64(order.value(QLatin1String("created"))
                                                              .toObject()
                                                              .value(QLatin1String("$date"))
                                                              .toDouble()),
                        Qt::UTC)
                        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
                break;
            case OrdersModel::DeliveryTime: {
                const QJsonValue time = order.value(QLatin1String("delivery_time"));
                expected.append(
                    time.isObject() ? QDateTime::fromMSecsSinceEpoch(
                        qint64(time.toObject().value(QLatin1String("$date")).toDouble()), Qt::UTC)
                                          .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))
                                    : QString());
                break;
            }
            case OrdersModel::OrderStatus:
                expected.append(order.value(QLatin1String("order_status")).toString());
                break;
            case OrdersModel::DeliveryStatus:
                expected.append(order.value(QLatin1String("delivery_status")).toString());
                break;
            case OrdersModel::Items:
                expected.append(
                    QString::number(order.value(QLatin1String("total_quantity")).toInt()));
                break;
            case OrdersModel::Total: {
                // Whole cents with two decimals (JPY has none), a dot, no grouping.
                const QString currency = order.value(QLatin1String("currency")).toString();
                const qint64 cents
                    = std::llround(order.value(QLatin1String("total_amount")).toDouble() * 100);
                const bool noDecimals = currency == QLatin1String("JPY")
                    || currency == QLatin1String("ISK") || currency == QLatin1String("KRW");
                QString amount = noDecimals
                    ? QString::number(cents / 100)
                    : QStringLiteral("%1%2.%3")
                          .arg(cents < 0 ? QStringLiteral("-") : QString())
                          .arg(std::llabs(cents) / 100)
                          .arg(std::llabs(cents) % 100, 2, 10, QLatin1Char('0'));
                expected.append(amount);
                expected.append(currency);
                break;
            }
            default:
                QFAIL("column not covered");
            }
        }
        if (!customerShown)
            expected.append(customer(order));
        if (!customer(order).constFirst().isEmpty())
            ++customersWithId;
        QCOMPARE(records.at(i + 1), expected);
        QVERIFY(!records.at(i + 1).join(QString()).contains(QChar(0x00A0))); // no display text
    }
    QVERIFY(customersWithId > 0);
}

void TestOrdersCsv::exportCancel()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QFile::remove(path);
    OrdersModel model(m_client.get());
    ListExportJob job;
    job.setPageSize(25);
    QSignalSpy progress(&job, &ListExportJob::progress);
    QSignalSpy canceled(&job, &ListExportJob::canceled);
    QSignalSpy finished(&job, &ListExportJob::finished);
    QVERIFY(job.start(m_client.get(), model.exportSource({OrdersModel::HumanId}), path));
    QVERIFY(progress.wait(30000));
    job.cancel();
    QCOMPARE(canceled.count(), 1);
    QVERIFY(!job.isRunning());
    QTest::qWait(200);
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(m_client->activeRequests(), 0);
}

void TestOrdersCsv::exportFailureKeepsOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\r\n");
    }
    // A query the server refuses (an unknown date field) fails the export.
    class BadSource final : public ListExportSource
    {
    public:
        QStringList headers() const override { return {QStringLiteral("Order")}; }
        ApiReply *requestPage(ApiClient *client, int page, int size) override
        {
            OrderQuery query;
            query.page = page;
            query.size = size;
            query.dateField = QStringLiteral("no_such_field");
            return client->listOrders(query);
        }
        bool decodePage(const QByteArray &, DecodeError *) override { return true; }
        int rowCount() const override { return 0; }
        QVariantList rowValues(int) const override { return {}; }
    };
    ListExportJob job;
    QSignalSpy failed(&job, &ListExportJob::failed);
    QVERIFY(job.start(m_client.get(), std::make_unique<BadSource>(), path));
    QVERIFY(failed.wait(30000));
    QCOMPARE(job.apiError().httpStatus(), 400);
    QVERIFY(!job.errorString().isEmpty());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("previous export\r\n"));
}

void TestOrdersCsv::exportUnwritablePath()
{
    OrdersModel model(m_client.get());
    ListExportJob job;
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/orders.csv"));
    QVERIFY(!job.start(m_client.get(), model.exportSource({OrdersModel::HumanId}), path));
    QVERIFY(job.errorString().contains(path));
    QVERIFY(!job.isRunning());
}

QTEST_GUILESS_MAIN(TestOrdersCsv)
#include "tst_orders_csv.moc"
