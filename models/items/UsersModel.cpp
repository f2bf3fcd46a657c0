// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/UsersModel.h"

#include "api/ApiClient.h"
#include "models/domain/User.h"

#include <QBrush>

static_assert(UserRow::NoTime == PagedTableModel::NoTime);

UsersModel::UsersModel(ApiClient *client, QObject *parent)
    : PagedTableModel(ColumnCount, client, parent)
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
    QStringList cleaned;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned.append(trimmed);
    }
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

void UsersModel::applyQuery()
{
    // Whatever triggered it, the text typed so far goes with the new query.
    m_searchTimer.stop();
    m_search = m_pendingSearch.trimmed();
    restart(true);
    Q_EMIT queryApplied();
}

QString UsersModel::userId(int row) const
{
    return hasRow(row) ? UserRows::idText(m_rows.at(row)) : QString();
}

ObjectId UsersModel::userObjectId(int row) const
{
    return hasRow(row) ? UserRows::objectId(m_rows.at(row)) : ObjectId();
}

int UsersModel::userFlags(int row) const
{
    return hasRow(row) ? m_rows.at(row).flags : 0;
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

QString UsersModel::stateText(quint8 flags)
{
    const bool deleted = flags & UserRows::Deleted;
    const bool blocked = flags & UserRows::Blocked;
    if (deleted && blocked)
        return tr("Deleted, blocked");
    if (deleted)
        return tr("Deleted");
    if (blocked)
        return tr("Blocked");
    return tr("Active");
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return QVariant();
    const UserRow &row = m_rows.at(index.row());
    const auto column = Column(index.column());

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case HumanId:
            return m_rows.text(row.humanId);
        case Name:
            return m_rows.name(row);
        case Email:
            return m_rows.text(row.email);
        case Phone:
            return m_rows.text(row.phone);
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
            return data(index, Qt::DisplayRole);
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
    case Qt::ForegroundRole:
        if (row.flags & UserRows::Deleted)
            return QBrush(colors().inactive);
        break;
    case RawValueRole:
        switch (column) {
        case HumanId:
            return m_rows.text(row.humanId);
        case Name:
            return m_rows.name(row);
        case Email:
            return m_rows.text(row.email);
        case Phone:
            return m_rows.text(row.phone);
        case Tags:
            return m_rows.tags(row);
        case Created:
            return utcDateTime(row.created);
        case LastLogin:
            return utcDateTime(row.lastLogin);
        case State:
            return int(row.flags);
        case ColumnCount:
            break;
        }
        break;
    case IdRole:
        return UserRows::idText(row);
    case FlagsRole:
        return int(row.flags);
    default:
        break;
    }
    return QVariant();
}

QString UsersModel::columnHeader(int column) const
{
    switch (Column(column)) {
    case HumanId:
        return tr("ID");
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Phone:
        return tr("Phone");
    case Tags:
        return tr("Tags");
    case Created:
        return tr("Created");
    case LastLogin:
        return tr("Last login");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return QString();
}

QString UsersModel::columnSample(int column) const
{
    // What these columns usually hold; longer values are elided.
    switch (Column(column)) {
    case HumanId:
        return QStringLiteral("VQEW7M");
    case Name:
        return QStringLiteral("Kristoffer Johannessen");
    case Email:
        return QStringLiteral("o.nordmann@online.no");
    case Phone:
        return QStringLiteral("+4918681609229");
    case Tags:
        return QStringLiteral("newsletter, vip");
    case Created:
    case LastLogin:
        return sampleDateTimeText();
    case State:
        return stateText(UserRows::Deleted);
    case ColumnCount:
        break;
    }
    return QString();
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    QHash<int, QByteArray> names = PagedTableModel::roleNames();
    names.insert(FlagsRole, QByteArrayLiteral("flags"));
    return names;
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

QString UsersModel::sortField(int column) const
{
    switch (column) {
    case HumanId:
        return QStringLiteral("human_id");
    case Name:
        return QStringLiteral("first_name");
    case Email:
        return QStringLiteral("email");
    case Phone:
        return QStringLiteral("mobile_phone_number");
    case Created:
        return QStringLiteral("created");
    case LastLogin:
        return QStringLiteral("last_login");
    default:
        return QString();
    }
}

bool UsersModel::appendPage(const QByteArray &body, DecodeError *error)
{
    return m_rows.appendPage(body, error);
}

void UsersModel::clearRows()
{
    m_rows.clear();
}
