// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/items/PaymentMethodRows.h"

#include "models/codec/ExtendedJson.h"
#include "models/domain/Card.h"
#include "models/items/RowDecoding.h"

#include <QJsonObject>

#include <cmath>
#include <utility>

namespace {

using PageJson::Status;
using RowDecoding::view;
using simdjson::ondemand::json_type;

const QLatin1String IdKey("_id");
const QLatin1String NameKey("name");
const QLatin1String ActiveKey("active");
const QLatin1String CardKey("card");
const QLatin1String BrandKey("brand");
const QLatin1String Last4Key("last4");
const QLatin1String ExpMonthKey("exp_month");
const QLatin1String ExpYearKey("exp_year");
const QLatin1String CreatedKey("created");
const QLatin1String DeletedKey("deleted");

// PaymentMethod::fromJson's reading order, times ten; Card::fromJson's inside the card.
enum Rank {
    IdRank = 0,
    NameRank = 20,
    ActiveRank = 30,
    CardRank = 60,
    BrandRank = 60,
    Last4Rank = 61,
    ExpMonthRank = 62,
    ExpYearRank = 63,
    CreatedRank = 80,
    DeletedRank = 100,
};

} // namespace

QString PaymentMethodRows::brandName(const PaymentMethodRow &row) const
{
    const QString code = text(row.brand);
    if (code.isEmpty())
        return QString();
    const DecodeResult<Card> card = Card::fromJson(QJsonObject {{BrandKey, code}});
    return card ? card.value().brandName() : code;
}

QDate PaymentMethodRows::expiryDate(const PaymentMethodRow &row)
{
    if (!(row.flags & HasExpiry))
        return QDate();
    return QDate::fromJulianDay(row.expiryDay);
}

QString PaymentMethodRows::expiryText(const PaymentMethodRow &row)
{
    const QDate date = expiryDate(row);
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1/%2").arg(date.month(), 2, 10, QLatin1Char('0')).arg(date.year());
}

bool PaymentMethodRows::appendPage(const QByteArray &body, DecodeError *error)
{
    auto decode = [this](PageJson::object &document, const JsonPath &path, DecodeError *pageError) {
        PaymentMethodRow &row = m_rows.append();
        RowDecoding::ElementReader reader(path, &m_text, &m_scratch, PaymentMethodRow::NoTime);
        bool hasId = false;
        bool hasMonth = false;
        bool hasYear = false;
        int month = 0;
        int year = 0;

        // As ExtendedJson::decodeInt: a number (in any tolerated form) that is whole.
        auto readInt
            = [&](PageJson::value &json, int *out, bool *has, int rank, const JsonPath &at) {
                  double number = 0;
                  *has = false;
                  switch (RowDecoding::readNumber(json, &number)) {
                  case Status::Value:
                      if (std::floor(number) != number || number < double(INT_MIN)
                          || number > double(INT_MAX)) {
                          reader.errors.fail(rank, at, RowDecoding::expectedWholeNumberMessage());
                          return true;
                      }
                      *out = int(number);
                      *has = true;
                      return true;
                  case Status::Empty:
                      return true;
                  case Status::WrongType:
                      reader.errors.fail(rank, at, RowDecoding::expectedNumberMessage());
                      return true;
                  case Status::BadJson:
                      break;
                  }
                  return false;
              };
        auto readCard = [&](PageJson::value &json) {
            const JsonPath card = path.child(CardKey);
            json_type type;
            if (json.type().get(type))
                return false;
            row.brand = row.last4 = TextRef();
            hasMonth = hasYear = false;
            if (type != json_type::object) {
                // null, "" and [] say "no card"; anything else is not a card.
                std::string_view ignored;
                const Status status = PageJson::readText(json, &ignored, &m_scratch);
                if (status == Status::BadJson)
                    return false;
                if (status != Status::Empty)
                    reader.errors.fail(CardRank, card, PageJson::expectedObjectMessage());
                return true;
            }
            PageJson::object members;
            if (json.get_object().get(members))
                return false;
            for (auto member : members) {
                simdjson::ondemand::field field;
                std::string_view key;
                if (std::move(member).get(field) || field.unescaped_key().get(key))
                    return false;
                PageJson::value &value = field.value();
                bool ok = true;
                if (key == view(BrandKey))
                    ok = reader.text(value, &row.brand, BrandRank, card.child(BrandKey));
                else if (key == view(Last4Key))
                    ok = reader.text(value, &row.last4, Last4Rank, card.child(Last4Key));
                else if (key == view(ExpMonthKey))
                    ok = readInt(value, &month, &hasMonth, ExpMonthRank, card.child(ExpMonthKey));
                else if (key == view(ExpYearKey))
                    ok = readInt(value, &year, &hasYear, ExpYearRank, card.child(ExpYearKey));
                if (!ok)
                    return false;
            }
            return true;
        };

        const bool membersRead = RowDecoding::forEachMember(
            document, pageError, [&](std::string_view key, PageJson::value &json) {
                bool ok = true;
                if (key == view(IdKey)) {
                    ok = reader.objectId(json, &row.id, &hasId, IdRank, IdKey);
                } else if (key == view(NameKey)) {
                    ok = reader.text(json, &row.name, NameRank, path.child(NameKey));
                } else if (key == view(ActiveKey)) {
                    ok = reader.flag(json, &row.flags, Active, ActiveRank, ActiveKey);
                } else if (key == view(CardKey)) {
                    ok = readCard(json);
                } else if (key == view(CreatedKey)) {
                    ok = reader.time(json, &row.created, CreatedRank, CreatedKey);
                } else if (key == view(DeletedKey)) {
                    ok = reader.flag(json, &row.flags, Deleted, DeletedRank, DeletedKey);
                }
                // Everything else (setup_intent, customer_id, fingerprints...) is skipped unread.
                return ok;
            });
        if (!membersRead)
            return false;
        // The expiry as Card computes it (two-digit years, valid months only).
        row.flags &= quint8(~HasExpiry);
        if (hasMonth && hasYear) {
            const DecodeResult<Card> card
                = Card::fromJson(QJsonObject {{ExpMonthKey, month}, {ExpYearKey, year}});
            if (card && card.value().hasExpiry()) {
                const QDate expiry = card.value().expiryDate();
                row.expiryDay = expiry.toJulianDay();
                row.expiryMonth = qint16(expiry.month());
                row.expiryYear = qint16(expiry.year());
                row.flags |= HasExpiry;
            }
        }
        return reader.finish(hasId, IdRank, IdKey, pageError);
    };

    return decodePage(body, error, decode);
}
