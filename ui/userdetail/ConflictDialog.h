// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/editing/ProfileMerge.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

/// Shows, field by field, what a staff member started from, their edit and what is on the
/// server now, after someone else changed the same fields of the user; a choice per field
/// (Keep both where they combine, as tags do; mine; theirs) with what will be saved, each
/// address of the list on its own, or Reload Everything (drop the edits). Keyboard: Tab moves
/// between the choices, Up/Down (or typing K/T) changes one, Enter applies.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    /// \a userName names the user in the explanation; \a paymentMethodLabels shows payment
    /// methods by their card.
    ConflictDialog(const QList<MergeConflict> &conflicts, const QString &userName,
        const QHash<QString, QString> &paymentMethodLabels, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    QList<MergeConflict> conflicts() const { return m_conflicts; }
    /// The choice of every conflict, by MergeConflict::id().
    QHash<QString, ConflictChoice> choices() const;
    void setChoice(const QString &id, ConflictChoice choice);
    QComboBox *choiceBox(const QString &id) const;
    /// What will be saved for a conflict with the current choice, as shown.
    QString resultText(const QString &id) const;
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    /// Apply the choices (and save).
    void choicesMade(const QHash<QString, ConflictChoice> &choices);
    /// Drop every edit and show the server's record.
    void reloadRequested();

private:
    QString displayText(const MergeConflict &conflict, const QJsonValue &value) const;
    void showResult(int row);

    QList<MergeConflict> m_conflicts;
    QHash<QString, QString> m_paymentMethodLabels;
    QTableWidget *m_table;
    QHash<QString, QComboBox *> m_boxes;
    QPushButton *m_apply;
    QPushButton *m_keepAll;
    QPushButton *m_takeAll;
    QPushButton *m_reload;
};
