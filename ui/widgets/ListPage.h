// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/Page.h"

class ListSection;

/// A page of the main window that shows one list (a ListSection) under its heading: it loads
/// the list when shown, clears it when the connection changes, reports what the list reports,
/// and asks the window to open the users it opens (openUserRequested()). Staff only.
class ListPage : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListPage)

public:
    ~ListPage() override;

    QString title() const override { return m_title; }
    QIcon icon() const override { return m_icon; }
    bool isAvailableFor(AccessRole role) const override;
    void activate() override;

    ListSection *section() const { return m_section; }

Q_SIGNALS:
    /// Open the detail of the user with this `_id` (24 lowercase hex digits).
    void openUserRequested(const QString &id);

protected:
    /// \a name prefixes the object names ("orders": ordersPage, ordersHeading); the page takes
    /// \a section.
    ListPage(Session *session, const QString &name, const QString &title, const QIcon &icon,
        ListSection *section, QWidget *parent);

    void resetContents() override;

private:
    QString m_title;
    QIcon m_icon;
    ListSection *m_section;
};
