// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrdersView.h"

#include "api/ApiClient.h"
#include "models/items/OrdersModel.h"
#include "models/jobs/ListExportJob.h"
#include "models/jobs/OrderTotalsPager.h"
#include "session/Session.h"
#include "ui/orders/OrderDetailDialog.h"
#include "ui/orders/OrderFilterBar.h"
#include "ui/orders/OrdersLogging.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/StatusLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <climits>

namespace {

QString totalsText(const MoneyTotals &totals, int withoutAmount, const QLocale &locale)
{
    QStringList parts;
    for (const Money &money : totals.totals())
        parts.append(money.toString(locale));
    if (withoutAmount > 0)
        parts.append(OrdersView::tr("%Ln without an amount", nullptr, withoutAmount));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

OrdersView::OrdersView(Session *session, const Scope &scope, QSettings *settings,
    const QString &settingsKey, QWidget *parent)
    : ListSection(session, parent), m_scope(scope)
{
    setObjectName(QStringLiteral("ordersView"));
    m_model = new OrdersModel(nullptr, this);
    m_model->setScope(scope);
    m_totals = new OrderTotalsPager(this);
    m_exportJob = new ListExportJob(this);
    createWidgets();

    OrderFilter fallback;
    // A customer's tab starts with all of their orders ("what did this customer order?");
    // the company's page with the staff member's preferred range, else the last 30 days.
    const bool company = m_scope.kind == Scope::Kind::Company;
    if (company)
        fallback.range = DateRange::fromPreset(DateRange::Preset::Last30Days);
    m_filterBar = new OrderFilterBar(settings, settingsKey, fallback,
        company ? OrderFilterBar::Preference::Follow : OrderFilterBar::Preference::Ignore, this);
    m_filterBar->setSearchEnabled(company);
    m_model->setFilter(m_filterBar->filter());

    ListPanel::Texts texts;
    texts.all = [this](int total) {
        return allText(total);
    };
    texts.partial = [this](int loaded, int total) {
        return partialText(loaded, total);
    };
    texts.empty = [this] {
        return emptyText();
    };
    texts.failed = tr("Could not load the orders.");
    // In a customer's own tab every order is theirs: no Customer column, and the delivery
    // status takes the spare width, keeping the amounts at the right edge.
    ListTableView::Columns columns;
    columns.flexible = company ? OrdersModel::Customer : OrdersModel::DeliveryStatus;
    columns.givingWay = {OrdersModel::Items, OrdersModel::DeliveryStatus};
    columns.hiddenByDefault = {OrdersModel::DeliveryTime, OrdersModel::Modified};
    if (!company)
        columns.unavailable = {OrdersModel::Customer};
    m_panel->setModel(m_model, columns, texts, settings, settingsKey + QStringLiteral("/columns"));
    m_panel->addFooterWidget(m_computeTotals);
    m_panel->addFooterWidget(m_export);
    setList(m_panel, m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_panel, 1);
    setTabOrder(m_filterBar->includeDeletedBox(), m_panel->table());

    auto *focusRange = new QShortcut(QKeySequence(tr("Ctrl+L")), this);
    focusRange->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focusRange, &QShortcut::activated, m_filterBar, &OrderFilterBar::focusDateRange);

    connect(m_filterBar, &OrderFilterBar::filterChanged, m_model, &OrdersModel::setFilter);
    connect(m_filterBar, &OrderFilterBar::listFocusRequested, this, [this] {
        view()->setFocus(Qt::ShortcutFocusReason);
        if (!view()->currentIndex().isValid() && m_model->rowCount() > 0)
            view()->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &OrdersModel::statusesSeenChanged, this, [this] {
        m_filterBar->addSeenStatuses(m_model->orderStatusesSeen(), m_model->deliveryStatusesSeen());
    });
    connect(m_model, &PagedTableModel::queryReset, this, [this] {
        if (m_totals->isRunning())
            m_totals->cancel();
        m_totalsValid = false;
    });
    connect(m_model, &PagedTableModel::loadedCountChanged, this, &OrdersView::updateActions);
    connect(m_model, &PagedTableModel::totalCountChanged, this, &OrdersView::updateActions);
    connect(m_model, &PagedTableModel::loadingChanged, this, &OrdersView::updateActions);
    connect(m_panel, &ListPanel::cancelRequested, this, &OrdersView::cancelWork);

    connect(m_totals, &OrderTotalsPager::progress, this, [this](qint64 done, qint64 total) {
        m_panel->showWork(tr("Adding up the orders…"), done, total);
    });
    connect(m_totals, &OrderTotalsPager::finished, this, [this] {
        m_totalsValid = m_totalsGeneration == m_model->generation();
        endWork(QString());
    });
    connect(m_totals, &OrderTotalsPager::failed, this, [this](const ApiError &error) {
        endWork(error.isCancellation() ? QString() : tr("Could not add up the orders."));
        if (!error.isCancellation())
            Q_EMIT errorOccurred(error, [this] { computeTotals(); });
    });
    connect(m_totals, &OrderTotalsPager::canceled, this, [this] { endWork(QString()); });

    connect(m_exportJob, &ListExportJob::progress, this,
        [this](qint64 rows, qint64 total) { m_panel->showWork(tr("Exporting…"), rows, total); });
    connect(m_exportJob, &ListExportJob::finished, this, [this](qint64 rows) {
        endWork(tr("Exported %Ln order(s) to %1.", nullptr, int(rows))
                    .arg(QDir::toNativeSeparators(m_exportJob->filePath())));
    });
    connect(m_exportJob, &ListExportJob::failed, this, [this](const QString &message) {
        endWork(tr("Export failed: %1").arg(message));
        const ApiError error = m_exportJob->apiError();
        if (error.isError() && !error.isCancellation())
            Q_EMIT errorOccurred(error, RetryFunction());
    });
    connect(m_exportJob, &ListExportJob::canceled, this,
        [this] { endWork(tr("Export canceled; no file was written.")); });

    updateActions();
}

OrdersView::~OrdersView()
{
    if (m_detail)
        delete m_detail.data();
}

OrderDetailDialog *OrdersView::detailDialog() const
{
    return m_detail.data();
}

QPushButton *OrdersView::cancelButton() const
{
    return m_panel->cancelButton();
}

QProgressBar *OrdersView::progressBar() const
{
    return m_panel->workProgress();
}

void OrdersView::createWidgets()
{
    m_panel = new ListPanel(QStringLiteral("orders"), this);
    ListTableView *table = m_panel->table();
    table->setAccessibleName(tr("Orders"));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QTableView::activated, this, &OrdersView::onActivated);
    connect(table, &QTableView::customContextMenuRequested, this, &OrdersView::showContextMenu);
    table->installEventFilter(this);
    m_panel->countLabel()->setPurpose(tr("Orders summary"));
    m_panel->cancelButton()->setAccessibleName(tr("Cancel adding up or exporting"));

    m_computeTotals = new QPushButton(tr("Com&pute totals"), this);
    m_computeTotals->setObjectName(QStringLiteral("ordersComputeTotals"));
    m_computeTotals->setAccessibleName(tr("Compute the totals of every order of the filter"));
    m_computeTotals->setToolTip(
        tr("Add up the totals of every order of the filter, reading the pages not loaded yet"));
    connect(m_computeTotals, &QPushButton::clicked, this, &OrdersView::computeTotals);

    m_export = new QPushButton(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("ordersExport"));
    m_export->setAccessibleName(tr("Export the orders of the filter to a CSV file"));
    m_export->setToolTip(tr("Every order of the filter, with the columns shown, as CSV"));
    connect(m_export, &QPushButton::clicked, this, &OrdersView::exportWithDialog);
}

void OrdersView::load()
{
    ListSection::load();
    m_filterBar->refreshRangeText();
    updateActions();
}

void OrdersView::reload()
{
    m_filterBar->refreshRangeText();
    ListSection::reload();
}

void OrdersView::startQuery()
{
    // Relative ranges ("Last 7 days") are resolved against today again.
    m_model->refresh();
}

void OrdersView::clear()
{
    cancelWork();
    if (m_detail)
        m_detail->close();
    m_totalsValid = false;
    ListSection::clear();
    updateActions();
}

OrderDetailDialog *OrdersView::openOrder(int row)
{
    const QString id = m_model->orderId(row);
    const QString humanId
        = m_model->index(row, OrdersModel::HumanId).data(PagedTableModel::RawValueRole).toString();
    return openOrderById(id, humanId);
}

OrderDetailDialog *OrdersView::openOrderById(const QString &id, const QString &humanId)
{
    if (id.isEmpty() || !session())
        return nullptr;
    if (m_detail) {
        if (m_detail->orderId() == id) {
            m_detail->raise();
            m_detail->activateWindow();
            return m_detail;
        }
        m_detail->close();
        m_detail->deleteLater();
    }
    auto *dialog = new OrderDetailDialog(session()->client(), id, humanId, this);
    dialog->setWriteServices(m_writeServices);
    connect(dialog, &OrderDetailDialog::orderWritten, this,
        [this](const Order &order) { m_model->updateOrder(order); });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // In a customer's own tab, the customer is already open.
    if (m_scope.kind == Scope::Kind::User)
        dialog->openCustomerButton()->hide();
    connect(dialog, &OrderDetailDialog::openCustomerRequested, this,
        [this, dialog](const QString &userId) {
            dialog->close();
            Q_EMIT openUserRequested(userId);
        });
    connect(dialog, &OrderDetailDialog::finished, this, [this] { view()->setFocus(); });
    m_detail = dialog;
    dialog->show();
    return dialog;
}

void OrdersView::openCustomer(int row)
{
    const QString id = m_model->customerId(row);
    if (!id.isEmpty())
        Q_EMIT openUserRequested(id);
}

void OrdersView::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    // Enter is handled in eventFilter(); this is a double click (or a single one where the
    // style activates on it): on the customer it opens the customer, elsewhere the order.
    const bool ctrl = QApplication::keyboardModifiers() & Qt::ControlModifier;
    if (ctrl || index.column() == OrdersModel::Customer)
        openCustomer(index.row());
    else
        openOrder(index.row());
}

