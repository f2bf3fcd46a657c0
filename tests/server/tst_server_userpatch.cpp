// SPDX-License-Identifier: GPL-3.0-or-later
// UserPatch and JsonCheck: the strict reading of the bodies that write a user (PUT /users/{id},
// POST /v2/users, PUT /users/{id}/addresses) and the caps on what they may store. Each row is
// one hostile or boundary input; expected fields and texts are written out.

#include "JsonCheck.h"
#include "UserPatch.h"

#include <QJsonDocument>
#include <QTest>

using namespace Server;

Q_DECLARE_METATYPE(JsonCheck::Problem)

namespace {

// n copies of `unit`.
QByteArray times(int n, const QByteArray &unit)
{
    QByteArray out;
    out.reserve(n * unit.size());
    for (int i = 0; i < n; ++i)
        out += unit;
    return out;
}

// {"a":{"a":...{}...}} with `levels` objects in all (the outermost included).
QByteArray nestedObjects(int levels)
{
    return times(levels - 1, R"({"a":)") + "{}" + times(levels - 1, "}");
}

// [[...[]...]] with `levels` arrays in all.
QByteArray nestedArrays(int levels)
{
    return times(levels, "[") + times(levels, "]");
}

QString pathText(const QList<JsonCheck::Step> &path)
{
    QString text;
    for (const JsonCheck::Step &step : path) {
        if (step.isIndex())
            text += QStringLiteral("[%1]").arg(step.index);
        else
            text += (text.isEmpty() ? QString() : QStringLiteral(".")) + step.key;
    }
    return text;
}

const QByteArray Emoji = "\xF0\x9F\x98\x80"; // U+1F600, two UTF-16 units

QByteArray rowName(const char *name)
{
    return name;
}

QByteArray rowName(const QString &name)
{
    return name.toUtf8();
}

} // namespace

class TestServerUserPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonCheck_data();
    void jsonCheck();
    void codePoints_data();
    void codePoints();
    void refusedProfile_data();
    void refusedProfile();
    void acceptedProfile_data();
    void acceptedProfile();
    void refusedAddresses_data();
    void refusedAddresses();
    void acceptedAddresses_data();
    void acceptedAddresses();
    void emptyProfileBody();
    void storedSize();
    void applyTo();
};

// ---- JsonCheck ---------------------------------------------------------------------------

