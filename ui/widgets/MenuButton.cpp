// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/MenuButton.h"

MenuButton::MenuButton(QWidget *parent) : QToolButton(parent)
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
}

MenuButton::~MenuButton() = default;
