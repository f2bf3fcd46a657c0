// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QToolButton>

/// A button that opens its menu at once, as the filter and action buttons over the lists do
/// ("Status: any", "Tags: any", "Actions"): text only, and reached with Tab like any button.
/// It draws one down arrow, after the text with room on both sides (the style's own indicator,
/// squeezed into the button's corner, is not drawn).
class MenuButton : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MenuButton)

public:
    explicit MenuButton(QWidget *parent = nullptr);
    ~MenuButton() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// Where the arrow is drawn, in the button's coordinates.
    QRect arrowRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    /// The arrow's width and the space between it and the text, and after it.
    int arrowSize() const;
    int arrowGap() const;
};
