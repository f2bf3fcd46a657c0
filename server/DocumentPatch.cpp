// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPatch.h"

#include "JsonCheck.h"
#include "Lifecycle.h"
#include "ObjectIds.h"
#include "RawJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Server {

namespace {

bool fail(DocumentPatch::Error *error, const QString &field, const QString &message)
{
    error->field = field;
    error->message = message;
    return false;
}

// The members of an order a client cannot write (docs/API.md, "Order").
const QStringList &orderReadOnly()
{
    static const QStringList fields {QStringLiteral("_id"), QStringLiteral("_cls"),
        QStringLiteral("$oid"), QStringLiteral("human_id"), QStringLiteral("user"),
        QStringLiteral("company"), QStringLiteral("currency"), QStringLiteral("total_amount"),
        QStringLiteral("total_quantity"), QStringLiteral("units"), QStringLiteral("delivery_time"),
        QStringLiteral("delivery_address"), QStringLiteral("items"), QStringLiteral("payments"),
        QStringLiteral("deliveries"), QStringLiteral("created"), QStringLiteral("modified"),
        QStringLiteral("deleted"), QStringLiteral("override_company_take"),
        QStringLiteral("resources"), QStringLiteral("stripe_charge_id"),
        QStringLiteral("stripe_refund_id"), QStringLiteral("top_up_amount"),
        QStringLiteral("top_up_vat")};
    return fields;
}

// The members of a subscription a client cannot write (docs/API.md, "Subscription").
const QStringList &subscriptionReadOnly()
{
    static const QStringList fields {QStringLiteral("_id"), QStringLiteral("_cls"),
        QStringLiteral("$oid"), QStringLiteral("human_id"), QStringLiteral("name"),
        QStringLiteral("plan"), QStringLiteral("user"), QStringLiteral("company"),
        QStringLiteral("method"), QStringLiteral("active"), QStringLiteral("trial"),
        QStringLiteral("infinite"), QStringLiteral("starting_date"), QStringLiteral("ending_date"),
        QStringLiteral("current_billing_date_period_start"),
        QStringLiteral("current_billing_date_period_end"), QStringLiteral("last_billing_amount"),
        QStringLiteral("prorate_amount"), QStringLiteral("prorate_date"),
        QStringLiteral("payments"), QStringLiteral("total_fail_attempts"),
        QStringLiteral("is_retrying_payment"), QStringLiteral("total_payment_retries"),
        QStringLiteral("throttling_starts"), QStringLiteral("created"), QStringLiteral("modified"),
        QStringLiteral("updated"), QStringLiteral("deleted")};
    return fields;
}

QStringList writable(DocumentPatch::Body body)
{
    switch (body) {
    case DocumentPatch::Body::Order:
        return {QStringLiteral("order_status"), QStringLiteral("delivery_status"),
            QStringLiteral("note")};
    case DocumentPatch::Body::Subscription:
        return {QStringLiteral("payment_method"), QStringLiteral("note")};
    case DocumentPatch::Body::Start:
        return {QStringLiteral("payment_method")};
    case DocumentPatch::Body::Action:
        break;
    }
    return {};
}

// Why `name` may not be written: read-only, has a route of its own, or unknown.
QString refusal(DocumentPatch::Body body, const QString &name)
{
    if (body == DocumentPatch::Body::Order || body == DocumentPatch::Body::Action) {
        if (body == DocumentPatch::Body::Action)
            return DocumentPatch::tr("This action takes no members; send {} or nothing.");
        if (orderReadOnly().contains(name))
            return DocumentPatch::tr("The field is read-only.");
        return DocumentPatch::tr("Unknown field.");
    }
    if (name == QLatin1String("status")) {
        return DocumentPatch::tr("The status changes through POST /subscriptions/{id}/stop and "
                                 "/start.");
    }
    if (name == QLatin1String("note") && body == DocumentPatch::Body::Start)
        return DocumentPatch::tr("Start takes only payment_method; write the note with PUT.");
    if (subscriptionReadOnly().contains(name))
        return DocumentPatch::tr("The field is read-only.");
    return DocumentPatch::tr("Unknown field.");
}

bool checkStatus(
    const QJsonValue &v, const QString &name, const QStringList &known, DocumentPatch::Error *error)
{
    if (!v.isString() || !known.contains(v.toString())) {
        return fail(error, name,
            DocumentPatch::tr("Must be one of: %1.").arg(known.join(QLatin1String(", "))));
    }
    return true;
}

} // namespace

