// SPDX-License-Identifier: GPL-3.0-or-later

// ProfileEditor and ProfileMerge: dirty state, minimal patches, validation and the three-way
// merge without I/O (data-driven); then saving against the real builton-server (ETag and
// If-Match, 412 and the merge, addresses, a server 400 on a field, soft delete), the path for
// servers without ETags and the failures a real server does not produce on demand
// (FaultServer: 500, 401, 502, a hung write), including a write that was applied although
// its answer never arrived (E5). Every server-side expectation is read with TestHttp.

#include "api/ApiClient.h"
#include "models/editing/ProfileEditor.h"
#include "models/editing/ProfileMerge.h"
#include "tests/support/FaultServer.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {

QJsonObject oid(const QString &hex)
{
    return QJsonObject {{QStringLiteral("$oid"), hex}};
}

const QString userHex = QStringLiteral("5d9218f71fad44000b0fb80a");
const QString cardA = QStringLiteral("5d9218f71fad44000b0fb8aa");
const QString cardB = QStringLiteral("5d9218f71fad44000b0fb8bb");

/// A user as a server might send it, with members the client does not model.
QJsonObject baseDocument()
{
    return QJsonObject {
        {QStringLiteral("_id"), oid(userHex)},
        {QStringLiteral("_cls"), QStringLiteral("User")},
        {QStringLiteral("human_id"), QStringLiteral("ZQK3YW")},
        {QStringLiteral("first_name"), QStringLiteral("Ann")},
        {QStringLiteral("last_name"), QStringLiteral("Berg")},
        {QStringLiteral("email"), QStringLiteral("ann@example.com")},
        {QStringLiteral("mobile_phone_number"), QStringLiteral("+4791234567")},
        {QStringLiteral("note"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tags"), QJsonArray {QStringLiteral("vip"), QStringLiteral("b2b")}},
        {QStringLiteral("billing_address"),
            QJsonObject {{QStringLiteral("street_name"), QStringLiteral("Storgata 1")},
                {QStringLiteral("city"), QStringLiteral("Oslo")},
                {QStringLiteral("raw"), QJsonObject {{QStringLiteral("place_id"), 42}}}}},
        {QStringLiteral("default_payment_method"), oid(cardA)},
        {QStringLiteral("addresses"),
            QJsonArray {QJsonObject {{QStringLiteral("street_name"), QStringLiteral("Storgata 1")},
                {QStringLiteral("city"), QStringLiteral("Oslo")},
                {QStringLiteral("geo"), QJsonArray {59.91, 10.75}}}}},
        {QStringLiteral("modified"), QJsonObject {{QStringLiteral("$date"), 1570000000000.0}}},
        {QStringLiteral("voucher"), QJsonObject {{QStringLiteral("uuid"), QStringLiteral("v-1")}}},
    };
}

User decode(const QJsonObject &document)
{
    DecodeResult<User> user = User::fromJson(document);
    Q_ASSERT(user);
    return user.takeValue();
}

QJsonObject withMember(QJsonObject document, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        document.remove(key);
    else
        document.insert(key, value);
    return document;
}

/// A value of a unit, for the data tables: "~" means "leave the member out".
QJsonValue unitValue(const QString &key, const QString &spec)
{
    Q_UNUSED(key);
    if (spec == QLatin1String("~"))
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument document = QJsonDocument::fromJson(spec.toUtf8());
    if (document.isArray())
        return document.array();
    if (document.isObject())
        return document.object();
    // Scalars: "\"text\"", "null".
    const QJsonDocument wrapped = QJsonDocument::fromJson("[" + spec.toUtf8() + "]");
    Q_ASSERT_X(wrapped.isArray(), "unitValue", qPrintable(key + QLatin1Char('=') + spec));
    return wrapped.array().first();
}

QString addressJson(const QString &street, const QString &city)
{
    return QStringLiteral(R"({"street_name":"%1","city":"%2"})").arg(street, city);
}

} // namespace

class TestProfileEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Without I/O.
    void dirtyState_data();
    void dirtyState();
    void minimalPatch_data();
    void minimalPatch();
    void nationalPhoneWithTheCompanysCountry();
    void validation_data();
    void validation();
    void invalidEditIsNotSaved();
    void mergeMatrix_data();
    void mergeMatrix();
    void resolveChoices();
    void tagSetMerge_data();
    void tagSetMerge();
    void tagConflictOffersBoth_data();
    void tagConflictOffersBoth();
    void addressesConflictPerAddress();
    void revert();
    void draftEditsRoundTrip();

    // Against the real server.
    void saveSendsOnlyTheEdits();
    void saveAddresses();
    void concurrentEditOfOtherFieldsIsMerged();
    void conflictWaitsForAChoice_data();
    void conflictWaitsForAChoice();
    void conflictReloadEverything();
    void serverFieldErrorLandsOnTheField();
    void softDelete();
    void staleDeleteIsRefused();

    // No ETag, failures, E5.
    void noEtagChecksModifiedBeforeWriting();
    void noEtagRefusesAStaleWrite();
    void failedSaveKeepsEdits_data();
    void failedSaveKeepsEdits();
    void writeAppliedDespiteFailureIsRecognised_data();
    void writeAppliedDespiteFailureIsRecognised();
    void writeAppliedWithoutEtagIsRecognised();

private:
    QJsonObject serverUser(const QString &id, QByteArray *etag = nullptr) const;
    TestHttpResponse serverPut(const QString &id, const QJsonObject &body) const;
    /// A seeded user no other test touches.
    QString freshUser();
    std::unique_ptr<ApiClient> makeClient(const QUrl &url) const;
    bool loadInto(ProfileEditor &editor, const QString &id);
    static bool waitSaveOutcome(ProfileEditor &editor, QSignalSpy &finished, QSignalSpy &failed,
        QSignalSpy &conflicts, int timeoutMs = 20000);

    TestServer m_server;
    QStringList m_users;
    int m_nextUser = 0;
    std::unique_ptr<ApiClient> m_client;
};

void TestProfileEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    TestServer::Options options;
    options.users = 40;
    options.orders = 0;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/users"));
    url.setQuery(QStringLiteral("size=100"));
    const TestHttpResponse list = TestHttp::get(url,
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
    QCOMPARE(list.status, 200);
    for (const QJsonValue &user : list.json().array()) {
        m_users.append(user.toObject()
                           .value(QLatin1String("_id"))
                           .toObject()
                           .value(QLatin1String("$oid"))
                           .toString());
    }
    QVERIFY(m_users.size() >= 30);
}

void TestProfileEditor::init()
{
    m_client = makeClient(m_server.url());
}

void TestProfileEditor::cleanup()
{
    m_client.reset();
}

std::unique_ptr<ApiClient> TestProfileEditor::makeClient(const QUrl &url) const
{
    auto client = std::make_unique<ApiClient>();
    client->setConnection(
        {url, m_server.credentials().apiKey, m_server.credentials().serviceAccountKey});
    return client;
}

QString TestProfileEditor::freshUser()
{
    Q_ASSERT(m_nextUser < m_users.size());
    return m_users.at(m_nextUser++);
}

QJsonObject TestProfileEditor::serverUser(const QString &id, QByteArray *etag) const
{
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/users/") + id);
    const TestHttpResponse response = TestHttp::get(url,
        TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey));
    if (etag)
        *etag = response.header("ETag");
    return response.json().object();
}

TestHttpResponse TestProfileEditor::serverPut(const QString &id, const QJsonObject &body) const
{
    QUrl url = m_server.url();
    url.setPath(QStringLiteral("/users/") + id);
    TestHttp::Headers headers
        = TestHttp::auth(m_server.credentials().apiKey, m_server.credentials().serviceAccountKey);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    return TestHttp::request("PUT", url, headers, QJsonDocument(body).toJson());
}

