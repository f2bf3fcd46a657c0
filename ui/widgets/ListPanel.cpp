// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/ListPanel.h"

#include "models/items/PagedTableModel.h"
#include "ui/widgets/StatusLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <climits>

ListPanel::ListPanel(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_table(new ListTableView(name, this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_count(new StatusLabel(this))
    , m_workStrip(new QWidget(this))
    , m_workStatus(new StatusLabel(m_workStrip))
    , m_workProgress(new QProgressBar(m_workStrip))
    , m_cancel(new QPushButton(tr("Cancel"), m_workStrip))
    , m_dismiss(new QPushButton(tr("Dismiss"), m_workStrip))
    , m_footer(new QHBoxLayout)
{
    setObjectName(name + QStringLiteral("Panel"));

    QPalette dim = m_empty->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setPalette(dim);
    m_stack->setObjectName(name + QStringLiteral("Stack"));
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    m_count->setObjectName(name + QStringLiteral("Count"));
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_workStrip->setObjectName(name + QStringLiteral("WorkStrip"));
    m_workStatus->setObjectName(name + QStringLiteral("WorkStatus"));
    m_workProgress->setObjectName(name + QStringLiteral("WorkProgress"));
    m_workProgress->setAccessibleName(tr("Progress"));
    m_workProgress->setMaximumWidth(240);
    m_cancel->setObjectName(name + QStringLiteral("CancelWork"));
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ListPanel::cancelRequested);
    m_dismiss->setObjectName(name + QStringLiteral("DismissWork"));
    m_dismiss->setAccessibleName(tr("Dismiss message"));
    m_dismiss->setAutoDefault(false);
    connect(m_dismiss, &QPushButton::clicked, m_workStrip, &QWidget::hide);
    auto *strip = new QHBoxLayout(m_workStrip);
    strip->setContentsMargins(0, 0, 0, 0);
    strip->setSpacing(8);
    strip->addWidget(m_workStatus);
    strip->addWidget(m_workProgress);
    strip->addWidget(m_cancel);
    strip->addWidget(m_dismiss);
    m_workStrip->hide();

    m_footer->setSpacing(8);
    m_footer->addWidget(m_count, 1);
    m_footer->addWidget(m_workStrip);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_stack, 1);
    layout->addLayout(m_footer);
}

ListPanel::~ListPanel() = default;

void ListPanel::setModel(QAbstractItemModel *model, const ListTableView::Columns &columns,
    const Texts &texts, QSettings *settings, const QString &stateKey)
{
    m_model = model;
    m_paged = qobject_cast<PagedTableModel *>(model);
    m_texts = texts;
    m_table->setListModel(model, columns, settings, stateKey);

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &ListPanel::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &ListPanel::updateState);
    if (m_paged) {
        connect(m_paged, &PagedTableModel::totalCountChanged, this, &ListPanel::updateState);
        connect(m_paged, &PagedTableModel::completeChanged, this, &ListPanel::updateState);
        connect(m_paged, &PagedTableModel::loadFailed, this, &ListPanel::updateState);
        connect(m_paged, &PagedTableModel::loadingChanged, this, [this] {
            updateState();
            updateBusy();
        });
    }
    updateState();
}

void ListPanel::addFooterWidget(QWidget *widget)
{
    m_footer->addWidget(widget);
}

bool ListPanel::isInUse() const
{
    if (!m_model)
        return false;
    return !m_paged || m_paged->apiClient();
}

QString ListPanel::countText() const
{
    if (!isInUse())
        return QString();
    const int rows = m_model->rowCount();
    if (!m_paged)
        return m_texts.all ? m_texts.all(rows) : QString();
    if (m_paged->hasFailed() && rows == 0)
        return m_texts.failed;
    // Plural forms take an int; no list of this app comes near INT_MAX rows.
    const int total = int(qMin<qint64>(m_paged->totalCount(), INT_MAX));
    if (total < 0)
        return m_paged->isLoading() ? tr("Loading…") : QString();
    if (rows == 0 && total > 0)
        return tr("Loading…");
    if (rows >= total || !m_texts.partial)
        return m_texts.all ? m_texts.all(total) : QString();
    return m_texts.partial(rows, total);
}

void ListPanel::updateState()
{
    m_count->setText(countText());
    bool empty = false;
    if (isInUse() && m_texts.empty && m_model->rowCount() == 0) {
        empty = !m_paged
            || (m_paged->totalCount() == 0 && !m_paged->isLoading() && !m_paged->hasFailed());
    }
    if (empty) {
        m_empty->setText(m_texts.empty());
        if (m_stack->currentWidget() != m_empty) {
            Q_EMIT emptyAboutToShow();
            m_stack->setCurrentWidget(m_empty);
        }
    } else {
        m_stack->setCurrentWidget(m_table);
    }
    if (isInUse() && (m_model->rowCount() > 0 || (m_paged && m_paged->totalCount() >= 0)))
        Q_EMIT dataShown();
}

bool ListPanel::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void ListPanel::showWork(const QString &text, qint64 done, qint64 total)
{
    m_working = true;
    m_workStatus->setText(text);
    m_workStatus->show();
    m_workProgress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_dismiss->hide();
    if (total > 0) {
        // Per mille, so totals beyond int stay drawable.
        const QLocale locale;
        m_workProgress->setRange(0, 1000);
        m_workProgress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_workProgress->setFormat(
            tr("%1 of %2").arg(locale.toString(done), locale.toString(total)));
    } else {
        m_workProgress->setRange(0, 0);
    }
    m_workStrip->show();
    updateBusy();
}

void ListPanel::endWork(const QString &message)
{
    m_working = false;
    m_workProgress->hide();
    m_cancel->hide();
    m_workStatus->setText(message);
    m_dismiss->setVisible(!message.isEmpty());
    m_workStrip->setVisible(!message.isEmpty());
    updateBusy();
}

void ListPanel::updateBusy()
{
    const bool busy = m_working || (m_paged && m_paged->isLoading());
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}
