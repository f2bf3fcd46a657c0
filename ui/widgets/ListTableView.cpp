// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/ListTableView.h"

#include "models/items/PagedTableModel.h"
#include "ui/widgets/Appearance.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QStyleOptionHeader>

#include <algorithm>

namespace {

constexpr int saveDelayMs = 400;

} // namespace

ListTableView::ListTableView(const QString &name, QWidget *parent)
    : QTableView(parent), m_name(name), m_columnsMenu(new QMenu(this))
{
    setObjectName(name + QStringLiteral("Table"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setTabKeyNavigation(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);

    // Fixed row heights and no ResizeToContents anywhere: rows stream in while the table is
    // shown, and content-based sizing would measure every row on every insert.
    QHeaderView *rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = horizontalHeader();
    header->setObjectName(name + QStringLiteral("TableHeader"));
    header->setAccessibleName(tr("Columns"));
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 3);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        updateColumnsMenu();
        m_columnsMenu->popup(horizontalHeader()->mapToGlobal(position));
    });
    connect(header, &QHeaderView::sectionResized, this, &ListTableView::onSectionResized);
    connect(header, &QHeaderView::sectionMoved, this, [this] {
        if (m_fitting)
            return;
        rememberOrder();
        scheduleSave();
        // The last column may have changed, and with it the one that stretches.
        fitColumns();
    });
    connect(
        header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
            if (!isSortingEnabled() || m_fitting)
                return;
            m_state.sortColumn = column;
            m_state.sortOrder = order;
            scheduleSave();
        });

    m_columnsMenu->setObjectName(name + QStringLiteral("ColumnsMenu"));
    m_columnsMenu->setAccessibleName(tr("Columns"));

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ListTableView::saveState);
}

ListTableView::~ListTableView()
{
    // The state is kept in members, so it is saved right even when the model is gone already.
    if (m_saveTimer.isActive())
        saveState();
}

void ListTableView::setListModel(
    QAbstractItemModel *model, const Columns &columns, QSettings *settings, const QString &stateKey)
{
    Q_ASSERT(model);
    m_columns = columns;
    m_settings = settings;
    m_key = stateKey;
    m_state = State();
    setModel(model);

    auto *paged = qobject_cast<PagedTableModel *>(model);
    QHeaderView *header = horizontalHeader();
    header->setSortIndicatorShown(paged);
    if (paged) {
        header->setSortIndicator(paged->sortColumn(), paged->sortOrder());
        m_state.sortColumn = paged->sortColumn();
        m_state.sortOrder = paged->sortOrder();
        // The model refuses columns it cannot sort by: the arrow goes back to the real sort.
        connect(
            paged, &PagedTableModel::sortChanged, this, [this](int column, Qt::SortOrder order) {
                horizontalHeader()->setSortIndicator(column, order);
            });
        applyColors();
    }
    connect(model, &QAbstractItemModel::modelReset, this, &ListTableView::scrollToStart);

    createColumnsMenu();
    restoreState();
    rememberOrder();
    // Sorting on: the view asks the model for the sort shown (restored, or the model's own).
    // The model has no client yet, so this only sets the sort of its first query.
    if (paged)
        setSortingEnabled(true);
    fitColumns();
}

QList<int> ListTableView::visibleColumns() const
{
    const QHeaderView *header = horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

void ListTableView::setColumnSample(int column, const QString &sample)
{
    m_samples.insert(column, sample);
    fitColumns();
}

void ListTableView::setColumnVisible(int column, bool visible)
{
    if (!isColumnAvailable(column))
        return;
    adoptOutsideChanges();
    m_state.chosen.insert(column, visible);
    scheduleSave();
    fitColumns();
}

bool ListTableView::isColumnAvailable(int column) const
{
    return model() && column >= 0 && column < model()->columnCount()
        && !m_columns.unavailable.contains(column);
}

void ListTableView::resetColumns()
{
    m_state.chosen.clear();
    m_state.widths.clear();
    QHeaderView *header = horizontalHeader();
    m_fitting = true;
    for (int column = 0; column < header->count(); ++column)
        header->moveSection(header->visualIndex(column), column);
    m_fitting = false;
    rememberOrder();
    scheduleSave();
    fitColumns();
}

int ListTableView::headerWidth(int column) const
{
    // As QHeaderView::sectionSizeFromContents() measures it, with room for the sort indicator
    // whether or not it is on this column now.
    const QHeaderView *header = horizontalHeader();
    QStyleOptionHeader option;
    option.initFrom(header);
    option.orientation = Qt::Horizontal;
    option.section = column;
    QFont font = header->font();
    font.setBold(false);
    option.fontMetrics = QFontMetrics(font);
    option.text = model()->headerData(column, Qt::Horizontal).toString();
    if (header->isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return header->style()
        ->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), header)
        .width();
}