bool TestProfileEditor::loadInto(ProfileEditor &editor, const QString &id)
{
    QSignalSpy loaded(&editor, &ProfileEditor::loaded);
    QSignalSpy failed(&editor, &ProfileEditor::loadFailed);
    editor.load(id);
    QElapsedTimer timer;
    timer.start();
    while (loaded.count() + failed.count() == 0 && timer.elapsed() < 20000)
        QTest::qWait(10);
    return loaded.count() == 1 && editor.isLoaded();
}

bool TestProfileEditor::waitSaveOutcome(ProfileEditor &editor, QSignalSpy &finished,
    QSignalSpy &failed, QSignalSpy &conflicts, int timeoutMs)
{
    // save() is busy from the call on; the outcome is one of the three signals.
    Q_UNUSED(finished);
    Q_UNUSED(failed);
    Q_UNUSED(conflicts);
    QElapsedTimer timer;
    timer.start();
    while (editor.isBusy() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !editor.isBusy();
}

// ---- without I/O -----------------------------------------------------------------------

void TestProfileEditor::dirtyState_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("baseValue"); // "~": member absent
    QTest::addColumn<QString>("editValue");
    QTest::addColumn<bool>("dirty");

    QTest::newRow("text changed") << "first_name"
                                  << R"("Ann")"
                                  << R"("Anna")" << true;
    QTest::newRow("text set to the same") << "first_name"
                                          << R"("Ann")"
                                          << R"("Ann")" << false;
    QTest::newRow("text cleared") << "first_name"
                                  << R"("Ann")"
                                  << R"("")" << true;
    QTest::newRow("absent text left empty") << "title"
                                            << "~"
                                            << R"("")" << false;
    QTest::newRow("absent text given") << "title"
                                       << "~"
                                       << R"("Dr")" << true;
    QTest::newRow("null text left empty") << "note"
                                          << "null"
                                          << R"("")" << false;
    QTest::newRow("null text given") << "note"
                                     << "null"
                                     << R"("call first")" << true;
    QTest::newRow("empty string text left empty") << "bio"
                                                  << R"("")"
                                                  << R"("")" << false;
    QTest::newRow("tags same") << "tags"
                               << R"(["vip","b2b"])"
                               << R"(["vip","b2b"])" << false;
    QTest::newRow("tag added") << "tags"
                               << R"(["vip"])"
                               << R"(["vip","b2b"])" << true;
    QTest::newRow("tags cleared") << "tags"
                                  << R"(["vip"])"
                                  << "[]" << true;
    QTest::newRow("absent tags left empty") << "tags"
                                            << "~"
                                            << "[]" << false;
    QTest::newRow("billing city changed")
        << "billing_address" << addressJson(QStringLiteral("Storgata 1"), QStringLiteral("Oslo"))
        << addressJson(QStringLiteral("Storgata 1"), QStringLiteral("Bergen")) << true;
    QTest::newRow("billing same")
        << "billing_address" << addressJson(QStringLiteral("Storgata 1"), QStringLiteral("Oslo"))
        << addressJson(QStringLiteral("Storgata 1"), QStringLiteral("Oslo")) << false;
    QTest::newRow("billing {} left empty") << "billing_address"
                                           << "{}"
                                           << "null" << false;
    QTest::newRow("payment method same id")
        << "default_payment_method" << QStringLiteral(R"({"$oid":"%1"})").arg(cardA)
        << QStringLiteral(R"({"$oid":"%1"})").arg(cardA) << false;
    QTest::newRow("payment method expanded, same id")
        << "default_payment_method"
        << QStringLiteral(R"({"$oid":"%1","_id":{"$oid":"%1"},"method":"stripe"})").arg(cardA)
        << QStringLiteral(R"({"$oid":"%1"})").arg(cardA) << false;
    QTest::newRow("payment method changed")
        << "default_payment_method" << QStringLiteral(R"({"$oid":"%1"})").arg(cardA)
        << QStringLiteral(R"({"$oid":"%1"})").arg(cardB) << true;
    QTest::newRow("payment method cleared")
        << "default_payment_method" << QStringLiteral(R"({"$oid":"%1"})").arg(cardA) << "null"
        << true;
}

void TestProfileEditor::dirtyState()
{
    QFETCH(QString, key);
    QFETCH(QString, baseValue);
    QFETCH(QString, editValue);
    QFETCH(bool, dirty);

    ProfileEditor editor(m_client.get());
    editor.setRecord(decode(withMember(baseDocument(), key, unitValue(key, baseValue))), "\"v1\"");
    QVERIFY(!editor.isDirty());
    const UserField field = *userFieldFromKey(key);
    QSignalSpy changed(&editor, &ProfileEditor::changed);
    QVERIFY(editor.setValue(field, unitValue(key, editValue)));
    QCOMPARE(editor.isDirty(field), dirty);
    QCOMPARE(editor.isDirty(), dirty);
    QCOMPARE(editor.dirtyKeys(), dirty ? QStringList {key} : QStringList());
    // The patch carries the field exactly when it is dirty.
    QCOMPARE(editor.patch().contains(key), dirty);
    for (const UserField other : AllUserFields) {
        if (other != field)
            QVERIFY2(!editor.isDirty(other), userFieldKey(other).data());
    }
}

void TestProfileEditor::minimalPatch_data()
{
    QTest::addColumn<QJsonObject>("edits"); // key -> value, applied in order
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("nothing") << QJsonObject() << QJsonObject();
    QTest::newRow("one field") << QJsonObject {{QStringLiteral("email"), QStringLiteral("a@b.no")}}
                               << QJsonObject {{QStringLiteral("email"), QStringLiteral("a@b.no")}};
    QTest::newRow("two fields")
        << QJsonObject {{QStringLiteral("first_name"), QStringLiteral("Anna")},
               {QStringLiteral("tags"), QJsonArray {QStringLiteral("vip")}}}
        << QJsonObject {{QStringLiteral("first_name"), QStringLiteral("Anna")},
               {QStringLiteral("tags"), QJsonArray {QStringLiteral("vip")}}};
    QTest::newRow("edit back to the original")
        << QJsonObject {{QStringLiteral("first_name"), QStringLiteral("Ann")}} << QJsonObject();
    QTest::newRow("absent field left empty")
        << QJsonObject {{QStringLiteral("title"), QString()}} << QJsonObject();
    QTest::newRow("null note left empty")
        << QJsonObject {{QStringLiteral("note"), QString()}} << QJsonObject();
    QTest::newRow("cleared email is sent as empty") << QJsonObject {
        {QStringLiteral("email"), QString()}} << QJsonObject {{QStringLiteral("email"), QString()}};
    QTest::newRow("payment method by id")
        << QJsonObject {{QStringLiteral("default_payment_method"), oid(cardB)}}
        << QJsonObject {{QStringLiteral("default_payment_method"), oid(cardB)}};
    QTest::newRow("addresses are not part of the profile patch")
        << QJsonObject {{QStringLiteral("addresses"), QJsonArray()}} << QJsonObject();
}

void TestProfileEditor::minimalPatch()
{
    QFETCH(QJsonObject, edits);
    QFETCH(QJsonObject, expected);

    ProfileEditor editor(m_client.get());
    editor.setRecord(decode(baseDocument()), "\"v1\"");
    for (auto it = edits.constBegin(); it != edits.constEnd(); ++it) {
        if (it.key() == ProfileUnits::addressesKey())
            editor.setAddresses({});
        else
            QVERIFY(editor.setValue(*userFieldFromKey(it.key()), it.value()));
    }
    QCOMPARE(editor.patch(), expected);
}