void TestServerUserPatch::jsonCheck_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<JsonCheck::Problem>("problem");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("path");

    using P = JsonCheck::Problem;
    auto row = [](const char *name, const QByteArray &json, P problem, int offset = 0,
                   const QString &path = QString(), int maxDepth = 1024) {
        QTest::newRow(name) << json << maxDepth << problem << offset << path;
    };
    row("object", R"({"a":[1,-2.5e+3,true,false,null,"x",{}],"b":{}})", P::None);
    row("scalar root", " 12 ", P::None);
    row("whitespace around", " \t\r\n{ \"a\" : [ ] }\n", P::None);
    row("escapes", R"(["\"\\\/\b\f\n\r\t\u00e9\u0001"])", P::None);
    row("surrogate pair escape", R"(["\ud83d\ude00"])", P::None);
    row("upper-case surrogate pair", R"(["\uD83D\uDE00"])", P::None);
    row("U+FEFF inside a string", "[\"\xEF\xBB\xBF\"]", P::None);
    row("U+007F raw", "[\"\x7F\"]", P::None);
    row("UTF-8 boundaries",
        "[\"\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80"
        "\xF4\x8F\xBF\xBF\"]",
        P::None);

    row("empty", "", P::Syntax, 0);
    row("only whitespace", "  ", P::Syntax, 2);
    row("byte order mark", "\xEF\xBB\xBF{}", P::ByteOrderMark, 0);
    row("byte order mark after a space", " \xEF\xBB\xBF{}", P::Syntax, 1);
    row("two values", "{} {}", P::Syntax, 3);
    row("trailing comma in object", R"({"a":1,})", P::Syntax, 7);
    row("trailing comma in array", "[1,]", P::Syntax, 3);
    row("leading zero", "[01]", P::Syntax, 2);
    row("plus sign", "[+1]", P::Syntax, 1);
    row("bare minus", "[-]", P::Syntax, 2);
    row("dot without digits", "[1.]", P::Syntax, 3);
    row("exponent without digits", "[1e+]", P::Syntax, 4);
    row("NaN", "[NaN]", P::Syntax, 1);
    row("truncated literal", "[tru]", P::Syntax, 1);
    row("single quotes", "{'a':1}", P::Syntax, 1);
    row("unterminated string", "[\"abc", P::Syntax, 5);
    row("bad escape", R"(["\x"])", P::Syntax, 2);
    row("short unicode escape", R"(["\u12"])", P::Syntax, 2);
    row("backslash at the end", "[\"\\", P::Syntax, 2);
    row("missing colon", R"({"a" 1})", P::Syntax, 5);
    row("key not a string", "{1:2}", P::Syntax, 1);
    row("mismatched brackets", "[}", P::Syntax, 1);
    row("non-ASCII byte outside a string", "[1,\xC3\xA9]", P::Syntax, 3);
    row("stray byte after the value", "{}\xFF", P::Syntax, 2);

    row("raw NUL in a value", QByteArray(R"({"a":"x)") + '\0' + "\"}", P::ControlCharacter, 7,
        QStringLiteral("a"));
    row("raw newline deep", "{\"a\":[0,{\"b\":\"\n\"}]}", P::ControlCharacter, 14,
        QStringLiteral("a[1].b"));
    row("raw tab in a key", "{\"a\":{\"k\tey\":1}}", P::ControlCharacter, 8, QStringLiteral("a"));
    row("raw control in a top-level key", "{\"k\x01\":1}", P::ControlCharacter, 3);
    row("invalid UTF-8 in an element", "[\"ok\",\"\xC0\x80\"]", P::InvalidUtf8, 7,
        QStringLiteral("[1]"));
    row("lone high surrogate", R"({"a":"x\ud800"})", P::LoneSurrogate, 7, QStringLiteral("a"));
    row("lone low surrogate", R"({"a":"\udc00x"})", P::LoneSurrogate, 6, QStringLiteral("a"));
    row("high then another high", R"({"a":"\ud800\ud800"})", P::LoneSurrogate, 6,
        QStringLiteral("a"));
    row("high then a low in other string", R"({"a":["\ud800","\udc00"]})", P::LoneSurrogate, 7,
        QStringLiteral("a[0]"));
    row("escaped key decoded in the path", R"({"n\u00f8kkel":"\udc00"})", P::LoneSurrogate, 16,
        QStringLiteral("nøkkel"));
    row("U+FEFF at the start of a key is kept in the path", "{\"\xEF\xBB\xBFk\":\"\x01\"}",
        P::ControlCharacter, 9, QStringLiteral("\uFEFFk"));
    row("first problem wins", "{\"a\":\"\x01\",\"b\":\"\xFF\"}", P::ControlCharacter, 6,
        QStringLiteral("a"));
    row("syntax error wins over a value problem", "{\"a\":\"\x01\",\"b\":}", P::Syntax, 13);

    // Numbers QJsonDocument refuses (it converts with QByteArray::toDouble).
    row("number over the range of a double", R"({"a":1e309})", P::NumberOutOfRange, 5,
        QStringLiteral("a"));
    row("negative number over the range", R"({"a":[-1.8e308]})", P::NumberOutOfRange, 6,
        QStringLiteral("a[0]"));
    row("number that underflows to zero", "[2e-324]", P::NumberOutOfRange, 1,
        QStringLiteral("[0]"));
    row("integer of 310 digits", "[" + QByteArray(310, '9') + "]", P::NumberOutOfRange, 1,
        QStringLiteral("[0]"));
    row("smallest subnormal", "[4.9e-324]", P::None);
    row("largest double", "[1.7976931348623157e308]", P::None);
    row("integer over 64 bits", "[123456789012345678901234567890]", P::None);
    row("zero with an exponent", "[0e-999]", P::None);

    row("depth at the limit", nestedObjects(4), P::None, 0, QString(), 4);
    row("depth over the limit", nestedObjects(5), P::TooDeep, 20, QStringLiteral("a.a.a.a"), 4);
    row("arrays over the limit", nestedArrays(3), P::TooDeep, 2, QStringLiteral("[0][0]"), 2);
    row("depth 1024", nestedArrays(1024), P::TooDeep, 16, QStringLiteral("[0]").repeated(16), 16);
    row("depth 1025 over a limit past QJsonDocument's", nestedArrays(1025), P::TooDeep, 1024,
        QStringLiteral("[0]").repeated(1024), 5000);
    row("depth 200000", nestedArrays(200000), P::TooDeep, 16, QStringLiteral("[0]").repeated(16),
        16);
    row("syntax error far below the limit", times(3000, "[") + "}", P::Syntax, 3000, QString(), 16);
}

