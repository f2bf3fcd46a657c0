// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/ErrorBanner.h"

#include "ui/widgets/Appearance.h"
#include "ui/widgets/Icons.h"
#include "ui/widgets/StatusLabel.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

ErrorBanner::ErrorBanner(QWidget *parent)
    : QWidget(parent)
    , m_frame(new QFrame(this))
    , m_icon(new QLabel(m_frame))
    , m_text(new StatusLabel(m_frame))
    , m_action(new QPushButton(m_frame))
    , m_dismiss(new QToolButton(m_frame))
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Message"));
    m_frame->setObjectName(QStringLiteral("errorBannerFrame"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(8, 8, 8, 0);
    outer->addWidget(m_frame);

    m_icon->setObjectName(QStringLiteral("errorBannerIcon"));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    // Support staff paste error texts into tickets.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setPurpose(tr("Message"));
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_action->setObjectName(QStringLiteral("errorBannerAction"));
    m_action->setAutoDefault(false);
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));
    m_dismiss->setIcon(Icons::icon(Icons::Name::Close));
    m_dismiss->setAutoRaise(true);
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss message"));

    auto *layout = new QHBoxLayout(m_frame);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(10);
    layout->addWidget(m_icon, 0, Qt::AlignVCenter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);

    connect(m_action, &QPushButton::clicked, this, [this] {
        const std::function<void()> callback = m_callback;
        dismiss();
        if (callback)
            callback();
    });
    connect(m_dismiss, &QToolButton::clicked, this, &ErrorBanner::dismiss);

    applyLevel();
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showMessage(Level level, const QString &text, const QString &actionText,
    const std::function<void()> &action)
{
    m_level = level;
    m_text->setText(text);
    m_callback = action;
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty() && action);
    applyLevel();
    show();
}

void ErrorBanner::dismiss()
{
    if (isHidden())
        return;
    hide();
    m_callback = {};
    Q_EMIT dismissed();
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

QString ErrorBanner::actionText() const
{
    return m_action->isVisibleTo(const_cast<ErrorBanner *>(this)) ? m_action->text() : QString();
}

void ErrorBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The tint and text colour follow a switch between light and dark palettes.
    if (event->type() == QEvent::PaletteChange)
        applyLevel();
}

void ErrorBanner::applyLevel()
{
    QColor accent;
    Icons::Name icon = Icons::Name::Error;
    switch (m_level) {
    case Level::Information:
        accent = Appearance::informationAccent();
        icon = Icons::Name::Information;
        setAccessibleDescription(tr("Information"));
        break;
    case Level::Warning:
        accent = QColor(0xc7, 0x8a, 0x00);
        icon = Icons::Name::Warning;
        setAccessibleDescription(tr("Warning"));
        break;
    case Level::Error:
        accent = QColor(0xc6, 0x28, 0x28);
        icon = Icons::Name::Error;
        setAccessibleDescription(tr("Error"));
        break;
    }
    // A tint of the level's colour over the window colour, light or dark, with the border in
    // the level's colour and text that reads on the tint.
    const QColor window = palette().color(QPalette::Window);
    const QColor background
        = Appearance::mix(accent, window, Appearance::isDark(palette()) ? 0.22 : 0.12);
    const QColor border = Appearance::accentOn(accent, window, 3.0);
    const QColor text
        = Appearance::accentOn(palette().color(QPalette::WindowText), background, 7.0);
    m_background = background;
    m_textColour = text;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Icons::icon(icon).pixmap(size, size));
    // Only this frame: the buttons keep the platform look.
    m_frame->setStyleSheet(
        QStringLiteral("#errorBannerFrame { background-color: %1; border: 1px solid %2; "
                       "border-radius: 4px; } #errorBannerText { color: %3; }")
            .arg(background.name(), border.name(), text.name()));
}
