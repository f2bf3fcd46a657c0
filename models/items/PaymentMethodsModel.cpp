// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/PaymentMethodsModel.h"

#include "api/ApiClient.h"
#include "models/Clock.h"

#include <QBrush>

static_assert(PaymentMethodRow::NoTime == PagedTableModel::NoTime);

PaymentMethodsModel::PaymentMethodsModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(ColumnCount, client, parent), m_today(Clock::today())
{
    setInitialSort(Added, Qt::DescendingOrder);
    setInitialScope(Scope::user(QString())); // nobody yet: nothing is requested
}

PaymentMethodsModel::~PaymentMethodsModel() = default;

void PaymentMethodsModel::setDefaultPaymentMethodId(const QString &id)
{
    const QString cleaned = id.trimmed().toLower();
    if (cleaned == m_defaultId)
        return;
    m_defaultId = cleaned;
    emitAllRowsChanged({Qt::DisplayRole, Qt::FontRole, IsDefaultRole, RawValueRole});
}

void PaymentMethodsModel::refreshToday()
{
    const QDate today = Clock::today();
    if (today == m_today)
        return;
    m_today = today;
    emitAllRowsChanged({Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, ExpiryStateRole});
}

QString PaymentMethodsModel::paymentMethodId(int row) const
{
    return rowId(row);
}

PaymentMethodsModel::ExpiryState PaymentMethodsModel::expiryState(int row) const
{
    return hasRow(row) ? expiryStateOf(m_rows.at(row)) : ExpiryState::NoExpiry;
}

int PaymentMethodsModel::defaultRow() const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (isDefault(m_rows.at(row)))
            return row;
    }
    return -1;
}

PaymentMethodsModel::ExpiryState PaymentMethodsModel::expiryStateOf(
    const PaymentMethodRow &row) const
{
    // The same rules as Card::isExpired() and Card::expiresWithin().
    const QDate expiry = PaymentMethodRows::expiryDate(row);
    if (!expiry.isValid() || !m_today.isValid())
        return ExpiryState::NoExpiry;
    if (m_today > expiry)
        return ExpiryState::Expired;
    if (expiry <= m_today.addDays(ExpiresSoonDays))
        return ExpiryState::ExpiresSoon;
    return ExpiryState::Valid;
}

bool PaymentMethodsModel::isDefault(const PaymentMethodRow &row) const
{
    return !m_defaultId.isEmpty() && PaymentMethodRows::idText(row) == m_defaultId;
}

PagedTableModel::ColumnInfo PaymentMethodsModel::columnInfo(int column) const
{
    // Samples: what these columns usually hold; longer values are elided.
    switch (Column(column)) {
    case Brand:
        return {tr("Card"), QStringLiteral("American Express")};
    case Number:
        return {tr("Number"), tr("•••• %1").arg(QStringLiteral("4242"))};
    case Expiry:
        return {tr("Expires"), tr("%1 (expires soon)").arg(QStringLiteral("12/2027"))};
    case Active:
        return {tr("Active"), tr("Yes")};
    case Default:
        return {tr("Default"), tr("Default")};
    case Added:
        return {tr("Added"), sampleDayText(), QStringLiteral("created")};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PaymentMethodsModel::rowData(const Row &row, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);
    const ExpiryState state = expiryStateOf(row);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Brand: {
            const QString brand = m_rows.brandName(row);
            if (!brand.isEmpty())
                return brand;
            const QString name = m_rows.text(row.name);
            return name.isEmpty() ? tr("No card") : name;
        }
        case Number:
            //: Hidden card digits followed by the last four ("•••• 4242")
            return row.last4.isEmpty() ? QString() : tr("•••• %1").arg(m_rows.text(row.last4));
        case Expiry: {
            const QString text = PaymentMethodRows::expiryText(row);
            if (state == ExpiryState::Expired)
                return tr("%1 (expired)").arg(text);
            if (state == ExpiryState::ExpiresSoon)
                return tr("%1 (expires soon)").arg(text);
            return text;
        }
        case Active:
            return (row.flags & PaymentMethodRows::Active) ? tr("Yes") : tr("No");
        case Default:
            return isDefault(row) ? tr("Default") : QString();
        case Added:
            return dayText(row.created);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Expiry) {
            const QDate expiry = PaymentMethodRows::expiryDate(row);
            switch (state) {
            case ExpiryState::Expired:
                return tr("Expired after %1.")
                    .arg(displayLocale().toString(expiry, QLocale::LongFormat));
            case ExpiryState::ExpiresSoon:
                return tr("Valid until %1: expires within %n day(s).", nullptr, ExpiresSoonDays)
                    .arg(displayLocale().toString(expiry, QLocale::LongFormat));
            case ExpiryState::Valid:
                return tr("Valid until %1.")
                    .arg(displayLocale().toString(expiry, QLocale::LongFormat));
            case ExpiryState::NoExpiry:
                return tr("No expiry date recorded.");
            }
        }
        if (column == Default && isDefault(row))
            return tr("The customer's default payment method.");
        if (row.flags & PaymentMethodRows::Deleted)
            return tr("This payment method was deleted.");
        break;
    case Qt::ForegroundRole:
        if (column == Expiry && state == ExpiryState::Expired)
            return QBrush(colors().error);
        if (column == Expiry && state == ExpiryState::ExpiresSoon)
            return QBrush(colors().warning);
        break;
    case RawValueRole:
        switch (column) {
        case Brand:
            return m_rows.text(row.brand);
        case Number:
            return m_rows.text(row.last4);
        case Expiry: {
            const QDate expiry = PaymentMethodRows::expiryDate(row);
            return expiry.isValid() ? QVariant(expiry) : QVariant();
        }
        case Active:
            return bool(row.flags & PaymentMethodRows::Active);
        case Default:
            return isDefault(row);
        case Added:
            return utcDateTime(row.created);
        case ColumnCount:
            break;
        }
        break;
    case ExpiryStateRole:
        return int(state);
    case IsDefaultRole:
        return isDefault(row);
    default:
        break;
    }
    return QVariant();
}

QHash<int, QByteArray> PaymentMethodsModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(ExpiryStateRole, QByteArrayLiteral("expiryState"));
    names.insert(IsDefaultRole, QByteArrayLiteral("isDefault"));
    return names;
}

ApiReply *PaymentMethodsModel::requestPage(
    ApiClient *client, int page, int size, const QString &sort, const QString &supersedeKey)
{
    PaymentMethodQuery query;
    query.scope = scope();
    query.page = page;
    query.size = size;
    query.sort = sort;
    return client->listPaymentMethods(query, supersedeKey);
}

void PaymentMethodsModel::clearRows()
{
    PagedRowsModel::clearRows();
    // Inside the model reset of a new query: the rows that follow are judged against the
    // day they were loaded on.
    m_today = Clock::today();
}
