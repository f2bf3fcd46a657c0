// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/SubscriptionsView.h"

#include "api/ApiClient.h"
#include "models/domain/OrderFilter.h"
#include "models/items/SubscriptionsModel.h"
#include "session/Session.h"
#include "ui/widgets/Appearance.h"
#include "ui/widgets/StatusFilterButton.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QString key(const QString &group, const char *name)
{
    return group + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

SubscriptionsView::SubscriptionsView(Session *session, const Scope &scope, QSettings *settings,
    const QString &settingsKey, QWidget *parent)
    : QWidget(parent), m_session(session), m_scope(scope), m_settings(settings), m_key(settingsKey)
{
    setObjectName(QStringLiteral("subscriptionsView"));
    m_model = new SubscriptionsModel(nullptr, this);
    m_model->setScope(scope);
    if (m_settings) {
        m_model->setStatuses(m_settings->value(key(m_key, "status")).toStringList());
        m_model->setIncludeDeleted(m_settings->value(key(m_key, "includeDeleted")).toBool());
    }
    m_model->setInactiveColor(Appearance::inactiveText(palette()));
    createWidgets();

    connect(m_model, &SubscriptionsModel::statusesSeenChanged, this,
        [this] { m_status->addValues(m_model->statusesSeen()); });
    connect(m_model, &PagedTableModel::loadedCountChanged, this, [this](int count) {
        if (count > 0)
            Q_EMIT firstDataLoaded();
        updateSummary();
    });
    connect(m_model, &PagedTableModel::totalCountChanged, this, [this](qint64 total) {
        if (total == 0 && m_loaded)
            Q_EMIT firstDataLoaded();
        updateSummary();
    });
    connect(m_model, &PagedTableModel::completeChanged, this, &SubscriptionsView::updateSummary);
    connect(m_model, &PagedTableModel::loadingChanged, this, &SubscriptionsView::busyChanged);
    connect(m_model, &PagedTableModel::loadFailed, this, [this](const ApiError &error) {
        updateSummary();
        Q_EMIT errorOccurred(error, [this] { m_model->retry(); });
    });
    connect(m_model, &PagedTableModel::sortChanged, this, [this](int column, Qt::SortOrder order) {
        m_view->horizontalHeader()->setSortIndicator(column, order);
    });
    updateSummary();
}

SubscriptionsView::~SubscriptionsView() = default;

void SubscriptionsView::createWidgets()
{
    m_status = new StatusFilterButton(
        tr("&Status"), SubscriptionsModel::knownStatuses(), &SubscriptionsModel::statusName, this);
    m_status->setObjectName(QStringLiteral("subscriptionsStatus"));
    m_status->setToolTip(tr("Show subscriptions in any of the checked statuses"));
    m_status->setSelected(m_model->statuses());
    connect(
        m_status, &StatusFilterButton::selectionChanged, this, [this](const QStringList &selected) {
            m_model->setStatuses(selected);
            saveFilter();
        });

    m_includeDeleted = new QCheckBox(tr("Include d&eleted"), this);
    m_includeDeleted->setObjectName(QStringLiteral("subscriptionsDeleted"));
    m_includeDeleted->setAccessibleName(tr("Include deleted subscriptions"));
    m_includeDeleted->setChecked(m_model->includeDeleted());
    connect(m_includeDeleted, &QCheckBox::toggled, this, [this](bool checked) {
        m_model->setIncludeDeleted(checked);
        saveFilter();
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("subscriptionsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setAccessibleName(tr("Subscriptions summary"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("subscriptionsTable"));
    m_view->setAccessibleName(tr("Subscriptions"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    // Widths from the font (so they hold at any scale) and, for dates, from the widest date
    // the locale writes; room for the sort indicator.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int charWidth = metrics.averageCharWidth();
    const QLocale locale;
    const QDate widest(2026, 12, 28);
    const int dayWidth = metrics.horizontalAdvance(locale.toString(widest, QLocale::ShortFormat));
    const int timeWidth = metrics.horizontalAdvance(
        locale.toString(QDateTime(widest, QTime(23, 58)), QLocale::ShortFormat));
    header->resizeSection(SubscriptionsModel::Name, charWidth * 22);
    header->resizeSection(SubscriptionsModel::Plan, charWidth * 16);
    header->resizeSection(SubscriptionsModel::Start, dayWidth + charWidth * 5);
    header->resizeSection(SubscriptionsModel::End, dayWidth + charWidth * 5);
    header->resizeSection(SubscriptionsModel::CurrentPeriod, dayWidth * 2 + charWidth * 8);
    header->resizeSection(SubscriptionsModel::Customer, charWidth * 26);
    header->resizeSection(SubscriptionsModel::Created, timeWidth + charWidth * 5);
    header->setSectionHidden(SubscriptionsModel::Created, true);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_view->setSortingEnabled(true);
    if (m_settings) {
        const QByteArray state = m_settings->value(key(m_key, "header")).toByteArray();
        if (!state.isEmpty())
            header->restoreState(state);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    if (m_scope.kind == Scope::Kind::User)
        header->setSectionHidden(SubscriptionsModel::Customer, true);
    auto saveHeader = [this] {
        if (m_settings)
            m_settings->setValue(key(m_key, "header"), m_view->horizontalHeader()->saveState());
    };
    connect(header, &QHeaderView::sectionMoved, this, saveHeader);
    connect(header, &QHeaderView::sectionResized, this, saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, saveHeader);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { openCustomer(index.row()); });
    m_view->installEventFilter(this);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_status);
    filters->addWidget(m_includeDeleted);
    filters->addStretch(1);
    filters->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
}

bool SubscriptionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && m_view->currentIndex().isValid()) {
            openCustomer(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SubscriptionsView::load()
{
    ApiClient *client = m_session ? m_session->client() : nullptr;
    if (!client)
        return;
    m_loaded = true;
    if (m_model->apiClient() != client) {
        m_model->setApiClient(client);
        m_model->reload();
    } else if (m_model->rowCount() == 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
    }
    updateSummary();
}

void SubscriptionsView::reload()
{
    if (!m_loaded) {
        load();
        return;
    }
    m_model->reload();
}

void SubscriptionsView::clear()
{
    m_loaded = false;
    m_model->setApiClient(nullptr);
    updateSummary();
}

void SubscriptionsView::openCustomer(int row)
{
    // In a customer's tab every subscription is theirs: nothing to open.
    if (m_scope.kind == Scope::Kind::User)
        return;
    const QString id = m_model->customerId(row);
    if (!id.isEmpty())
        Q_EMIT openUserRequested(id);
}

void SubscriptionsView::saveFilter()
{
    if (!m_settings)
        return;
    m_settings->setValue(key(m_key, "status"), m_model->statuses());
    m_settings->setValue(key(m_key, "includeDeleted"), m_model->includeDeleted());
}

void SubscriptionsView::updateSummary()
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    QString text;
    if (!m_loaded)
        text.clear();
    else if (m_model->hasFailed() && m_model->rowCount() == 0)
        text = tr("Could not load the subscriptions.");
    else if (total < 0)
        text = tr("Loading…");
    else if (m_model->isComplete())
        text = tr("%n subscription(s)", nullptr, int(qMin<qint64>(total, INT_MAX)));
    else
        text = tr("%1 of %n subscription(s) loaded", nullptr, int(qMin<qint64>(total, INT_MAX)))
                   .arg(locale.toString(m_model->rowCount()));
    m_summary->setText(text);
}
