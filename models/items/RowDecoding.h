// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Internal to builton_models (includes simdjson through PageJson.h): what the row decoders of
// the Users, Orders, Subscriptions and Payment methods tables share on top of PageJson: the
// first error of an element in the full codec's reading order, the reader of an element's
// members, numbers with the codec's tolerance, and a small table that interns the few
// distinct status and currency texts of a list.

#include "models/codec/DecodeError.h"
#include "models/codec/ExtendedJson.h"
#include "models/codec/JsonPath.h"
#include "models/codec/PageJson.h"
#include "models/items/RowStore.h"
#include "models/items/TextArena.h"

#include <QString>
#include <QStringList>

#include <array>
#include <climits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace RowDecoding {

using PageJson::Status;

/// Keeps the error of one element that the full codec would report: the one of the member it
/// reads first (lowest rank), so a list page and the record it shows name the same member.
struct ElementErrors
{
    int rank = INT_MAX;
    DecodeError error;

    void fail(int memberRank, const JsonPath &path, const QString &message)
    {
        if (memberRank >= rank)
            return;
        rank = memberRank;
        error = DecodeError {path.toString(), message};
    }
    bool failed() const { return rank != INT_MAX; }
};

inline std::string_view view(QLatin1String key)
{
    return std::string_view(key.data(), size_t(key.size()));
}

/// A number as ExtendedJson::decodeDouble takes it: a JSON number, a number written as text
/// ("50.6", C locale), or {"$numberDouble" | "$numberInt" | "$numberLong" | "$numberDecimal":
/// number or text}. null, "", {} and [] are Empty; anything else is WrongType.
Status readNumber(PageJson::value &json, double *out);
/// The codec's message for a value that is not a number.
QString expectedNumberMessage();
/// The codec's message for a number that is not a whole number (ints).
QString expectedWholeNumberMessage();

/// What readReference() found.
struct ReferenceRead
{
    enum class Error {
        None,
        Reference, ///< not an id (the codec names the member: "expected an object id")
        DocumentId, ///< an expanded document whose own _id is not an id (names "<member>._id")
    };

    std::array<quint8, 12> id {};
    bool present = false; ///< a reference or document was sent (not null, "", {})
    bool hasId = false;
    bool expanded = false; ///< the whole document was sent
    Error error = Error::None;
};

/// A reference as Reference::decode reads it: {"$oid"}, a bare id, or the expanded document
/// (its top-level "$oid", else its own "_id"; one without any id is tolerated). For each
/// other member of an expanded document calls onMember(std::string_view key, value &), which
/// returns false only for bytes that are not JSON. Returns false for bytes that are not JSON.
template<typename OnMember>
bool readReference(PageJson::value &json, ReferenceRead *out, OnMember &&onMember);

/// The distinct values of one short text column (statuses, currencies): each row keeps a
/// 16-bit index instead of the text. Index 0 is "no value". Values stay interned when the rows
/// are cleared, so the table also lists every value seen in this session.
class InternTable
{
public:
    static constexpr quint16 None = 0;
    /// Returned when 65,535 distinct values are already interned; such a value is not kept.
    static constexpr quint16 Overflow = 0xffff;

    InternTable() = default;

    quint16 intern(std::string_view text);
    QString text(quint16 index) const
    {
        return index == None || index > m_texts.size() ? QString() : m_texts.at(index - 1);
    }
    /// Every value seen, in order of first appearance.
    QStringList values() const { return m_texts; }

private:
    QStringList m_texts;
    std::vector<std::string> m_keys;
    std::unordered_map<std::string, quint16> m_index;
};

