// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/OrdersModel.h"

#include "api/ApiClient.h"
#include "models/Clock.h"
#include "models/codec/DecodeError.h"
#include "models/domain/Order.h"
#include "models/jobs/ListExportJob.h"

#include <QBrush>

#include <cmath>
#include <utility>

static_assert(OrderRow::NoTime == PagedTableModel::NoTime);

namespace {

/// One query of the Orders table, read page by page for a CSV export.
class OrdersExportSource final : public ListExportSource
{
public:
    OrdersExportSource(const OrderQuery &query, const QList<int> &columns)
        : m_query(query), m_columns(columns)
    { }

    // The customer's ID (human_id) and email always go with the export (support looks
    // customers up by them): right after the Customer column, or last when it is hidden.
    bool customerShown() const { return m_columns.contains(OrdersModel::Customer); }

    static QStringList customerHeaders()
    {
        return {OrdersModel::tr("Customer ID"), OrdersModel::tr("Customer email")};
    }

    QVariantList customerValues(const OrderRow &row) const
    {
        return {m_rows.text(row.customerHumanId), m_rows.text(row.email)};
    }

    QStringList headers() const override
    {
        QStringList headers;
        for (const int column : m_columns) {
            headers.append(OrdersModel::columnTitle(column));
            if (column == OrdersModel::Total)
                headers.append(OrdersModel::tr("Currency"));
            if (column == OrdersModel::Customer)
                headers.append(customerHeaders());
        }
        if (!customerShown())
            headers.append(customerHeaders());
        return headers;
    }

    ApiReply *requestPage(ApiClient *client, int page, int size) override
    {
        OrderQuery query = m_query;
        query.page = page;
        query.size = size;
        return client->listOrders(query);
    }

    bool decodePage(const QByteArray &body, DecodeError *error) override
    {
        m_rows.clear();
        return m_rows.appendPage(body, error);
    }

    int rowCount() const override { return m_rows.size(); }

    QVariantList rowValues(int index) const override
    {
        const OrderRow &row = m_rows.at(index);
        QVariantList values;
        values.reserve(m_columns.size() + 1);
        for (const int column : m_columns) {
            values.append(OrdersModel::exportValue(m_rows, row, column));
            if (column == OrdersModel::Total)
                values.append(m_rows.currency(row));
            if (column == OrdersModel::Customer)
                values.append(customerValues(row));
        }
        if (!customerShown())
            values.append(customerValues(row));
        return values;
    }

private:
    OrderQuery m_query;
    QList<int> m_columns;
    OrderRows m_rows;
};

} // namespace

OrdersModel::OrdersModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(ColumnCount, client, parent)
{
    setInitialSort(Created, Qt::DescendingOrder);
    resolveQuery();
}

OrdersModel::~OrdersModel() = default;

void OrdersModel::setFilter(const OrderFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    applyQuery();
}

void OrdersModel::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == displayTimeZone())
        return;
    setDisplayTimeZone(zone);
    if (!m_filter.range.isAllTime())
        applyQuery();
}

QDate OrdersModel::today() const
{
    return Clock::today(displayTimeZone());
}

void OrdersModel::refresh()
{
    resolveQuery();
    restart(true);
}

void OrdersModel::resolveQuery()
{
    OrderQuery query;
    query.scope = scope();
    m_filter.applyTo(&query, today(), displayTimeZone());
    m_query = query;
}

OrderQuery OrdersModel::appliedQuery() const
{
    OrderQuery query = m_query;
    query.sort = sortArgument();
    return query;
}

QString OrdersModel::orderId(int row) const
{
    return rowId(row);
}

ObjectId OrdersModel::orderObjectId(int row) const
{
    return hasRow(row) ? OrderRows::objectId(m_rows.at(row)) : ObjectId();
}

QString OrdersModel::customerId(int row) const
{
    return hasRow(row) ? OrderRows::customerIdText(m_rows.at(row)) : QString();
}

