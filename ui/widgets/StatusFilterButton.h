// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/MenuButton.h"

#include <QStringList>

#include <functional>

class QAction;
class QMenu;

/// A multi-select of status values: a tool button whose menu lists the known values (and any
/// other value seen in the data, verbatim) as checkable entries, plus "Any". Nothing checked
/// means "any status". The button's text says what is chosen ("Status: Failed, Canceled").
/// Keyboard: Space/Enter or Alt+Down opens the menu, Space checks an entry and keeps the
/// menu open.
class StatusFilterButton final : public MenuButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusFilterButton)

public:
    using NameFunction = std::function<QString(const QString &value)>;

    /// \a label is the button's caption ("Status"); \a name turns a value into its text.
    StatusFilterButton(const QString &label, const QStringList &knownValues, NameFunction name,
        QWidget *parent = nullptr);
    ~StatusFilterButton() override;

    /// The checked values, in menu order; empty: any.
    QStringList selected() const;
    /// Checks exactly \a values (unknown ones are added to the menu). Emits nothing.
    void setSelected(const QStringList &values);
    /// Adds values seen in the data that the menu does not list yet.
    void addValues(const QStringList &values);
    QStringList values() const { return m_values; }
    /// The menu entry of \a value (tests), or nullptr.
    QAction *actionFor(const QString &value) const;
    QAction *anyAction() const { return m_any; }

Q_SIGNALS:
    void selectionChanged(const QStringList &selected);

private:
    void addValue(const QString &value);
    void onToggled();
    void updateText();

    QString m_label;
    QStringList m_known;
    QStringList m_values;
    NameFunction m_name;
    QMenu *m_menu;
    QAction *m_any;
    QList<QAction *> m_actions;
    bool m_updating = false;
};
