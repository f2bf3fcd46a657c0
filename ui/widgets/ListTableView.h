// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTableView>
#include <QTimer>

class QMenu;
class QSettings;

/// The table of every list in the app (users, orders, subscriptions, payment methods, the change
/// journal): read-only rows, selected whole, and columns that fit the table.
///
/// Columns:
/// - each is as wide as its title or the text it typically shows, whichever is wider, measured
///   with the table's font in the language in use (the sample comes from the model's
///   PagedTableModel::SampleTextRole header data, or from setColumnSample());
/// - one flexible column (a name, an email, a customer) takes the width the others leave, so
///   the shown columns fill the table without a horizontal scroll bar; when it is hidden, the
///   last column shown does;
/// - when they cannot all fit, the least important (Columns::givingWay) are hidden rather
///   than making the table scroll sideways; they come back when there is room again;
/// - the header's context menu shows and hides columns, and resets them; what the staff member
///   chooses there, the widths they drag and the order they move columns into win over the
///   fitting and are remembered.
///
/// The layout (order, chosen columns, dragged widths, sort) is kept under one QSettings key per
/// list, as one JSON text: saved 400 ms after a change and when the table is hidden or deleted
/// (never on a mere resize), read when the model is set, before the list's first query.
///
/// For a PagedTableModel the table also sorts through the server (the header's sort indicator
/// follows the model's sort), gives the model its colours from the palette, and shows the
/// first column again when a new query starts.
class ListTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListTableView)

public:
    /// Which columns of the model a list shows, and how they share its width.
    struct Columns
    {
        /// Takes the width the others leave: a name, an email, a customer.
        int flexible = -1;
        /// When the shown columns do not fit, these are hidden, the first first (unless the
        /// staff member chose to show them); the others always stay.
        QList<int> givingWay;
        /// Shown only once chosen from the header's menu.
        QList<int> hiddenByDefault;
        /// Never shown nor offered (a customer's own orders have no Customer column).
        QList<int> unavailable;
    };

    /// \a name prefixes the object names: "orders" gives ordersTable, ordersTableHeader,
    /// ordersColumnsMenu and ordersColumnAction<column>.
    explicit ListTableView(const QString &name, QWidget *parent = nullptr);
    ~ListTableView() override;

    /// Shows \a model with \a columns. With \a settings, the layout is kept under \a stateKey
    /// (and read from there now).
    void setListModel(QAbstractItemModel *model, const Columns &columns,
        QSettings *settings = nullptr, const QString &stateKey = QString());
    /// What \a column typically shows, for a model that does not say (SampleTextRole).
    void setColumnSample(int column, const QString &sample);

    /// Columns shown, in the header's order.
    QList<int> visibleColumns() const;
    /// Shows or hides \a column as the header's menu does: the staff member's choice.
    void setColumnVisible(int column, bool visible);
    /// Whether \a column is offered (Columns::unavailable).
    bool isColumnAvailable(int column) const;
    /// Forgets the chosen columns, widths and order: the columns fit the table again.
    void resetColumns();
    /// The width \a column gets unless the staff member dragged it: its title or its sample,
    /// whichever is wider.
    int naturalWidth(int column) const;
    /// The header's menu of columns (opened with popup() from the header's context menu).
    QMenu *columnsMenu() const { return m_columnsMenu; }

    /// Writes the layout now (it is also written 400 ms after each change).
    void saveState();
    /// A change waits to be written.
    bool isSavePending() const { return m_saveTimer.isActive(); }
    /// Back to the first column (a new query starts at the left).
    void scrollToStart();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct State
    {
        QList<int> order; ///< logical columns in visual order
        QHash<int, bool> chosen; ///< shown (true) or hidden (false) from the menu
        QHash<int, int> widths; ///< widths dragged by the staff member
        int sortColumn = -1;
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
    };

    void createColumnsMenu();
    void updateColumnsMenu();
    void restoreState();
    void scheduleSave();
    void fitColumns();
    void adoptOutsideChanges();
    void rememberOrder();
    void onSectionResized(int column, int oldSize, int newSize);
    bool wantsShown(int column) const;
    int columnWidth(int column) const;
    int headerWidth(int column) const;
    int stretchColumn(const QList<int> &shown) const;
    void applyColors();

    QString m_name;
    Columns m_columns;
    QHash<int, QString> m_samples;
    State m_state;
    /// What fitColumns() last left shown; a difference is someone else's doing.
    QSet<int> m_applied;
    bool m_fitted = false;
    bool m_fitting = false;
    QPointer<QSettings> m_settings;
    QString m_key;
    QTimer m_saveTimer;
    QMenu *m_columnsMenu = nullptr;
};
