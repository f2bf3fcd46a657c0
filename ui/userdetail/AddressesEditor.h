// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/domain/Address.h"

#include <QWidget>

class AddressFields;
class ProfileEditor;
class QLabel;
class QListWidget;
class QPushButton;

/// The Addresses tab of a user's detail: the user's addresses as a list, the selected one
/// edited in the form beside it, with Add address, Remove, Move Up and Move Down (also
/// Insert, Delete, Ctrl+Up and Ctrl+Down in the list). Geo is shown when an address has it.
/// Every change goes into ProfileEditor's address list, saved as a whole with PUT
/// /users/{id}/addresses; what the form does not show of an address is kept.
class AddressesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddressesEditor)

public:
    explicit AddressesEditor(ProfileEditor *editor, QWidget *parent = nullptr);
    ~AddressesEditor() override;

    QListWidget *list() const { return m_list; }
    AddressFields *fields() const { return m_fields; }
    int currentRow() const;

    void addAddress();
    void removeCurrent();
    /// Moves the selected address by \a offset places (-1 up, +1 down).
    void moveCurrent(int offset);

private:
    void refresh();
    void showCurrent();
    void updateButtons();
    static QString rowText(const Address &address);

    ProfileEditor *m_editor;
    QListWidget *m_list;
    AddressFields *m_fields;
    QLabel *m_geo;
    QLabel *m_error;
    QLabel *m_empty;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    bool m_refreshing = false;
};
