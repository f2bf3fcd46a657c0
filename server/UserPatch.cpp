// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserPatch.h"

#include "JsonCheck.h"
#include "ObjectIds.h"
#include "PhoneNumber.h"
#include "RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace Server {

namespace {

enum class BodyKind { Profile, Addresses };

// The field a JsonCheck problem is in, named as the other checks name it: the member of a
// profile ("bio"), the member of an address ("billing_address.city", "addresses[3].city"),
// or the element of the address list ("addresses[3]"); empty outside any of them.
QString fieldOf(BodyKind kind, const QList<JsonCheck::Step> &path)
{
    if (path.isEmpty())
        return {};
    const JsonCheck::Step &first = path.first();
    QString field;
    if (kind == BodyKind::Profile) {
        if (first.isIndex())
            return {};
        field = first.key;
        if (field != QLatin1String("billing_address"))
            return field;
    } else {
        if (!first.isIndex())
            return {};
        field = QStringLiteral("addresses[%1]").arg(first.index);
    }
    if (path.size() > 1 && !path.at(1).isIndex())
        field += QLatin1Char('.') + path.at(1).key;
    return field;
}

// Strict reading (JsonCheck), then QJsonDocument.
bool parseJson(const QByteArray &body, BodyKind kind, QJsonDocument *doc, UserPatch::Error *error)
{
    const JsonCheck::Result check = JsonCheck::check(body,
        kind == BodyKind::Profile ? UserPatch::MaxProfileDepth : UserPatch::MaxAddressesDepth);
    if (!check.isValid()) {
        error->field = fieldOf(kind, check.path);
        error->message = check.message();
        return false;
    }
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // JsonCheck accepts no more than QJsonDocument does; this is only a second guard
        // (e.g. a number QJsonDocument cannot represent).
        error->field.clear();
        error->message = UserPatch::tr("The body is not valid JSON: %1 at offset %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset);
        return false;
    }
    return true;
}

bool fail(UserPatch::Error *error, const QString &field, const QString &message)
{
    error->field = field;
    error->message = message;
    return false;
}

const QStringList &readOnlyFields()
{
    static const QStringList fields = {
        QStringLiteral("_id"),
        QStringLiteral("_cls"),
        QStringLiteral("$oid"),
        QStringLiteral("addresses"),
        QStringLiteral("auth_id"),
        QStringLiteral("avatar"),
        QStringLiteral("blocked"),
        QStringLiteral("company"),
        QStringLiteral("created"),
        QStringLiteral("deleted"),
        QStringLiteral("human_id"),
        QStringLiteral("is_company"),
        QStringLiteral("last_login"),
        QStringLiteral("modified"),
        QStringLiteral("national_id"),
        QStringLiteral("new_customer"),
        QStringLiteral("receive_notifications"),
        QStringLiteral("roles"),
        QStringLiteral("stripe_customer_id"),
        QStringLiteral("voucher"),
    };
    return fields;
}

bool tooLong(UserPatch::Error *error, const QString &field, qsizetype length, int max)
{
    return fail(error, field,
        UserPatch::tr("At most %1 characters (Unicode code points); this has %2.")
            .arg(max)
            .arg(length));
}

// The length cap of a text value that is a string (other types are checked elsewhere).
bool checkLength(const QJsonValue &value, const QString &field, int max, UserPatch::Error *error)
{
    if (!value.isString())
        return true;
    const qsizetype length = JsonCheck::codePoints(value.toString());
    return length <= max || tooLong(error, field, length, max);
}

bool checkAddressSize(QByteArrayView minified, const QString &field, UserPatch::Error *error)
{
    if (minified.size() <= UserPatch::MaxAddressBytes)
        return true;
    return fail(error, field,
        UserPatch::tr("An address may take at most %1 bytes as compact JSON; this takes %2.")
            .arg(UserPatch::MaxAddressBytes)
            .arg(minified.size()));
}

} // namespace

int UserPatch::maxLength(QStringView field)
{
    if (field == u"first_name" || field == u"last_name" || field == u"title")
        return MaxNameLength;
    if (field == u"email")
        return MaxEmailLength;
    if (field == u"mobile_phone_number")
        return MaxPhoneLength;
    if (field == u"bio" || field == u"note")
        return MaxTextLength;
    if (field == u"tags")
        return MaxTagLength;
    return -1;
}

bool UserPatch::checkStoredSize(
    QByteArrayView doc, const QString &field, Error *error, qsizetype sizeBefore)
{
    if (doc.size() <= MaxStoredUserBytes || doc.size() <= sizeBefore)
        return true;
    return fail(error, field,
        tr("The user would take %1 bytes as stored; at most %2 are allowed.")
            .arg(doc.size())
            .arg(MaxStoredUserBytes));
}

