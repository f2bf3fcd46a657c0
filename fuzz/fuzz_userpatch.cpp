// SPDX-License-Identifier: GPL-3.0-or-later
// UserPatch: the bodies of PUT /users/{id} (and POST /v2/users) and PUT /users/{id}/addresses,
// read strictly (JsonCheck) and capped. Any bytes: no crash, and a refusal always says why.
// Whatever is accepted: every value to store is strict JSON (well-formed UTF-8, no raw control
// character, no BOM) that reads back as what the body said, within its caps; spliced into a
// stored user, the document stays strict JSON, nested at most MaxStoredDepth levels (one more
// inside an order, which embeds its user).

#include "FuzzSupport.h"
#include "JsonCheck.h"
#include "PhoneNumber.h"
#include "RawJson.h"
#include "UserPatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Server;

namespace {

const QByteArray StoredUser = QByteArrayLiteral(
    R"({"_cls":"User","_id":{"$oid":"5d9218f71fad44000b0fb80a"},"addresses":[{"city":"Oslo"}],)"
    R"("bio":"","email":"kari@example.no","first_name":"Kari","tags":["vip"],"modified":{"$date":1}})");

// Independent of JsonCheck: no byte under 0x20 (minified text keeps none outside strings).
bool hasNoControlBytes(const QByteArray &text)
{
    for (const char c : text) {
        if (static_cast<uchar>(c) < 0x20)
            return false;
    }
    return true;
}

void checkStored(const QByteArray &value)
{
    FUZZ_CHECK(Fuzz::isUtf8(value));
    FUZZ_CHECK(hasNoControlBytes(value));
    FUZZ_CHECK(!value.startsWith("\xEF\xBB\xBF"));
    FUZZ_CHECK(JsonCheck::check(value).isValid());
}

// The document a write would store, and the order that embeds it.
void checkDocument(const QByteArray &doc)
{
    FUZZ_CHECK(JsonCheck::check(doc, UserPatch::MaxStoredDepth).isValid());
    const QJsonDocument parsed = QJsonDocument::fromJson(doc);
    FUZZ_CHECK(parsed.isObject());
    const QByteArray order = "{\"user\":" + doc + ",\"_id\":{\"$oid\":\"x\"}}";
    FUZZ_CHECK(JsonCheck::check(order, UserPatch::MaxStoredDepth + 1).isValid());
}

qsizetype codePoints(const QJsonValue &value)
{
    return value.toString().toUcs4().size();
}

void checkProfile(const QByteArray &body, bool allowEmpty)
{
    UserPatch patch;
    UserPatch::Error error;
    if (!UserPatch::parseProfile(body, allowEmpty, &patch, &error)) {
        FUZZ_CHECK(!error.message.isEmpty());
        return;
    }
    if (patch.members.isEmpty() && body.trimmed().isEmpty())
        return;
    FUZZ_CHECK(JsonCheck::check(body, UserPatch::MaxProfileDepth).isValid());
    const QJsonObject sent = QJsonDocument::fromJson(body).object();
    FUZZ_CHECK(sent.size() == patch.members.size());
    for (const auto &[field, value] : std::as_const(patch.members)) {
        FUZZ_CHECK(UserPatch::editableFields().contains(field));
        checkStored(value);
        const QJsonValue stored = QJsonDocument::fromJson("[" + value + "]").array().at(0);
        if (field == QLatin1String("mobile_phone_number") && !stored.toString().isEmpty()) {
            // Stored in E.164, however it was typed.
            FUZZ_CHECK(PhoneNumber::isE164(stored.toString()));
            FUZZ_CHECK(stored.toString()
                == PhoneNumber::internationalForm(sent.value(field).toString()));
        } else if (field != QLatin1String("default_payment_method")) {
            FUZZ_CHECK(stored == sent.value(field));
        }
        const int max = UserPatch::maxLength(field);
        if (field == QLatin1String("tags")) {
            FUZZ_CHECK(stored.toArray().size() <= UserPatch::MaxTags);
            for (const QJsonValue &tag : stored.toArray())
                FUZZ_CHECK(codePoints(tag) <= UserPatch::MaxTagLength);
        } else if (max >= 0) {
            FUZZ_CHECK(codePoints(stored) <= max);
        } else if (field == QLatin1String("billing_address") && stored.isObject()) {
            FUZZ_CHECK(value.size() <= UserPatch::MaxAddressBytes);
        }
    }
    QByteArray doc = StoredUser;
    if (patch.applyTo(&doc, &error)) {
        FUZZ_CHECK(doc.size() <= UserPatch::MaxStoredUserBytes);
        checkDocument(doc);
    } else {
        FUZZ_CHECK(doc == StoredUser);
        FUZZ_CHECK(!error.field.isEmpty());
    }
}

void checkAddresses(const QByteArray &body)
{
    QByteArray minified;
    UserPatch::Error error;
    if (!UserPatch::parseAddresses(body, &minified, &error)) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(minified.isNull());
        return;
    }
    checkStored(minified);
    const QJsonArray addresses = QJsonDocument::fromJson(minified).array();
    FUZZ_CHECK(QJsonDocument::fromJson(body).array() == addresses);
    FUZZ_CHECK(addresses.size() <= UserPatch::MaxAddresses);
    for (const QJsonValue &address : addresses) {
        FUZZ_CHECK(address.isObject());
        const QJsonObject o = address.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            FUZZ_CHECK(codePoints(it.value()) <= UserPatch::MaxAddressTextLength);
    }
    const QByteArray doc = RawJson::setMember(StoredUser, QStringLiteral("addresses"), minified);
    if (UserPatch::checkStoredSize(doc, QStringLiteral("addresses"), &error))
        checkDocument(doc);
    else
        FUZZ_CHECK(error.field == QLatin1String("addresses"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);
    checkProfile(body, false);
    checkProfile(body, true);
    checkAddresses(body);
    return 0;
}