void TestServerUserPatch::jsonCheck()
{
    QFETCH(QByteArray, json);
    QFETCH(int, maxDepth);
    QFETCH(JsonCheck::Problem, problem);
    QFETCH(int, offset);
    QFETCH(QString, path);

    const JsonCheck::Result r = JsonCheck::check(json, maxDepth);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.isValid(), problem == JsonCheck::Problem::None);
    if (problem == JsonCheck::Problem::None) {
        QVERIFY(r.message().isEmpty());
        QVERIFY(!QJsonDocument::fromJson("[" + json + "]").isNull());
        return;
    }
    QCOMPARE(r.offset, qsizetype(offset));
    QCOMPARE(pathText(r.path), path);
    QVERIFY(!r.message().isEmpty());
}

void TestServerUserPatch::codePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ASCII") << QStringLiteral("abc") << 3;
    QTest::newRow("Latin-1") << QStringLiteral("Ørsta") << 5;
    QTest::newRow("emoji (a surrogate pair)") << QString::fromUtf8(QByteArray(Emoji + Emoji)) << 2;
    QTest::newRow("combining mark counts on its own") << QStringLiteral("e\u0301") << 2;
}

void TestServerUserPatch::codePoints()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QCOMPARE(JsonCheck::codePoints(text), qsizetype(count));
}

// ---- PUT /users/{id} -----------------------------------------------------------------------

