// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/ListPage.h"

#include "ui/widgets/ListSection.h"

#include <QLabel>
#include <QVBoxLayout>

ListPage::ListPage(Session *session, const QString &name, const QString &title, const QIcon &icon,
    ListSection *section, QWidget *parent)
    : Page(session, parent), m_title(title), m_icon(icon), m_section(section)
{
    setObjectName(name + QStringLiteral("Page"));
    QLabel *heading = createHeading(title, name + QStringLiteral("Heading"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_section, 1);

    followView(m_section);
    connect(m_section, &ListSection::openUserRequested, this, &ListPage::openUserRequested);
}

ListPage::~ListPage() = default;

bool ListPage::isAvailableFor(AccessRole role) const
{
    return role == AccessRole::Staff;
}

void ListPage::activate()
{
    m_section->load();
}

void ListPage::resetContents()
{
    m_section->clear();
}
