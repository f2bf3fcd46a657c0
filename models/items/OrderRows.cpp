// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/OrderRows.h"

#include "models/codec/ExtendedJson.h"
#include "models/domain/Order.h"
#include "models/domain/User.h"
#include "models/items/RowDecoding.h"

#include <utility>

namespace {

using PageJson::Status;
using RowDecoding::view;
using simdjson::ondemand::json_type;

const QLatin1String IdKey("_id");
const QLatin1String HumanIdKey("human_id");
const QLatin1String UserKey("user");
const QLatin1String CurrencyKey("currency");
const QLatin1String TotalAmountKey("total_amount");
const QLatin1String TotalQuantityKey("total_quantity");
const QLatin1String OrderStatusKey("order_status");
const QLatin1String DeliveryStatusKey("delivery_status");
const QLatin1String DeliveryTimeKey("delivery_time");
const QLatin1String ItemsKey("items");
const QLatin1String QuantityKey("quantity");
const QLatin1String CreatedKey("created");
const QLatin1String ModifiedKey("modified");
const QLatin1String DeletedKey("deleted");
const QLatin1String FirstNameKey("first_name");
const QLatin1String LastNameKey("last_name");
const QLatin1String EmailKey("email");

// Positions of the members in Order::fromJson's reading order.
enum Rank {
    IdRank = 0,
    HumanIdRank = 1,
    UserRank = 2,
    CurrencyRank = 3,
    TotalAmountRank = 4,
    TotalQuantityRank = 5,
    OrderStatusRank = 7,
    DeliveryStatusRank = 8,
    DeliveryTimeRank = 9,
    ItemsRank = 11,
    CreatedRank = 13,
    ModifiedRank = 14,
    DeletedRank = 15,
};

} // namespace

OrderRows::OrderRows()
    : m_currencies(std::make_unique<RowDecoding::InternTable>())
    , m_orderStatuses(std::make_unique<RowDecoding::InternTable>())
    , m_deliveryStatuses(std::make_unique<RowDecoding::InternTable>())
{ }

OrderRows::~OrderRows() = default;

QString OrderRows::customerIdText(const OrderRow &row)
{
    return (row.flags & HasCustomerId) ? RowDecoding::hexId(row.customerId) : QString();
}

QString OrderRows::customerName(const OrderRow &row) const
{
    if (!(row.flags & HasCustomer))
        return QString();
    if (!(row.flags & CustomerExpanded))
        return customerIdText(row);
    return User::displayNameFrom(text(row.firstName), text(row.lastName), text(row.email),
        text(row.customerHumanId), customerIdText(row));
}

QString OrderRows::orderStatus(const OrderRow &row) const
{
    return m_orderStatuses->text(row.orderStatus);
}

QString OrderRows::deliveryStatus(const OrderRow &row) const
{
    return m_deliveryStatuses->text(row.deliveryStatus);
}

QString OrderRows::currency(const OrderRow &row) const
{
    return m_currencies->text(row.currency);
}

Money OrderRows::total(const OrderRow &row) const
{
    if (!(row.flags & HasTotal))
        return Money();
    return Money::fromUnits(row.totalUnits, currency(row));
}

QStringList OrderRows::orderStatusesSeen() const
{
    return m_orderStatuses->values();
}

QStringList OrderRows::deliveryStatusesSeen() const
{
    return m_deliveryStatuses->values();
}

QStringList OrderRows::currenciesSeen() const
{
    return m_currencies->values();
}

