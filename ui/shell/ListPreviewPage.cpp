// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/ListPreviewPage.h"

#include "api/ApiClient.h"
#include "models/codec/JsonPath.h"
#include "models/domain/Order.h"
#include "models/domain/Subscription.h"
#include "models/domain/User.h"
#include "session/Session.h"
#include "ui/widgets/Icons.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <climits>

ListPreviewPage::ListPreviewPage(Session *session, const QString &name, QWidget *parent)
    : Page(session, parent), m_name(name)
{
    setObjectName(name + QStringLiteral("Page"));
}

ListPreviewPage::~ListPreviewPage() = default;

void ListPreviewPage::setUpUi()
{
    m_heading = createHeading(title(), m_name + QStringLiteral("Heading"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(m_name + QStringLiteral("Summary"));
    m_summary->setTextFormat(Qt::PlainText);
    QPalette dim = m_summary->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_summary->setPalette(dim);

    m_reload = new QPushButton(Icons::icon(Icons::Name::Retry), tr("Reload"), this);
    m_reload->setObjectName(m_name + QStringLiteral("Reload"));
    m_reload->setAccessibleName(tr("Reload %1").arg(title()));
    m_reload->setToolTip(tr("Load the list again"));
    connect(m_reload, &QPushButton::clicked, this, &ListPreviewPage::reload);

    m_model = new QStandardItemModel(0, int(headers().size()), this);
    m_model->setHorizontalHeaderLabels(headers());

    m_view = new QTableView(this);
    m_view->setObjectName(m_name + QStringLiteral("Table"));
    m_view->setAccessibleName(title());
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(false);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_heading, 0, Qt::AlignBaseline);
    header->addWidget(m_summary, 1, Qt::AlignBaseline);
    header->addWidget(m_reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

void ListPreviewPage::activate()
{
    if (!hasLoadedData() && !m_reply)
        reload();
}

void ListPreviewPage::reload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    m_summary->setText(tr("Loading…"));
    setBusy(true);
    m_reply = requestPreview(session()->client(), previewSize);
    m_reply->onFinished(this, [this](const ApiReply &reply) { onReply(reply); });
}

void ListPreviewPage::onReply(const ApiReply &reply)
{
    m_reply.clear();
    setBusy(false);
    ApiError error = reply.error();
    QList<Row> rows;
    if (!error.isError()) {
        const QJsonArray documents = QJsonDocument::fromJson(reply.response().body).array();
        const JsonPath root;
        rows.reserve(documents.size());
        for (qsizetype i = 0; i < documents.size(); ++i) {
            DecodeError decodeError;
            const std::optional<Row> row
                = decodeRow(documents.at(i).toObject(), root.element(i), &decodeError);
            if (!row) {
                error = decodeError.toApiError(session()->client()->baseUrl().host());
                break;
            }
            rows.append(*row);
        }
    }
    if (error.isError()) {
        if (error.isCancellation())
            return;
        m_summary->setText(tr("Could not load."));
        Q_EMIT errorOccurred(error, [this] { reload(); });
        return;
    }

    const QList<int> numeric = numericColumns();
    m_model->removeRows(0, m_model->rowCount());
    for (const Row &row : std::as_const(rows)) {
        QList<QStandardItem *> items;
        items.reserve(row.cells.size());
        for (int column = 0; column < row.cells.size(); ++column) {
            auto *item = new QStandardItem(row.cells.at(column));
            if (numeric.contains(column))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    // Every column as wide as its content plus some air. One column absorbs the difference
    // to the view's width: it takes the spare width, or gives up width (down to a minimum,
    // eliding its text) so that the others, dates and amounts included, stay whole.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    m_view->resizeColumnsToContents();
    int total = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        header->resizeSection(column, header->sectionSize(column) + 24);
        total += header->sectionSize(column);
    }
    const int flexible = stretchColumn();
    int available = m_view->viewport()->width();
    // Rows just added: the vertical scroll bar may be about to appear and take its width.
    if (!m_view->verticalScrollBar()->isVisible())
        available -= m_view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_view);
    const int difference = available - total;
    const int minimum = qMin(header->sectionSize(flexible), 120);
    header->resizeSection(flexible, qMax(minimum, header->sectionSize(flexible) + difference));
    m_summary->setText(summary(int(rows.size()), reply.response().page.total));
    markDataLoaded();
}

void ListPreviewPage::resetContents()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply.clear();
    }
    if (m_model)
        m_model->removeRows(0, m_model->rowCount());
    if (m_summary)
        m_summary->clear();
}

