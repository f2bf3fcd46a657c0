// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/jobs/UsersExportSource.h"

#include "api/ApiClient.h"
#include "models/items/UsersModel.h"
#include "models/jobs/MatchingUsersLoader.h"

UsersExportSource::UsersExportSource(
    const UserQuery &query, const QList<int> &columns, const QStringList &titles)
    : m_query(query), m_columns(columns), m_titles(titles)
{
    Q_ASSERT(m_columns.size() == m_titles.size());
}

UsersExportSource::~UsersExportSource() = default;

std::unique_ptr<UsersExportSource> UsersExportSource::fromModel(
    const UsersModel &model, const QList<int> &columns)
{
    // The export walks the pages in the table's order.
    const UserQuery query = MatchingUsersLoader::queryOf(model);
    QStringList titles;
    QList<int> shown;
    for (const int column : columns) {
        if (column < 0 || column >= UsersModel::ColumnCount)
            continue;
        shown.append(column);
        titles.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    }
    return std::make_unique<UsersExportSource>(query, shown, titles);
}

QStringList UsersExportSource::headers() const
{
    // The document id always comes first: it is what identifies a user in another tool.
    return QStringList {QStringLiteral("_id")} + m_titles;
}

ApiReply *UsersExportSource::requestPage(ApiClient *client, int page, int size)
{
    UserQuery query = m_query;
    query.page = page;
    query.size = size;
    return client->listUsers(query);
}

bool UsersExportSource::decodePage(const QByteArray &body, DecodeError *error)
{
    m_rows.clear();
    return m_rows.appendPage(body, error);
}

int UsersExportSource::rowCount() const
{
    return m_rows.size();
}

QVariantList UsersExportSource::rowValues(int row) const
{
    const UserRow &user = m_rows.at(row);
    QVariantList values;
    values.reserve(m_columns.size() + 1);
    values.append(UserRows::idText(user));
    for (const int column : m_columns) {
        // The state in words a spreadsheet can filter on, not the model's flag bits.
        values.append(column == UsersModel::State
                ? QVariant(UsersModel::stateText(user.flags, UsersModel::StateWords::Export))
                : UsersModel::rawValue(m_rows, user, column));
    }
    return values;
}
