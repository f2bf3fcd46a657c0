// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "ui/widgets/ListTableView.h"

#include <QWidget>

#include <functional>

class ListPanel;
class PagedTableModel;
class QLabel;
class Session;

/// A list that loads itself from the session: the content of a list page of the main window
/// (ListPage: Orders, Subscriptions) and of a tab of an open user (Orders, Subscriptions,
/// Payment methods). A subclass builds its filters around a ListPanel and hands both to
/// setList(); this base then does what they all do:
/// - load() when it becomes visible, reload() for F5 and a reconnect, clear() when the
///   connection changes;
/// - errorOccurred() for failed pages (with Retry), firstDataLoaded() once an answer is shown,
///   busyChanged() while loading or working.
class ListSection : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListSection)

public:
    using RetryFunction = std::function<void()>;

    ~ListSection() override;

    Session *session() const { return m_session; }
    ListPanel *panel() const { return m_panel; }
    /// The list's table and count (ListPanel's).
    ListTableView *view() const;
    QLabel *summaryLabel() const;
    /// Columns shown, in the table's order (the model's Column values).
    QList<int> visibleColumns() const;
    /// Shows or hides \a column, as the header's menu does.
    void setColumnVisible(int column, bool visible);

    /// Starts loading when nothing is loaded yet (the list became visible).
    virtual void load();
    /// Loads the current query again from the first page (F5, a reconnect).
    virtual void reload();
    /// Forgets the rows and stops any work (the connection changed); load() starts again.
    virtual void clear();
    bool hasLoaded() const { return m_loaded; }

Q_SIGNALS:
    /// Open the user with this `_id` (24 lowercase hex digits).
    void openUserRequested(const QString &userId);
    /// A load failed; \a retry (may be empty) runs it again.
    void errorOccurred(const ApiError &error, const ListSection::RetryFunction &retry);
    /// An answer (rows, or an empty one) is on screen since the last clear().
    void firstDataLoaded();
    void busyChanged(bool busy);

protected:
    ListSection(Session *session, QWidget *parent);

    /// Call once from the subclass's constructor, after ListPanel::setModel().
    void setList(ListPanel *panel, PagedTableModel *model);
    /// Sends the model's query from the first page (the default: reload()).
    virtual void startQuery();

private:
    Session *m_session;
    ListPanel *m_panel = nullptr;
    PagedTableModel *m_model = nullptr;
    bool m_loaded = false;
};
