// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/UsersModel.h"

#include "api/ApiClient.h"
#include "models/domain/OrderFilter.h"
#include "models/domain/User.h"

static_assert(UserRow::NoTime == PagedTableModel::NoTime);

UsersModel::UsersModel(ApiClient *client, QObject *parent)
    : PagedRowsModel(ColumnCount, client, parent)
{
    setInitialSort(Created, Qt::DescendingOrder);
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(m_searchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &UsersModel::applyQuery);
}

UsersModel::~UsersModel() = default;

void UsersModel::setSearchText(const QString &text)
{
    m_pendingSearch = text;
    if (text.trimmed() == m_search)
        m_searchTimer.stop();
    else
        m_searchTimer.start();
}

void UsersModel::applyNow()
{
    if (m_pendingSearch.trimmed() != m_search)
        applyQuery();
    else if (hasFailed())
        retry();
    m_searchTimer.stop();
}

void UsersModel::setSearchDelay(int ms)
{
    m_searchDelayMs = qMax(0, ms);
    m_searchTimer.setInterval(m_searchDelayMs);
}

void UsersModel::setTags(const QStringList &tags)
{
    const QStringList cleaned = cleanedFilterValues(tags);
    if (cleaned == m_tags)
        return;
    m_tags = cleaned;
    applyQuery();
}

void UsersModel::setIncludeDeleted(bool include)
{
    if (include == m_includeDeleted)
        return;
    m_includeDeleted = include;
    applyQuery();
}

void UsersModel::prepareQuery()
{
    // Whatever triggered it, the text typed so far goes with the new query.
    m_searchTimer.stop();
    m_search = m_pendingSearch.trimmed();
}

QString UsersModel::userId(int row) const
{
    return rowId(row);
}

ObjectId UsersModel::userObjectId(int row) const
{
    return hasRow(row) ? UserRows::objectId(m_rows.at(row)) : ObjectId();
}

int UsersModel::userFlags(int row) const
{
    return rowFlags(row);
}

int UsersModel::rowOf(const ObjectId &id) const
{
    const int row = m_rows.indexOf(id);
    return row < rowCount() ? row : -1;
}

bool UsersModel::updateUser(const User &user)
{
    const int row = m_rows.indexOf(user.id());
    if (row < 0)
        return false;
    m_rows.assign(row, user);
    if (row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QString UsersModel::stateText(quint8 flags, StateWords words)
{
    const bool shown = words == StateWords::Shown;
    const bool deleted = flags & UserRows::Deleted;
    const bool blocked = flags & UserRows::Blocked;
    if (deleted && blocked)
        return shown ? tr("Deleted, blocked") : QStringLiteral("deleted blocked");
    if (deleted)
        return shown ? tr("Deleted") : QStringLiteral("deleted");
    if (blocked)
        return shown ? tr("Blocked") : QStringLiteral("blocked");
    return shown ? tr("Active") : QStringLiteral("active");
}

QVariant UsersModel::rowData(const Row &row, int columnIndex, int role) const
{
    const auto column = Column(columnIndex);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HumanId:
        case Name:
        case Email:
        case Phone:
            return rawValue(m_rows, row, columnIndex); // the text is the value
        case Tags:
            return m_rows.tagsText(row, QLatin1String(", "));
        case Created:
            return dateTimeText(row.created);
        case LastLogin:
            return dateTimeText(row.lastLogin);
        case State:
            return stateText(row.flags);
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
        case Email:
            return rowData(row, columnIndex, Qt::DisplayRole);
        case Tags:
            return m_rows.tagsText(row, QLatin1String("\n"));
        case Created:
            return dateTimeText(row.created, QLocale::LongFormat);
        case LastLogin:
            if (row.lastLogin == UserRow::NoTime)
                return tr("No sign-in recorded");
            return dateTimeText(row.lastLogin, QLocale::LongFormat);
        case State:
            if (row.flags & UserRows::Deleted)
                return tr("This user was deleted. Lists leave deleted users out unless they "
                          "are included.");
            if (row.flags & UserRows::Blocked)
                return tr("This user is blocked.");
            break;
        case HumanId:
        case Phone:
        case ColumnCount:
            break;
        }
        break;
    case RawValueRole:
        return rawValue(m_rows, row, columnIndex);
    default:
        break;
    }
    return QVariant();
}

QVariant UsersModel::rawValue(const UserRows &rows, const UserRow &row, int column)
{
    switch (Column(column)) {
    case HumanId:
        return rows.text(row.humanId);
    case Name:
        return rows.name(row);
    case Email:
        return rows.text(row.email);
    case Phone:
        return rows.text(row.phone);
    case Tags:
        return rows.tags(row);
    case Created:
        return utcDateTime(row.created);
    case LastLogin:
        return utcDateTime(row.lastLogin);
    case State:
        return int(row.flags);
    case ColumnCount:
        break;
    }
    return QVariant();
}

PagedTableModel::ColumnInfo UsersModel::columnInfo(int column) const
{
    // Samples: what these columns usually hold; longer values are elided.
    switch (Column(column)) {
    case HumanId:
        return {tr("ID"), QStringLiteral("VQEW7M"), QStringLiteral("human_id")};
    case Name:
        return {tr("Name"), QStringLiteral("Kristoffer Johannessen"), QStringLiteral("first_name")};
    case Email:
        return {tr("Email"), QStringLiteral("o.nordmann@online.no"), QStringLiteral("email")};
    case Phone:
        return {
            tr("Phone"), QStringLiteral("+4918681609229"), QStringLiteral("mobile_phone_number")};
    case Tags:
        return {tr("Tags"), QStringLiteral("newsletter, vip")};
    case Created:
        return {tr("Created"), sampleDateTimeText(), QStringLiteral("created")};
    case LastLogin:
        return {tr("Last login"), sampleDateTimeText(), QStringLiteral("last_login")};
    case State:
        return {tr("State"), stateText(UserRows::Deleted)};
    case ColumnCount:
        break;
    }
    return {};
}

ApiReply *UsersModel::requestPage(
    ApiClient *client, int page, int size, const QString &sort, const QString &supersedeKey)
{
    UserQuery query;
    query.page = page;
    query.size = size;
    query.sort = sort;
    query.search = m_search;
    query.tags = m_tags;
    query.includeDeleted = m_includeDeleted;
    return client->listUsers(query, supersedeKey);
}
