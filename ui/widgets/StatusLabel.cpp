// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/StatusLabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

StatusLabel::StatusLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
    // Its accessible name stays empty, so that assistive technology reads (and is told
    // about changes to) the text itself.
}

StatusLabel::~StatusLabel() = default;

QString StatusLabel::oneLine() const
{
    QString line = text();
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return line;
}

bool StatusLabel::isElided() const
{
    return !wordWrap() && fontMetrics().horizontalAdvance(oneLine()) > contentsRect().width();
}

QSize StatusLabel::minimumSizeHint() const
{
    // A few characters: the layout gives it what is left, never more than the window has.
    const QSize full = QLabel::minimumSizeHint();
    const int few = fontMetrics().averageCharWidth() * 6;
    const QMargins margins = contentsMargins();
    return QSize(qMin(full.width(), few + margins.left() + margins.right()), full.height());
}

bool StatusLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && isElided()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTip().isEmpty() || toolTip() == text()
            ? text()
            : text() + QLatin1Char('\n') + toolTip();
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QLabel::event(event);
}

void StatusLabel::paintEvent(QPaintEvent *event)
{
    if (!isElided()) {
        QLabel::paintEvent(event);
        return;
    }
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(oneLine(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area,
        int(QStyle::visualAlignment(layoutDirection(), alignment())), palette(), isEnabled(), shown,
        foregroundRole());
}