void TestProfileEditor::nationalPhoneWithTheCompanysCountry()
{
    // Without the company's calling code a number written nationally is refused; with it, it
    // is from there (the trunk prefix 0 dropped), and a number with its own code keeps it.
    const UserField phone = UserField::MobilePhoneNumber;
    QVERIFY(!ProfileEditor::checkValue(phone, QStringLiteral("929 23 131")).isEmpty());
    QVERIFY(ProfileEditor::checkValue(phone, QStringLiteral("929 23 131"), QStringLiteral("47"))
                .isEmpty());
    QVERIFY(!ProfileEditor::checkValue(phone, QStringLiteral("929 CALL"), QStringLiteral("47"))
                 .isEmpty());

    ProfileEditor editor(m_client.get());
    editor.setRecord(decode(baseDocument()), "\"v1\"");
    QSignalSpy changed(&editor, &ProfileEditor::changed);
    editor.setText(phone, QStringLiteral("0170 1234567"));
    QVERIFY(!editor.validationError(phone).isEmpty());
    editor.setDefaultCallingCode(QStringLiteral("49"));
    QVERIFY(changed.count() >= 2); // the edit, then the code: the message may go
    QVERIFY(editor.validationError(phone).isEmpty());
    editor.normalizePhone();
    QCOMPARE(editor.text(phone), QStringLiteral("+491701234567"));
    editor.setText(phone, QStringLiteral("+47 929 23 131"));
    editor.normalizePhone();
    QCOMPARE(editor.text(phone), QStringLiteral("+4792923131"));
}

void TestProfileEditor::validation_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("email plain") << "email"
                                 << "kari@example.no" << true;
    QTest::newRow("email empty (cleared)") << "email"
                                           << "" << true;
    QTest::newRow("email without @") << "email"
                                     << "kari.example.no" << false;
    QTest::newRow("email without tld") << "email"
                                       << "kari@example" << false;
    QTest::newRow("email with space") << "email"
                                      << "kari @example.no" << false;
    QTest::newRow("email two @") << "email"
                                 << "a@b@example.no" << false;
    QTest::newRow("email internationalised") << "email"
                                             << "åse@eksempel.no" << true;
    QTest::newRow("phone E.164") << "mobile_phone_number"
                                 << "+4791234567" << true;
    QTest::newRow("phone empty") << "mobile_phone_number"
                                 << "" << true;
    QTest::newRow("phone without +") << "mobile_phone_number"
                                     << "4791234567" << false;
    // Written in E.164 when saved: the separators people type are fine.
    QTest::newRow("phone with spaces") << "mobile_phone_number"
                                       << "+47 912 34 567" << true;
    QTest::newRow("phone with 00 and dashes") << "mobile_phone_number"
                                              << "0047 912-34-567" << true;
    QTest::newRow("phone national (country unknown)") << "mobile_phone_number"
                                                      << "912 34 567" << false;
    QTest::newRow("phone with letters") << "mobile_phone_number"
                                        << "+47 912 CALL" << false;
    QTest::newRow("phone leading 0") << "mobile_phone_number"
                                     << "+0791234567" << false;
    QTest::newRow("phone too long") << "mobile_phone_number"
                                    << "+1234567890123456" << false;
    QTest::newRow("phone shortest") << "mobile_phone_number"
                                    << "+12" << true;
    QTest::newRow("first name anything") << "first_name"
                                         << "@@@" << true;
}

void TestProfileEditor::validation()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(bool, valid);

    ProfileEditor editor(m_client.get());
    editor.setRecord(decode(baseDocument()), "\"v1\"");
    const UserField field = *userFieldFromKey(key);
    editor.setText(field, text);
    QCOMPARE(editor.validationError(field).isEmpty(), valid);
    QCOMPARE(editor.isValid(), valid);
    QCOMPARE(ProfileEditor::checkValue(field, text).isEmpty(), valid);
}

void TestProfileEditor::invalidEditIsNotSaved()
{
    FaultServer fault;
    QVERIFY(fault.listen());
    auto client = makeClient(fault.url());
    ProfileEditor editor(client.get());
    editor.setRecord(decode(baseDocument()), "\"v1\"");
    editor.setText(UserField::Email, QStringLiteral("not an email"));
    QVERIFY(!editor.save());
    QCOMPARE(editor.state(), ProfileEditor::State::Ready);
    QTest::qWait(50);
    QCOMPARE(fault.requests().size(), 0);
    // An invalid value the staff member did not touch does not block a save of other fields.
    ProfileEditor legacy(client.get());
    legacy.setRecord(decode(withMember(baseDocument(), QStringLiteral("email"),
                         QStringLiteral("legacy@invalid"))),
        "\"v1\"");
    QVERIFY(legacy.validationError(UserField::Email).isEmpty());
    legacy.setText(UserField::FirstName, QStringLiteral("Anne"));
    QVERIFY(legacy.isValid());
}

void TestProfileEditor::mergeMatrix_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("merged"); // the edited value after the merge

    using O = ProfileMerge::Outcome;
    const QString oslo = addressJson(QStringLiteral("Storgata 1"), QStringLiteral("Oslo"));
    const QString bergen = addressJson(QStringLiteral("Bryggen 2"), QStringLiteral("Bergen"));
    const QString tromso = addressJson(QStringLiteral("Havna 3"), QStringLiteral("Tromsø"));
    const QString pmA = QStringLiteral(R"({"$oid":"%1"})").arg(cardA);
    const QString pmB = QStringLiteral(R"({"$oid":"%1"})").arg(cardB);
    const QString pmC = QStringLiteral(R"({"$oid":"5d9218f71fad44000b0fb8cc"})");
    const QString listA = QStringLiteral("[%1]").arg(oslo);
    const QString listB = QStringLiteral("[%1,%2]").arg(oslo, bergen);
    const QString listC = QStringLiteral("[%1]").arg(tromso);

    struct Kind
    {
        const char *name;
        QString key, base, a, b;
        /// The edited value after a conflict: mine, except where both edits combine.
        QString conflicted;
    };
    const QList<Kind> kinds {
        {"text", QStringLiteral("first_name"), QStringLiteral(R"("Ann")"),
            QStringLiteral(R"("Anna")"), QStringLiteral(R"("Anne")"), QStringLiteral(R"("Anna")")},
        // Tags merge as sets: my addition kept, their removal applied.
        {"tags", QStringLiteral("tags"), QStringLiteral(R"(["vip"])"),
            QStringLiteral(R"(["vip","b2b"])"), QStringLiteral("[]"), QStringLiteral(R"(["b2b"])")},
        {"billing", QStringLiteral("billing_address"), oslo, bergen, tromso, bergen},
        {"payment method", QStringLiteral("default_payment_method"), pmA, pmB, pmC, pmB},
        // Lists of other lengths cannot be merged address by address: the whole list.
        {"addresses", ProfileUnits::addressesKey(), listA, listB, listC, listB},
    };
    for (const Kind &kind : kinds) {
        const auto row = [&kind](const char *what) -> QTestData & {
            return QTest::addRow("%s: %s", kind.name, what);
        };
        row("nobody") << kind.key << kind.base << kind.base << kind.base << int(O::Unchanged)
                      << kind.base;
        row("only mine") << kind.key << kind.base << kind.a << kind.base << int(O::KeptMine)
                         << kind.a;
        row("only theirs") << kind.key << kind.base << kind.base << kind.b << int(O::TakenTheirs)
                           << kind.b;
        row("both the same") << kind.key << kind.base << kind.a << kind.a << int(O::Same) << kind.a;
        row("both differently") << kind.key << kind.base << kind.a << kind.b << int(O::Conflict)
                                << kind.conflicted;
    }
    QTest::newRow("text: theirs added where there was nothing")
        << "title"
        << "~"
        << "~"
        << R"("Dr")" << int(O::TakenTheirs) << R"("Dr")";
    QTest::newRow("text: null and empty mean the same") << "note"
                                                        << "null"
                                                        << R"("")"
                                                        << "~" << int(O::Unchanged) << "null";
    QTest::newRow("payment method: expanded form of the same id")
        << "default_payment_method" << pmA << pmA
        << QStringLiteral(R"({"$oid":"%1","method":"stripe"})").arg(cardA) << int(O::Unchanged)
        << pmA;
}

