// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/subscriptions/SubscriptionsView.h"

#include "models/items/SubscriptionsModel.h"
#include "session/Session.h"
#include "ui/subscriptions/SubscriptionActions.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/StatusFilterButton.h"
#include "ui/widgets/StatusLabel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <utility>

namespace {

QString key(const QString &group, const char *name)
{
    return group + QLatin1Char('/') + QLatin1String(name);
}

} // namespace

SubscriptionsView::SubscriptionsView(Session *session, const Scope &scope, QSettings *settings,
    const QString &settingsKey, QWidget *parent)
    : ListSection(session, parent), m_scope(scope), m_settings(settings), m_key(settingsKey)
{
    setObjectName(QStringLiteral("subscriptionsView"));
    m_model = new SubscriptionsModel(nullptr, this);
    m_model->setScope(scope);
    if (session)
        m_model->setPlanCache(session->planCache());
    if (m_settings) {
        m_model->setStatuses(m_settings->value(key(m_key, "status")).toStringList());
        m_model->setIncludeDeleted(m_settings->value(key(m_key, "includeDeleted")).toBool());
    }

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

    m_panel = new ListPanel(QStringLiteral("subscriptions"), this);
    m_panel->table()->setAccessibleName(tr("Subscriptions"));
    m_panel->countLabel()->setPurpose(tr("Subscriptions summary"));
    ListPanel::Texts texts;
    texts.all = [](int total) {
        return tr("%Ln subscription(s)", nullptr, total);
    };
    texts.partial = [](int loaded, int total) {
        return tr("%1 of %Ln subscription(s) loaded", nullptr, total)
            .arg(QLocale().toString(loaded));
    };
    texts.empty = [this] {
        return emptyText();
    };
    texts.failed = tr("Could not load the subscriptions.");
    ListTableView::Columns columns;
    columns.flexible = SubscriptionsModel::Name;
    columns.givingWay = {SubscriptionsModel::Trial, SubscriptionsModel::Start,
        SubscriptionsModel::End, SubscriptionsModel::Customer, SubscriptionsModel::CurrentPeriod,
        SubscriptionsModel::LastBilling, SubscriptionsModel::Plan};
    columns.hiddenByDefault = {SubscriptionsModel::Created};
    // In a customer's tab every subscription is theirs.
    if (m_scope.kind == Scope::Kind::User)
        columns.unavailable = {SubscriptionsModel::Customer};
    m_panel->setModel(m_model, columns, texts, settings, key(m_key, "columns"));
    setList(m_panel, m_model);
    connect(m_panel->table(), &QTableView::activated, this,
        [this](const QModelIndex &index) { openCustomer(index.row()); });
    m_panel->table()->installEventFilter(this);
    connect(m_model, &SubscriptionsModel::statusesSeenChanged, this,
        [this] { m_status->addValues(m_model->statusesSeen()); });

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_status);
    filters->addWidget(m_includeDeleted);
    filters->addStretch(1);

    // Actions on the selected subscription (staff only).
    if (m_scope.kind != Scope::Kind::Me && session) {
        m_actions = new SubscriptionActions(session, m_model, settings, this);
        auto makeButton = [this](const QString &text, const char *name, const QString &accessible,
                              const QString &toolTip) {
            auto *button = new QPushButton(text, this);
            button->setObjectName(QLatin1String(name));
            button->setAccessibleName(accessible);
            button->setToolTip(toolTip);
            button->setAutoDefault(false);
            return button;
        };
        m_stop = makeButton(tr("S&top Renewing…"), "subscriptionStop",
            tr("Stop renewing the subscription"),
            tr("The subscription renews no more; it stays active until the end of the period "
               "paid for"));
        m_start = makeButton(tr("Start &Again…"), "subscriptionStart",
            tr("Start the subscription again"),
            tr("The subscription renews again, paid with a payment method you choose"));
        m_edit = makeButton(tr("Ed&it…"), "subscriptionEdit", tr("Edit the subscription"),
            tr("Change the payment method the subscription renews with, and its note"));
        m_payments = makeButton(tr("Pa&yments…"), "subscriptionPayments",
            tr("Payments of the subscription"),
            tr("Every payment of the subscription, and why a failed one failed"));
        connect(m_stop, &QPushButton::clicked, this, [this] { m_actions->stop(currentRow()); });
        connect(m_start, &QPushButton::clicked, this, [this] { m_actions->start(currentRow()); });
        connect(m_edit, &QPushButton::clicked, this, [this] { m_actions->edit(currentRow()); });
        connect(m_payments, &QPushButton::clicked, this,
            [this] { m_actions->showPayments(currentRow()); });
        for (QPushButton *button : {m_stop, m_start, m_edit, m_payments}) {
            auto *action = new QAction(button->text(), m_panel->table());
            action->setObjectName(button->objectName() + QLatin1String("Action"));
            connect(action, &QAction::triggered, button, &QPushButton::click);
            m_panel->table()->addAction(action);
        }
        m_panel->table()->setContextMenuPolicy(Qt::ActionsContextMenu);
        filters->addWidget(m_stop);
        filters->addWidget(m_start);
        filters->addWidget(m_edit);
        filters->addWidget(m_payments);
        connect(m_actions, &SubscriptionActions::busyChanged, this, [this] { updateActions(); });
        connect(m_actions, &SubscriptionActions::written, this, [this] { updateActions(); });
        connect(m_actions, &SubscriptionActions::errorOccurred, this,
            [this](const ApiError &error) { Q_EMIT errorOccurred(error, {}); });
        connect(m_panel->table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { updateActions(); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateActions(); });
        connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { updateActions(); });
        updateActions();
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_panel, 1);
}

