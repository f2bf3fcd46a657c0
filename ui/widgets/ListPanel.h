// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/ListTableView.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class PagedTableModel;
class QHBoxLayout;
class QLabel;
class StatusLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

/// The part every list of the app shares, under its own filters and actions:
/// - the table (ListTableView), or in its place a text for an empty answer ("No orders in
///   this range.");
/// - below it the count of what the list holds ("4,701 orders", "1–100 of 4,847 users", with
///   the thousands separators of the app's language), "Loading…" while the first page is on
///   its way, and what failed;
/// - beside the count the strip of long work on the list (an export, adding up totals): what
///   it is doing, its progress and Cancel, then how it ended, with Dismiss;
/// - the list's own buttons after that (addFooterWidget()).
///
/// It follows the model's signals itself. A PagedTableModel counts as in use while it has a
/// client (before, nothing is counted and no empty state is shown); other models always are,
/// and their rows are the count.
class ListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPanel)

public:
    /// The list's own words for its count and its empty state.
    struct Texts
    {
        /// Every row is shown: "4,701 orders" (tr("%Ln order(s)", nullptr, total)).
        std::function<QString(int total)> all;
        /// Some are: "100 of 4,701 orders loaded". Without it, all() is used.
        std::function<QString(int loaded, int total)> partial;
        /// Instead of an empty table: "No orders in this range." Without it, the empty
        /// table stays.
        std::function<QString()> empty;
        /// The first page could not be loaded: "Could not load the orders."
        QString failed;
    };

    /// \a name prefixes the object names ("orders": ordersTable, ordersEmpty, ordersCount,
    /// ordersWorkStatus...).
    explicit ListPanel(const QString &name, QWidget *parent = nullptr);
    ~ListPanel() override;

    /// Shows \a model in the table (see ListTableView::setListModel()) with \a texts.
    void setModel(QAbstractItemModel *model, const ListTableView::Columns &columns,
        const Texts &texts, QSettings *settings = nullptr, const QString &stateKey = QString());

    ListTableView *table() const { return m_table; }
    /// The count: its text is what screen readers read (see StatusLabel).
    StatusLabel *countLabel() const { return m_count; }
    QLabel *emptyLabel() const { return m_empty; }
    /// Adds \a widget (a button) at the end of the row under the table.
    void addFooterWidget(QWidget *widget);

    /// Shows the count and the empty state as they are now. They follow the model by
    /// themselves; call it when what the texts say changes (a filter).
    void updateState();
    /// Whether the empty-state text is shown instead of the table.
    bool isEmptyShown() const;

    /// Long work on the list: \a text, progress (\a done of \a total; a busy bar while the
    /// total is unknown) and Cancel, which emits cancelRequested().
    void showWork(const QString &text, qint64 done = 0, qint64 total = -1);
    /// The work ended: \a message stays with Dismiss; without one the strip goes.
    void endWork(const QString &message = QString());
    bool isWorking() const { return m_working; }
    StatusLabel *workStatus() const { return m_workStatus; }
    QProgressBar *workProgress() const { return m_workProgress; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// Cancel was clicked.
    void cancelRequested();
    /// The model shows an answer (rows, or none for an empty answer).
    void dataShown();
    /// The empty state is about to replace the table (the table may still have the focus).
    void emptyAboutToShow();
    /// Loading or work started or ended.
    void busyChanged(bool busy);

private:
    bool isInUse() const;
    QString countText() const;
    void updateBusy();

    QString m_name;
    ListTableView *m_table;
    QLabel *m_empty;
    QStackedWidget *m_stack;
    StatusLabel *m_count;
    QWidget *m_workStrip;
    StatusLabel *m_workStatus;
    QProgressBar *m_workProgress;
    QPushButton *m_cancel;
    QPushButton *m_dismiss;
    QHBoxLayout *m_footer;
    QPointer<QAbstractItemModel> m_model;
    QPointer<PagedTableModel> m_paged;
    Texts m_texts;
    bool m_working = false;
    bool m_busy = false;
};
