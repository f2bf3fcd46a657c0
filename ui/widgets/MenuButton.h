// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QToolButton>

/// A button that opens its menu at once, as the filter and action buttons over the lists do
/// ("Status: any", "Tags: any", "Actions"): text only, and reached with Tab like any button.
class MenuButton : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MenuButton)

public:
    explicit MenuButton(QWidget *parent = nullptr);
    ~MenuButton() override;
};