/// Calls onMember(std::string_view key, PageJson::value &value) for every member of an
/// element; onMember returns false only for bytes that are not JSON. False, with `error` set
/// to the page's message, when the bytes are not JSON.
template<typename OnMember>
bool forEachMember(PageJson::object &document, DecodeError *error, OnMember &&onMember)
{
    for (auto member : document) {
        simdjson::ondemand::field field;
        std::string_view key;
        simdjson::error_code code = std::move(member).get(field);
        if (!code)
            code = field.unescaped_key().get(key);
        if (code) {
            *error = PageJson::invalidJson(code);
            return false;
        }
        if (!onMember(key, field.value())) {
            *error = PageJson::invalidJson();
            return false;
        }
    }
    return true;
}

/// Reads the members of one list element as the full codec reads them, for the row decoders:
/// texts into the list's TextArena, short texts into an InternTable, dates, numbers and flags.
/// A member of the wrong type is recorded in `errors` (the element's first error in the
/// codec's order) and reading goes on; every call returns false only for bytes that are not
/// JSON. `at` names the member: its key under the element's path, or a whole JsonPath. The
/// path is only built for an error, so the common case costs nothing.
class ElementReader
{
public:
    /// `noTime` is the row type's value for a date that is missing or not a date.
    ElementReader(const JsonPath &path, TextArena *texts, std::string *scratch, qint64 noTime)
        : m_path(path), m_texts(texts), m_scratch(scratch), m_noTime(noTime)
    { }

    ElementErrors errors;

    template<typename At>
    bool text(PageJson::value &json, TextRef *out, int rank, const At &at)
    {
        return readText(json, rank, at, [this, out](std::string_view text) {
            *out = text.empty() ? TextRef() : m_texts->append(text);
        });
    }

    template<typename At>
    bool interned(PageJson::value &json, InternTable &table, quint16 *out, int rank, const At &at)
    {
        return readText(json, rank, at, [&table, out](std::string_view text) {
            *out = text.empty() ? InternTable::None : table.intern(text);
        });
    }

    template<typename At>
    bool time(PageJson::value &json, qint64 *out, int rank, const At &at)
    {
        switch (PageJson::readTimestamp(json, out)) {
        case Status::Value:
            return true;
        case Status::Empty:
            *out = m_noTime;
            return true;
        case Status::WrongType:
            *out = m_noTime;
            fail(rank, at, PageJson::expectedDateMessage());
            return true;
        case Status::BadJson:
            break;
        }
        return false;
    }

    /// `has` tells whether an id was there.
    template<typename At>
    bool objectId(
        PageJson::value &json, std::array<quint8, 12> *out, bool *has, int rank, const At &at)
    {
        const Status status = PageJson::readObjectId(json, out);
        *has = status == Status::Value;
        if (status == Status::WrongType)
            fail(rank, at, PageJson::expectedObjectIdMessage());
        return status != Status::BadJson;
    }

    /// `has` tells whether a number was there.
    template<typename At>
    bool number(PageJson::value &json, double *out, bool *has, int rank, const At &at)
    {
        *has = false;
        switch (readNumber(json, out)) {
        case Status::Value:
            *has = true;
            return true;
        case Status::Empty:
            return true;
        case Status::WrongType:
            fail(rank, at, expectedNumberMessage());
            return true;
        case Status::BadJson:
            break;
        }
        return false;
    }

    /// Sets `flag` in `flags` for true, clears it for false, a missing value or a wrong type.
    template<typename At>
    bool flag(PageJson::value &json, quint8 *flags, quint8 flag, int rank, const At &at)
    {
        bool set = false;
        const Status status = PageJson::readBool(json, &set);
        if (status == Status::BadJson)
            return false;
        if (status == Status::WrongType)
            fail(rank, at, PageJson::expectedBoolMessage());
        *flags = set ? quint8(*flags | flag) : quint8(*flags & ~flag);
        return true;
    }

    /// The end of an element: one without its id fails (the codec's "missing" for `idKey`);
    /// false, with `error` set to the element's first error, when anything failed.
    bool finish(bool hasId, int idRank, QLatin1String idKey, DecodeError *error)
    {
        if (!hasId)
            fail(idRank, idKey, PageJson::missingMessage());
        if (!errors.failed())
            return true;
        *error = errors.error;
        return false;
    }