SubscriptionsView::~SubscriptionsView() = default;

bool SubscriptionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view() && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && view()->currentIndex().isValid()) {
            openCustomer(view()->currentIndex().row());
            return true;
        }
    }
    return ListSection::eventFilter(watched, event);
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

void SubscriptionsView::setJournal(ChangeJournal *journal, std::function<QString()> actor)
{
    if (m_actions)
        m_actions->setJournal(journal, std::move(actor));
}

int SubscriptionsView::currentRow() const
{
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void SubscriptionsView::updateActions()
{
    if (!m_actions)
        return;
    const int row = currentRow();
    const bool busy = m_actions->isBusy();
    const bool listed = row >= 0 && row < m_model->rowCount();
    const bool deleted = listed && (m_model->subscriptionFlags(row) & SubscriptionRows::Deleted);
    const QString status = listed
        ? m_model
              ->data(m_model->index(row, SubscriptionsModel::Status), PagedTableModel::RawValueRole)
              .toString()
        : QString();
    m_stop->setEnabled(listed && !busy && !deleted && SubscriptionActions::canStop(status));
    m_start->setEnabled(listed && !busy && !deleted && SubscriptionActions::canStart(status));
    m_edit->setEnabled(listed && !busy && !deleted);
    m_payments->setEnabled(listed);
    for (QAction *action : view()->actions()) {
        for (QPushButton *button : {m_stop, m_start, m_edit, m_payments}) {
            if (action->objectName() == button->objectName() + QLatin1String("Action"))
                action->setEnabled(button->isEnabled());
        }
    }
}

void SubscriptionsView::saveFilter()
{
    if (!m_settings)
        return;
    m_settings->setValue(key(m_key, "status"), m_model->statuses());
    m_settings->setValue(key(m_key, "includeDeleted"), m_model->includeDeleted());
}

QString SubscriptionsView::emptyText() const
{
    const bool statuses = !m_model->statuses().isEmpty();
    if (m_scope.kind == Scope::Kind::User)
        return statuses ? tr("This customer has no subscriptions with the chosen statuses.")
                        : tr("This customer has no subscriptions.");
    return statuses ? tr("No subscriptions have the chosen statuses.")
                    : tr("No subscriptions yet.");
}