void TestProfileEditor::mergeMatrix()
{
    QFETCH(QString, key);
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(int, outcome);
    QFETCH(QString, merged);

    const User baseUser = decode(withMember(baseDocument(), key, unitValue(key, base)));
    User mineUser = baseUser;
    QVERIFY(ProfileUnits::setValue(&mineUser, key, unitValue(key, mine)));
    // Someone else also changed a field nobody here touched.
    const User theirsUser
        = decode(withMember(withMember(baseDocument(), key, unitValue(key, theirs)),
            QStringLiteral("bio"), QStringLiteral("changed elsewhere")));

    const ProfileMerge::Result result = ProfileMerge::merge(baseUser, mineUser, theirsUser);
    QCOMPARE(int(result.outcomes.value(key)), outcome);
    QCOMPARE(result.outcomes.value(QStringLiteral("bio")), ProfileMerge::Outcome::TakenTheirs);
    QVERIFY(ProfileUnits::sameValue(
        key, ProfileUnits::value(result.edited, key), unitValue(key, merged)));
    QCOMPARE(result.edited.bio(), QStringLiteral("changed elsewhere"));
    QCOMPARE(result.base, theirsUser);
    if (outcome == int(ProfileMerge::Outcome::Conflict)) {
        QCOMPARE(result.conflicts.size(), 1);
        const MergeConflict &conflict = result.conflicts.constFirst();
        QCOMPARE(conflict.key, key);
        QVERIFY(ProfileUnits::sameValue(key, conflict.base, unitValue(key, base)));
        QVERIFY(ProfileUnits::sameValue(key, conflict.mine, unitValue(key, mine)));
        QVERIFY(ProfileUnits::sameValue(key, conflict.theirs, unitValue(key, theirs)));
    } else {
        QVERIFY(result.conflicts.isEmpty());
    }
    // Unmodelled members come from the server's record.
    QCOMPARE(result.edited.unknownMembers().value(QLatin1String("voucher")),
        theirsUser.unknownMembers().value(QLatin1String("voucher")));
}

void TestProfileEditor::resolveChoices()
{
    const User base = decode(baseDocument());
    User mine = base;
    mine.setFirstName(QStringLiteral("Anna"));
    mine.setLastName(QStringLiteral("Berg-Hansen"));
    User theirs = base;
    theirs.setFirstName(QStringLiteral("Anne"));
    theirs.setLastName(QStringLiteral("Bergh"));
    const ProfileMerge::Result merge = ProfileMerge::merge(base, mine, theirs);
    QCOMPARE(merge.conflicts.size(), 2);
    const User resolved = ProfileMerge::resolve(merge.edited, merge.base, merge.conflicts,
        {{QStringLiteral("first_name"), ConflictChoice::TakeTheirs},
            {QStringLiteral("last_name"), ConflictChoice::KeepMine}});
    QCOMPARE(resolved.firstName(), QStringLiteral("Anne"));
    QCOMPARE(resolved.lastName(), QStringLiteral("Berg-Hansen"));
    QCOMPARE(User::patch(merge.base, resolved),
        QJsonObject({{QStringLiteral("last_name"), QStringLiteral("Berg-Hansen")}}));
}

void TestProfileEditor::tagSetMerge_data()
{
    QTest::addColumn<QStringList>("base");
    QTest::addColumn<QStringList>("mine");
    QTest::addColumn<QStringList>("theirs");
    QTest::addColumn<QStringList>("merged");

    const auto tags = [](const char *list) {
        return QString::fromLatin1(list).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("both added") << tags("vip") << tags("vip b2b") << tags("vip newsletter")
                                << tags("vip newsletter b2b");
    QTest::newRow("I removed, they added")
        << tags("vip late") << tags("vip") << tags("vip late b2b") << tags("vip b2b");
    QTest::newRow("they removed, I added")
        << tags("vip late") << tags("vip late b2b") << tags("vip") << tags("vip b2b");
    QTest::newRow("both removed other tags")
        << tags("a b c") << tags("a b") << tags("b c") << tags("b");
    QTest::newRow("both added the same") << tags("") << tags("x") << tags("x y") << tags("x y");
    QTest::newRow("I added back what they removed")
        << tags("vip") << tags("vip") << tags("") << tags("");
    QTest::newRow("everything removed by me")
        << tags("a b") << tags("") << tags("a b c") << tags("c");
    QTest::newRow("nothing to start from") << tags("") << tags("a") << tags("b") << tags("b a");
}

void TestProfileEditor::tagSetMerge()
{
    QFETCH(QStringList, base);
    QFETCH(QStringList, mine);
    QFETCH(QStringList, theirs);
    QFETCH(QStringList, merged);
    QCOMPARE(ProfileMerge::mergeTags(base, mine, theirs), merged);

    // The same through the three-way merge of whole records.
    const User baseUser = decode(
        withMember(baseDocument(), QStringLiteral("tags"), QJsonArray::fromStringList(base)));
    User mineUser = baseUser;
    mineUser.setTags(mine);
    User theirsUser = baseUser;
    theirsUser.setTags(theirs);
    const ProfileMerge::Result result = ProfileMerge::merge(baseUser, mineUser, theirsUser);
    QCOMPARE(result.edited.tags(), merged);
    if (!result.conflicts.isEmpty()) {
        QCOMPARE(result.conflicts.size(), 1);
        QVERIFY(result.conflicts.constFirst().hasMerged());
        const User resolved
            = ProfileMerge::resolve(result.edited, result.base, result.conflicts, {});
        QCOMPARE(resolved.tags(), merged);
    }
}

void TestProfileEditor::tagConflictOffersBoth_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QStringList>("saved");
    QTest::newRow("both") << int(ConflictChoice::KeepMerged)
                          << QStringList({QStringLiteral("vip"), QStringLiteral("newsletter"),
                                 QStringLiteral("b2b")});
    QTest::newRow("mine") << int(ConflictChoice::KeepMine)
                          << QStringList({QStringLiteral("vip"), QStringLiteral("b2b")});
    QTest::newRow("theirs") << int(ConflictChoice::TakeTheirs)
                            << QStringList({QStringLiteral("vip"), QStringLiteral("newsletter")});
}

void TestProfileEditor::tagConflictOffersBoth()
{
    QFETCH(int, choice);
    QFETCH(QStringList, saved);
    const User base = decode(
        withMember(baseDocument(), QStringLiteral("tags"), QJsonArray {QStringLiteral("vip")}));
    User mine = base;
    mine.setTags({QStringLiteral("vip"), QStringLiteral("b2b")});
    User theirs = base;
    theirs.setTags({QStringLiteral("vip"), QStringLiteral("newsletter")});
    const ProfileMerge::Result merge = ProfileMerge::merge(base, mine, theirs);
    QCOMPARE(merge.conflicts.size(), 1);
    const MergeConflict &conflict = merge.conflicts.constFirst();
    QCOMPARE(conflict.id(), QStringLiteral("tags"));
    QCOMPARE(conflict.merged,
        QJsonValue(QJsonArray::fromStringList(
            {QStringLiteral("vip"), QStringLiteral("newsletter"), QStringLiteral("b2b")})));
    const User resolved = ProfileMerge::resolve(
        merge.edited, merge.base, merge.conflicts, {{conflict.id(), ConflictChoice(choice)}});
    QCOMPARE(resolved.tags(), saved);
}