int ListTableView::naturalWidth(int column) const
{
    if (!model())
        return 0;
    QString sample = m_samples.value(column);
    if (sample.isEmpty())
        sample = model()
                     ->headerData(column, Qt::Horizontal, PagedTableModel::SampleTextRole)
                     .toString();
    // The item delegate's text margins, and a character to spare so the sample is not elided.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    const QFontMetrics metrics = fontMetrics();
    const int cell = sample.isEmpty()
        ? 0
        : metrics.horizontalAdvance(sample) + 2 * margin + metrics.averageCharWidth();
    return qMax(headerWidth(column), cell);
}

int ListTableView::columnWidth(int column) const
{
    return m_state.widths.value(column, naturalWidth(column));
}

bool ListTableView::wantsShown(int column) const
{
    if (!isColumnAvailable(column))
        return false;
    return m_state.chosen.value(column, !m_columns.hiddenByDefault.contains(column));
}

int ListTableView::stretchColumn(const QList<int> &shown) const
{
    if (shown.contains(m_columns.flexible))
        return m_columns.flexible;
    return shown.isEmpty() ? -1 : shown.constLast();
}

void ListTableView::fitColumns()
{
    if (!model() || m_fitting)
        return;
    adoptOutsideChanges();
    QHeaderView *header = horizontalHeader();

    QList<int> shown;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (wantsShown(column))
            shown.append(column);
    }
    if (shown.isEmpty() && isColumnAvailable(m_columns.flexible))
        shown.append(m_columns.flexible);

    // The width there is: a table not on screen yet has none to go by. Until rows need the
    // vertical scroll bar its room is kept, so the columns do not change when rows arrive.
    if (isVisible()) {
        int room = viewport()->width();
        if (!verticalScrollBar()->isVisible())
            room -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
        const auto needed = [this, &shown] {
            const int stretch = stretchColumn(shown);
            int sum = 0;
            for (const int column : std::as_const(shown))
                sum += column == stretch ? naturalWidth(column) : columnWidth(column);
            return sum;
        };
        QList<int> droppable;
        for (const int column : std::as_const(m_columns.givingWay)) {
            if (shown.contains(column) && column != m_columns.flexible
                && !m_state.chosen.value(column, false))
                droppable.append(column);
        }
        while (!droppable.isEmpty() && needed() > room)
            shown.removeOne(droppable.takeFirst());
    }

    m_fitting = true;
    const int stretch = stretchColumn(shown);
    for (int column = 0; column < header->count(); ++column) {
        const bool hidden = !shown.contains(column);
        if (header->isSectionHidden(column) != hidden)
            header->setSectionHidden(column, hidden);
        const auto mode = column == stretch ? QHeaderView::Stretch : QHeaderView::Interactive;
        if (header->sectionResizeMode(column) != mode)
            header->setSectionResizeMode(column, mode);
    }
    for (const int column : std::as_const(shown)) {
        const int width = columnWidth(column);
        if (column != stretch && header->sectionSize(column) != width)
            header->resizeSection(column, width);
    }
    m_applied = QSet<int>(shown.cbegin(), shown.cend());
    m_fitted = true;
    m_fitting = false;
}

void ListTableView::adoptOutsideChanges()
{
    // A column shown or hidden by anyone but fitColumns() (QHeaderView's own API) is a choice
    // like one made in the menu.
    if (!m_fitted)
        return;
    const QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        const bool shown = !header->isSectionHidden(column);
        if (shown != m_applied.contains(column) && isColumnAvailable(column)) {
            m_state.chosen.insert(column, shown);
            scheduleSave();
        }
    }
}

void ListTableView::rememberOrder()
{
    const QHeaderView *header = horizontalHeader();
    m_state.order.clear();
    for (int visual = 0; visual < header->count(); ++visual)
        m_state.order.append(header->logicalIndex(visual));
}

void ListTableView::onSectionResized(int column, int oldSize, int newSize)
{
    // Hiding and showing go through sizes of 0; fitColumns() adopts them.
    if (m_fitting || oldSize == 0 || newSize == 0)
        return;
    if (horizontalHeader()->sectionResizeMode(column) == QHeaderView::Stretch)
        return; // laid out by the header: whatever the others leave
    m_state.widths.insert(column, newSize);
    scheduleSave();
}

void ListTableView::createColumnsMenu()
{
    m_columnsMenu->clear();
    for (int column = 0; column < model()->columnCount(); ++column) {
        QAction *action
            = m_columnsMenu->addAction(model()
                                           ->headerData(column, Qt::Horizontal)
                                           .toString()
                                           .replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setObjectName(m_name + QStringLiteral("ColumnAction%1").arg(column));
        action->setData(column);
        action->setCheckable(true);
        connect(action, &QAction::triggered, this,
            [this, column](bool checked) { setColumnVisible(column, checked); });
    }
    m_columnsMenu->addSeparator();
    QAction *reset = m_columnsMenu->addAction(tr("&Reset Columns"));
    reset->setObjectName(m_name + QStringLiteral("ResetColumnsAction"));
    reset->setToolTip(tr("Show the usual columns in their usual order and widths"));
    connect(reset, &QAction::triggered, this, &ListTableView::resetColumns);
}

void ListTableView::updateColumnsMenu()
{
    const QList<int> shown = visibleColumns();
    const QList<QAction *> actions = m_columnsMenu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->data().isValid())
            continue;
        const int column = action->data().toInt();
        action->setVisible(isColumnAvailable(column));
        action->setChecked(shown.contains(column));
        // The last column shown stays: a table without columns cannot be got back by mouse.
        action->setEnabled(!action->isChecked() || shown.size() > 1);
    }
}

