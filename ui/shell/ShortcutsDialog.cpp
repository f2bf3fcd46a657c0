// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace {

/// "Sign &Out…" -> "Sign Out".
QString plainText(const QString &text)
{
    QString plain = text;
    plain.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (plain.endsWith(QChar(0x2026)))
        plain.chop(1);
    else if (plain.endsWith(QLatin1String("...")))
        plain.chop(3);
    return plain.trimmed();
}

QString keysText(const QList<QKeySequence> &keys)
{
    QStringList texts;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty())
            texts.append(key.toString(QKeySequence::NativeText));
    }
    return texts.join(ShortcutsDialog::tr(", ", "between two shortcuts of one command"));
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_filter(new QLineEdit(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(windowTitle());

    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by command, key or place"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    filterLabel->setBuddy(m_filter);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(
        m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(QStringLiteral("shortcutsTable"));
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("shortcutsButtons"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("shortcutsClose"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    refresh();
    resize(560, 520);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Entry> ShortcutsDialog::pageKeys()
{
    const QString users = tr("Users page");
    const QString lists = tr("Lists");
    const QString orders = tr("Orders");
    const QString userTabs = tr("User tabs");
    const QString addresses = tr("Addresses");
    return {
        {tr("Search users"), {QKeySequence(QKeySequence::Find)}, users},
        {tr("Refresh the list"), {QKeySequence(QKeySequence::Refresh)}, users},
        {tr("Open the selected row"), {QKeySequence(Qt::Key_Return)}, lists},
        {tr("Focus the date range filter"), {QKeySequence(Qt::CTRL | Qt::Key_L)}, orders},
        {tr("Open the order's customer"), {QKeySequence(Qt::CTRL | Qt::Key_Return)}, orders},
        {tr("Save the user"), {QKeySequence(QKeySequence::Save)}, userTabs},
        {tr("Close the user tab"), {QKeySequence(QKeySequence::Close)}, userTabs},
        {tr("Next tab"), {QKeySequence(Qt::CTRL | Qt::Key_Tab)}, userTabs},
        {tr("Previous tab"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab)}, userTabs},
        {tr("Next part of the user (profile, orders…)"),
            {QKeySequence(Qt::CTRL | Qt::Key_PageDown)}, userTabs},
        {tr("Previous part of the user"), {QKeySequence(Qt::CTRL | Qt::Key_PageUp)}, userTabs},
        {tr("Add an address"), {QKeySequence(Qt::Key_Insert)}, addresses},
        {tr("Remove the address"), {QKeySequence(Qt::Key_Delete)}, addresses},
        {tr("Move the address up"), {QKeySequence(Qt::CTRL | Qt::Key_Up)}, addresses},
        {tr("Move the address down"), {QKeySequence(Qt::CTRL | Qt::Key_Down)}, addresses},
    };
}

void ShortcutsDialog::refresh()
{
    m_entries.clear();
    collectActions();
    QList<QKeySequence> taken;
    for (const Entry &entry : std::as_const(m_entries))
        taken.append(entry.keys);
    for (const Entry &entry : pageKeys()) {
        // A page key that a menu command also has (F5: Reload Page) is listed once.
        bool duplicate = false;
        for (const QKeySequence &key : entry.keys)
            duplicate = duplicate || taken.contains(key);
        if (!duplicate)
            m_entries.append(entry);
    }

    m_model->clear();
    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("Command"), tr("Shortcut"), tr("Where")});
    for (const Entry &entry : std::as_const(m_entries)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(entry.command) << new QStandardItem(keysText(entry.keys))
            << new QStandardItem(entry.where);
        for (QStandardItem *item : std::as_const(row))
            item->setEditable(false);
        m_model->appendRow(row);
    }
}

void ShortcutsDialog::collectActions()
{
    if (!m_window)
        return;
    QList<QAction *> seen;
    const auto add = [this, &seen](QAction *action, const QString &where) {
        if (seen.contains(action) || action->isSeparator() || action->menu()
            || !action->isVisible())
            return;
        seen.append(action);
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty() || keys.constFirst().isEmpty())
            return;
        m_entries.append({plainText(action->text()), keys, where, true});
    };
    // Menus in menu-bar order, submenus included.
    std::function<void(QMenu *, const QString &)> addMenu = [&](QMenu *menu, const QString &where) {
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (QMenu *sub = action->menu())
                addMenu(sub, tr("%1 ▸ %2").arg(where, plainText(sub->title())));
            else
                add(action, where);
        }
    };
    if (auto *mainWindow = m_window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        const QList<QAction *> menus = mainWindow->actions();
        for (QAction *menuAction : menus) {
            if (QMenu *menu = menuAction->menu())
                addMenu(menu, plainText(menu->title()));
        }
    }
    // Window-wide actions that sit in no menu.
    const QList<QAction *> own = m_window->actions();
    for (QAction *action : own)
        add(action, tr("Everywhere"));
}

void ShortcutsDialog::showEvent(QShowEvent *event)
{
    refresh();
    m_filter->setFocus(Qt::OtherFocusReason);
    QDialog::showEvent(event);
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
            && m_proxy->rowCount() > 0) {
            m_view->setFocus(Qt::TabFocusReason);
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_proxy->index(0, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}