bool OrdersView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const QModelIndex current = view()->currentIndex();
        if (enter && current.isValid()) {
            if (key->modifiers() & Qt::ControlModifier)
                openCustomer(current.row());
            else
                openOrder(current.row());
            return true;
        }
    }
    return ListSection::eventFilter(watched, event);
}

void OrdersView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = view()->indexAt(position);
    const int row = index.isValid() ? index.row() : view()->currentIndex().row();
    if (row < 0)
        return;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("ordersContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *open = menu->addAction(tr("&Open Order"), this, [this, row] { openOrder(row); });
    open->setShortcut(QKeySequence(Qt::Key_Return));
    QAction *customer
        = menu->addAction(tr("Open &Customer"), this, [this, row] { openCustomer(row); });
    customer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    customer->setEnabled(!m_model->customerId(row).isEmpty());
    menu->addSeparator();
    menu->addAction(tr("Copy Order &ID"), this, [this, row] {
        QApplication::clipboard()->setText(m_model->index(row, OrdersModel::HumanId)
                                               .data(PagedTableModel::RawValueRole)
                                               .toString());
    });
    menu->popup(view()->viewport()->mapToGlobal(position));
}

void OrdersView::computeTotals()
{
    if (!session() || !session()->client() || m_totals->isRunning() || m_exportJob->isRunning())
        return;
    m_totalsGeneration = m_model->generation();
    m_totalsValid = false;
    if (m_totals->start(session()->client(), m_model->appliedQuery())) {
        m_panel->showWork(tr("Adding up the orders…"), 0, m_model->totalCount());
        updateActions();
    }
}