void TestServerUserPatch::refusedProfile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field"); // empty: the body as a whole
    QTest::addColumn<QString>("message"); // a part of the message

    auto row
        = [](const auto &name, const QByteArray &body, const char *field, const char *message) {
              QTest::newRow(rowName(name).constData())
                  << body << QString::fromLatin1(field) << QString::fromLatin1(message);
          };

    // Every raw control character, in a profile text, a tag, an address member and a key.
    for (int c = 0; c < 0x20; ++c) {
        const QByteArray raw(1, char(c));
        const QString hex = QStringLiteral("U+%1").arg(c, 4, 16, QLatin1Char('0')).toUpper();
        row(QStringLiteral("raw %1 in bio").arg(hex), "{\"bio\":\"a" + raw + "b\"}", "bio",
            "control character");
        row(QStringLiteral("raw %1 in a tag").arg(hex), "{\"tags\":[\"vip\",\"" + raw + "\"]}",
            "tags", "control character");
        row(QStringLiteral("raw %1 in billing_address.city").arg(hex),
            "{\"billing_address\":{\"city\":\"" + raw + "\"}}", "billing_address.city",
            "control character");
        row(QStringLiteral("raw %1 in a key").arg(hex), "{\"bio" + raw + "\":\"x\"}", "",
            "control character");
    }
    row("raw control in an unknown address member", "{\"billing_address\":{\"door\":\"1\x1b[2J\"}}",
        "billing_address.door", "control character");
    row("raw control deep in billing_address.raw",
        "{\"billing_address\":{\"raw\":{\"a\":[\"\n\"]}}}", "billing_address.raw",
        "control character");
    row("raw control in a read-only field", "{\"roles\":[\"\x01\"]}", "roles", "control character");

    // Invalid UTF-8, each class.
    const QList<QPair<const char *, QByteArray>> invalid = {
        {"overlong 2-byte NUL (C0 80)", "\xC0\x80"},
        {"overlong 2-byte (C1 BF)", "\xC1\xBF"},
        {"overlong 3-byte (E0 80 80)", "\xE0\x80\x80"},
        {"overlong 3-byte (E0 9F BF)", "\xE0\x9F\xBF"},
        {"overlong 4-byte (F0 80 80 80)", "\xF0\x80\x80\x80"},
        {"overlong 4-byte (F0 8F BF BF)", "\xF0\x8F\xBF\xBF"},
        {"UTF-8 high surrogate (ED A0 80)", "\xED\xA0\x80"},
        {"UTF-8 low surrogate (ED BF BF)", "\xED\xBF\xBF"},
        {"UTF-8 surrogate pair, CESU-8", "\xED\xA0\xBD\xED\xB8\x80"},
        {"over U+10FFFF (F4 90 80 80)", "\xF4\x90\x80\x80"},
        {"over U+10FFFF (F5 80 80 80)", "\xF5\x80\x80\x80"},
        {"5-byte form (F8 88 80 80 80)", "\xF8\x88\x80\x80\x80"},
        {"FE", "\xFE"},
        {"FF", "\xFF"},
        {"truncated 2-byte (C3)", "\xC3"},
        {"truncated 3-byte (E2 82)", "\xE2\x82"},
        {"truncated 4-byte (F0 9F 98)", "\xF0\x9F\x98"},
        {"lead then ASCII (C3 41)",
            "\xC3"
            "A"},
        {"stray continuation (80)", "\x80"},
        {"stray continuation (BF)", "\xBF"},
    };
    for (const auto &[name, bytes] : invalid) {
        row(QStringLiteral("invalid UTF-8 in note: %1").arg(QLatin1String(name)),
            "{\"note\":\"x" + bytes + "\"}", "note", "UTF-8");
        row(QStringLiteral("invalid UTF-8 in first_name at the end: %1").arg(QLatin1String(name)),
            "{\"first_name\":\"" + bytes + "\"}", "first_name", "UTF-8");
    }
    row("invalid UTF-8 in a key", "{\"bi\xFFo\":\"x\"}", "", "UTF-8");
    row("invalid UTF-8 between members", "{\"bio\":\"x\",\xC3\xA9\"note\":\"y\"}", "",
        "not valid JSON");
    row("invalid UTF-8 after the body", "{\"bio\":\"x\"}\xFF", "", "not valid JSON");
    row("invalid UTF-8 in billing_address.street_name",
        "{\"billing_address\":{\"street_name\":\"\xED\xA0\x80\"}}", "billing_address.street_name",
        "UTF-8");

    // Escapes that leave a lone surrogate.
    row("lone high surrogate at the end", R"({"bio":"x\ud800"})", "bio", "surrogate");
    row("lone high surrogate then text", R"({"bio":"\ud800x"})", "bio", "surrogate");
    row("high surrogate then a non-surrogate escape", R"({"bio":"\ud800\u0041"})", "bio",
        "surrogate");
    row("two high surrogates", R"({"bio":"\ud83d\ud83d"})", "bio", "surrogate");
    row("lone low surrogate", R"({"last_name":"\udc00"})", "last_name", "surrogate");
    row("reversed pair", R"({"title":"\ude00\ud83d"})", "title", "surrogate");
    row("lone surrogate in a tag", R"({"tags":["\udfff"]})", "tags", "surrogate");
    row("lone surrogate in billing_address.city", R"({"billing_address":{"city":"\ud800"}})",
        "billing_address.city", "surrogate");

    // Numbers QJsonDocument cannot read.
    row("billing_address.geo out of range", R"({"billing_address":{"geo":[1e999,10]}})",
        "billing_address.geo", "out of the range");
    row("note a number out of range", R"({"note":-1e400})", "note", "out of the range");

    // A byte order mark: refused whole, never a silently dropped field.
    row("BOM", "\xEF\xBB\xBF{\"bio\":\"x\"}", "", "byte order mark");
    row("BOM before a read-only field", "\xEF\xBB\xBF{\"roles\":[\"admin\"]}", "",
        "byte order mark");
    row("two BOMs", "\xEF\xBB\xBF\xEF\xBB\xBF{}", "", "byte order mark");
    row("BOM only", "\xEF\xBB\xBF", "", "byte order mark");

    // Depth: the profile's root is the stored user (level 1); 16 levels at most.
    row("billing_address 17 levels", R"({"billing_address":{"raw":)" + nestedObjects(15) + "}}",
        "billing_address.raw", "nested deeper than 16");
    row("note 17 levels", "{\"note\":" + nestedArrays(16) + "}", "note", "nested deeper than 16");
    row("default_payment_method 17 levels",
        R"({"default_payment_method":{"$oid":)" + nestedArrays(15) + "}}", "default_payment_method",
        "nested deeper than 16");
    row("note 1024 levels", "{\"note\":" + nestedArrays(1023) + "}", "note",
        "nested deeper than 16");
    row("note 3000 levels", "{\"note\":" + nestedArrays(2999) + "}", "note",
        "nested deeper than 16");

    // Caps, one over (the rows at the limit are in acceptedProfile).
    row("first_name 201", R"({"first_name":")" + QByteArray(201, 'a') + "\"}", "first_name",
        "At most 200 characters");
    row("first_name 201 emoji", R"({"first_name":")" + times(201, Emoji) + "\"}", "first_name",
        "this has 201");
    row("last_name 201", R"({"last_name":")" + QByteArray(201, 'a') + "\"}", "last_name",
        "At most 200 characters");
    row("title 201 escapes", R"({"title":")" + times(201, "\\u00e9") + "\"}", "title",
        "this has 201");
    row("email 255", R"({"email":")" + QByteArray(244, 'a') + "@example.no\"}", "email",
        "At most 254 characters");
    row("mobile_phone_number 17", R"({"mobile_phone_number":"+1234567890123456"})",
        "mobile_phone_number", "At most 16 characters");
    row("mobile_phone_number of 17 characters once its spaces are gone",
        R"({"mobile_phone_number":"+1 234 567 890 123 456"})", "mobile_phone_number",
        "At most 16 characters");
    row("mobile_phone_number typed in 33 characters",
        R"({"mobile_phone_number":"+47 9 2 9 2 3 1 3 1              "})", "mobile_phone_number",
        "At most 32 characters");
    for (const char *phone : {"929 23 131", "4792923131", "+47 929 23 131 x", "+47/92923131",
             "+47 929 23 131 ext 2", "++4792923131", "+ 0 79 23 131", "(0)4792923131",
             "+47 929 23 131 +1", "\u0660\u0661\u0662"}) {
        row(QStringLiteral("mobile_phone_number %1").arg(QString::fromUtf8(phone)),
            R"({"mobile_phone_number":")" + QByteArray(phone) + "\"}", "mobile_phone_number",
            "country code");
    }
    row("bio 10001", R"({"bio":")" + QByteArray(10001, 'b') + "\"}", "bio",
        "At most 10000 characters");
    row("note 10001 emoji", R"({"note":")" + times(10001, Emoji) + "\"}", "note", "this has 10001");
    row("101 tags", R"({"tags":[)" + times(100, R"("t",)") + R"("t"]})", "tags",
        "At most 100 tags");
    row("a tag of 101", R"({"tags":["vip",")" + QByteArray(101, 't') + "\"]}", "tags",
        "tag 2 has 101");
    row("billing_address member 501",
        R"({"billing_address":{"city":")" + QByteArray(501, 'c') + "\"}}", "billing_address.city",
        "At most 500 characters");
    row("billing_address unknown member 501",
        R"({"billing_address":{"door_code":")" + QByteArray(501, 'c') + "\"}}",
        "billing_address.door_code", "At most 500 characters");
    row("billing_address 4097 bytes",
        R"({"billing_address":{"raw":{"a":")" + QByteArray(4081, 'r') + "\"}}}", "billing_address",
        "at most 4096 bytes");

    // Fields that stay refused.
    row("unknown field", R"({"favourite_colour":"blue"})", "favourite_colour", "Unknown");
    row("read-only field", R"({"roles":["admin"]})", "roles", "read-only");
    row("addresses", R"({"addresses":[]})", "addresses", "addresses");
    row("read-only after a valid field", R"({"note":"x","human_id":"X"})", "human_id", "read-only");
    row("duplicate", R"({"note":"a","note":"b"})", "note", "more than once");
    row("duplicate through an escape", R"({"note":"a","n\u006fte":"b"})", "note", "more than once");
    row("not an object", R"(["bio"])", "", "JSON object");
}

