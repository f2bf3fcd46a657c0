// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "models/items/UserRows.h"
#include "models/jobs/ListExportJob.h"

#include <QList>
#include <QStringList>

#include <memory>

class UsersModel;

/// What the Users page exports to CSV (through ListExportJob): every page of the query the
/// table shows (search text as applied, tags, deleted users included or not, the table's sort),
/// one row per user with the `_id` first and then the visible columns in the table's order.
///
/// Values are raw, as UsersModel's RawValueRole gives them: dates as ISO 8601 in UTC, tags as a
/// list ("vip; newsletter"), and the state as fixed English words ("active", "blocked",
/// "deleted", "deleted blocked") so that the file reads the same in every language.
class UsersExportSource final : public ListExportSource
{
public:
    /// \a columns are UsersModel::Column values, \a titles their header texts (same order).
    UsersExportSource(const UserQuery &query, const QList<int> &columns, const QStringList &titles);
    ~UsersExportSource() override;

    /// The current query of \a model (applied search text, not the one still being typed)
    /// with \a columns in that order; titles from the model's header.
    static std::unique_ptr<UsersExportSource> fromModel(
        const UsersModel &model, const QList<int> &columns);

    const UserQuery &query() const { return m_query; }
    QList<int> columns() const { return m_columns; }

    QStringList headers() const override;
    ApiReply *requestPage(ApiClient *client, int page, int size) override;
    bool decodePage(const QByteArray &body, DecodeError *error) override;
    int rowCount() const override;
    QVariantList rowValues(int row) const override;

private:
    UserQuery m_query;
    QList<int> m_columns;
    QStringList m_titles;
    UserRows m_rows;
};
