// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/ListSection.h"

#include "models/items/PagedTableModel.h"
#include "session/Session.h"
#include "ui/widgets/ListPanel.h"
#include "ui/widgets/StatusLabel.h"

ListSection::ListSection(Session *session, QWidget *parent)
    : QWidget(parent), m_session(session) { }

ListSection::~ListSection() = default;

void ListSection::setList(ListPanel *panel, PagedTableModel *model)
{
    Q_ASSERT(panel && model && !m_panel);
    m_panel = panel;
    m_model = model;
    connect(panel, &ListPanel::dataShown, this, [this] {
        if (m_loaded)
            Q_EMIT firstDataLoaded();
    });
    connect(panel, &ListPanel::busyChanged, this, &ListSection::busyChanged);
    connect(model, &PagedTableModel::loadFailed, this, [this](const ApiError &error) {
        Q_EMIT errorOccurred(error, [this] { m_model->retry(); });
    });
}

ListTableView *ListSection::view() const
{
    return m_panel ? m_panel->table() : nullptr;
}

QLabel *ListSection::summaryLabel() const
{
    return m_panel ? m_panel->countLabel() : nullptr;
}

QList<int> ListSection::visibleColumns() const
{
    return m_panel->table()->visibleColumns();
}

void ListSection::setColumnVisible(int column, bool visible)
{
    m_panel->table()->setColumnVisible(column, visible);
}

void ListSection::load()
{
    ApiClient *client = m_session ? m_session->client() : nullptr;
    if (!client || !m_model)
        return;
    m_loaded = true;
    if (m_model->apiClient() != client) {
        m_model->setApiClient(client);
        startQuery();
    } else if (m_model->rowCount() == 0 && m_model->canFetchMore(QModelIndex())) {
        m_model->fetchMore(QModelIndex());
    }
}

void ListSection::reload()
{
    if (!m_loaded) {
        load();
        return;
    }
    startQuery();
}

void ListSection::clear()
{
    m_loaded = false;
    if (m_model)
        m_model->setApiClient(nullptr);
}

void ListSection::startQuery()
{
    m_model->reload();
}
