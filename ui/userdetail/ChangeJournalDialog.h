// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class ChangeJournal;
class ChangeJournalModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

/// The journal of changes this app saved, newest first: all of them, one user's ("Only this
/// user", when opened from a user's tab), or those of the users matching "Filter by user"
/// (name, customer ID or id). Export CSV writes the rows shown; Refresh reads what other
/// instances of the app added.
class ChangeJournalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeJournalDialog)

public:
    ChangeJournalDialog(ChangeJournal *journal, QWidget *parent = nullptr);
    ~ChangeJournalDialog() override;

    /// Narrows the list to one user (\a userName for the check box); empty shows everyone.
    void showUser(const QString &userId, const QString &userName);
    ChangeJournalModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *userFilterEdit() const { return m_filter; }
    /// Writes the rows shown to \a path as CSV; false with the reason in a message box.
    bool exportTo(const QString &path);

private:
    void updateSummary();

    ChangeJournal *m_journal;
    ChangeJournalModel *m_model;
    QTableView *m_view;
    QLineEdit *m_filter;
    QCheckBox *m_onlyUser;
    QLabel *m_summary;
    QPushButton *m_export;
    QString m_userId;
};