bool OrdersView::startExport(const QString &filePath)
{
    if (!session() || !session()->client() || m_exportJob->isRunning() || m_totals->isRunning())
        return false;
    if (!m_exportJob->start(
            session()->client(), m_model->exportSource(visibleColumns()), filePath)) {
        endWork(m_exportJob->errorString());
        return false;
    }
    qCInfo(lcUiOrders) << "export started";
    m_panel->showWork(tr("Exporting…"), 0, m_model->totalCount());
    updateActions();
    return true;
}

QString OrdersView::suggestedFileName() const
{
    //: The start of an orders export's file name (letters, digits and '-' only)
    return m_model->filter().exportFileName(tr("orders"), m_model->today(), m_model->timeZone());
}

void OrdersView::exportWithDialog()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(suggestedFileName());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Orders"), suggested, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        startExport(path);
}

void OrdersView::cancelWork()
{
    if (m_totals->isRunning())
        m_totals->cancel();
    if (m_exportJob->isRunning())
        m_exportJob->cancel();
}

void OrdersView::endWork(const QString &message)
{
    m_panel->endWork(message);
    // Computed totals change what the count says.
    m_panel->updateState();
    updateActions();
}

QString OrdersView::allText(int total) const
{
    QString text = tr("%Ln order(s)", nullptr, total);
    const QString totals = m_model->hasAllTotals()
        ? totalsText(m_model->totals(), m_model->ordersWithoutTotal(), QLocale())
        : QString();
    return totals.isEmpty() ? text : text + QStringLiteral(" · ") + totals;
}

QString OrdersView::partialText(int loaded, int total) const
{
    const QLocale locale;
    if (m_totalsValid && m_totalsGeneration == m_model->generation()) {
        QStringList parts {
            tr("%Ln order(s)", nullptr, int(qMin<qint64>(m_totals->orderCount(), INT_MAX)))};
        const QString totals
            = totalsText(m_totals->totals(), int(m_totals->ordersWithoutTotal()), locale);
        if (!totals.isEmpty())
            parts.append(totals);
        parts.append(tr("%1 loaded").arg(locale.toString(loaded)));
        return parts.join(QStringLiteral(" · "));
    }
    //: "300 of 1,234 orders loaded"
    return tr("%1 of %Ln order(s) loaded", nullptr, total).arg(locale.toString(loaded));
}

QString OrdersView::emptyText() const
{
    const OrderFilter filter = m_model->filter();
    const bool statuses = !filter.orderStatuses.isEmpty() || !filter.deliveryStatuses.isEmpty();
    if (filter.range.isAllTime())
        return statuses ? tr("No orders have the chosen statuses.") : tr("No orders yet.");
    return statuses ? tr("No orders in this range have the chosen statuses.")
                    : tr("No orders in this range.");
}

void OrdersView::updateActions()
{
    const qint64 total = m_model->totalCount();
    const bool working = m_totals->isRunning() || m_exportJob->isRunning();
    const bool partial = hasLoaded() && total > 0 && m_model->rowCount() < total
        && !(m_totalsValid && m_totalsGeneration == m_model->generation());
    m_computeTotals->setVisible(partial || m_totals->isRunning());
    m_computeTotals->setEnabled(partial && !working);
    m_export->setEnabled(!working && hasLoaded() && total > 0);
}