void TestProfileEditor::addressesConflictPerAddress()
{
    const auto address = [](const char *street, const char *city) {
        return unitValue(QStringLiteral("billing_address"),
            addressJson(QString::fromUtf8(street), QString::fromUtf8(city)));
    };
    const QJsonArray baseList {address("Storgata 1", "Oslo"), address("Bryggen 2", "Bergen"),
        address("Havna 3", "Tromsø")};
    const User base = decode(withMember(baseDocument(), ProfileUnits::addressesKey(), baseList));
    // I change the first and the third address; they change the second and the third.
    QJsonArray mineList = baseList;
    mineList.replace(0, address("Storgata 10", "Oslo"));
    mineList.replace(2, address("Havna 30", "Tromsø"));
    QJsonArray theirsList = baseList;
    theirsList.replace(1, address("Bryggen 20", "Bergen"));
    theirsList.replace(2, address("Kaia 5", "Tromsø"));
    User mine = base;
    QVERIFY(ProfileUnits::setValue(&mine, ProfileUnits::addressesKey(), mineList));
    User theirs = base;
    QVERIFY(ProfileUnits::setValue(&theirs, ProfileUnits::addressesKey(), theirsList));

    const ProfileMerge::Result merge = ProfileMerge::merge(base, mine, theirs);
    QCOMPARE(merge.outcomes.value(ProfileUnits::addressesKey()), ProfileMerge::Outcome::Conflict);
    // Only the third address conflicts; the others are each taken from whoever changed them.
    QCOMPARE(merge.conflicts.size(), 1);
    const MergeConflict &conflict = merge.conflicts.constFirst();
    QCOMPARE(conflict.index, 2);
    QCOMPARE(conflict.id(), QStringLiteral("addresses#2"));
    QCOMPARE(conflict.label(), QStringLiteral("Address 3"));
    QVERIFY(!conflict.hasMerged());
    QVERIFY(ProfileUnits::sameValue(
        ProfileUnits::addressesKey(), conflict.theirs, address("Kaia 5", "Tromsø")));

    const auto streets = [](const User &user) {
        QStringList list;
        for (const Address &a : user.addresses())
            list.append(a.streetName());
        return list;
    };
    QCOMPARE(streets(merge.edited),
        QStringList({QStringLiteral("Storgata 10"), QStringLiteral("Bryggen 20"),
            QStringLiteral("Havna 30")}));
    const User theirsChosen = ProfileMerge::resolve(
        merge.edited, merge.base, merge.conflicts, {{conflict.id(), ConflictChoice::TakeTheirs}});
    QCOMPARE(streets(theirsChosen),
        QStringList({QStringLiteral("Storgata 10"), QStringLiteral("Bryggen 20"),
            QStringLiteral("Kaia 5")}));

    // Different addresses changed on each side: merged without asking.
    QJsonArray mineOnly = baseList;
    mineOnly.replace(0, address("Storgata 10", "Oslo"));
    QJsonArray theirsOnly = baseList;
    theirsOnly.replace(1, address("Bryggen 20", "Bergen"));
    QVERIFY(ProfileUnits::setValue(&mine, ProfileUnits::addressesKey(), mineOnly));
    QVERIFY(ProfileUnits::setValue(&theirs, ProfileUnits::addressesKey(), theirsOnly));
    const ProfileMerge::Result quiet = ProfileMerge::merge(base, mine, theirs);
    QVERIFY(quiet.conflicts.isEmpty());
    QCOMPARE(quiet.outcomes.value(ProfileUnits::addressesKey()), ProfileMerge::Outcome::Merged);
    QCOMPARE(streets(quiet.edited),
        QStringList({QStringLiteral("Storgata 10"), QStringLiteral("Bryggen 20"),
            QStringLiteral("Havna 3")}));
}

void TestProfileEditor::revert()
{
    ProfileEditor editor(m_client.get());
    editor.setRecord(decode(baseDocument()), "\"v1\"");
    editor.setText(UserField::FirstName, QStringLiteral("Anna"));
    editor.setTags({QStringLiteral("new")});
    Address moved;
    moved.setCity(QStringLiteral("Bergen"));
    editor.setAddresses({moved});
    QCOMPARE(editor.dirtyKeys(),
        QStringList(
            {QStringLiteral("first_name"), QStringLiteral("tags"), ProfileUnits::addressesKey()}));
    editor.revert(UserField::Tags);
    QVERIFY(!editor.isDirty(UserField::Tags));
    QCOMPARE(editor.edited().tags(), editor.base().tags());
    editor.revertAddresses();
    QVERIFY(!editor.isAddressesDirty());
    QVERIFY(editor.isDirty(UserField::FirstName));
    editor.revertAll();
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.edited(), editor.base());
}

void TestProfileEditor::draftEditsRoundTrip()
{
    FaultServer fault;
    QVERIFY(fault.listen());
    auto client = makeClient(fault.url());
    // The record on the server meanwhile: someone changed the last name.
    const QJsonObject current
        = withMember(baseDocument(), QStringLiteral("last_name"), QStringLiteral("Bergh"));
    fault.route("/users/" + userHex.toLatin1(),
        FaultResponse::json(QJsonDocument(current).toJson()).withHeader("ETag", "\"v2\""));

    ProfileEditor first(client.get());
    first.setRecord(decode(baseDocument()), "\"v1\"");
    first.setText(UserField::Email, QStringLiteral("ann.berg@example.com"));
    Address added;
    added.setCity(QStringLiteral("Bergen"));
    QList<Address> addresses = first.edited().addresses();
    addresses.append(added);
    first.setAddresses(addresses);
    const QJsonObject edits = first.edits();
    QCOMPARE(edits.keys(), QStringList({QStringLiteral("addresses"), QStringLiteral("email")}));

    ProfileEditor restored(client.get());
    QSignalSpy loaded(&restored, &ProfileEditor::loaded);
    QVERIFY(restored.restoreDraft(baseDocument(), "\"v1\"", edits));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000); // the draft, then the server's record
    QCOMPARE(restored.state(), ProfileEditor::State::Ready);
    QCOMPARE(restored.text(UserField::Email), QStringLiteral("ann.berg@example.com"));
    QCOMPARE(restored.edited().addresses().size(), 2);
    QCOMPARE(restored.edited().lastName(), QStringLiteral("Bergh")); // taken from the server
    QCOMPARE(restored.etag(), QByteArray("\"v2\""));
    QCOMPARE(
        restored.dirtyKeys(), QStringList({QStringLiteral("email"), ProfileUnits::addressesKey()}));
}

// ---- against the real server -----------------------------------------------------------

void TestProfileEditor::saveSendsOnlyTheEdits()
{
    const QString id = freshUser();
    QByteArray etagBefore;
    const QJsonObject before = serverUser(id, &etagBefore);
    ProfileEditor editor(m_client.get());
    QVERIFY(loadInto(editor, id));
    QCOMPARE(editor.etag(), etagBefore);

    editor.setText(UserField::Email, QStringLiteral("corrected.%1@example.org").arg(id.right(6)));
    QStringList tags = editor.edited().tags();
    tags.append(QStringLiteral("called-back"));
    editor.setTags(tags);
    QCOMPARE(editor.patch().keys(), QStringList({QStringLiteral("email"), QStringLiteral("tags")}));

    QSignalSpy saved(&editor, &ProfileEditor::saved);
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QCOMPARE(editor.state(), ProfileEditor::State::Saving);
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!editor.isDirty());

    QCOMPARE(saved.count(), 1);
    const auto changes = saved.at(0).at(0).value<QList<FieldChange>>();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).key, QStringLiteral("email"));
    QCOMPARE(changes.at(0).before, before.value(QLatin1String("email")));
    QCOMPARE(changes.at(0).after.toString(),
        QStringLiteral("corrected.%1@example.org").arg(id.right(6)));

    QByteArray etagAfter;
    const QJsonObject after = serverUser(id, &etagAfter);
    QCOMPARE(editor.etag(), etagAfter);
    QVERIFY(etagAfter != etagBefore);
    QCOMPARE(after.value(QLatin1String("email")).toString(),
        QStringLiteral("corrected.%1@example.org").arg(id.right(6)));
    QCOMPARE(after.value(QLatin1String("tags")).toArray().last().toString(),
        QStringLiteral("called-back"));
    // Every other member is untouched, byte for byte, except `modified`.
    QJsonObject expected = before;
    expected.insert(QStringLiteral("email"), after.value(QLatin1String("email")));
    expected.insert(QStringLiteral("tags"), after.value(QLatin1String("tags")));
    expected.insert(QStringLiteral("modified"), after.value(QLatin1String("modified")));
    QCOMPARE(after, expected);
    QVERIFY(after.value(QLatin1String("modified")) != before.value(QLatin1String("modified")));
}

