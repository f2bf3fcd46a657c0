// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/widgets/Page.h"

#include "ui/widgets/Appearance.h"

#include <QLabel>

Page::Page(Session *session, QWidget *parent) : QWidget(parent), m_session(session) { }

Page::~Page() = default;

void Page::reset()
{
    m_loaded = false;
    resetContents();
    setBusy(false);
}

void Page::markDataLoaded()
{
    if (m_loaded)
        return;
    m_loaded = true;
    Q_EMIT firstDataLoaded();
}

void Page::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

QLabel *Page::createHeading(const QString &text, const QString &objectName)
{
    auto *heading = new QLabel(text, this);
    heading->setObjectName(objectName);
    heading->setTextFormat(Qt::PlainText);
    heading->setFont(Appearance::headingFont(heading->font()));
    return heading;
}
