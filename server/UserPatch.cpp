#include "UserPatch.h"

#include "ObjectIds.h"
#include "RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace {

bool parseJson(const QByteArray &body, QJsonDocument *doc, UserPatch::Error *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
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

} // namespace

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
    return email.size() <= 254 && pattern.match(email).hasMatch();
}

bool UserPatch::isValidPhone(const QString &phone)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\+[1-9][0-9]{1,14}$)"));
    return pattern.match(phone).hasMatch();
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
    if (!parseJson(body, &doc, error))
        return false;
    if (!doc.isObject())
        return fail(error, {}, tr("The body must be a JSON object."));

    QList<RawJson::Member> raw;
    RawJson::objectMembers(body, &raw);
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

        if (name == QLatin1String("email")) {
            if (!v.isNull() && !v.isString())
                return fail(error, name, tr("Must be a string."));
            if (v.isString() && !v.toString().isEmpty() && !isValidEmail(v.toString()))
                return fail(error, name, tr("Not a valid email address."));
        } else if (name == QLatin1String("mobile_phone_number")) {
            if (!v.isNull() && !v.isString())
                return fail(error, name, tr("Must be a string."));
            if (v.isString() && !v.toString().isEmpty() && !isValidPhone(v.toString())) {
                return fail(error, name,
                    tr("Must be an E.164 phone number: + and 2 to 15 digits, the "
                       "first not 0."));
            }
        } else if (name == QLatin1String("billing_address")) {
            if (!v.isNull() && !validateAddress(v, name, error))
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
            for (const QJsonValue &t : v.toArray())
                ok = ok && t.isString() && !t.toString().trimmed().isEmpty();
            if (!ok)
                return fail(error, name, tr("Must be an array of non-empty strings."));
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
    if (!parseJson(body, &doc, error))
        return false;
    if (!doc.isArray())
        return fail(error, {}, tr("The body must be a JSON array of addresses."));
    const QJsonArray addresses = doc.array();
    for (qsizetype i = 0; i < addresses.size(); ++i) {
        if (!validateAddress(addresses.at(i), QStringLiteral("addresses[%1]").arg(i), error))
            return false;
    }
    *minified = RawJson::minify(body);
    return true;
}
