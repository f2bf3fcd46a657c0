// SPDX-License-Identifier: GPL-3.0-or-later
// The client's extended-JSON codec (ExtendedJson and the domain types' fromJson/toJson). Any
// bytes: no crash. A document that decodes is written back exactly as received (the codec's
// promise, so a write never drops or reshapes what it did not model) and decodes again to an
// equal value; a primitive decoded in its canonical form encodes back to the same JSON.

#include "FuzzSupport.h"
#include "models/codec/ExtendedJson.h"
#include "models/domain/Address.h"
#include "models/domain/Card.h"
#include "models/domain/Order.h"
#include "models/domain/PaymentMethod.h"
#include "models/domain/Subscription.h"
#include "models/domain/User.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

template<typename T>
void checkDocument(const QJsonObject &json)
{
    const DecodeResult<T> result = T::fromJson(json, JsonPath());
    if (!result) {
        FUZZ_CHECK(!result.error().message.isEmpty());
        return;
    }
    const QJsonObject encoded = result.value().toJson();
    FUZZ_CHECK(encoded == json);
    const DecodeResult<T> again = T::fromJson(encoded, JsonPath());
    FUZZ_CHECK(again.isOk());
    FUZZ_CHECK(again.value() == result.value());
}

template<typename T>
void checkPrimitive(const QJsonValue &json)
{
    if (json.isNull() || json.isUndefined())
        return;
    T value {};
    ExtendedJson::Form form = ExtendedJson::Form::Canonical;
    DecodeError error;
    if (!ExtendedJson::Traits<T>::decode(json, JsonPath(), &value, &form, &error)) {
        FUZZ_CHECK(!error.message.isEmpty());
        return;
    }
    if (form == ExtendedJson::Form::Canonical)
        FUZZ_CHECK(ExtendedJson::Traits<T>::encode(value) == json);
}

void checkValue(const QJsonValue &json)
{
    checkPrimitive<QString>(json);
    checkPrimitive<double>(json);
    checkPrimitive<int>(json);
    checkPrimitive<bool>(json);
    checkPrimitive<ObjectId>(json);
    checkPrimitive<Timestamp>(json);
}

void checkObject(const QJsonObject &json)
{
    checkDocument<User>(json);
    checkDocument<Order>(json);
    checkDocument<PaymentMethod>(json);
    checkDocument<Subscription>(json);
    checkDocument<Address>(json);
    checkDocument<Card>(json);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        checkValue(it.value());
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
    QJsonObject object;
    QJsonArray array;
    DecodeError error;
    if (ExtendedJson::parseObject(body, &object, &error)) {
        checkObject(object);
    } else if (ExtendedJson::parseArray(body, &array, &error)) {
        // A list body, as the detail views and the full codec read it.
        ExtendedJson::decodeArray<User>(body);
        ExtendedJson::decodeArray<Order>(body);
        ExtendedJson::decodeArray<Subscription>(body);
        ExtendedJson::decodeArray<PaymentMethod>(body);
        for (qsizetype i = 0; i < array.size() && i < 8; ++i) {
            if (array.at(i).isObject())
                checkObject(array.at(i).toObject());
            else
                checkValue(array.at(i));
        }
    } else {
        FUZZ_CHECK(!error.message.isEmpty());
    }
    return 0;
}
