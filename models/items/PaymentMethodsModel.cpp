// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/PaymentMethodsModel.h"

#include "api/ApiClient.h"
#include "models/Clock.h"

#include <QBrush>
#include <QDateTime>

PaymentMethodsModel::PaymentMethodsModel(ApiClient *client, QObject *parent)
    : PagedTableModel(client, parent), m_today(Clock::today())
{
    setInitialSort(Added, Qt::DescendingOrder);
    m_locale = QLocale();
}

PaymentMethodsModel::~PaymentMethodsModel() = default;

void PaymentMethodsModel::setScope(const Scope &scope)
{
    if (scope.kind == m_scope.kind && scope.userId == m_scope.userId)
        return;
    m_scope = scope;
    restart(true);
}

void PaymentMethodsModel::setDefaultPaymentMethodId(const QString &id)
{
    const QString cleaned = id.trimmed().toLower();
    if (cleaned == m_defaultId)
        return;
    m_defaultId = cleaned;
    emitAllChanged({Qt::DisplayRole, Qt::FontRole, IsDefaultRole, RawValueRole});
}

void PaymentMethodsModel::refreshToday()
{
    const QDate today = Clock::today();
    if (today == m_today)
        return;
    m_today = today;
    emitAllChanged({Qt::DisplayRole, Qt::ForegroundRole, Qt::ToolTipRole, ExpiryStateRole});
}

void PaymentMethodsModel::emitAllChanged(const QList<int> &roles)
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
}

QString PaymentMethodsModel::paymentMethodId(int row) const
{
    return hasRow(row) ? PaymentMethodRows::idText(m_rows.at(row)) : QString();
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

void PaymentMethodsModel::setDisplayLocale(const QLocale &locale)
{
    m_locale = locale;
    emitAllChanged({Qt::DisplayRole});
}

void PaymentMethodsModel::setColors(
    const QColor &expired, const QColor &expiresSoon, const QColor &inactive)
{
    m_expiredColor = expired;
    m_expiresSoonColor = expiresSoon;
    m_inactiveColor = inactive;
    emitAllChanged({Qt::ForegroundRole});
}

QString PaymentMethodsModel::columnTitle(int column)
{
    switch (Column(column)) {
    case Brand:
        return tr("Card");
    case Number:
        return tr("Number");
    case Expiry:
        return tr("Expires");
    case Active:
        return tr("Active");
    case Default:
        return tr("Default");
    case Added:
        return tr("Added");
    case ColumnCount:
        break;
    }
    return QString();
}

int PaymentMethodsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PaymentMethodsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const PaymentMethodRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());
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
            if (row.created == PaymentMethodRow::NoTime)
                return QString();
            return m_locale.toString(
                QDateTime::fromMSecsSinceEpoch(row.created, Qt::LocalTime).date(),
                QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (column == Expiry) {
            const QDate expiry = PaymentMethodRows::expiryDate(row);
            switch (state) {
            case ExpiryState::Expired:
                return tr("Expired after %1.").arg(m_locale.toString(expiry, QLocale::LongFormat));
            case ExpiryState::ExpiresSoon:
                return tr("Valid until %1: expires within %n day(s).", nullptr, ExpiresSoonDays)
                    .arg(m_locale.toString(expiry, QLocale::LongFormat));
            case ExpiryState::Valid:
                return tr("Valid until %1.").arg(m_locale.toString(expiry, QLocale::LongFormat));
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
        if (row.flags & PaymentMethodRows::Deleted)
            return QBrush(m_inactiveColor);
        if (column == Expiry && state == ExpiryState::Expired)
            return QBrush(m_expiredColor);
        if (column == Expiry && state == ExpiryState::ExpiresSoon)
            return QBrush(m_expiresSoonColor);
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
            return row.created == PaymentMethodRow::NoTime
                ? QVariant()
                : QVariant(QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC));
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return PaymentMethodRows::idText(row);
    case FlagsRole:
        return int(row.flags);
    case ExpiryStateRole:
        return int(state);
    case IsDefaultRole:
        return isDefault(row);
    default:
        break;
    }
    return QVariant();
}

QVariant PaymentMethodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
        && section < ColumnCount)
        return columnTitle(section);
    return PagedTableModel::headerData(section, orientation, role);
}

QHash<int, QByteArray> PaymentMethodsModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(FlagsRole, QByteArrayLiteral("flags"));
    names.insert(ExpiryStateRole, QByteArrayLiteral("expiryState"));
    names.insert(IsDefaultRole, QByteArrayLiteral("isDefault"));
    return names;
}

ApiReply *PaymentMethodsModel::requestPage(
    ApiClient *client, int page, int size, const QString &sort, const QString &supersedeKey)
{
    if (m_scope.kind == Scope::Kind::User && m_scope.userId.isEmpty())
        return nullptr;
    PaymentMethodQuery query;
    query.scope = m_scope;
    query.page = page;
    query.size = size;
    query.sort = sort;
    return client->listPaymentMethods(query, supersedeKey);
}

QString PaymentMethodsModel::sortField(int column) const
{
    return column == Added ? QStringLiteral("created") : QString();
}

bool PaymentMethodsModel::appendPage(const QByteArray &body, DecodeError *error)
{
    return m_rows.appendPage(body, error);
}

void PaymentMethodsModel::clearRows()
{
    m_rows.clear();
    // Inside the model reset of a new query: the rows that follow are judged against the
    // day they were loaded on.
    m_today = Clock::today();
}
