#include "OrdersPage.h"

#include "Icons.h"
#include "OrdersView.h"

#include <QLabel>
#include <QVBoxLayout>

const QString OrdersPage::settingsKey = QStringLiteral("orders/page");

OrdersPage::OrdersPage(Session *session, QSettings *settings, QWidget *parent)
    : Page(session, parent)
    , m_view(new OrdersView(session, Scope::company(), settings, settingsKey, this))
{
    setObjectName(QStringLiteral("ordersPage"));
    auto *heading = new QLabel(title(), this);
    heading->setObjectName(QStringLiteral("ordersHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_view, 1);

    connect(m_view, &OrdersView::firstDataLoaded, this, &OrdersPage::markDataLoaded);
    connect(m_view, &OrdersView::busyChanged, this, &OrdersPage::setBusy);
    connect(m_view, &OrdersView::openUserRequested, this, &OrdersPage::openUserRequested);
    connect(m_view, &OrdersView::errorOccurred, this,
        [this](const ApiError &error, const OrdersView::RetryFunction &retry) {
            if (!error.isCancellation())
                emit errorOccurred(error, retry);
        });
}

OrdersPage::~OrdersPage() = default;

QString OrdersPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPage::icon() const
{
    return Icons::icon(Icons::Name::Orders);
}

bool OrdersPage::isAvailableFor(AccessRole role) const
{
    return role == AccessRole::Staff;
}

void OrdersPage::activate()
{
    m_view->load();
}

void OrdersPage::resetContents()
{
    m_view->clear();
}