    void fail(int rank, QLatin1String key, const QString &message)
    {
        errors.fail(rank, m_path.child(key), message);
    }
    void fail(int rank, const JsonPath &at, const QString &message)
    {
        errors.fail(rank, at, message);
    }

private:
    /// A text (empty for "nothing") to \a store; a wrong type is recorded.
    template<typename At, typename Store>
    bool readText(PageJson::value &json, int rank, const At &at, Store &&store)
    {
        std::string_view text;
        switch (PageJson::readText(json, &text, m_scratch)) {
        case Status::Value:
            store(text);
            return true;
        case Status::Empty:
            store(std::string_view());
            return true;
        case Status::WrongType:
            fail(rank, at, PageJson::expectedTextMessage());
            return true;
        case Status::BadJson:
            break;
        }
        return false;
    }

    const JsonPath &m_path;
    TextArena *m_texts;
    std::string *m_scratch;
    qint64 m_noTime;
};

template<typename OnMember>
bool readReference(PageJson::value &json, ReferenceRead *out, OnMember &&onMember)
{
    using simdjson::ondemand::json_type;
    *out = ReferenceRead();
    json_type type;
    if (json.type().get(type))
        return false;
    if (type != json_type::object) {
        const Status status = PageJson::readObjectId(json, &out->id);
        if (status == Status::BadJson)
            return false;
        out->present = status != Status::Empty;
        out->hasId = status == Status::Value;
        if (status == Status::WrongType)
            out->error = ReferenceRead::Error::Reference;
        return true;
    }
    PageJson::object members;
    bool empty = false;
    if (json.get_object().get(members) || members.is_empty().get(empty))
        return false;
    if (empty)
        return true;
    out->present = true;
    int count = 0;
    bool oidSeen = false;
    bool oidValid = false;
    Status documentIdStatus = Status::Empty;
    std::array<quint8, 12> oid {};
    std::array<quint8, 12> documentId {};
    for (auto member : members) {
        simdjson::ondemand::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key))
            return false;
        ++count;
        PageJson::value &inner = field.value();
        if (key == "$oid") {
            oidSeen = true;
            oidValid = false;
            json_type innerType;
            if (inner.type().get(innerType))
                return false;
            if (innerType == json_type::string) {
                std::string_view text;
                if (inner.get_string().get(text))
                    return false;
                oidValid = PageJson::parseObjectId(text, &oid);
            }
        } else if (key == "_id") {
            documentIdStatus = PageJson::readObjectId(inner, &documentId);
            if (documentIdStatus == Status::BadJson)
                return false;
        } else if (!onMember(key, inner)) {
            return false;
        }
    }
    out->expanded = !(count == 1 && oidSeen);
    if (oidSeen) {
        if (!oidValid) {
            out->error = ReferenceRead::Error::Reference;
            return true;
        }
        out->id = oid;
        out->hasId = true;
    } else if (documentIdStatus == Status::WrongType) {
        out->error = ReferenceRead::Error::DocumentId;
    } else if (documentIdStatus == Status::Value) {
        out->id = documentId;
        out->hasId = true;
    }
    return true;
}

/// The codec's message for a reference that is not an id.
QString expectedReferenceMessage();

} // namespace RowDecoding

template<typename Row, int ChunkShift>
template<typename DecodeElement>
bool RowStore<Row, ChunkShift>::decodePage(
    const QByteArray &body, DecodeError *error, DecodeElement &&decodeElement)
{
    const int rowMark = m_rows.size();
    const TextArena::Mark textMark = m_text.mark();
    if (PageJson::PageReader::forThread().read(body, error, decodeElement))
        return true;
    m_rows.truncate(rowMark);
    m_text.rollback(textMark);
    ExtendedJson::logDecodeError(*error);
    return false;
}
