// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/MenuButton.h"

#include <QStyleOptionToolButton>
#include <QStylePainter>

MenuButton::MenuButton(QWidget *parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
}

MenuButton::~MenuButton() = default;

int MenuButton::arrowSize() const
{
    // As wide as the style's menu indicator, never smaller than half a line.
    return qMax(style()->pixelMetric(QStyle::PM_MenuButtonIndicator, nullptr, this) - 4,
        fontMetrics().height() / 2);
}

int MenuButton::arrowGap() const
{
    return qMax(4, fontMetrics().averageCharWidth() / 2 + 2);
}

QSize MenuButton::sizeHint() const
{
    QSize size = QToolButton::sizeHint();
    size.rwidth() += arrowSize() + 2 * arrowGap();
    return size;
}

QSize MenuButton::minimumSizeHint() const
{
    return sizeHint();
}

QRect MenuButton::arrowRect() const
{
    const int size = arrowSize();
    return QRect(width() - arrowGap() - size, (height() - size) / 2, size, size);
}

void MenuButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionToolButton option;
    initStyleOption(&option);
    // The frame over the whole button, then the text beside the arrow, then the arrow.
    option.features &= ~QStyleOptionToolButton::HasMenu;
    const QString text = option.text;
    option.text.clear();
    painter.drawComplexControl(QStyle::CC_ToolButton, option);

    option.text = text;
    option.rect = rect().adjusted(0, 0, -(arrowSize() + 2 * arrowGap()) + arrowGap(), 0);
    painter.drawControl(QStyle::CE_ToolButtonLabel, option);

    QStyleOption arrow;
    arrow.initFrom(this);
    arrow.rect = arrowRect();
    painter.drawPrimitive(QStyle::PE_IndicatorArrowDown, arrow);
}