bool UserPatch::applyTo(QByteArray *doc, Error *error) const
{
    QByteArray out = *doc;
    const QPair<QString, QByteArray> *largest = nullptr;
    for (const auto &member : members) {
        out = RawJson::setMember(out, member.first, member.second);
        if (!largest || member.second.size() > largest->second.size())
            largest = &member;
    }
    if (!checkStoredSize(out, largest ? largest->first : QString(), error, doc->size()))
        return false;
    *doc = std::move(out);
    return true;
}

const QStringList &UserPatch::editableFields()
{
    static const QStringList fields = {
        QStringLiteral("first_name"),
        QStringLiteral("last_name"),
        QStringLiteral("title"),
        QStringLiteral("email"),
        QStringLiteral("mobile_phone_number"),
        QStringLiteral("billing_address"),
        QStringLiteral("default_payment_method"),
        QStringLiteral("bio"),
        QStringLiteral("tags"),
        QStringLiteral("note"),
    };
    return fields;
}

bool UserPatch::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^\s@"<>(),;:\\]+@[^\s@"<>(),;:\\]+\.[^\s@"<>(),;:\\.]{2,}$)"));
    return JsonCheck::codePoints(email) <= MaxEmailLength && pattern.match(email).hasMatch();
}

bool UserPatch::isValidPhone(const QString &phone)
{
    return PhoneNumber::isE164(PhoneNumber::internationalForm(phone));
}

bool UserPatch::validateAddress(const QJsonValue &address, const QString &field, Error *error)
{
    if (!address.isObject())
        return fail(error, field, tr("An address must be a JSON object."));
    static const QStringList textFields = {
        QStringLiteral("street_name"),
        QStringLiteral("zip_code"),
        QStringLiteral("city"),
        QStringLiteral("state"),
        QStringLiteral("country"),
        QStringLiteral("alias"),
        QStringLiteral("service"),
        QStringLiteral("service_address_id"),
    };
    const QJsonObject o = address.toObject();
    for (const QString &name : textFields) {
        const QJsonValue v = o.value(name);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            return fail(error, field + QLatin1Char('.') + name, tr("Must be a string."));
    }
    // Every string member, known or not (a geocoder's extra fields), in document order.
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!checkLength(
                it.value(), field + QLatin1Char('.') + it.key(), MaxAddressTextLength, error))
            return false;
    }
    const QJsonValue geo = o.value(QLatin1String("geo"));
    if (!geo.isUndefined() && !geo.isNull()) {
        const QJsonArray a = geo.toArray();
        bool ok = geo.isArray() && a.size() == 2;
        for (const QJsonValue &n : a)
            ok = ok && n.isDouble() && std::isfinite(n.toDouble());
        if (!ok) {
            return fail(error, field + QLatin1String(".geo"),
                tr("Must be an array of two numbers [latitude, longitude]."));
        }
    }
    const QJsonValue raw = o.value(QLatin1String("raw"));
    if (!raw.isUndefined() && !raw.isNull() && !raw.isObject())
        return fail(error, field + QLatin1String(".raw"), tr("Must be a JSON object."));
    return true;
}