void TestProfileEditor::saveAddresses()
{
    const QString id = freshUser();
    const QJsonObject before = serverUser(id);
    const QJsonArray addressesBefore = before.value(QLatin1String("addresses")).toArray();
    ProfileEditor editor(m_client.get());
    QVERIFY(loadInto(editor, id));

    QList<Address> addresses = editor.edited().addresses();
    Address added;
    added.setStreetName(QStringLiteral("Kirkegata 7"));
    added.setZipCode(QStringLiteral("0153"));
    added.setCity(QStringLiteral("Oslo"));
    added.setCountry(QStringLiteral("Norway"));
    added.setAlias(QStringLiteral("work"));
    addresses.prepend(added);
    editor.setAddresses(addresses);
    editor.setText(UserField::Title, QStringLiteral("Dr"));
    QVERIFY(editor.isAddressesDirty());

    QSignalSpy saved(&editor, &ProfileEditor::saved);
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(saved.count(), 2); // the fields, then the address list
    QVERIFY(!editor.isDirty());

    QByteArray etag;
    const QJsonObject after = serverUser(id, &etag);
    QCOMPARE(editor.etag(), etag);
    QCOMPARE(after.value(QLatin1String("title")).toString(), QStringLiteral("Dr"));
    const QJsonArray addressesAfter = after.value(QLatin1String("addresses")).toArray();
    QCOMPARE(addressesAfter.size(), addressesBefore.size() + 1);
    QCOMPARE(addressesAfter.at(0).toObject().value(QLatin1String("street_name")).toString(),
        QStringLiteral("Kirkegata 7"));
    // The existing addresses come back byte for byte (geo, raw{}, service_address_id...).
    for (qsizetype i = 0; i < addressesBefore.size(); ++i)
        QCOMPARE(addressesAfter.at(i + 1), addressesBefore.at(i));

    // Removing the new one again restores the original list.
    addresses = editor.edited().addresses();
    addresses.removeFirst();
    editor.setAddresses(addresses);
    finished.clear();
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(serverUser(id).value(QLatin1String("addresses")).toArray(), addressesBefore);
}

void TestProfileEditor::concurrentEditOfOtherFieldsIsMerged()
{
    const QString id = freshUser();
    ProfileEditor mine(m_client.get());
    QVERIFY(loadInto(mine, id));
    // Someone else changes the first name after this editor read the record.
    QCOMPARE(
        serverPut(id, {{QStringLiteral("first_name"), QStringLiteral("Changed")}}).status, 200);

    mine.setText(UserField::LastName, QStringLiteral("Mine"));
    QSignalSpy finished(&mine, &ProfileEditor::saveFinished);
    QSignalSpy failed(&mine, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&mine, &ProfileEditor::conflictsFound);
    QVERIFY(mine.save());
    QVERIFY(waitSaveOutcome(mine, finished, failed, conflicts));
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(finished.count(), 1);

    const QJsonObject after = serverUser(id);
    QCOMPARE(after.value(QLatin1String("first_name")).toString(), QStringLiteral("Changed"));
    QCOMPARE(after.value(QLatin1String("last_name")).toString(), QStringLiteral("Mine"));
    QCOMPARE(mine.edited().firstName(), QStringLiteral("Changed"));
    QVERIFY(!mine.isDirty());
}

void TestProfileEditor::conflictWaitsForAChoice_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("expectedFirstName");
    QTest::newRow("keep mine") << int(ConflictChoice::KeepMine) << "Bee";
    QTest::newRow("take theirs") << int(ConflictChoice::TakeTheirs) << "Ay";
}

void TestProfileEditor::conflictWaitsForAChoice()
{
    QFETCH(int, choice);
    QFETCH(QString, expectedFirstName);

    const QString id = freshUser();
    auto otherClient = makeClient(m_server.url());
    ProfileEditor a(otherClient.get());
    ProfileEditor b(m_client.get());
    QVERIFY(loadInto(a, id));
    QVERIFY(loadInto(b, id));
    const QString started = b.base().firstName();

    a.setText(UserField::FirstName, QStringLiteral("Ay"));
    QSignalSpy aFinished(&a, &ProfileEditor::saveFinished);
    QVERIFY(a.save());
    QTRY_COMPARE_WITH_TIMEOUT(aFinished.count(), 1, 20000);

    b.setText(UserField::FirstName, QStringLiteral("Bee"));
    b.setText(UserField::Note, QStringLiteral("b's note"));
    QSignalSpy finished(&b, &ProfileEditor::saveFinished);
    QSignalSpy failed(&b, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&b, &ProfileEditor::conflictsFound);
    QVERIFY(b.save());
    QVERIFY(waitSaveOutcome(b, finished, failed, conflicts));
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(b.state(), ProfileEditor::State::Conflict);
    QCOMPARE(b.conflicts().size(), 1);
    const MergeConflict conflict = b.conflicts().constFirst();
    QCOMPARE(conflict.key, QStringLiteral("first_name"));
    QCOMPARE(conflict.base.toString(), started);
    QCOMPARE(conflict.mine.toString(), QStringLiteral("Bee"));
    QCOMPARE(conflict.theirs.toString(), QStringLiteral("Ay"));
    QVERIFY(!b.save()); // nothing is written while the choice is open

    // Nothing was overwritten: A's value is on the server, B's note is not.
    QTest::qWait(100);
    QJsonObject now = serverUser(id);
    QCOMPARE(now.value(QLatin1String("first_name")).toString(), QStringLiteral("Ay"));
    QVERIFY(now.value(QLatin1String("note")).toString() != QStringLiteral("b's note"));

    b.resolveConflicts({{QStringLiteral("first_name"), ConflictChoice(choice)}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(failed.count(), 0);
    now = serverUser(id);
    QCOMPARE(now.value(QLatin1String("first_name")).toString(), expectedFirstName);
    QCOMPARE(now.value(QLatin1String("note")).toString(), QStringLiteral("b's note"));
    QVERIFY(!b.isDirty());
}

void TestProfileEditor::conflictReloadEverything()
{
    const QString id = freshUser();
    ProfileEditor editor(m_client.get());
    QVERIFY(loadInto(editor, id));
    QCOMPARE(serverPut(id, {{QStringLiteral("bio"), QStringLiteral("theirs")}}).status, 200);
    editor.setText(UserField::Bio, QStringLiteral("mine"));
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(conflicts.count(), 1);

    QSignalSpy loaded(&editor, &ProfileEditor::loaded);
    editor.reloadDiscardingEdits();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    QCOMPARE(editor.state(), ProfileEditor::State::Ready);
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.edited().bio(), QStringLiteral("theirs"));
    QCOMPARE(serverUser(id).value(QLatin1String("bio")).toString(), QStringLiteral("theirs"));
}

void TestProfileEditor::serverFieldErrorLandsOnTheField()
{
    const QString id = freshUser();
    ProfileEditor editor(m_client.get());
    QVERIFY(loadInto(editor, id));
    // A well-formed id that is not one of this user's payment methods: only the server knows.
    editor.setDefaultPaymentMethod(
        ObjectId::fromString(QStringLiteral("0123456789abcdef01234567")));
    editor.setText(UserField::Title, QStringLiteral("Prof"));
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(failed.count(), 1);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.field(), QStringLiteral("default_payment_method"));
    QVERIFY(!editor.validationError(UserField::DefaultPaymentMethod).isEmpty());
    QVERIFY(editor.validationError(UserField::Title).isEmpty());
    // The edits are all still there.
    QCOMPARE(editor.dirtyKeys(),
        QStringList({QStringLiteral("title"), QStringLiteral("default_payment_method")}));
    // Nothing was written (the server checks before writing).
    QVERIFY(serverUser(id).value(QLatin1String("title")).toString() != QStringLiteral("Prof"));
    // Choosing again clears the server's complaint.
    editor.setDefaultPaymentMethod(editor.base().defaultPaymentMethodId());
    QVERIFY(editor.validationError(UserField::DefaultPaymentMethod).isEmpty());
}

