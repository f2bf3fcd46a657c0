// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>
#include <QPointer>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

/// Help ▸ Keyboard Shortcuts (F1, Ctrl+/): every shortcut of the main window's menus, read
/// from their QActions each time the dialog is shown (so it never goes stale), followed by
/// the keys that work inside the pages (which have no menu entry). A filter box narrows the
/// list by command, key or place; Down moves from the filter into the list.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    enum Column { CommandColumn, KeysColumn, WhereColumn, ColumnCount };

    struct Entry
    {
        QString command;
        QList<QKeySequence> keys;
        QString where;
        bool fromAction = false; ///< read from a QAction (else one of the documented keys)
    };

    /// \a window: whose menu bar and actions are listed; must outlive the dialog.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    /// Reads the actions again.
    void refresh();
    /// What the list holds (unfiltered), in order.
    QList<Entry> entries() const { return m_entries; }
    /// The keys inside the pages, as documented (not read from actions).
    static QList<Entry> pageKeys();

    QLineEdit *filterEdit() const { return m_filter; }
    /// The list as shown (filtered).
    QSortFilterProxyModel *filteredModel() const { return m_proxy; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void collectActions();

    QPointer<QWidget> m_window;
    QList<Entry> m_entries;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};