void TestServerUserPatch::refusedProfile()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);

    for (const bool allowEmpty : {false, true}) {
        UserPatch patch;
        UserPatch::Error error;
        QVERIFY(!UserPatch::parseProfile(body, allowEmpty, &patch, &error));
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(message, Qt::CaseInsensitive), qPrintable(error.message));
    }
}

void TestServerUserPatch::acceptedProfile_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("stored"); // the member's raw value as it will be stored

    auto same = [](const char *name, const char *field, const QByteArray &value) {
        QTest::newRow(name) << QByteArray("{\"" + QByteArray(field) + "\":" + value + "}")
                            << QString::fromLatin1(field) << value;
    };
    same("valid surrogate pair escape", "bio", R"("\ud83d\ude00 ok")");
    same("escaped control characters", "note", R"("tab\there\u0001\u001f\n")");
    same("U+007F and U+0080 raw", "note", "\"\x7F\xC2\x80\"");
    same("highest code point", "bio", "\"\xF4\x8F\xBF\xBF\"");
    same("first_name 200", "first_name", '"' + QByteArray(200, 'a') + '"');
    same("first_name 200 emoji", "first_name", '"' + times(200, Emoji) + '"');
    same("last_name 200", "last_name", '"' + QByteArray(200, 'a') + '"');
    same("title 200 escapes", "title", '"' + times(200, "\\u00e9") + '"');
    same("email 254", "email", '"' + QByteArray(243, 'a') + "@example.no\"");
    same("mobile_phone_number 16", "mobile_phone_number", R"("+123456789012345")");
    same("bio 10000", "bio", '"' + QByteArray(10000, 'b') + '"');
    same("note 10000 emoji", "note", '"' + times(10000, Emoji) + '"');
    same("100 tags", "tags", "[" + times(99, R"("t",)") + R"("t"])");
    same("a tag of 100", "tags", R"(["vip",")" + QByteArray(100, 't') + "\"]");
    same("a tag of 100 emoji", "tags", "[\"" + times(100, Emoji) + "\"]");
    same("billing_address member 500", "billing_address",
        R"({"city":")" + QByteArray(500, 'c') + "\"}");
    same("billing_address 4096 bytes", "billing_address",
        R"({"raw":{"a":")" + QByteArray(4080, 'r') + "\"}}");
    same("billing_address 16 levels", "billing_address", R"({"raw":)" + nestedObjects(14) + "}");
    same("text null", "note", "null");
    QTest::newRow("whitespace is not stored")
        << QByteArray("{ \"tags\" : [ \"a\" ,\t\"b\" ] }") << QStringLiteral("tags")
        << QByteArray(R"(["a","b"])");
    // A phone number is stored in E.164, whatever separators it was typed with.
    const auto phone = [](const char *typed, const char *e164) {
        QTest::newRow(
            qPrintable(QStringLiteral("mobile_phone_number %1").arg(QString::fromUtf8(typed))))
            << QByteArray(R"({"mobile_phone_number":")" + QByteArray(typed) + "\"}")
            << QStringLiteral("mobile_phone_number") << QByteArray('"' + QByteArray(e164) + '"');
    };
    phone("+47 929 23 131", "+4792923131");
    phone(" +4792923131 ", "+4792923131");
    phone("0047 929 23 131", "+4792923131");
    phone("004792923131", "+4792923131");
    phone("+47-929-23-131", "+4792923131");
    phone("+47.929.23.131", "+4792923131");
    phone("(+47) 929 23 131", "+4792923131");
    phone("+47 929\u00a023\u2013131", "+4792923131");
    phone("+44 (0)20 7946 0958", "+442079460958");
    phone("0049 (0) 170 123 45 67", "+491701234567");
    phone("+1 (415) 555-0100", "+14155550100");
    phone("+49 (0) 170 - 123 45 67 - 89", "+49170123456789");
}

