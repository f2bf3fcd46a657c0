// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/editing/ChangeJournal.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

/// The change journal as a table, newest first, optionally narrowed to one user by id or by
/// what is typed about them (the journal is local, so filtering here is filtering where the
/// data is).
class ChangeJournalModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeJournalModel)

public:
    enum Column { Time, Who, Server, User, Field, Before, After, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        /// Typed value: the time as a QDateTime (UTC), before/after as JSON text, else text.
        RawValueRole = Qt::UserRole + 1,
        /// The user's _id, on every column.
        UserIdRole,
    };

    explicit ChangeJournalModel(ChangeJournal *journal, QObject *parent = nullptr);
    ~ChangeJournalModel() override;

    /// Shows only the entries of \a userId; empty shows all.
    void setUserFilter(const QString &userId);
    QString userFilter() const { return m_userFilter; }
    /// Shows only the entries whose user matches \a text: a part of the name, the human id or
    /// the _id, ignoring case and surrounding spaces; empty shows all. Applies together with
    /// setUserFilter().
    void setUserText(const QString &text);
    QString userText() const { return m_userText; }
    /// Labels for default payment method ids (display only).
    void setPaymentMethodLabels(const QHash<QString, QString> &labels);

    /// The entry of a row, and the entries shown (newest first), e.g. for export.
    JournalEntry entry(int row) const { return m_rows.at(row); }
    const QList<JournalEntry> &shownEntries() const { return m_rows; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void onAppended(const QList<JournalEntry> &entries);
    bool accepts(const JournalEntry &entry) const;

    QPointer<ChangeJournal> m_journal;
    QString m_userFilter;
    QString m_userText;
    QHash<QString, QString> m_paymentMethodLabels;
    QList<JournalEntry> m_rows;
};