void TestProfileEditor::softDelete()
{
    const QString id = freshUser();
    ProfileEditor editor(m_client.get());
    QVERIFY(loadInto(editor, id));
    QVERIFY(!editor.base().isDeleted());
    QSignalSpy deleted(&editor, &ProfileEditor::deleted);
    QSignalSpy failed(&editor, &ProfileEditor::deleteFailed);
    QVERIFY(editor.deleteUser());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count() + failed.count(), 1, 20000);
    QCOMPARE(deleted.count(), 1);
    const auto changes = deleted.at(0).at(0).value<QList<FieldChange>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).key, QStringLiteral("deleted"));
    QCOMPARE(changes.at(0).after, QJsonValue(true));
    QVERIFY(editor.base().isDeleted());
    QByteArray etag;
    QCOMPARE(serverUser(id, &etag).value(QLatin1String("deleted")), QJsonValue(true));
    QCOMPARE(editor.etag(), etag);
}

void TestProfileEditor::staleDeleteIsRefused()
{
    const QString id = freshUser();
    ProfileEditor editor(m_client.get());
    QVERIFY(loadInto(editor, id));
    QCOMPARE(
        serverPut(id, {{QStringLiteral("note"), QStringLiteral("read this first")}}).status, 200);
    QSignalSpy deleted(&editor, &ProfileEditor::deleted);
    QSignalSpy failed(&editor, &ProfileEditor::deleteFailed);
    QVERIFY(editor.deleteUser());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count() + failed.count(), 1, 20000);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind(), ApiError::Kind::PreconditionFailed);
    QVERIFY(!serverUser(id).value(QLatin1String("deleted")).toBool());
    // The editor now shows what changed, and a second delete (seen the change) goes through.
    QCOMPARE(editor.base().note(), QStringLiteral("read this first"));
    QVERIFY(editor.deleteUser());
    QTRY_COMPARE_WITH_TIMEOUT(deleted.count(), 1, 20000);
    QVERIFY(serverUser(id).value(QLatin1String("deleted")).toBool());
}

// ---- no ETag, failures, E5 -------------------------------------------------------------

namespace {

QByteArray body(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

QJsonObject modifiedAt(QJsonObject document, double ms)
{
    document.insert(QStringLiteral("modified"), QJsonObject {{QStringLiteral("$date"), ms}});
    return document;
}

int countMethod(const FaultServer &server, const QByteArray &method)
{
    int count = 0;
    for (const FaultRequest &request : server.requests())
        count += request.method == method ? 1 : 0;
    return count;
}

} // namespace

void TestProfileEditor::noEtagChecksModifiedBeforeWriting()
{
    FaultServer fault;
    QVERIFY(fault.listen());
    auto client = makeClient(fault.url());
    const QByteArray path = "/users/" + userHex.toLatin1();
    QJsonObject saved = baseDocument();
    saved.insert(QStringLiteral("email"), QStringLiteral("new@example.com"));
    // GET (load), GET (check, unchanged), PUT: no ETag anywhere.
    fault.routeSequence(path,
        {FaultResponse::json(body(baseDocument())), FaultResponse::json(body(baseDocument())),
            FaultResponse::json(body(modifiedAt(saved, 1570000001000.0)))});

    ProfileEditor editor(client.get());
    QVERIFY(loadInto(editor, userHex));
    QVERIFY(editor.etag().isEmpty());
    editor.setText(UserField::Email, QStringLiteral("new@example.com"));
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(finished.count(), 1);

    const QList<FaultRequest> requests = fault.requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).method, QByteArray("GET")); // read just before writing
    QCOMPARE(requests.at(2).method, QByteArray("PUT"));
    QVERIFY(!requests.at(2).hasHeader("If-Match"));
    QCOMPARE(QJsonDocument::fromJson(requests.at(2).body).object(),
        QJsonObject({{QStringLiteral("email"), QStringLiteral("new@example.com")}}));
    QVERIFY(!editor.isDirty());
}

void TestProfileEditor::noEtagRefusesAStaleWrite()
{
    FaultServer fault;
    QVERIFY(fault.listen());
    auto client = makeClient(fault.url());
    const QByteArray path = "/users/" + userHex.toLatin1();
    // Someone changed the email (and so `modified`) between the load and the save.
    const QJsonObject theirs = modifiedAt(
        withMember(baseDocument(), QStringLiteral("email"), QStringLiteral("theirs@example.com")),
        1570000005000.0);
    fault.routeSequence(
        path, {FaultResponse::json(body(baseDocument())), FaultResponse::json(body(theirs))});

    ProfileEditor editor(client.get());
    QVERIFY(loadInto(editor, userHex));
    editor.setText(UserField::Email, QStringLiteral("mine@example.com"));
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(conflicts.count(), 1);
    QCOMPARE(countMethod(fault, "PUT"), 0);
    QCOMPARE(
        editor.conflicts().constFirst().theirs.toString(), QStringLiteral("theirs@example.com"));
    QCOMPARE(editor.text(UserField::Email), QStringLiteral("mine@example.com"));
}

void TestProfileEditor::failedSaveKeepsEdits_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<int>("kind");
    QTest::newRow("500") << "500" << int(ApiError::Kind::Http);
    QTest::newRow("401 expired token") << "401" << int(ApiError::Kind::Unauthorized);
    QTest::newRow("400 invalid email") << "400" << int(ApiError::Kind::Http);
    QTest::newRow("no answer (timeout)") << "hang" << int(ApiError::Kind::Timeout);
    QTest::newRow("server gone") << "refused" << int(ApiError::Kind::ConnectionRefused);
}

