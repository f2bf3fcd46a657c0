// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/editing/DraftStore.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

/// Offers the unsaved edits found from an earlier run (a crash, a power cut) of the current
/// connection: which user, which fields, how long ago. Restore opens each chosen user with the
/// edits re-applied (the save still checks for changes made meanwhile); Discard deletes the
/// chosen drafts; Not Now keeps them for the next start.
class DraftsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsDialog)

public:
    explicit DraftsDialog(const QList<Draft> &drafts, QWidget *parent = nullptr);
    ~DraftsDialog() override;

    QTreeWidget *list() const { return m_list; }
    /// The drafts ticked in the list (all are, at first).
    QList<Draft> checkedDrafts() const;

Q_SIGNALS:
    void restoreRequested(const QList<Draft> &drafts);
    void discardRequested(const QList<Draft> &drafts);

private:
    void updateButtons();

    QList<Draft> m_drafts;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QPushButton *m_discard;
};
