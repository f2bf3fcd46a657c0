// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/items/PagedTableModel.h"

#include <QBrush>

#include <type_traits>
#include <utility>

/// A PagedTableModel whose rows live in compact storage \a Rows (UserRows, OrderRows,
/// SubscriptionRows, PaymentMethodRows: at(), size(), appendPage(), clear() and a static
/// idText()). Pages decode straight into it, a new query clears it, and what every such table
/// answers alike is answered here: data()'s index checks, IdRole and FlagsRole on every column,
/// the alignment of numbers, deleted rows greyed (every Rows has a Deleted flag), and a row's
/// id and flags by row number. Subclasses answer the rest in rowData().
template<typename Rows>
class PagedRowsModel : public PagedTableModel
{
public:
    /// One row as the storage keeps it (UserRow, OrderRow...).
    using Row = std::decay_t<decltype(std::declval<const Rows &>().at(0))>;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const final
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return QVariant();
        const Row &row = m_rows.at(index.row());
        switch (role) {
        case IdRole:
            return Rows::idText(row);
        case FlagsRole:
            return int(row.flags);
        case Qt::TextAlignmentRole:
            return alignment(index.column());
        case Qt::ForegroundRole:
            // Whatever else the column would say.
            if (row.flags & Rows::Deleted)
                return QBrush(colors().inactive);
            return rowData(row, index.column(), role);
        default:
            return rowData(row, index.column(), role);
        }
    }

protected:
    using PagedTableModel::PagedTableModel;

    /// data() of a shown row, for every role but IdRole, FlagsRole and TextAlignmentRole, and
    /// ForegroundRole only for rows not deleted.
    virtual QVariant rowData(const Row &row, int column, int role) const = 0;

    /// The `_id` of \a row (24 hex digits), or an empty string for no such row.
    QString rowId(int row) const { return hasRow(row) ? Rows::idText(m_rows.at(row)) : QString(); }
    /// The flag bits of \a row, 0 for no such row.
    int rowFlags(int row) const { return hasRow(row) ? int(m_rows.at(row).flags) : 0; }

    /// After a page's rows are stored (not shown yet).
    virtual void rowsAppended() { }

    bool appendPage(const QByteArray &body, DecodeError *error) override
    {
        if (!m_rows.appendPage(body, error))
            return false;
        rowsAppended();
        return true;
    }
    int storedRowCount() const override { return m_rows.size(); }
    void clearRows() override { m_rows.clear(); }

    Rows m_rows;
};
