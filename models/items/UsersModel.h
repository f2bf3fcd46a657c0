// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/ObjectId.h"
#include "models/items/PagedRowsModel.h"
#include "models/items/UserRows.h"

#include <QStringList>
#include <QTimer>

class User;

/// The company's users (GET /users, or GET /users/search when a search text is set), loaded
/// page by page as the view scrolls, sorted and filtered by the server.
///
/// Query: setSearchText() (debounced: typing waits searchDelay() ms; applyNow() for Enter),
/// setTags() (a user must have all of them), setIncludeDeleted(), sort(). Each change is a new
/// query: the rows are dropped at once and the first page of the new answer is requested.
///
/// For a view: set the header's sort indicator to sortColumn()/sortOrder() before
/// setSortingEnabled(true) (which calls sort() with the indicator, by default column 0), and
/// keep it in step through sortChanged(). Open a user with userId(row) or IdRole.
class UsersModel final : public PagedRowsModel<UserRows>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { HumanId, Name, Email, Phone, Tags, Created, LastLogin, State, ColumnCount };
    Q_ENUM(Column)

    static constexpr int DefaultSearchDelayMs = 250;

    explicit UsersModel(ApiClient *client = nullptr, QObject *parent = nullptr);
    ~UsersModel() override;

    // The query.
    /// The search text as typed (it may not be applied yet).
    QString searchText() const { return m_pendingSearch; }
    /// The search text of the rows shown.
    QString appliedSearchText() const { return m_search; }
    /// Applies \a text after searchDelay() ms without another change (typing).
    void setSearchText(const QString &text);
    /// Applies a pending search text now (Enter). Does nothing when nothing is pending.
    void applyNow();
    int searchDelay() const { return m_searchDelayMs; }
    /// A typed text waits for its delay to be applied.
    bool isSearchPending() const { return m_searchTimer.isActive(); }
    void setSearchDelay(int ms);
    QStringList tags() const { return m_tags; }
    /// Only users with every one of \a tags (empty: no tag filter). Applies at once.
    void setTags(const QStringList &tags);
    bool includeDeleted() const { return m_includeDeleted; }
    /// Also list deleted users (greyed). Applies at once.
    void setIncludeDeleted(bool include);

    // Rows.
    /// The _id of the user in \a row (24 hex digits), or an empty string.
    QString userId(int row) const;
    ObjectId userObjectId(int row) const;
    /// UserRows::Flag bits of the user in \a row.
    int userFlags(int row) const;
    /// The row of the user with \a id, or -1.
    int rowOf(const ObjectId &id) const;
    /// Shows a user as saved (after an edit, a block or a delete): updates its row if loaded.
    bool updateUser(const User &user);

    enum class StateWords {
        Shown, ///< "Active", "Deleted", "Blocked" or "Deleted, blocked" (the State column)
        Export, ///< "active", "deleted", "blocked" or "deleted blocked" in every language (CSV)
    };
    /// The state of a user with UserRows::Flag bits \a flags, in \a words.
    static QString stateText(quint8 flags, StateWords words = StateWords::Shown);
    /// What \a column holds for \a row as RawValueRole gives it (an export writes the same,
    /// but for State: see UsersExportSource).
    static QVariant rawValue(const UserRows &rows, const UserRow &row, int column);

    /// Bytes held by the rows and their texts.
    size_t storageBytes() const { return m_rows.allocatedBytes(); }

protected:
    void prepareQuery() override;
    QVariant rowData(const Row &row, int column, int role) const override;
    ColumnInfo columnInfo(int column) const override;
    ApiReply *requestPage(ApiClient *client, int page, int size, const QString &sort,
        const QString &supersedeKey) override;

private:
    QString m_search;
    QString m_pendingSearch;
    QStringList m_tags;
    bool m_includeDeleted = false;
    int m_searchDelayMs = DefaultSearchDelayMs;
    QTimer m_searchTimer;
};