QString OrdersModel::customerName(int row) const
{
    return hasRow(row) ? m_rows.customerName(m_rows.at(row)) : QString();
}

int OrdersModel::orderFlags(int row) const
{
    return rowFlags(row);
}

bool OrdersModel::updateOrder(const Order &order)
{
    const int row = m_rows.indexOf(order.id());
    if (row < 0)
        return false;
    m_rows.assign(row, order);
    if (row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int OrdersModel::rowOf(const ObjectId &id) const
{
    if (!id.isValid())
        return -1;
    for (int row = 0; row < rowCount(); ++row) {
        if (m_rows.at(row).id == id.bytes())
            return row;
    }
    return -1;
}

bool OrdersModel::hasAllTotals() const
{
    return isComplete() && stagedCount() == 0 && !hasFailed();
}

std::unique_ptr<ListExportSource> OrdersModel::exportSource(const QList<int> &columns) const
{
    QList<int> valid;
    for (const int column : columns) {
        if (column >= 0 && column < ColumnCount && !valid.contains(column))
            valid.append(column);
    }
    return std::make_unique<OrdersExportSource>(appliedQuery(), valid);
}

QString OrdersModel::columnTitle(int column)
{
    switch (Column(column)) {
    case HumanId:
        return tr("Order");
    case Customer:
        return tr("Customer");
    case Created:
        return tr("Created");
    case OrderStatus:
        return tr("Status");
    case DeliveryStatus:
        return tr("Delivery");
    case Items:
        return tr("Items");
    case Total:
        return tr("Total");
    case DeliveryTime:
        return tr("Delivery time");
    case Modified:
        return tr("Modified");
    case ColumnCount:
        break;
    }
    return QString();
}

QVariant OrdersModel::exportValue(const OrderRows &rows, const OrderRow &row, int column)
{
    switch (Column(column)) {
    case HumanId:
        return rows.text(row.humanId);
    case Customer:
        return rows.customerName(row);
    case Created:
        return utcDateTime(row.created);
    case OrderStatus:
        return rows.orderStatus(row);
    case DeliveryStatus:
        return rows.deliveryStatus(row);
    case Items:
        return (row.flags & OrderRows::HasQuantity) ? QVariant(row.quantity) : QVariant();
    case Total: {
        const Money total = rows.total(row);
        return total.isValid() ? QVariant::fromValue(total) : QVariant();
    }
    case DeliveryTime:
        return utcDateTime(row.deliveryTime);
    case Modified:
        return utcDateTime(row.modified);
    case ColumnCount:
        break;
    }
    return QVariant();
}

PagedTableModel::ColumnInfo OrdersModel::columnInfo(int column) const
{
    const QLocale locale = displayLocale();
    const auto statusNames = [](const QStringList &statuses, QString (*name)(const QString &)) {
        QStringList names;
        for (const QString &status : statuses)
            names.append(name(status));
        return longest(names);
    };
    const QString title = columnTitle(column);
    // Samples: what these columns usually hold; longer values are elided.
    switch (Column(column)) {
    case HumanId:
        return {title, QStringLiteral("LMW4ZUX"), QStringLiteral("human_id")};
    case Customer:
        return {title, QStringLiteral("Kristoffer Johannessen")};
    case Created:
        return {title, sampleDateTimeText(), QStringLiteral("created")};
    case OrderStatus:
        return {title,
            statusNames(OrderFilter::knownOrderStatuses(), &OrderFilter::orderStatusName),
            QStringLiteral("order_status")};
    case DeliveryStatus:
        return {title,
            statusNames(OrderFilter::knownDeliveryStatuses(), &OrderFilter::deliveryStatusName),
            QStringLiteral("delivery_status")};
    case Items:
        return {title, locale.toString(999), QString(), true};
    case Total:
        return {title, Money::fromDouble(12345.67, QStringLiteral("NOK")).toString(locale),
            QStringLiteral("total_amount"), true};
    case DeliveryTime:
        return {title, sampleDateTimeText(), QStringLiteral("delivery_time")};
    case Modified:
        return {title, sampleDateTimeText(), QStringLiteral("modified")};
    case ColumnCount:
        break;
    }
    return {};
}

QString OrdersModel::quantityText(const OrderRow &row) const
{
    if (!(row.flags & OrderRows::HasQuantity))
        return QString();
    const double quantity = row.quantity;
    if (std::floor(quantity) == quantity && std::fabs(quantity) < 1e15)
        return displayLocale().toString(qint64(quantity));
    return displayLocale().toString(quantity, 'g', QLocale::FloatingPointShortest);
}

QVariant OrdersModel::rowData(const Row &row, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HumanId:
            return m_rows.text(row.humanId);
        case Customer:
            //: The Customer column of an order placed without a customer account
            return (row.flags & OrderRows::HasCustomer) ? m_rows.customerName(row) : tr("Guest");
        case Created:
            return dateTimeText(row.created);
        case OrderStatus:
            return OrderFilter::orderStatusName(m_rows.orderStatus(row));
        case DeliveryStatus:
            return OrderFilter::deliveryStatusName(m_rows.deliveryStatus(row));
        case Items:
            return quantityText(row);
        case Total:
            return m_rows.total(row).toString(displayLocale());
        case DeliveryTime:
            return dateTimeText(row.deliveryTime);
        case Modified:
            return dateTimeText(row.modified);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Customer: {
            if (!(row.flags & OrderRows::HasCustomer))
                return tr("This order names no customer.");
            const QString email = m_rows.text(row.email);
            const QString name = m_rows.customerName(row);
            return email.isEmpty() || email == name ? name : tr("%1 <%2>").arg(name, email);
        }
        case Created:
            return dateTimeText(row.created, QLocale::LongFormat);
        case DeliveryTime:
            if (row.deliveryTime == OrderRow::NoTime)
                return tr("No delivery time set");
            return dateTimeText(row.deliveryTime, QLocale::LongFormat);
        case Modified:
            return dateTimeText(row.modified, QLocale::LongFormat);
        case OrderStatus:
            return m_rows.orderStatus(row);
        case DeliveryStatus:
            return m_rows.deliveryStatus(row);
        case Items:
            return tr("%n line(s)", nullptr, int(row.itemLines));
        case Total:
            if (row.flags & OrderRows::Deleted)
                return tr("This order was deleted.");
            break;
        case HumanId:
            if (row.flags & OrderRows::Deleted)
                return tr("This order was deleted.");
            break;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (column == Customer && !(row.flags & OrderRows::HasCustomer))
            return QBrush(colors().inactive);
        break;
    case RawValueRole:
        if (column == Total) {
            const Money total = m_rows.total(row);
            return total.isValid() ? QVariant(total.toDouble()) : QVariant();
        }
        return exportValue(m_rows, row, column);
    case CustomerIdRole:
        return OrderRows::customerIdText(row);
    case MoneyRole:
        return QVariant::fromValue(m_rows.total(row));
    case CurrencyRole:
        return m_rows.currency(row);
    default:
        break;
    }
    return QVariant();
}

QHash<int, QByteArray> OrdersModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(CustomerIdRole, QByteArrayLiteral("customerId"));
    names.insert(MoneyRole, QByteArrayLiteral("money"));
    names.insert(CurrencyRole, QByteArrayLiteral("currency"));
    return names;
}

ApiReply *OrdersModel::requestPage(
    ApiClient *client, int page, int size, const QString &sort, const QString &supersedeKey)
{
    OrderQuery query = m_query;
    query.page = page;
    query.size = size;
    query.sort = sort;
    return client->listOrders(query, supersedeKey);
}

void OrdersModel::rowsAppended()
{
    const int seen = int(m_rows.orderStatusesSeen().size() + m_rows.deliveryStatusesSeen().size());
    if (std::exchange(m_statusesSeen, seen) != seen)
        Q_EMIT statusesSeenChanged();
}