void TestServerUserPatch::acceptedProfile()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QByteArray, stored);

    UserPatch patch;
    UserPatch::Error error;
    QVERIFY2(UserPatch::parseProfile(body, false, &patch, &error),
        qPrintable(error.field + QLatin1String(": ") + error.message));
    QCOMPARE(patch.members.size(), 1);
    QCOMPARE(patch.members.at(0).first, field);
    QCOMPARE(patch.members.at(0).second, stored);
}

// ---- PUT /users/{id}/addresses -------------------------------------------------------------

void TestServerUserPatch::refusedAddresses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    auto row = [](const char *name, const QByteArray &body, const char *field,
                   const char *message) {
        QTest::newRow(name) << body << QString::fromLatin1(field) << QString::fromLatin1(message);
    };
    row("raw NUL in a city", QByteArray("[{\"city\":\"a") + '\0' + "\"}]", "addresses[0].city",
        "control character");
    row("raw ESC in the fourth address", "[{},{},{},{\"city\":\"\x1b[31m\"}]", "addresses[3].city",
        "control character");
    row("raw newline in raw", "[{\"raw\":{\"x\":\"\n\"}}]", "addresses[0].raw",
        "control character");
    row("invalid UTF-8 in a city", "[{\"city\":\"\xC0\xAF\"}]", "addresses[0].city", "UTF-8");
    row("UTF-8 surrogate in an unknown member", "[{\"floor\":\"\xED\xB0\x80\"}]",
        "addresses[0].floor", "UTF-8");
    row("lone surrogate in a zip code", R"([{"zip_code":"\ud800"}])", "addresses[0].zip_code",
        "surrogate");
    row("raw control in an element that is not an object", "[\"\x01\"]", "addresses[0]",
        "control character");
    row("BOM", "\xEF\xBB\xBF[]", "", "byte order mark");
    row("BOM before an address", "\xEF\xBB\xBF[{\"city\":\"Oslo\"}]", "", "byte order mark");

    // Depth: the body's root becomes the stored user's `addresses` (level 2).
    row("16 levels", R"([{"raw":)" + nestedObjects(14) + "}]", "addresses[0].raw",
        "nested deeper than 15");
    row("1020 levels (was a 500)", nestedArrays(1020), "addresses[0]", "nested deeper than 15");
    row("1024 levels", nestedArrays(1024), "addresses[0]", "nested deeper than 15");
    row("5000 levels", nestedArrays(5000), "addresses[0]", "nested deeper than 15");
    row("5000 levels in raw", R"([{"street_name":"x","raw":{"deep":)" + nestedArrays(5000) + "}}]",
        "addresses[0].raw", "nested deeper than 15");

    // Caps.
    row("51 addresses", "[" + times(50, "{},") + "{}]", "addresses", "At most 50 addresses");
    row("city 501", R"([{"city":")" + QByteArray(501, 'c') + "\"}]", "addresses[0].city",
        "At most 500 characters");
    row("unknown member 501 emoji", R"([{},{"note":")" + times(501, Emoji) + "\"}]",
        "addresses[1].note", "this has 501");
    row("address 4097 bytes", R"([{},{"raw":{"a":")" + QByteArray(4081, 'r') + "\"}}]",
        "addresses[1]", "at most 4096 bytes");
    row("city a number", R"([{"city":5}])", "addresses[0].city", "string");
    row("an object", R"({"city":"Oslo"})", "", "array");
}

