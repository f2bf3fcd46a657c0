// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"
#include "models/domain/OrderFilter.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class ListExportJob;
class OrderDetailDialog;
class OrderFilterBar;
class OrderTotalsPager;
class OrdersModel;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QSettings;
class QTableView;
class Session;

/// An orders list with its filter, shared by the Orders page (every customer) and a customer's
/// Orders tab: the filter bar (OrderFilterBar), the table (OrdersModel: paged, sorted and
/// filtered by the server), a summary line, the order detail, and CSV export.
///
/// - Summary: "1,234 orders · 12 345,60 NOK · 99,00 EUR" once every page of the filter is
///   loaded; before that "300 of 1,234 orders loaded" and Compute totals, which sums every
///   page of the filter in the background (OrderTotalsPager) with progress and Cancel.
/// - Enter (or a double click) on a row opens the order (OrderDetailDialog); Ctrl+Enter, a
///   double click on the customer or the context menu opens the customer
///   (openUserRequested()).
/// - Export CSV: every page of the filter, exactly the columns shown in their order, raw
///   values (ListExportJob), with progress and Cancel.
/// - Columns can be shown and hidden from the header's context menu; the layout is saved with
///   the filter under the view's settings key.
/// - Ctrl+L puts the focus on the date range.
class OrdersView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersView)

public:
    using RetryFunction = std::function<void()>;

    /// \a scope: Scope::company() or Scope::user(id). \a settingsKey ("orders/page",
    /// "orders/userTab") keeps the filter and the column layout; \a settings may be nullptr.
    OrdersView(Session *session, const Scope &scope, QSettings *settings,
        const QString &settingsKey, QWidget *parent = nullptr);
    ~OrdersView() override;

    OrdersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    OrderFilterBar *filterBar() const { return m_filterBar; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *computeTotalsButton() const { return m_computeTotals; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    OrderTotalsPager *totalsPager() const { return m_totals; }
    ListExportJob *exportJob() const { return m_exportJob; }
    /// The open order detail, if any.
    OrderDetailDialog *detailDialog() const;

    /// Starts loading when nothing is loaded yet (the view became visible).
    void load();
    /// Forgets the rows and stops any work (the connection changed); load() starts again.
    void clear();
    bool hasLoaded() const { return m_loaded; }

    /// Columns shown, in the header's order (OrdersModel::Column values).
    QList<int> visibleColumns() const;
    void setColumnVisible(int column, bool visible);

    /// Opens the order in \a row in the detail dialog (non-modal); nullptr for no row.
    OrderDetailDialog *openOrder(int row);
    /// Emits openUserRequested() for the customer of the order in \a row.
    void openCustomer(int row);
    /// Sums every page of the filter (when not every page is loaded).
    void computeTotals();
    /// Exports every page of the filter to \a filePath; false when it cannot start (the
    /// summary line says why).
    bool startExport(const QString &filePath);
    /// Asks for a file name, then exports.
    void exportWithDialog();
    /// Cancels the running totals or export.
    void cancelWork();

public Q_SLOTS:
    /// Loads the current filter again from the first page (relative ranges resolved anew).
    void reload();

Q_SIGNALS:
    void openUserRequested(const QString &userId);
    void errorOccurred(const ApiError &error, const OrdersView::RetryFunction &retry);
    /// The first rows (or the empty answer) since the last clear() are on screen.
    void firstDataLoaded();
    void busyChanged(bool busy);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void onFilterChanged(const OrderFilter &filter);
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    void showHeaderMenu(const QPoint &position);
    void updateSummary();
    void updateBusy();
    void setWorkProgress(qint64 done, qint64 total, const QString &text);
    void endWork(const QString &message);
    void restoreHeader();
    void saveHeader();

    Session *m_session;
    Scope m_scope;
    QSettings *m_settings;
    QString m_key;
    OrdersModel *m_model = nullptr;
    OrderFilterBar *m_filterBar = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_workStatus = nullptr;
    QPushButton *m_computeTotals = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    OrderTotalsPager *m_totals = nullptr;
    ListExportJob *m_exportJob = nullptr;
    QPointer<OrderDetailDialog> m_detail;
    /// Generation of the model's query the computed totals belong to.
    quint64 m_totalsGeneration = 0;
    bool m_totalsValid = false;
    bool m_loaded = false;
    bool m_busy = false;
};