bool OrderRows::appendPage(const QByteArray &body, DecodeError *error)
{
    const int rowMark = m_rows.size();

    auto decodeOrder = [this](PageJson::object &document, const JsonPath &path,
                           DecodeError *pageError) {
        OrderRow &row = m_rows.append();
        RowDecoding::ElementReader reader(path, &m_text, &m_scratch, OrderRow::NoTime);
        bool hasId = false;
        bool hasTotalQuantity = false;
        double itemQuantity = 0;
        bool hasItemQuantity = false;

        // `user`: an {"$oid"}, a bare id or the expanded customer, read as Reference::decode
        // reads it; the names are read leniently, as Order::customerName() reads them.
        auto readCustomer = [&](PageJson::value &json) {
            TextRef first;
            TextRef last;
            TextRef email;
            TextRef humanId;
            auto lenientText = [&](PageJson::value &value, TextRef *out) {
                std::string_view text;
                const Status status = PageJson::readText(value, &text, &m_scratch);
                if (status == Status::Value)
                    *out = m_text.append(text);
                return status != Status::BadJson;
            };
            RowDecoding::ReferenceRead customer;
            const bool ok = RowDecoding::readReference(
                json, &customer, [&](std::string_view key, PageJson::value &value) {
                    if (key == view(FirstNameKey))
                        return lenientText(value, &first);
                    if (key == view(LastNameKey))
                        return lenientText(value, &last);
                    if (key == view(EmailKey))
                        return lenientText(value, &email);
                    if (key == view(HumanIdKey))
                        return lenientText(value, &humanId);
                    return true;
                });
            if (!ok)
                return false;
            row.flags &= quint8(~(HasCustomer | HasCustomerId | CustomerExpanded));
            switch (customer.error) {
            case RowDecoding::ReferenceRead::Error::Reference:
                reader.errors.fail(
                    UserRank, path.child(UserKey), RowDecoding::expectedReferenceMessage());
                return true;
            case RowDecoding::ReferenceRead::Error::DocumentId:
                reader.errors.fail(UserRank, path.child(UserKey).child(IdKey),
                    PageJson::expectedObjectIdMessage());
                return true;
            case RowDecoding::ReferenceRead::Error::None:
                break;
            }
            if (!customer.present)
                return true;
            row.flags |= HasCustomer;
            if (customer.hasId) {
                row.customerId = customer.id;
                row.flags |= HasCustomerId;
            }
            if (customer.expanded) {
                row.flags |= CustomerExpanded;
                row.firstName = first;
                row.lastName = last;
                row.email = email;
                row.customerHumanId = humanId;
            }
            return true;
        };
        // `items`: counted, and their quantities summed for orders without total_quantity.
        auto readItems = [&](PageJson::value &json) {
            const JsonPath member = path.child(ItemsKey);
            json_type type;
            if (json.type().get(type))
                return false;
            if (type != json_type::array) {
                std::string_view ignored;
                const Status status = PageJson::readText(json, &ignored, &m_scratch);
                if (status == Status::BadJson)
                    return false;
                if (status != Status::Empty)
                    reader.errors.fail(ItemsRank, member, PageJson::expectedListMessage());
                return true;
            }
            simdjson::ondemand::array elements;
            if (json.get_array().get(elements))
                return false;
            qsizetype index = 0;
            int lines = 0;
            for (auto element : elements) {
                PageJson::value item;
                json_type itemType;
                if (element.get(item) || item.type().get(itemType))
                    return false;
                const JsonPath at = member.element(index++);
                if (itemType != json_type::object) {
                    // null, "" and [] are left out; anything else is not an item.
                    std::string_view ignored;
                    const Status status = PageJson::readText(item, &ignored, &m_scratch);
                    if (status == Status::BadJson)
                        return false;
                    if (status != Status::Empty)
                        reader.errors.fail(ItemsRank, at, PageJson::expectedObjectMessage());
                    continue;
                }
                ++lines;
                PageJson::object fields;
                if (item.get_object().get(fields))
                    return false;
                for (auto field : fields) {
                    simdjson::ondemand::field itemField;
                    std::string_view key;
                    if (std::move(field).get(itemField) || itemField.unescaped_key().get(key))
                        return false;
                    if (key != view(QuantityKey))
                        continue;
                    double quantity = 0;
                    bool has = false;
                    if (!reader.number(
                            itemField.value(), &quantity, &has, ItemsRank, at.child(QuantityKey)))
                        return false;
                    if (has) {
                        itemQuantity += quantity;
                        hasItemQuantity = true;
                    }
                }
            }
            row.itemLines = quint16(qMin(lines, 0xffff));
            return true;
        };

        const bool membersRead = RowDecoding::forEachMember(
            document, pageError, [&](std::string_view key, PageJson::value &json) {
                bool ok = true;
                if (key == view(IdKey)) {
                    ok = reader.objectId(json, &row.id, &hasId, IdRank, IdKey);
                } else if (key == view(HumanIdKey)) {
                    ok = reader.text(json, &row.humanId, HumanIdRank, HumanIdKey);
                } else if (key == view(UserKey)) {
                    ok = readCustomer(json);
                } else if (key == view(CurrencyKey)) {
                    ok = reader.interned(
                        json, *m_currencies, &row.currency, CurrencyRank, CurrencyKey);
                } else if (key == view(TotalAmountKey)) {
                    double amount = 0;
                    bool has = false;
                    ok = reader.number(
                        json, &amount, &has, TotalAmountRank, path.child(TotalAmountKey));
                    const Money money = has ? Money::fromDouble(amount, QString()) : Money();
                    row.totalUnits = money.isValid() ? money.units() : 0;
                    row.flags = money.isValid() ? quint8(row.flags | HasTotal)
                                                : quint8(row.flags & ~HasTotal);
                } else if (key == view(TotalQuantityKey)) {
                    ok = reader.number(json, &row.quantity, &hasTotalQuantity, TotalQuantityRank,
                        path.child(TotalQuantityKey));
                } else if (key == view(OrderStatusKey)) {
                    ok = reader.interned(
                        json, *m_orderStatuses, &row.orderStatus, OrderStatusRank, OrderStatusKey);
                } else if (key == view(DeliveryStatusKey)) {
                    ok = reader.interned(json, *m_deliveryStatuses, &row.deliveryStatus,
                        DeliveryStatusRank, DeliveryStatusKey);
                } else if (key == view(DeliveryTimeKey)) {
                    ok = reader.time(json, &row.deliveryTime, DeliveryTimeRank, DeliveryTimeKey);
                } else if (key == view(ItemsKey)) {
                    ok = readItems(json);
                } else if (key == view(CreatedKey)) {
                    ok = reader.time(json, &row.created, CreatedRank, CreatedKey);
                } else if (key == view(ModifiedKey)) {
                    ok = reader.time(json, &row.modified, ModifiedRank, ModifiedKey);
                } else if (key == view(DeletedKey)) {
                    ok = reader.flag(json, &row.flags, Deleted, DeletedRank, DeletedKey);
                }
                // Other members are skipped unread.
                return ok;
            });
        if (!membersRead)
            return false;
        if (!hasTotalQuantity) {
            row.quantity = hasItemQuantity ? itemQuantity : 0;
            hasTotalQuantity = hasItemQuantity;
        }
        if (hasTotalQuantity)
            row.flags |= HasQuantity;
        return reader.finish(hasId, IdRank, IdKey, pageError);
    };

    if (!decodePage(body, error, decodeOrder))
        return false;
    for (int i = rowMark; i < m_rows.size(); ++i) {
        const OrderRow &row = m_rows[i];
        if (!(row.flags & HasTotal) || !m_totals.add(total(row)))
            ++m_withoutTotal;
    }
    return true;
}

void OrderRows::clear()
{
    // The intern tables stay: they are tiny, and list every status seen in this session.
    clearStore();
    m_totals.clear();
    m_withoutTotal = 0;
}

void OrderRows::assign(int index, const Order &order)
{
    OrderRow &row = m_rows[index];
    const auto intern = [](RowDecoding::InternTable &table, const QString &text) {
        const QByteArray utf8 = text.toUtf8();
        return text.isEmpty() ? RowDecoding::InternTable::None
                              : table.intern(std::string_view(utf8.constData(), utf8.size()));
    };
    row.orderStatus = intern(*m_orderStatuses, order.orderStatus());
    row.deliveryStatus = intern(*m_deliveryStatuses, order.deliveryStatus());
    if (order.modified().isValid())
        row.modified = order.modified().toMSecsSinceEpoch();
    row.flags = quint8((row.flags & ~Deleted) | (order.isDeleted() ? Deleted : 0));
}

int OrderRows::indexOf(const ObjectId &id) const
{
    return id.isValid() ? RowStore::indexOf(id.bytes()) : -1;
}