void TestProfileEditor::failedSaveKeepsEdits()
{
    QFETCH(QString, failure);
    QFETCH(int, kind);

    // The real server's record and ETag, served by the fault server until the write fails;
    // then the same editor saves the same edits to the real server.
    const QString id = freshUser();
    QByteArray etag;
    const QJsonObject record = serverUser(id, &etag);
    FaultServer fault;
    QVERIFY(fault.listen());
    FaultResponse write;
    if (failure == QLatin1String("500"))
        write = FaultResponse::error(500, "Internal error");
    else if (failure == QLatin1String("401"))
        write = FaultResponse::error(401, "The token has expired.");
    else if (failure == QLatin1String("400"))
        write = FaultResponse::error(400, "Not a valid email address.", "email");
    else
        write = FaultResponse::hangForever();
    fault.routeSequence("/users/" + id.toLatin1(),
        {FaultResponse::json(body(record)).withHeader("ETag", etag), write});
    auto client = makeClient(fault.url());
    ApiClientSettings settings;
    settings.transferTimeoutMs = 700;
    settings.deadlineMs = 2000;
    client->setSettings(settings);

    ProfileEditor editor(client.get());
    QVERIFY(loadInto(editor, id));
    if (failure == QLatin1String("refused"))
        fault.close();
    const QString email = QStringLiteral("kept.%1@example.org").arg(id.right(6));
    editor.setText(UserField::Email, email);
    editor.setText(UserField::LastName, QStringLiteral("Kept"));
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(failed.count(), 1);
    const ApiError error = failed.at(0).at(0).value<ApiError>();
    QCOMPARE(int(error.kind()), kind);
    QCOMPARE(editor.lastError(), error);
    QVERIFY(!error.message().isEmpty());
    if (failure == QLatin1String("400")) {
        QCOMPARE(
            editor.validationError(UserField::Email), QStringLiteral("Not a valid email address."));
    } else if (failure != QLatin1String("hang") && failure != QLatin1String("refused")) {
        QVERIFY2(error.message().contains(error.serverMessage()), qPrintable(error.message()));
    }
    // Every edit is still there.
    QCOMPARE(editor.state(), ProfileEditor::State::Ready);
    QCOMPARE(editor.text(UserField::Email), email);
    QCOMPARE(editor.text(UserField::LastName), QStringLiteral("Kept"));
    QCOMPARE(
        editor.dirtyKeys(), QStringList({QStringLiteral("last_name"), QStringLiteral("email")}));
    // What the failed attempt sent, to the server that received it: one conditional PUT with
    // exactly the two edits, and nothing sent again behind the staff member's back.
    const QList<FaultRequest> requests = fault.requests();
    if (failure == QLatin1String("refused")) {
        QCOMPARE(requests.size(), 1); // the load
    } else {
        QCOMPARE(requests.size(), 2);
        const FaultRequest &put = requests.constLast();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.header("If-Match"), etag);
        QCOMPARE(QJsonDocument::fromJson(put.body).object(),
            QJsonObject({{QStringLiteral("email"), email},
                {QStringLiteral("last_name"), QStringLiteral("Kept")}}));
    }

    // Signed in again (or the server is back): the same edits save.
    client->setConnection(
        {m_server.url(), m_server.credentials().apiKey, m_server.credentials().serviceAccountKey});
    QVERIFY(editor.save());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QVERIFY(!editor.isDirty());
    QVERIFY(editor.lastError().kind() == ApiError::Kind::None);
    const QJsonObject after = serverUser(id);
    QCOMPARE(after.value(QLatin1String("email")).toString(), email);
    QCOMPARE(after.value(QLatin1String("last_name")).toString(), QStringLiteral("Kept"));
    // The server that took the write changed those two members (and `modified`), no other.
    QJsonObject expected = record;
    for (const char *member : {"email", "last_name", "modified"})
        expected.insert(QLatin1String(member), after.value(QLatin1String(member)));
    QCOMPARE(after, expected);
}

void TestProfileEditor::writeAppliedDespiteFailureIsRecognised_data()
{
    QTest::addColumn<QString>("failure");
    QTest::newRow("timeout") << "hang";
    QTest::newRow("502") << "502";
}

void TestProfileEditor::writeAppliedDespiteFailureIsRecognised()
{
    QFETCH(QString, failure);

    const QString id = freshUser();
    QByteArray etag;
    const QJsonObject record = serverUser(id, &etag);
    FaultServer fault;
    QVERIFY(fault.listen());
    fault.routeSequence("/users/" + id.toLatin1(),
        {FaultResponse::json(body(record)).withHeader("ETag", etag),
            failure == QLatin1String("502") ? FaultResponse::error(502, "Bad gateway")
                                            : FaultResponse::hangForever()});
    auto client = makeClient(fault.url());
    ApiClientSettings settings;
    settings.transferTimeoutMs = 700;
    settings.deadlineMs = 2000;
    client->setSettings(settings);

    ProfileEditor editor(client.get());
    QVERIFY(loadInto(editor, id));
    const QString phone = QStringLiteral("+4799%1").arg(m_nextUser, 6, 10, QLatin1Char('0'));
    editor.setText(UserField::MobilePhoneNumber, phone);
    QSignalSpy saved(&editor, &ProfileEditor::saved);
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(failed.count(), 1);
    QVERIFY(editor.isDirty(UserField::MobilePhoneNumber));

    // The write did reach the database although its answer never came back.
    QCOMPARE(serverPut(id, {{QStringLiteral("mobile_phone_number"), phone}}).status, 200);
    QByteArray appliedEtag;
    const QJsonObject applied = serverUser(id, &appliedEtag);

    // The retry stays conditional (its stale If-Match gets a 412), finds the intended value
    // already there and reports success without writing again.
    client->setConnection(
        {m_server.url(), m_server.credentials().apiKey, m_server.credentials().serviceAccountKey});
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.etag(), appliedEtag);
    QCOMPARE(saved.count(), 1);
    const auto changes = saved.at(0).at(0).value<QList<FieldChange>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).key, QStringLiteral("mobile_phone_number"));
    QCOMPARE(changes.at(0).after.toString(), phone);
    QByteArray etagNow;
    QCOMPARE(serverUser(id, &etagNow), applied); // no second write
    QCOMPARE(etagNow, appliedEtag);
}

void TestProfileEditor::writeAppliedWithoutEtagIsRecognised()
{
    // E5 against a server without ETags: the PUT got a 500 but was applied. The retry reads
    // the record first (no If-Match to rely on), finds `modified` changed and the intended
    // value there, and reports success without a second PUT.
    FaultServer fault;
    QVERIFY(fault.listen());
    auto client = makeClient(fault.url());
    const QByteArray path = "/users/" + userHex.toLatin1();
    const QJsonObject applied = modifiedAt(
        withMember(baseDocument(), QStringLiteral("note"), QStringLiteral("called twice")),
        1570000009000.0);
    fault.routeSequence(path,
        {FaultResponse::json(body(baseDocument())), FaultResponse::json(body(baseDocument())),
            FaultResponse::error(500, "Internal error"), FaultResponse::json(body(applied))});

    ProfileEditor editor(client.get());
    QVERIFY(loadInto(editor, userHex));
    QVERIFY(editor.etag().isEmpty());
    editor.setText(UserField::Note, QStringLiteral("called twice"));
    QSignalSpy saved(&editor, &ProfileEditor::saved);
    QSignalSpy finished(&editor, &ProfileEditor::saveFinished);
    QSignalSpy failed(&editor, &ProfileEditor::saveFailed);
    QSignalSpy conflicts(&editor, &ProfileEditor::conflictsFound);
    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(countMethod(fault, "PUT"), 1);
    QVERIFY(editor.isDirty(UserField::Note));

    QVERIFY(editor.save());
    QVERIFY(waitSaveOutcome(editor, finished, failed, conflicts));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(conflicts.count(), 0);
    QCOMPARE(countMethod(fault, "PUT"), 1); // never written blindly a second time
    const QList<FaultRequest> requests = fault.requests();
    QCOMPARE(requests.size(), 4);
    QCOMPARE(requests.constLast().method, QByteArray("GET"));
    QVERIFY(!editor.isDirty());
    QCOMPARE(editor.base().note(), QStringLiteral("called twice"));
    QCOMPARE(editor.base().modified(), decode(applied).modified());
    // The change is reported once (for the journal), as this editor's write.
    QCOMPARE(saved.count(), 1);
    const auto changes = saved.at(0).at(0).value<QList<FieldChange>>();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.at(0).key, QStringLiteral("note"));
    QCOMPARE(changes.at(0).before, QJsonValue(QJsonValue::Null));
    QCOMPARE(changes.at(0).after, QJsonValue(QStringLiteral("called twice")));
}

QTEST_GUILESS_MAIN(TestProfileEditor)
#include "tst_profileeditor.moc"
