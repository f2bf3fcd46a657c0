// SPDX-License-Identifier: GPL-3.0-or-later
// RawJson, the byte-level splicing the server stores documents with. Any bytes: no crash, no
// read out of bounds. Text that is strict JSON (JsonCheck) and that QJsonDocument reads:
// objectMembers/arrayElements find exactly the members and elements QJsonDocument finds, with
// the same values; minify keeps the document; setMember and member replace, append and read
// one member and leave the others as they were; quote gives JSON that reads back as the key.
// Also: JsonCheck accepts nothing QJsonDocument refuses.

#include "FuzzSupport.h"
#include "JsonCheck.h"
#include "RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Server;

namespace {

// A JSON value of any kind, read by QJsonDocument (which wants an array or object at the root).
bool parseValue(QByteArrayView text, QJsonValue *out)
{
    const QByteArray trimmed = text.toByteArray().trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        *out = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return true;
    }
    QJsonParseError error;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray("[" + text.toByteArray() + "]"), &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return false;
    *out = doc.array().at(0);
    return true;
}

QByteArrayView span(QByteArrayView json, qsizetype begin, qsizetype end)
{
    FUZZ_CHECK(begin >= 0 && begin <= end && end <= json.size());
    return json.sliced(begin, end - begin);
}

void checkObject(const QByteArray &json, const QJsonObject &object)
{
    QList<RawJson::Member> members;
    FUZZ_CHECK(RawJson::objectMembers(json, &members));
    QSet<QString> keys;
    for (const RawJson::Member &m : std::as_const(members)) {
        keys.insert(m.key);
        FUZZ_CHECK(json.at(m.keyBegin) == '"');
        QJsonValue value;
        FUZZ_CHECK(parseValue(span(json, m.valueBegin, m.valueEnd), &value));
    }
    FUZZ_CHECK(keys.size() == object.size());
    for (const QString &key : keys)
        FUZZ_CHECK(object.contains(key));
    const bool duplicates = keys.size() != members.size();
    FUZZ_CHECK(RawJson::hasDuplicateKeys(json) == duplicates);

    // member() reads the value QJsonDocument keeps.
    for (const QString &key : keys) {
        QJsonValue value;
        FUZZ_CHECK(parseValue(RawJson::member(json, key), &value));
        if (!duplicates)
            FUZZ_CHECK(value == object.value(key));
    }

    // setMember: replace each member, and append a new one.
    const QByteArray compact = RawJson::minify(json);
    for (const QString &key : keys) {
        const QByteArray changed = RawJson::setMember(compact, key, R"({"fuzz":[1,"x"]})");
        const QJsonDocument after = QJsonDocument::fromJson(changed);
        FUZZ_CHECK(after.isObject());
        FUZZ_CHECK(RawJson::member(changed, key) == QByteArray(R"({"fuzz":[1,"x"]})"));
        if (!duplicates) {
            QJsonObject expected = object;
            expected.insert(
                key, QJsonObject {{QStringLiteral("fuzz"), QJsonArray {1, QStringLiteral("x")}}});
            FUZZ_CHECK(after.object() == expected);
        }
    }
    const QString newKey = QStringLiteral("fuzz \"new\" \\ key\n\u00e9");
    if (!keys.contains(newKey)) {
        const QByteArray appended = RawJson::setMember(compact, newKey, "true");
        const QJsonDocument after = QJsonDocument::fromJson(appended);
        FUZZ_CHECK(after.isObject());
        FUZZ_CHECK(after.object().value(newKey) == QJsonValue(true));
        FUZZ_CHECK(after.object().size() == object.size() + 1);
        FUZZ_CHECK(JsonCheck::check(appended).isValid());
    }
}

void checkArray(const QByteArray &json, const QJsonArray &array)
{
    QList<QPair<qsizetype, qsizetype>> elements;
    FUZZ_CHECK(RawJson::arrayElements(json, &elements));
    FUZZ_CHECK(elements.size() == array.size());
    for (qsizetype i = 0; i < elements.size(); ++i) {
        QJsonValue value;
        FUZZ_CHECK(parseValue(span(json, elements[i].first, elements[i].second), &value));
        FUZZ_CHECK(value == array.at(i));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);

    // Anything: no crash, and results that stay inside the text.
    for (qsizetype pos = 0; pos <= json.size() && pos < 64; ++pos) {
        const qsizetype end = RawJson::valueEnd(json, pos);
        FUZZ_CHECK(end == -1 || (end > pos && end <= json.size()));
    }
    QList<RawJson::Member> members;
    if (RawJson::objectMembers(json, &members)) {
        for (const RawJson::Member &m : std::as_const(members))
            span(json, m.valueBegin, m.valueEnd);
    }
    QList<QPair<qsizetype, qsizetype>> elements;
    if (RawJson::arrayElements(json, &elements)) {
        for (const auto &e : std::as_const(elements))
            span(json, e.first, e.second);
    }
    RawJson::hasDuplicateKeys(json);
    const QByteArray minified = RawJson::minify(json);
    FUZZ_CHECK(minified.size() <= json.size());
    RawJson::setMember(json, QStringLiteral("k"), "1");
    RawJson::member(json, QStringLiteral("k"));

    // quote(): any text (the bytes read as UTF-8) becomes a JSON string that reads back.
    // (QJsonDocument drops a U+FEFF at the start of a string; that is not quote()'s doing.)
    const QString text = QString::fromUtf8(json.left(256));
    QJsonValue quoted;
    FUZZ_CHECK(parseValue(RawJson::quote(text), &quoted));
    FUZZ_CHECK(quoted.toString() == text
        || (text.startsWith(QChar(0xfeff)) && quoted.toString() == text.mid(1)));
    // The strict reading accepts it, but for U+0000, which it refuses even escaped.
    FUZZ_CHECK(JsonCheck::check(RawJson::quote(text)).isValid() != text.contains(QChar(0)));

    // Strict JSON.
    const JsonCheck::Result strict = JsonCheck::check(json);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!strict.isValid())
        return 0;
    QJsonValue value;
    FUZZ_CHECK(parseValue(json, &value));
    QJsonValue minifiedValue;
    FUZZ_CHECK(parseValue(minified, &minifiedValue));
    FUZZ_CHECK(minifiedValue == value);
    FUZZ_CHECK(JsonCheck::check(minified).isValid());
    if (error.error != QJsonParseError::NoError)
        return 0; // a scalar root
    if (doc.isObject())
        checkObject(json, doc.object());
    else if (doc.isArray())
        checkArray(json, doc.array());
    return 0;
}