bool DocumentPatch::parse(Body body, const QByteArray &text, DocumentPatch *out, Error *error)
{
    *out = DocumentPatch();
    if ((body == Body::Action || body == Body::Start) && text.trimmed().isEmpty())
        return true;
    const JsonCheck::Result check = JsonCheck::check(text, MaxDepth);
    if (!check.isValid()) {
        const bool inMember = !check.path.isEmpty() && !check.path.first().isIndex();
        return fail(error, inMember ? check.path.first().key : QString(), check.message());
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(error, {},
            tr("The body is not valid JSON: %1 at offset %2.")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    }
    QList<RawJson::Member> raw;
    if (!doc.isObject() || !RawJson::objectMembers(text, &raw))
        return fail(error, {}, tr("The body must be a JSON object."));

    const QStringList allowed = writable(body);
    const QJsonObject fields = doc.object();
    QStringList seen;
    for (const RawJson::Member &m : std::as_const(raw)) {
        const QString &name = m.key;
        if (seen.contains(name))
            return fail(error, name, tr("The field appears more than once."));
        seen << name;
        if (!allowed.contains(name))
            return fail(error, name, refusal(body, name));
        const QJsonValue v = fields.value(name);
        QByteArray value
            = RawJson::minify(QByteArrayView(text).sliced(m.valueBegin, m.valueEnd - m.valueBegin));
        if (name == QLatin1String("order_status")) {
            if (!checkStatus(v, name, Lifecycle::orderStatuses(), error))
                return false;
            out->orderStatus = v.toString();
        } else if (name == QLatin1String("delivery_status")) {
            if (!checkStatus(v, name, Lifecycle::deliveryStatuses(), error))
                return false;
            out->deliveryStatus = v.toString();
        } else if (name == QLatin1String("note")) {
            if (!v.isNull() && !v.isString())
                return fail(error, name, tr("Must be a string."));
            const qsizetype length = JsonCheck::codePoints(v.toString());
            if (length > MaxNoteLength) {
                return fail(error, name,
                    tr("At most %1 characters (Unicode code points); this has %2.")
                        .arg(MaxNoteLength)
                        .arg(length));
            }
        } else if (name == QLatin1String("payment_method")) {
            QString id;
            if (v.isString()) {
                id = v.toString();
            } else if (v.isObject() && v.toObject().size() == 1
                && v.toObject().value(QLatin1String("$oid")).isString()) {
                id = v.toObject().value(QLatin1String("$oid")).toString();
            } else {
                return fail(error, name, tr("Must be {\"$oid\": id} or an id string."));
            }
            if (!ObjectIdGenerator::isValid(id))
                return fail(error, name, tr("Not a valid id."));
            out->paymentMethodId = id;
            value = QByteArrayLiteral("{\"$oid\":\"") + id.toLatin1() + QByteArrayLiteral("\"}");
        }
        out->members.append({name, value});
    }
    // A cancelled order's delivery is cancelled with it.
    if (out->orderStatus == QLatin1String("CANCELED") && out->deliveryStatus
        && *out->deliveryStatus != QLatin1String("CANCELED")) {
        return fail(error, QStringLiteral("delivery_status"),
            tr("An order that is cancelled has its delivery cancelled (CANCELED) too."));
    }
    return true;
}

} // namespace Server