bool UserPatch::parseProfile(
    const QByteArray &body, bool allowEmptyBody, UserPatch *out, Error *error)
{
    out->members.clear();
    out->defaultPaymentMethodId.reset();
    if (allowEmptyBody && body.trimmed().isEmpty())
        return true;
    QJsonDocument doc;
    if (!parseJson(body, BodyKind::Profile, &doc, error))
        return false;
    if (!doc.isObject())
        return fail(error, {}, tr("The body must be a JSON object."));

    QList<RawJson::Member> raw;
    if (!RawJson::objectMembers(body, &raw))
        return fail(error, {}, tr("The body must be a JSON object."));
    QStringList seen;
    const QJsonObject fields = doc.object();
    for (const RawJson::Member &m : std::as_const(raw)) {
        const QString &name = m.key;
        if (seen.contains(name))
            return fail(error, name, tr("The field appears more than once."));
        seen << name;
        if (!editableFields().contains(name)) {
            if (name == QLatin1String("addresses"))
                return fail(error, name, tr("Addresses are replaced through PUT .../addresses."));
            if (readOnlyFields().contains(name))
                return fail(error, name, tr("The field is read-only."));
            return fail(error, name, tr("Unknown field."));
        }
        const QJsonValue v = fields.value(name);
        QByteArray value
            = RawJson::minify(QByteArrayView(body).sliced(m.valueBegin, m.valueEnd - m.valueBegin));
        const int max = maxLength(name);
        const bool phone = name == QLatin1String("mobile_phone_number");
        if (name != QLatin1String("tags") && max >= 0
            && !checkLength(v, name, phone ? MaxTypedPhoneLength : max, error))
            return false;

        if (name == QLatin1String("email")) {
            if (!v.isNull() && !v.isString())
                return fail(error, name, tr("Must be a string."));
            if (v.isString() && !v.toString().isEmpty() && !isValidEmail(v.toString()))
                return fail(error, name, tr("Not a valid email address."));
        } else if (phone) {
            if (!v.isNull() && !v.isString())
                return fail(error, name, tr("Must be a string."));
            if (v.isString() && !v.toString().isEmpty()) {
                // Stored in E.164, whatever the separators it was typed with.
                const QString number = PhoneNumber::internationalForm(v.toString());
                const qsizetype length = JsonCheck::codePoints(number);
                if (length > MaxPhoneLength)
                    return tooLong(error, name, length, MaxPhoneLength);
                if (!PhoneNumber::isE164(number)) {
                    return fail(error, name,
                        tr("Must be a phone number with its country code: + (or 00) and 2 to "
                           "15 digits, the first not 0; spaces, dashes, dots and brackets "
                           "may separate them."));
                }
                value = RawJson::quote(number);
            }
        } else if (name == QLatin1String("billing_address")) {
            if (!v.isNull()
                && (!validateAddress(v, name, error) || !checkAddressSize(value, name, error)))
                return false;
        } else if (name == QLatin1String("default_payment_method")) {
            QString id;
            if (v.isString()) {
                id = v.toString();
            } else if (v.isObject()) {
                const QJsonObject ref = v.toObject();
                if (ref.size() != 1 || !ref.value(QLatin1String("$oid")).isString()) {
                    return fail(error, name, tr("Must be {\"$oid\": id}, an id string or null."));
                }
                id = ref.value(QLatin1String("$oid")).toString();
            } else if (!v.isNull()) {
                return fail(error, name, tr("Must be {\"$oid\": id}, an id string or null."));
            }
            if (!v.isNull()) {
                if (!ObjectIdGenerator::isValid(id))
                    return fail(error, name, tr("Not a valid id."));
                out->defaultPaymentMethodId = id;
                value
                    = QByteArrayLiteral("{\"$oid\":\"") + id.toLatin1() + QByteArrayLiteral("\"}");
            }
        } else if (name == QLatin1String("tags")) {
            bool ok = v.isArray();
            const QJsonArray tags = v.toArray();
            for (const QJsonValue &t : tags)
                ok = ok && t.isString() && !t.toString().trimmed().isEmpty();
            if (!ok)
                return fail(error, name, tr("Must be an array of non-empty strings."));
            if (tags.size() > MaxTags)
                return fail(
                    error, name, tr("At most %1 tags; this has %2.").arg(MaxTags).arg(tags.size()));
            for (qsizetype i = 0; i < tags.size(); ++i) {
                const qsizetype length = JsonCheck::codePoints(tags.at(i).toString());
                if (length > MaxTagLength) {
                    return fail(error, name,
                        tr("A tag may have at most %1 characters (Unicode code points); tag %2 "
                           "has %3.")
                            .arg(MaxTagLength)
                            .arg(i + 1)
                            .arg(length));
                }
            }
        } else if (!v.isNull() && !v.isString()) {
            return fail(error, name, tr("Must be a string."));
        }
        out->members.append({name, value});
    }
    return true;
}

bool UserPatch::parseAddresses(const QByteArray &body, QByteArray *minified, Error *error)
{
    QJsonDocument doc;
    if (!parseJson(body, BodyKind::Addresses, &doc, error))
        return false;
    if (!doc.isArray())
        return fail(error, {}, tr("The body must be a JSON array of addresses."));
    const QJsonArray addresses = doc.array();
    if (addresses.size() > MaxAddresses) {
        return fail(error, QStringLiteral("addresses"),
            tr("At most %1 addresses; this has %2.").arg(MaxAddresses).arg(addresses.size()));
    }
    const QByteArray compact = RawJson::minify(body);
    QList<QPair<qsizetype, qsizetype>> spans;
    if (!RawJson::arrayElements(compact, &spans) || spans.size() != addresses.size())
        return fail(error, {}, tr("The body must be a JSON array of addresses."));
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        const QString field = QStringLiteral("addresses[%1]").arg(i);
        if (!validateAddress(addresses.at(i), field, error))
            return false;
        const auto [begin, end] = spans.at(i);
        if (!checkAddressSize(QByteArrayView(compact).sliced(begin, end - begin), field, error))
            return false;
    }
    *minified = compact;
    return true;
}

} // namespace Server
