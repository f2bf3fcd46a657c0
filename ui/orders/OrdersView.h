// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiRequest.h"
#include "models/domain/OrderFilter.h"
#include "ui/widgets/ListSection.h"
#include "ui/widgets/WriteServices.h"

#include <QPointer>

class ListExportJob;
class OrderDetailDialog;
class OrderFilterBar;
class OrderTotalsPager;
class OrdersModel;
class QProgressBar;
class QPushButton;
class QSettings;

/// An orders list with its filter, shared by the Orders page (every customer) and a customer's
/// Orders tab: the filter bar (OrderFilterBar), the list (ListPanel over OrdersModel: paged,
/// sorted and filtered by the server), the order detail, and CSV export.
///
/// - The count: "1,234 orders · 12 345,60 NOK · 99,00 EUR" once every page of the filter is
///   loaded; before that "300 of 1,234 orders loaded" and Compute totals, which sums every
///   page of the filter in the background (OrderTotalsPager) with progress and Cancel.
/// - Enter (or a double click) on a row opens the order (OrderDetailDialog); Ctrl+Enter, a
///   double click on the customer or the context menu opens the customer
///   (openUserRequested()).
/// - Export CSV: every page of the filter, exactly the columns shown in their order, raw
///   values (ListExportJob), with progress and Cancel.
/// - The filter is saved under the view's settings key, the columns under "<key>/columns".
/// - Ctrl+L puts the focus on the date range; on the Orders page (every customer) a search
///   field finds orders by number, customer name or email (OrderFilterBar).
/// - A write in the order detail (status, cancel) updates its row (OrdersModel::updateOrder()).
class OrdersView final : public ListSection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersView)

public:
    /// \a scope: Scope::company() or Scope::user(id). \a settingsKey ("orders/page",
    /// "orders/userTab") keeps the filter and the columns; \a settings may be nullptr.
    OrdersView(Session *session, const Scope &scope, QSettings *settings,
        const QString &settingsKey, QWidget *parent = nullptr);
    ~OrdersView() override;

    OrdersModel *model() const { return m_model; }
    OrderFilterBar *filterBar() const { return m_filterBar; }
    QPushButton *computeTotalsButton() const { return m_computeTotals; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const;
    QProgressBar *progressBar() const;
    OrderTotalsPager *totalsPager() const { return m_totals; }
    ListExportJob *exportJob() const { return m_exportJob; }
    /// The open order detail, if any.
    OrderDetailDialog *detailDialog() const;

    void load() override;
    /// Loads the current filter again from the first page (relative ranges resolved anew).
    void reload() override;
    void clear() override;

    /// Opens the order in \a row in the detail dialog (non-modal); nullptr for no row.
    OrderDetailDialog *openOrder(int row);
    /// Opens the order with this _id (Go to); \a title is shown until it arrives.
    OrderDetailDialog *openOrderById(const QString &id, const QString &title);
    /// What the order detail's writes use (the journal, the production question).
    void setWriteServices(const WriteServices &services) { m_writeServices = services; }
    /// Emits openUserRequested() for the customer of the order in \a row.
    void openCustomer(int row);
    /// Sums every page of the filter (when not every page is loaded).
    void computeTotals();
    /// Exports every page of the filter to \a filePath; false when it cannot start (the
    /// work strip says why).
    bool startExport(const QString &filePath);
    /// The file name the export suggests: the filter's dates and statuses
    /// ("orders-2026-11-01_2026-11-30-failed.csv").
    QString suggestedFileName() const;
    /// Asks for a file name, then exports.
    void exportWithDialog();
    /// Cancels the running totals or export.
    void cancelWork();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void startQuery() override;

private:
    void createWidgets();
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &position);
    QString allText(int total) const;
    QString partialText(int loaded, int total) const;
    QString emptyText() const;
    void updateActions();
    void endWork(const QString &message);

    Scope m_scope;
    ListPanel *m_panel = nullptr;
    OrdersModel *m_model = nullptr;
    OrderFilterBar *m_filterBar = nullptr;
    QPushButton *m_computeTotals = nullptr;
    QPushButton *m_export = nullptr;
    OrderTotalsPager *m_totals = nullptr;
    ListExportJob *m_exportJob = nullptr;
    QPointer<OrderDetailDialog> m_detail;
    WriteServices m_writeServices;
    /// Generation of the model's query the computed totals belong to.
    quint64 m_totalsGeneration = 0;
    bool m_totalsValid = false;
};
