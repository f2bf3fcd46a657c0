// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/codec/DecodeError.h"
#include "models/codec/ObjectId.h"
#include "models/items/ChunkedRows.h"
#include "models/items/TextArena.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <string>

namespace RowDecoding {
/// 24 lowercase hex digits.
QString hexId(const std::array<quint8, 12> &bytes);
} // namespace RowDecoding

/// What the row storages of the list models (UserRows, OrderRows, SubscriptionRows,
/// PaymentMethodRows) share: compact rows that never move, their texts in one arena, the row's
/// `_id` (every Row has `std::array<quint8, 12> id`), and the decoding of a page that keeps
/// every row of it or none. How one element becomes a row is each storage's own.
template<typename Row, int ChunkShift = 9>
class RowStore
{
public:
    RowStore(const RowStore &) = delete;
    RowStore &operator=(const RowStore &) = delete;

    int size() const { return m_rows.size(); }
    const Row &at(int row) const { return m_rows[row]; }
    QString text(TextRef ref) const { return m_text.toString(ref); }

    /// The row's _id as 24 lowercase hex digits.
    static QString idText(const Row &row) { return RowDecoding::hexId(row.id); }
    static ObjectId objectId(const Row &row) { return ObjectId::fromString(idText(row)); }
    /// The row of the document with this id, or -1.
    int indexOf(const std::array<quint8, 12> &id) const
    {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].id == id)
                return i;
        }
        return -1;
    }

    /// Bytes held by rows and texts, for memory accounting.
    size_t allocatedBytes() const { return m_rows.allocatedBytes() + m_text.allocatedBytes(); }

protected:
    RowStore() = default;
    ~RowStore() = default;

    /// Decodes one page body (a JSON array) with \a decodeElement, called for each element
    /// as PageJson::PageReader::read() calls it, which appends the element's row. When an
    /// element fails, the rows and texts of the page go again, and \a error names the element
    /// and member at fault ("[3].email"). Defined in RowDecoding.h.
    template<typename DecodeElement>
    bool decodePage(const QByteArray &body, DecodeError *error, DecodeElement &&decodeElement);
    /// Drops every row and text.
    void clearStore()
    {
        m_rows.clear();
        m_text.clear();
        std::string().swap(m_scratch);
    }

    ChunkedRows<Row, ChunkShift> m_rows;
    TextArena m_text;
    /// Room for a text that is not in the page as it should be stored (a number sent as text).
    std::string m_scratch;
};
