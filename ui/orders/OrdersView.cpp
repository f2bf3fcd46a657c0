// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/orders/OrdersView.h"

#include "api/ApiClient.h"
#include "models/Clock.h"
#include "models/items/OrdersModel.h"
#include "models/jobs/ListExportJob.h"
#include "models/jobs/OrderTotalsPager.h"
#include "session/Session.h"
#include "ui/orders/OrderDetailDialog.h"
#include "ui/orders/OrderFilterBar.h"
#include "ui/orders/OrdersLogging.h"
#include "ui/widgets/Appearance.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString headerKey(const QString &key)
{
    return key + QStringLiteral("/header");
}

QString totalsText(const MoneyTotals &totals, const QLocale &locale)
{
    QStringList parts;
    for (const Money &money : totals.totals())
        parts.append(money.toString(locale));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

OrdersView::OrdersView(Session *session, const Scope &scope, QSettings *settings,
    const QString &settingsKey, QWidget *parent)
    : QWidget(parent), m_session(session), m_scope(scope), m_settings(settings), m_key(settingsKey)
{
    setObjectName(QStringLiteral("ordersView"));
    m_model = new OrdersModel(nullptr, this);
    m_model->setScope(scope);
    m_totals = new OrderTotalsPager(this);
    m_exportJob = new ListExportJob(this);
    createWidgets();
    m_model->setFilter(m_filterBar->filter());
    m_model->setInactiveColor(Appearance::inactiveText(palette()));

    connect(m_filterBar, &OrderFilterBar::filterChanged, this, &OrdersView::onFilterChanged);
    connect(m_model, &OrdersModel::statusesSeenChanged, this, [this] {
        m_filterBar->addSeenStatuses(m_model->orderStatusesSeen(), m_model->deliveryStatusesSeen());
    });
    connect(m_model, &PagedTableModel::loadedCountChanged, this, &OrdersView::updateSummary);
    connect(m_model, &PagedTableModel::completeChanged, this, &OrdersView::updateSummary);
    connect(m_model, &PagedTableModel::totalCountChanged, this, [this](qint64 total) {
        if (total >= 0 && m_loaded && m_model->rowCount() == 0)
            Q_EMIT firstDataLoaded(); // an empty answer is an answer too
        updateSummary();
    });
    connect(m_model, &PagedTableModel::loadedCountChanged, this, [this](int count) {
        if (count > 0)
            Q_EMIT firstDataLoaded();
    });
    connect(m_model, &PagedTableModel::loadingChanged, this, &OrdersView::updateBusy);
    connect(m_model, &PagedTableModel::queryReset, this, [this] {
        if (m_totals->isRunning())
            m_totals->cancel();
        m_totalsValid = false;
        updateSummary();
    });
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError &error) {
        updateSummary();
        Q_EMIT errorOccurred(error, [this] { m_model->retry(); });
    });
    connect(m_model, &PagedTableModel::sortChanged, this, [this](int column, Qt::SortOrder order) {
        m_view->horizontalHeader()->setSortIndicator(column, order);
        saveHeader();
    });

    connect(m_totals, &OrderTotalsPager::progress, this, [this](qint64 done, qint64 total) {
        setWorkProgress(done, total, tr("Adding up the orders…"));
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
        [this](qint64 rows, qint64 total) { setWorkProgress(rows, total, tr("Exporting…")); });
    connect(m_exportJob, &ListExportJob::finished, this, [this](qint64 rows) {
        endWork(tr("Exported %n order(s) to %1.", nullptr, int(rows))
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

    updateSummary();
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

void OrdersView::createWidgets()
{
    OrderFilter fallback;
    // A customer's tab starts with all of their orders ("what did this customer order?");
    // the company's page with the staff member's preferred range, else the last 30 days.
    const bool company = m_scope.kind == Scope::Kind::Company;
    if (company)
        fallback.range = DateRange::fromPreset(DateRange::Preset::Last30Days);
    m_filterBar = new OrderFilterBar(m_settings, m_key, fallback,
        company ? OrderFilterBar::Preference::Follow : OrderFilterBar::Preference::Ignore, this);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ordersTable"));
    m_view->setAccessibleName(tr("Orders"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Widths from the font (so they hold at any scale) and, for dates, from the widest date
    // the locale writes; room for the sort indicator.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    const int dateWidth = metrics.horizontalAdvance(QLocale().toString(
                              QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat))
        + charWidth * 5;
    header->resizeSection(OrdersModel::HumanId, charWidth * 11);
    header->resizeSection(OrdersModel::Customer, charWidth * 26);
    header->resizeSection(OrdersModel::Created, dateWidth);
    header->resizeSection(OrdersModel::OrderStatus, charWidth * 12);
    header->resizeSection(OrdersModel::DeliveryStatus, charWidth * 13);
    header->resizeSection(OrdersModel::Items, charWidth * 7);
    header->resizeSection(OrdersModel::Total, charWidth * 18);
    header->resizeSection(OrdersModel::DeliveryTime, dateWidth);
    header->resizeSection(OrdersModel::Modified, charWidth * 18);
    header->setSectionHidden(OrdersModel::DeliveryTime, true);
    header->setSectionHidden(OrdersModel::Modified, true);
    // The sort in force before setSortingEnabled(), which would otherwise sort by column 0.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    restoreHeader();
    if (m_scope.kind == Scope::Kind::User)
        header->setSectionHidden(OrdersModel::Customer, true);
    connect(header, &QHeaderView::customContextMenuRequested, this, &OrdersView::showHeaderMenu);
    connect(header, &QHeaderView::sectionMoved, this, &OrdersView::saveHeader);
    connect(header, &QHeaderView::sectionResized, this, &OrdersView::saveHeader);
    connect(m_view, &QTableView::activated, this, &OrdersView::onActivated);
    connect(m_view, &QTableView::customContextMenuRequested, this, &OrdersView::showContextMenu);
    m_view->installEventFilter(this);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("ordersSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Orders summary"));

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

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("ordersProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();
    m_workStatus = new QLabel(this);
    m_workStatus->setObjectName(QStringLiteral("ordersWorkStatus"));
    m_workStatus->setTextFormat(Qt::PlainText);
    m_workStatus->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("ordersCancelWork"));
    m_cancel->setAccessibleName(tr("Cancel adding up or exporting"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &OrdersView::cancelWork);

    auto *summaryRow = new QHBoxLayout;
    summaryRow->setSpacing(8);
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_workStatus);
    summaryRow->addWidget(m_progress);
    summaryRow->addWidget(m_cancel);
    summaryRow->addWidget(m_computeTotals);
    summaryRow->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    layout->addLayout(summaryRow);

    auto *focusRange = new QShortcut(QKeySequence(tr("Ctrl+L")), this);
    focusRange->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focusRange, &QShortcut::activated, m_filterBar, &OrderFilterBar::focusDateRange);

    setTabOrder(m_filterBar->includeDeletedBox(), m_view);
}

void OrdersView::load()
{
    ApiClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return;
    m_loaded = true;
    if (m_model->apiClient() != client) {
        m_model->setApiClient(client);
        m_model->refresh();
    } else if (m_model->rowCount() == 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
    }
    m_filterBar->refreshRangeText();
}

void OrdersView::reload()
{
    if (!m_loaded) {
        load();
        return;
    }
    m_filterBar->refreshRangeText();
    m_model->refresh();
}

void OrdersView::clear()
{
    cancelWork();
    if (m_detail)
        m_detail->close();
    m_loaded = false;
    m_totalsValid = false;
    m_model->setApiClient(nullptr);
    updateSummary();
}

void OrdersView::onFilterChanged(const OrderFilter &filter)
{
    m_model->setFilter(filter);
}

QList<int> OrdersView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_view->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void OrdersView::setColumnVisible(int column, bool visible)
{
    m_view->horizontalHeader()->setSectionHidden(column, !visible);
    saveHeader();
}

OrderDetailDialog *OrdersView::openOrder(int row)
{
    const QString id = m_model->orderId(row);
    if (id.isEmpty() || !m_session)
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
    const QString humanId
        = m_model->index(row, OrdersModel::HumanId).data(PagedTableModel::RawValueRole).toString();
    auto *dialog = new OrderDetailDialog(m_session->client(), id, humanId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // In a customer's own tab, the customer is already open.
    if (m_scope.kind == Scope::Kind::User)
        dialog->openCustomerButton()->hide();
    connect(dialog, &OrderDetailDialog::openCustomerRequested, this,
        [this, dialog](const QString &userId) {
            dialog->close();
            Q_EMIT openUserRequested(userId);
        });
    connect(dialog, &OrderDetailDialog::finished, this, [this] { m_view->setFocus(); });
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
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && m_view->currentIndex().isValid()) {
            if (key->modifiers() & Qt::ControlModifier)
                openCustomer(m_view->currentIndex().row());
            else
                openOrder(m_view->currentIndex().row());
            return true;
        }
        if ((key->key() == Qt::Key_Menu && key->modifiers() == Qt::NoModifier)
            || (key->key() == Qt::Key_F10 && key->modifiers() == Qt::ShiftModifier)) {
            showContextMenu(m_view->visualRect(m_view->currentIndex()).center());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OrdersView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_view->indexAt(position);
    const int row = index.isValid() ? index.row() : m_view->currentIndex().row();
    if (row < 0)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("ordersContextMenu"));
    QAction *open = menu.addAction(tr("&Open Order"), this, [this, row] { openOrder(row); });
    open->setShortcut(QKeySequence(Qt::Key_Return));
    QAction *customer
        = menu.addAction(tr("Open &Customer"), this, [this, row] { openCustomer(row); });
    customer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    customer->setEnabled(!m_model->customerId(row).isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Copy Order &ID"), this, [this, row] {
        QApplication::clipboard()->setText(m_model->index(row, OrdersModel::HumanId)
                                               .data(PagedTableModel::RawValueRole)
                                               .toString());
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void OrdersView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("ordersColumnsMenu"));
    for (int column = 0; column < OrdersModel::ColumnCount; ++column) {
        if (column == OrdersModel::Customer && m_scope.kind == Scope::Kind::User)
            continue;
        QAction *action = menu.addAction(OrdersModel::columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!m_view->horizontalHeader()->isSectionHidden(column));
        // The last visible column cannot be hidden.
        action->setEnabled(!action->isChecked() || visibleColumns().size() > 1);
        connect(action, &QAction::toggled, this,
            [this, column](bool visible) { setColumnVisible(column, visible); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

void OrdersView::computeTotals()
{
    if (!m_session || !m_session->client() || m_totals->isRunning() || m_exportJob->isRunning())
        return;
    m_totalsGeneration = m_model->generation();
    m_totalsValid = false;
    if (m_totals->start(m_session->client(), m_model->appliedQuery()))
        setWorkProgress(0, m_model->totalCount(), tr("Adding up the orders…"));
}

bool OrdersView::startExport(const QString &filePath)
{
    if (!m_session || !m_session->client() || m_exportJob->isRunning() || m_totals->isRunning())
        return false;
    if (!m_exportJob->start(
            m_session->client(), m_model->exportSource(visibleColumns()), filePath)) {
        endWork(m_exportJob->errorString());
        return false;
    }
    qCInfo(lcUiOrders) << "export started";
    setWorkProgress(0, m_model->totalCount(), tr("Exporting…"));
    return true;
}

void OrdersView::exportWithDialog()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        tr("orders-%1.csv").arg(Clock::today().toString(QStringLiteral("yyyy-MM-dd"))));
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

void OrdersView::setWorkProgress(qint64 done, qint64 total, const QString &text)
{
    m_workStatus->setText(text);
    m_workStatus->show();
    m_progress->show();
    m_cancel->show();
    if (total > 0) {
        // Percent, so that totals beyond int stay drawable.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        m_progress->setFormat(
            tr("%1 of %2").arg(QLocale().toString(done), QLocale().toString(total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_computeTotals->setEnabled(false);
    m_export->setEnabled(false);
    updateBusy();
}

void OrdersView::endWork(const QString &message)
{
    m_progress->hide();
    m_cancel->hide();
    m_workStatus->setText(message);
    m_workStatus->setVisible(!message.isEmpty());
    m_export->setEnabled(true);
    updateSummary();
    updateBusy();
}

void OrdersView::updateSummary()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    const int loaded = m_model->rowCount();
    const bool working = m_totals->isRunning() || m_exportJob->isRunning();
    QString text;
    bool offerTotals = false;
    if (!m_loaded) {
        text.clear();
    } else if (m_model->hasFailed() && loaded == 0) {
        text = tr("Could not load the orders.");
    } else if (total < 0) {
        text = tr("Loading…");
    } else if (m_model->hasAllTotals()) {
        text = tr("%n order(s)", nullptr, int(qMin<qint64>(total, INT_MAX)));
        if (!m_model->totals().isEmpty())
            text += QStringLiteral(" · ") + totalsText(m_model->totals(), locale);
        if (m_model->ordersWithoutTotal() > 0)
            text += QStringLiteral(" · ")
                + tr("%n without an amount", nullptr, m_model->ordersWithoutTotal());
    } else if (m_totalsValid && m_totalsGeneration == m_model->generation()) {
        text = tr("%n order(s)", nullptr, int(qMin<qint64>(m_totals->orderCount(), INT_MAX)));
        if (!m_totals->totals().isEmpty())
            text += QStringLiteral(" · ") + totalsText(m_totals->totals(), locale);
        if (m_totals->ordersWithoutTotal() > 0)
            text += QStringLiteral(" · ")
                + tr("%n without an amount", nullptr, int(m_totals->ordersWithoutTotal()));
        text += QStringLiteral(" · ") + tr("%1 loaded").arg(locale.toString(loaded));
    } else {
        //: "300 of 1,234 orders loaded"
        text = tr("%1 of %n order(s) loaded", nullptr, int(qMin<qint64>(total, INT_MAX)))
                   .arg(locale.toString(loaded));
        offerTotals = total > 0;
    }
    m_summary->setText(text);
    m_computeTotals->setVisible(offerTotals || m_totals->isRunning());
    m_computeTotals->setEnabled(offerTotals && !working);
    m_export->setEnabled(!working && m_loaded && total > 0);
}

void OrdersView::updateBusy()
{
    const bool busy = m_model->isLoading() || m_totals->isRunning() || m_exportJob->isRunning();
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void OrdersView::restoreHeader()
{
    if (!m_settings)
        return;
    const QByteArray state = m_settings->value(headerKey(m_key)).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
    // The sort is the model's (restoring the header does not query the server).
    m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void OrdersView::saveHeader()
{
    if (m_settings)
        m_settings->setValue(headerKey(m_key), m_view->horizontalHeader()->saveState());
}