void ListTableView::restoreState()
{
    if (!m_settings || m_key.isEmpty())
        return;
    const QJsonObject state
        = QJsonDocument::fromJson(m_settings->value(m_key).toString().toUtf8()).object();
    if (state.isEmpty())
        return;
    const int count = model()->columnCount();
    const auto valid = [count](const QJsonValue &value) {
        return value.isDouble() && value.toInt() >= 0 && value.toInt() < count;
    };
    QHeaderView *header = horizontalHeader();
    // Moves and the sort indicator set here are not changes to save.
    m_fitting = true;
    int visual = 0;
    const QJsonArray order = state.value(QLatin1String("order")).toArray();
    for (const QJsonValue &value : order) {
        if (valid(value) && visual < count)
            header->moveSection(header->visualIndex(value.toInt()), visual++);
    }
    const QJsonArray shown = state.value(QLatin1String("shown")).toArray();
    for (const QJsonValue &value : shown) {
        if (valid(value))
            m_state.chosen.insert(value.toInt(), true);
    }
    const QJsonArray hidden = state.value(QLatin1String("hidden")).toArray();
    for (const QJsonValue &value : hidden) {
        if (valid(value))
            m_state.chosen.insert(value.toInt(), false);
    }
    const QJsonObject widths = state.value(QLatin1String("widths")).toObject();
    for (auto it = widths.constBegin(); it != widths.constEnd(); ++it) {
        bool ok = false;
        const int column = it.key().toInt(&ok);
        const int width = it.value().toInt();
        if (ok && column >= 0 && column < count && width > 0)
            m_state.widths.insert(column, width);
    }
    const QJsonArray sort = state.value(QLatin1String("sort")).toArray();
    if (header->isSortIndicatorShown() && sort.size() == 2 && valid(sort.at(0))) {
        m_state.sortColumn = sort.at(0).toInt();
        m_state.sortOrder
            = sort.at(1).toInt() == Qt::DescendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        header->setSortIndicator(m_state.sortColumn, m_state.sortOrder);
    }
    m_fitting = false;
}

void ListTableView::scheduleSave()
{
    if (m_settings && !m_key.isEmpty())
        m_saveTimer.start();
}

void ListTableView::saveState()
{
    m_saveTimer.stop();
    if (!m_settings || m_key.isEmpty())
        return;
    QJsonArray order;
    for (const int column : std::as_const(m_state.order))
        order.append(column);
    QJsonArray shown;
    QJsonArray hidden;
    QList<int> chosen = m_state.chosen.keys();
    std::sort(chosen.begin(), chosen.end());
    for (const int column : std::as_const(chosen))
        (m_state.chosen.value(column) ? shown : hidden).append(column);
    QJsonObject widths;
    for (auto it = m_state.widths.constBegin(); it != m_state.widths.constEnd(); ++it)
        widths.insert(QString::number(it.key()), it.value());
    QJsonObject state {{QStringLiteral("order"), order}, {QStringLiteral("shown"), shown},
        {QStringLiteral("hidden"), hidden}, {QStringLiteral("widths"), widths}};
    if (m_state.sortColumn >= 0)
        state.insert(
            QStringLiteral("sort"), QJsonArray {m_state.sortColumn, int(m_state.sortOrder)});
    m_settings->setValue(
        m_key, QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact)));
}

void ListTableView::scrollToStart()
{
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
}

void ListTableView::applyColors()
{
    auto *paged = qobject_cast<PagedTableModel *>(model());
    if (!paged)
        return;
    const QPalette colours = palette();
    PagedTableModel::Colors colors;
    // Table cells: readable on the base colour, light or dark.
    colors.inactive = Appearance::inactiveText(colours);
    colors.error = Appearance::errorText(colours, QPalette::Base);
    colors.warning = Appearance::warningText(colours, QPalette::Base);
    paged->setColors(colors);
}

void ListTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void ListTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    fitColumns();
}

void ListTableView::hideEvent(QHideEvent *event)
{
    if (m_saveTimer.isActive())
        saveState();
    QTableView::hideEvent(event);
}

void ListTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    else if (event->type() == QEvent::FontChange)
        fitColumns();
}

void ListTableView::keyPressEvent(QKeyEvent *event)
{
    // The context menu from the keyboard (Menu, Shift+F10), at the current row.
    const bool menuKey = (event->key() == Qt::Key_Menu && event->modifiers() == Qt::NoModifier)
        || (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier);
    if (menuKey && contextMenuPolicy() == Qt::CustomContextMenu) {
        const QRect rect = visualRect(currentIndex());
        Q_EMIT customContextMenuRequested(rect.isValid() ? rect.center() : QPoint(4, 4));
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}