QString ListPreviewPage::formatDate(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// --- Users ---------------------------------------------------------------------------------

UsersPreviewPage::UsersPreviewPage(Session *session, QWidget *parent)
    : ListPreviewPage(session, QStringLiteral("users"), parent)
{
    setUpUi();
}

QString UsersPreviewPage::title() const
{
    return tr("Users");
}

QIcon UsersPreviewPage::icon() const
{
    return Icons::icon(Icons::Name::Users);
}

ApiReply *UsersPreviewPage::requestPreview(ApiClient *client, int size)
{
    UserQuery query;
    query.size = size;
    query.sort = QStringLiteral("-created");
    return client->listUsers(query, QStringLiteral("preview/users"));
}

QStringList UsersPreviewPage::headers() const
{
    return {tr("Name"), tr("Email"), tr("Phone"), tr("ID"), tr("Tags"), tr("Created")};
}

std::optional<ListPreviewPage::Row> UsersPreviewPage::decodeRow(
    const QJsonObject &document, const JsonPath &path, DecodeError *error) const
{
    DecodeResult<User> user = User::fromJson(document, path);
    if (!user) {
        *error = user.error();
        return std::nullopt;
    }
    const User &u = user.value();
    const QString name = QStringList {u.firstName(), u.lastName()}.join(QLatin1Char(' ')).trimmed();
    return Row {{name.isEmpty() ? u.displayName() : name, u.email(), u.mobilePhoneNumber(),
        u.humanId(), u.tags().join(QStringLiteral(", ")), formatDate(u.created().toDateTime())}};
}

QString UsersPreviewPage::summary(int shown, qint64 total) const
{
    if (total < 0)
        return tr("The %n newest users.", nullptr, shown);
    return tr("The %1 newest of %2 users.", nullptr, int(qMin<qint64>(total, INT_MAX)))
        .arg(QLocale().toString(shown), QLocale().toString(total));
}

// --- Orders --------------------------------------------------------------------------------

OrdersPreviewPage::OrdersPreviewPage(Session *session, QWidget *parent)
    : ListPreviewPage(session, QStringLiteral("orders"), parent)
{
    setUpUi();
}

QString OrdersPreviewPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPreviewPage::icon() const
{
    return Icons::icon(Icons::Name::Orders);
}

ApiReply *OrdersPreviewPage::requestPreview(ApiClient *client, int size)
{
    OrderQuery query;
    query.size = size;
    query.sort = QStringLiteral("-created");
    return client->listOrders(query, QStringLiteral("preview/orders"));
}

QStringList OrdersPreviewPage::headers() const
{
    return {tr("Order"), tr("Customer"), tr("Status"), tr("Delivery"), tr("Total"), tr("Created")};
}

std::optional<ListPreviewPage::Row> OrdersPreviewPage::decodeRow(
    const QJsonObject &document, const JsonPath &path, DecodeError *error) const
{
    DecodeResult<Order> order = Order::fromJson(document, path);
    if (!order) {
        *error = order.error();
        return std::nullopt;
    }
    const Order &o = order.value();
    return Row {{o.humanId(), o.customerName(), o.orderStatus(), o.deliveryStatus(),
        o.hasTotalAmount() ? o.total().toString() : QString(),
        formatDate(o.created().toDateTime())}};
}

QString OrdersPreviewPage::summary(int shown, qint64 total) const
{
    if (total < 0)
        return tr("The %n newest orders.", nullptr, shown);
    return tr("The %1 newest of %2 orders.", nullptr, int(qMin<qint64>(total, INT_MAX)))
        .arg(QLocale().toString(shown), QLocale().toString(total));
}

// --- Subscriptions -------------------------------------------------------------------------

SubscriptionsPreviewPage::SubscriptionsPreviewPage(Session *session, QWidget *parent)
    : ListPreviewPage(session, QStringLiteral("subscriptions"), parent)
{
    setUpUi();
}

QString SubscriptionsPreviewPage::title() const
{
    return tr("Subscriptions");
}

QIcon SubscriptionsPreviewPage::icon() const
{
    return Icons::icon(Icons::Name::Subscriptions);
}

ApiReply *SubscriptionsPreviewPage::requestPreview(ApiClient *client, int size)
{
    SubscriptionQuery query;
    query.size = size;
    query.sort = QStringLiteral("-created");
    return client->listSubscriptions(query, QStringLiteral("preview/subscriptions"));
}

QStringList SubscriptionsPreviewPage::headers() const
{
    return {tr("Name"), tr("Status"), tr("ID"), tr("Started"), tr("Ends"), tr("Created")};
}

std::optional<ListPreviewPage::Row> SubscriptionsPreviewPage::decodeRow(
    const QJsonObject &document, const JsonPath &path, DecodeError *error) const
{
    DecodeResult<Subscription> subscription = Subscription::fromJson(document, path);
    if (!subscription) {
        *error = subscription.error();
        return std::nullopt;
    }
    const Subscription &s = subscription.value();
    return Row {{s.name(), s.status(), s.humanId(), formatDate(s.startingDate().toDateTime()),
        s.isInfinite() ? tr("Never") : formatDate(s.endingDate().toDateTime()),
        formatDate(s.created().toDateTime())}};
}

QString SubscriptionsPreviewPage::summary(int shown, qint64 total) const
{
    if (total < 0)
        return tr("The %n newest subscriptions.", nullptr, shown);
    return tr("The %1 newest of %2 subscriptions.", nullptr, int(qMin<qint64>(total, INT_MAX)))
        .arg(QLocale().toString(shown), QLocale().toString(total));
}