void TestServerUserPatch::refusedAddresses()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QByteArray minified = "untouched";
    UserPatch::Error error;
    QVERIFY(!UserPatch::parseAddresses(body, &minified, &error));
    QCOMPARE(error.field, field);
    QVERIFY2(error.message.contains(message, Qt::CaseInsensitive), qPrintable(error.message));
    QCOMPARE(minified, QByteArray("untouched"));
}

void TestServerUserPatch::acceptedAddresses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("stored");

    auto same = [](const char *name, const QByteArray &body) {
        QTest::newRow(name) << body << body;
    };
    same("empty", "[]");
    same("50 addresses", "[" + times(49, "{},") + "{}]");
    same("city 500", R"([{"city":")" + QByteArray(500, 'c') + "\"}]");
    same("city 500 emoji", R"([{"city":")" + times(500, Emoji) + "\"}]");
    same("address 4096 bytes", R"([{"raw":{"a":")" + QByteArray(4080, 'r') + "\"}}]");
    same("15 levels", R"([{"raw":)" + nestedObjects(13) + "}]");
    same("escapes kept", R"([{"city":"Troms\u00f8 \ud83d\ude00\n"}])");
    QTest::newRow("whitespace is not stored")
        << QByteArray("[ { \"city\" : \"Oslo\" } ]") << QByteArray(R"([{"city":"Oslo"}])");
}

