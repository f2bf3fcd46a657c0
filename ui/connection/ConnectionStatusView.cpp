// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/connection/ConnectionStatusView.h"

#include "ui/widgets/Appearance.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/StatusLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ConnectionStatusView::ConnectionStatusView(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_heading(new StatusLabel(this))
    , m_text(new StatusLabel(this))
    , m_retry(new QPushButton(Icons::icon(Icons::Name::Retry), tr("Retry"), this))
    , m_manage(new QPushButton(Icons::icon(Icons::Name::Connections), tr("Connections…"), this))
{
    setObjectName(QStringLiteral("connectionStatusView"));
    m_icon->setPixmap(Icons::icon(Icons::Name::App).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    // Both texts name the connection, which may be long: they wrap rather than widen the
    // window (StatusLabel).
    m_heading->setObjectName(QStringLiteral("connectionStatusHeading"));
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setFont(Appearance::headingFont(m_heading->font()));
    m_text->setObjectName(QStringLiteral("connectionStatusText"));
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setMaximumWidth(560);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_retry->setObjectName(QStringLiteral("connectionStatusRetry"));
    m_retry->setAccessibleName(tr("Retry connecting"));
    m_manage->setObjectName(QStringLiteral("connectionStatusManage"));
    m_manage->setAccessibleName(tr("Manage connections"));
    connect(m_retry, &QPushButton::clicked, this, &ConnectionStatusView::retryRequested);
    connect(m_manage, &QPushButton::clicked, this, &ConnectionStatusView::manageRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_manage);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_heading);
    // Centred between stretches rather than with an alignment flag, so the wrapped text
    // gets the height it needs for its width.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(m_text, 1);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

ConnectionStatusView::~ConnectionStatusView() = default;

void ConnectionStatusView::showStatus(const QString &heading, const QString &text, bool showRetry)
{
    m_heading->setText(heading);
    m_text->setText(text);
    m_retry->setVisible(showRetry);
}

QString ConnectionStatusView::heading() const
{
    return m_heading->text();
}

QString ConnectionStatusView::text() const
{
    return m_text->text();
}
