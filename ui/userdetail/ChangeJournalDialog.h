// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/widgets/ListTableView.h"

#include <QDialog>

class ChangeJournal;
class ChangeJournalModel;
class ListPanel;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QSettings;

/// The journal of changes this app saved, newest first: all of them, one user's ("Only this
/// user", when opened from a user's tab), or those of the users matching "Filter by user"
/// (name, customer ID or id). Export CSV writes the rows shown; Refresh reads what other
/// instances of the app added.
class ChangeJournalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeJournalDialog)

public:
    /// \a settings keeps the columns (nullptr remembers nothing).
    ChangeJournalDialog(ChangeJournal *journal, QSettings *settings, QWidget *parent = nullptr);
    ~ChangeJournalDialog() override;

    /// Narrows the list to one user (\a userName for the check box); empty shows everyone.
    void showUser(const QString &userId, const QString &userName);
    ChangeJournalModel *model() const { return m_model; }
    ListTableView *view() const;
    QLineEdit *userFilterEdit() const { return m_filter; }
    /// Writes the rows shown to \a path as CSV; false with the reason in a message box.
    bool exportTo(const QString &path);

private:
    QString countText(int shown) const;
    QString emptyText() const;

    ChangeJournal *m_journal;
    ChangeJournalModel *m_model;
    ListPanel *m_panel;
    QLineEdit *m_filter;
    QCheckBox *m_onlyUser;
    QPushButton *m_export;
    QString m_userId;
};