void TestServerUserPatch::acceptedAddresses()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, stored);

    QByteArray minified;
    UserPatch::Error error;
    QVERIFY2(UserPatch::parseAddresses(body, &minified, &error),
        qPrintable(error.field + QLatin1String(": ") + error.message));
    QCOMPARE(minified, stored);
}

void TestServerUserPatch::emptyProfileBody()
{
    UserPatch patch;
    UserPatch::Error error;
    QVERIFY(UserPatch::parseProfile(QByteArray(), true, &patch, &error));
    QVERIFY(patch.members.isEmpty());
    QVERIFY(UserPatch::parseProfile(" \n", true, &patch, &error));
    QVERIFY(!UserPatch::parseProfile(QByteArray(), false, &patch, &error));
    QCOMPARE(error.field, QString());
}

// ---- the stored document -------------------------------------------------------------------

void TestServerUserPatch::storedSize()
{
    QCOMPARE(UserPatch::MaxStoredUserBytes, qsizetype(65536));
    const QByteArray prefix = R"({"bio":")";
    const QByteArray atLimit = prefix + QByteArray(65536 - prefix.size() - 2, 'x') + "\"}";
    QCOMPARE(atLimit.size(), 65536);
    UserPatch::Error error;
    QVERIFY(UserPatch::checkStoredSize(atLimit, QStringLiteral("bio"), &error));
    const QByteArray over = prefix + QByteArray(65537 - prefix.size() - 2, 'x') + "\"}";
    QVERIFY(!UserPatch::checkStoredSize(over, QStringLiteral("addresses"), &error));
    QCOMPARE(error.field, QStringLiteral("addresses"));
    QVERIFY2(error.message.contains(QLatin1String("65537")), qPrintable(error.message));
    // Not larger than the document it replaces: allowed, however large.
    QVERIFY(UserPatch::checkStoredSize(over, QStringLiteral("addresses"), &error, 65537));
    QVERIFY(!UserPatch::checkStoredSize(over, QStringLiteral("addresses"), &error, 65536));
}

void TestServerUserPatch::applyTo()
{
    // Three notes and bios of 10,000 escapes each (60,000 bytes) do not fit in 64 KiB.
    const QByteArray escapes = '"' + times(10000, "\\u00e9") + '"';
    UserPatch patch;
    UserPatch::Error error;
    QVERIFY(UserPatch::parseProfile(
        R"({"first_name":"Kari","bio":)" + escapes + "}", false, &patch, &error));
    QByteArray doc = R"({"_id":{"$oid":"0123456789abcdef01234567"},"bio":"","note":"n"})";
    QVERIFY(patch.applyTo(&doc, &error));
    QCOMPARE(doc,
        QByteArray(R"({"_id":{"$oid":"0123456789abcdef01234567"},"bio":)" + escapes
            + R"(,"note":"n","first_name":"Kari"})"));

    UserPatch more;
    QVERIFY(
        UserPatch::parseProfile(R"({"title":"Dr","note":)" + escapes + "}", false, &more, &error));
    const QByteArray before = doc;
    QVERIFY(!more.applyTo(&doc, &error));
    QCOMPARE(error.field, QStringLiteral("note"));
    QCOMPARE(doc, before);

    // A document already over the cap may still be written when the write does not grow it.
    UserPatch shrink;
    QVERIFY(UserPatch::parseProfile(R"({"bio":"short"})", false, &shrink, &error));
    QByteArray big
        = R"({"bio":)" + escapes + R"(,"note":)" + escapes + R"(,"title":)" + escapes + "}";
    QVERIFY(big.size() > 3 * 60000);
    QVERIFY(shrink.applyTo(&big, &error));
    QCOMPARE(
        big, QByteArray(R"({"bio":"short","note":)" + escapes + R"(,"title":)" + escapes + "}"));
}

QTEST_GUILESS_MAIN(TestServerUserPatch)
#include "tst_server_userpatch.moc"
