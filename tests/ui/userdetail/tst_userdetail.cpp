// SPDX-License-Identifier: GPL-3.0-or-later

// The user detail against the real builton-server (TestServer on a database file, so it can be
// stopped and started again): keyboard-only editing and saving, two windows editing the same
// user (the second gets the conflict dialog, nothing is overwritten until it chooses), a
// failed save that keeps every edit and succeeds once the server is back, addresses, soft
// delete, the unsaved-changes guard, drafts restored after a crash, the change journal, and
// names on every interactive widget. Server-side expectations are read with TestHttp.

#include "api/CredentialStore.h"
#include "api/ProfileStore.h"
#include "models/editing/ChangeJournal.h"
#include "models/editing/DraftStore.h"
#include "models/editing/ProfileEditor.h"
#include "models/items/ChangeJournalModel.h"
#include "session/Session.h"
#include "tests/support/TestHttp.h"
#include "tests/support/TestServer.h"
#include "ui/shell/MainWindow.h"
#include "ui/userdetail/AddressFields.h"
#include "ui/userdetail/AddressesEditor.h"
#include "ui/userdetail/ChangeJournalDialog.h"
#include "ui/userdetail/ConflictDialog.h"
#include "ui/userdetail/DraftsDialog.h"
#include "ui/userdetail/ProfileForm.h"
#include "ui/userdetail/TagEditor.h"
#include "ui/userdetail/UserDetailArea.h"
#include "ui/userdetail/UserDetailTab.h"
#include "ui/userdetail/UserTabsFactory.h"
#include "ui/users/UsersPage.h"
#include "ui/widgets/ErrorBanner.h"
#include "ui/widgets/ListSection.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/WriteConfirmation.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenuBar>
#include <QMultiHash>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {

constexpr int waitMs = 30000;

/// A list of the test's own in a user's tab: counts what the tab asks of it.
class FakeList final : public ListSection
{
public:
    FakeList(Session *session, QWidget *parent) : ListSection(session, parent) { }
    void load() override { ++loads; }
    void reload() override { ++reloads; }

    int loads = 0;
    int reloads = 0;
};

/// One main window with its own session, as a second instance of the app would have.
struct Instance
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<CredentialStore> store;
    std::unique_ptr<Session> session;
    std::unique_ptr<MainWindow> window;

    Instance() = default;
    Instance(const Instance &) = delete;
    Instance &operator=(const Instance &) = delete;
    ~Instance() { reset(); }
    /// The window first: it uses everything else (the settings last).
    void reset()
    {
        window.reset();
        session.reset();
        store.reset();
        profiles.reset();
        settings.reset();
    }
};

} // namespace

class TestUserDetail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void keyboardOnlyEditAndSave();
    void tagEditorKeyboard();
    void findOpenEditSaveByKeyboard();
    void twoWindowsCannotOverwriteEachOther();
    void tagsOfBothWindowsAreMerged();
    void conflictDialogShowsEachAddress();
    void failedSaveKeepsEditsUntilServerIsBack();
    void phoneNormalizedAndMessageClears();
    void productionAsksBeforeWriting_data();
    void productionAsksBeforeWriting();
    void stagingNeverAsks();
    void writeConfirmationRules_data();
    void writeConfirmationRules();
    void signInAgainKeepsTheEdits();
    void addressAddMoveRemove();
    void addressMoveAndEditByKeyboard();
    void billingAddressEditedInPlace();
    void defaultPaymentMethodFromTheUsersCards();
    void deleteConfirmationNamesTheUser();
    void closeGuardAsksAboutUnsavedChanges();
    void quitSavesFirstWhenAsked();
    void switchingConnectionSavesOrDiscards_data();
    void switchingConnectionSavesOrDiscards();
    void draftRestoredAfterCrash();
    void draftsStayWithTheirConnection();
    void draftOfferedAfterCrashOnAnotherPort();
    void draftsUnderTheServersAddressAreTakenOver();
    void draftOfferDiscardOrLater_data();
    void draftOfferDiscardOrLater();
    void journalShowsSavedChanges();
    void extraTabsComeFromTheFactory();
    void profileFormIsCompact();
    void saveBarOnlyWhereThereIsSomethingToEdit();
    void interactiveWidgetsAreNamed();
    void mnemonicsAreUnique();

private:
    void makeInstance(Instance &instance, const QString &name);
    void openStaff(Instance &instance, const QString &host = QStringLiteral("127.0.0.1"),
        ConnectionProfile::Environment environment = ConnectionProfile::Environment::Local);
    /// A connection for this run only (as --demo and --server make them) to \a url.
    static void openTransientAt(
        Instance &instance, const QUrl &url, const TestCredentials &credentials);
    UserDetailTab *openUser(Instance &instance, const QString &id);
    /// The user \a id open in m_a and in a second window \a b, both on the test shop.
    bool openInTwoWindows(
        Instance &b, const QString &id, UserDetailTab **tabA, UserDetailTab **tabB);
    static bool waitIdle(UserDetailTab *tab, int timeoutMs = waitMs);
    QJsonObject serverUser(const QString &id) const;
    QString freshUser();
    bool restartServer();
    static QWidget *focused() { return QApplication::focusWidget(); }
    static void type(const QString &text) { QTest::keyClicks(focused(), text); }
    static void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(focused(), key, modifiers);
    }

    QTemporaryDir m_serverDir;
    TestServer m_server;
    TestServer::Options m_options;
    TestCredentials m_credentials;
    QStringList m_users;
    int m_nextUser = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    Instance m_a;
};

void TestUserDetail::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_serverDir.isValid());
    m_options.users = 60;
    m_options.orders = 0;
    m_options.dbPath = m_serverDir.filePath(QStringLiteral("shop.sqlite"));
    QVERIFY2(m_server.start(m_options), qPrintable(m_server.errorString()));
    m_credentials = m_server.credentials();
    // Later starts reuse the database and the port, so open windows keep working.
    m_options.extraArgs
        = {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_server.url().port())};

    const TestHttpResponse list
        = TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/users?size=100")),
            TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey));
    QCOMPARE(list.status, 200);
    for (const QJsonValue &user : list.json().array()) {
        const QJsonObject object = user.toObject();
        if (object.value(QLatin1String("deleted")).toBool())
            continue;
        m_users.append(
            object.value(QLatin1String("_id")).toObject().value(QLatin1String("$oid")).toString());
    }
    QVERIFY(m_users.size() >= 20);
}

void TestUserDetail::init()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    MessageBox::resetCount();
    // Drafts and the journal live under the (test-mode) app data folder: start empty.
    QDir(DraftStore::defaultDirectory()).removeRecursively();
    QFile::remove(ChangeJournal::defaultFilePath());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    makeInstance(m_a, QStringLiteral("a"));
}

void TestUserDetail::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_a.reset();
    m_dir.reset();
    if (!m_server.isRunning())
        QVERIFY(restartServer());
}

void TestUserDetail::makeInstance(Instance &instance, const QString &name)
{
    instance.settings = std::make_unique<QSettings>(
        m_dir->filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    instance.profiles = std::make_unique<ProfileStore>(instance.settings.get());
    instance.store = std::make_unique<CredentialStore>(QStringLiteral("BuiltOn Admin (ui tests)"));
    instance.session = std::make_unique<Session>(instance.store.get());
    instance.window = std::make_unique<MainWindow>(
        instance.session.get(), instance.profiles.get(), instance.settings.get());
}

void TestUserDetail::openStaff(
    Instance &instance, const QString &host, ConnectionProfile::Environment environment)
{
    QUrl url = m_server.url();
    url.setHost(host);
    const ConnectionProfile profile
        = ConnectionProfile::create(QStringLiteral("Test shop"), url, environment);
    instance.session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    instance.session->openTransient(profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(instance.session->isReady(), waitMs);
}

void TestUserDetail::openTransientAt(
    Instance &instance, const QUrl &url, const TestCredentials &credentials)
{
    const ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Demo shop"), url, ConnectionProfile::Environment::Local);
    instance.session->addTransientProfile(
        profile, {credentials.apiKey, credentials.serviceAccountKey});
    instance.session->openTransient(profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(instance.session->isReady(), waitMs);
}

UserDetailTab *TestUserDetail::openUser(Instance &instance, const QString &id)
{
    UserDetailTab *tab = instance.window->openUser(id);
    if (!tab)
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!tab->editor()->isLoaded() && timer.elapsed() < waitMs)
        QTest::qWait(10);
    return tab->editor()->isLoaded() ? tab : nullptr;
}

bool TestUserDetail::openInTwoWindows(
    Instance &b, const QString &id, UserDetailTab **tabA, UserDetailTab **tabB)
{
    openStaff(m_a);
    makeInstance(b, QStringLiteral("b"));
    openStaff(b);
    *tabA = openUser(m_a, id);
    *tabB = openUser(b, id);
    return *tabA && *tabB;
}

bool TestUserDetail::waitIdle(UserDetailTab *tab, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (tab->editor()->isBusy() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return !tab->editor()->isBusy();
}

QJsonObject TestUserDetail::serverUser(const QString &id) const
{
    const TestHttpResponse response
        = TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/users/") + id),
            TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey));
    return response.json().object();
}

QString TestUserDetail::freshUser()
{
    Q_ASSERT(m_nextUser < m_users.size());
    return m_users.at(m_nextUser++);
}

bool TestUserDetail::restartServer()
{
    m_server.stop();
    return m_server.start(m_options);
}

// ---- keyboard ------------------------------------------------------------------------------

void TestUserDetail::keyboardOnlyEditAndSave()
{
    MainWindow *window = m_a.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    openStaff(m_a);
    const QString id = freshUser();
    const QJsonObject before = serverUser(id);

    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    QCOMPARE(window->userTabs()->currentUserTab(), tab);
    // The header names the user.
    QCOMPARE(tab->findChild<QLabel *>(QStringLiteral("userHumanId"))->text(),
        before.value(QLatin1String("human_id")).toString());
    // Focus starts in the first field; Tab walks down the form.
    QTRY_COMPARE_WITH_TIMEOUT(
        focused(), tab->profileForm()->fieldWidget(UserField::FirstName), 5000);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    QCOMPARE(focused(), tab->profileForm()->fieldWidget(UserField::Email));

    // Correct the email.
    const QString email = QStringLiteral("corrected.%1@example.org").arg(id.right(6));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("not an email"));
    QVERIFY(tab->editor()->isDirty(UserField::Email));
    QVERIFY(tab->profileForm()->errorLabel(UserField::Email)->isVisibleTo(tab));
    // Save stays available with an invalid field, and saves nothing: Ctrl+S says what is in
    // the way and goes back to the field.
    QVERIFY(!tab->editor()->isValid());
    QVERIFY(tab->saveButton()->isEnabled());
    key(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(tab->editor()->state(), ProfileEditor::State::Ready);
    QVERIFY(tab->messageStrip()->isShowing());
    QCOMPARE(tab->messageStrip()->level(), ErrorBanner::Level::Warning);
    QCOMPARE(focused(), tab->profileForm()->fieldWidget(UserField::Email));
    QCOMPARE(serverUser(id).value(QLatin1String("email")), before.value(QLatin1String("email")));
    key(Qt::Key_A, Qt::ControlModifier);
    type(email);
    QVERIFY(!tab->profileForm()->errorLabel(UserField::Email)->isVisibleTo(tab));
    QVERIFY(tab->profileForm()->fieldLabel(UserField::Email)->text().endsWith(QStringLiteral("•")));
    QVERIFY(tab->profileForm()->fieldLabel(UserField::Email)->font().bold());
    QVERIFY(!tab->profileForm()->fieldLabel(UserField::Title)->font().bold());

    // Add a tag: the label's mnemonic (Alt+S) reaches the tag field.
    key(Qt::Key_S, Qt::AltModifier);
    QCOMPARE(focused(), tab->profileForm()->tagEditor()->lineEdit());
    type(QStringLiteral("called-back"));
    key(Qt::Key_Return);
    const QStringList tags = tab->editor()->edited().tags();
    QCOMPARE(tags.constLast(), QStringLiteral("called-back"));

    // Add an address on the Addresses tab (Alt+A), from the list with Insert.
    key(Qt::Key_A, Qt::AltModifier);
    QCOMPARE(tab->sections()->currentWidget(), tab->addressesEditor());
    // The focus moves along into the page: the address list.
    QCOMPARE(focused(), tab->addressesEditor()->list());
    const int addressesBefore = int(before.value(QLatin1String("addresses")).toArray().size());
    key(Qt::Key_Insert);
    QCOMPARE(tab->addressesEditor()->list()->count(), addressesBefore + 1);
    QCOMPARE(focused()->objectName(), QStringLiteral("addressStreet"));
    type(QStringLiteral("Kirkegata 7"));
    key(Qt::Key_Tab);
    type(QStringLiteral("0153"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Oslo"));
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    type(QStringLiteral("Norway"));
    QVERIFY(tab->editor()->isAddressesDirty());
    QVERIFY(tab->title().endsWith(QStringLiteral("•")));

    // Ctrl+S saves everything.
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(waitIdle(tab));
    QVERIFY2(!tab->editor()->isDirty(), qPrintable(tab->messageStrip()->text()));
    QVERIFY(!tab->title().endsWith(QStringLiteral("•")));

    // On the server: the edits, and every other member exactly as before (except modified).
    const QJsonObject after = serverUser(id);
    QCOMPARE(after.value(QLatin1String("email")).toString(), email);
    QCOMPARE(after.value(QLatin1String("tags")).toArray().last().toString(),
        QStringLiteral("called-back"));
    const QJsonArray addresses = after.value(QLatin1String("addresses")).toArray();
    QCOMPARE(addresses.size(), addressesBefore + 1);
    const QJsonObject added = addresses.last().toObject();
    QCOMPARE(added.value(QLatin1String("street_name")).toString(), QStringLiteral("Kirkegata 7"));
    QCOMPARE(added.value(QLatin1String("zip_code")).toString(), QStringLiteral("0153"));
    QCOMPARE(added.value(QLatin1String("city")).toString(), QStringLiteral("Oslo"));
    QCOMPARE(added.value(QLatin1String("country")).toString(), QStringLiteral("Norway"));
    QJsonObject expected = before;
    for (const char *member : {"email", "tags", "addresses", "modified"})
        expected.insert(QLatin1String(member), after.value(QLatin1String(member)));
    QCOMPARE(QJsonDocument(after).toJson(QJsonDocument::Compact),
        QJsonDocument(expected).toJson(QJsonDocument::Compact));
    // The existing addresses are untouched, geo and raw{} included.
    const QJsonArray addressesWere = before.value(QLatin1String("addresses")).toArray();
    for (int i = 0; i < addressesWere.size(); ++i)
        QCOMPARE(addresses.at(i), addressesWere.at(i));

    // Ctrl+Tab goes back to the section page and on to the user again.
    key(Qt::Key_Tab, Qt::ControlModifier);
    QVERIFY(window->userTabs()->isHomeCurrent());
    window->userTabs()->setCurrentWidget(tab);
    tab->profileForm()->fieldWidget(UserField::FirstName)->setFocus();

    // Ctrl+W closes the tab (nothing unsaved, nothing asked).
    key(Qt::Key_W, Qt::ControlModifier);
    QTRY_VERIFY(!window->userTabs()->userTab(id));
    QCOMPARE(MessageBox::count(), 0);
    QVERIFY(window->userTabs()->isHomeCurrent());
}

void TestUserDetail::findOpenEditSaveByKeyboard()
{
    // The Users page opens users in the main window, as the window wires it.
    MainWindow *window = m_a.window.get();
    auto *users = qobject_cast<UsersPage *>(window->page(MainWindow::Section::Users));
    QVERIFY(users);
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    openStaff(m_a);
    const QString id = freshUser();
    const QString humanId = serverUser(id).value(QLatin1String("human_id")).toString();

    // Find the user by the id a customer reads out, and open them with Enter.
    QTest::keyClick(window, Qt::Key_F, Qt::ControlModifier);
    auto *search = users->findChild<QLineEdit *>(QStringLiteral("usersSearch"));
    QVERIFY(search);
    QTRY_COMPARE(focused(), search);
    type(humanId);
    key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(window->userTabs()->userTab(id), waitMs);
    UserDetailTab *tab = window->userTabs()->userTab(id);
    QTRY_VERIFY_WITH_TIMEOUT(tab->editor()->isLoaded(), waitMs);
    QTRY_COMPARE(focused(), tab->profileForm()->fieldWidget(UserField::FirstName));
    // The tag field completes from the company's tags (GET /tags).
    QTRY_VERIFY_WITH_TIMEOUT(!tab->profileForm()->tagEditor()->knownTags().isEmpty(), waitMs);

    // Correct the email (Alt+M), add a tag (Alt+S), save (Ctrl+S).
    key(Qt::Key_M, Qt::AltModifier);
    QCOMPARE(focused(), tab->profileForm()->fieldWidget(UserField::Email));
    const QString email = QStringLiteral("found.%1@example.org").arg(id.right(6));
    key(Qt::Key_A, Qt::ControlModifier);
    type(email);
    key(Qt::Key_S, Qt::AltModifier);
    type(QStringLiteral("found-by-phone"));
    key(Qt::Key_Return);
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(waitIdle(tab));
    QVERIFY(!tab->isDirty());
    const QJsonObject after = serverUser(id);
    QCOMPARE(after.value(QLatin1String("email")).toString(), email);
    QVERIFY(
        after.value(QLatin1String("tags")).toArray().contains(QStringLiteral("found-by-phone")));
}

void TestUserDetail::tagEditorKeyboard()
{
    TagEditor editor;
    editor.setTags({QStringLiteral("vip"), QStringLiteral("b2b")});
    editor.setKnownTags({QStringLiteral("newsletter"), QStringLiteral("vip")});
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QLineEdit *line = editor.lineEdit();
    line->setFocus();
    QSignalSpy edited(&editor, &TagEditor::tagsEdited);

    QTest::keyClicks(line, QStringLiteral("alpha,beta"));
    QCOMPARE(editor.tags(),
        QStringList({QStringLiteral("vip"), QStringLiteral("b2b"), QStringLiteral("alpha")}));
    QCOMPARE(line->text(), QStringLiteral("beta"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor.tags().constLast(), QStringLiteral("beta"));
    QVERIFY(line->text().isEmpty());
    // A duplicate is not added twice.
    QTest::keyClicks(line, QStringLiteral("vip"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(editor.tags().count(QStringLiteral("vip")), 1);
    QTest::keyClick(line, Qt::Key_Escape); // closes a completion popup, if any
    line->clear();

    // Backspace in the empty field removes the last tag.
    QTest::keyClick(line, Qt::Key_Backspace);
    QCOMPARE(editor.tags().constLast(), QStringLiteral("alpha"));
    // Left selects the last chip, Left again the one before; Delete removes it.
    QTest::keyClick(line, Qt::Key_Left);
    QCOMPARE(editor.selectedIndex(), 2);
    QVERIFY(editor.chip(2)->isChecked());
    QTest::keyClick(line, Qt::Key_Left);
    QCOMPARE(editor.selectedIndex(), 1);
    QTest::keyClick(line, Qt::Key_Delete);
    QCOMPARE(editor.tags(), QStringList({QStringLiteral("vip"), QStringLiteral("alpha")}));
    // Right past the last chip goes back to typing.
    QTest::keyClick(line, Qt::Key_Right);
    QTest::keyClick(line, Qt::Key_Right);
    QCOMPARE(editor.selectedIndex(), -1);
    // A click on a chip removes it.
    QTest::mouseClick(editor.chip(0), Qt::LeftButton);
    QTRY_COMPARE(editor.tags(), QStringList({QStringLiteral("alpha")}));
    // Typing text that completes offers the known tags.
    QCOMPARE(editor.completer()->model()->rowCount(), 2);
    QVERIFY(edited.count() >= 5);
    // Leaving the field keeps what was typed.
    QTest::keyClicks(line, QStringLiteral("pending"));
    editor.commitPending();
    QCOMPARE(editor.tags().constLast(), QStringLiteral("pending"));
}

// ---- nothing is lost -----------------------------------------------------------------------

void TestUserDetail::twoWindowsCannotOverwriteEachOther()
{
    Instance b;
    const QString id = freshUser();
    UserDetailTab *tabA = nullptr;
    UserDetailTab *tabB = nullptr;
    QVERIFY(openInTwoWindows(b, id, &tabA, &tabB));
    const QString started = tabB->editor()->base().firstName();

    auto *firstA
        = qobject_cast<QLineEdit *>(tabA->profileForm()->fieldWidget(UserField::FirstName));
    auto *firstB
        = qobject_cast<QLineEdit *>(tabB->profileForm()->fieldWidget(UserField::FirstName));
    firstA->selectAll();
    QTest::keyClicks(firstA, QStringLiteral("Astrid"));
    QVERIFY(tabA->save());
    QVERIFY(waitIdle(tabA));
    QCOMPARE(
        serverUser(id).value(QLatin1String("first_name")).toString(), QStringLiteral("Astrid"));

    firstB->selectAll();
    QTest::keyClicks(firstB, QStringLiteral("Bodil"));
    auto *noteB = qobject_cast<QPlainTextEdit *>(tabB->profileForm()->fieldWidget(UserField::Note));
    noteB->setPlainText(QStringLiteral("called on Monday"));
    QVERIFY(tabB->save());
    QVERIFY(waitIdle(tabB));
    QCOMPARE(tabB->editor()->state(), ProfileEditor::State::Conflict);
    QTRY_VERIFY(tabB->conflictDialog());
    ConflictDialog *dialog = tabB->conflictDialog();
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("First name"));
    QCOMPARE(dialog->table()->item(0, 1)->text(), started);
    QCOMPARE(dialog->table()->item(0, 2)->text(), QStringLiteral("Bodil"));
    QCOMPARE(dialog->table()->item(0, 3)->text(), QStringLiteral("Astrid"));

    // Until B chooses, A's value stays on the server and B's note is not written either.
    QTest::qWait(200);
    QJsonObject now = serverUser(id);
    QCOMPARE(now.value(QLatin1String("first_name")).toString(), QStringLiteral("Astrid"));
    QVERIFY(now.value(QLatin1String("note")).toString() != QStringLiteral("called on Monday"));
    // The edits are all still in B's form.
    QCOMPARE(firstB->text(), QStringLiteral("Bodil"));

    // "Decide later" keeps everything and says so; the strip reopens the dialog.
    dialog->reject();
    QTRY_VERIFY(!tabB->conflictDialog() || !tabB->conflictDialog()->isVisible());
    QVERIFY(tabB->messageStrip()->isShowing());
    QVERIFY(!tabB->save()); // reopens the dialog instead
    QTRY_VERIFY(tabB->conflictDialog() && tabB->conflictDialog()->isVisible());
    dialog = tabB->conflictDialog();

    // Keyboard: the first choice has focus; Down picks "Theirs", Up back to "Mine".
    QComboBox *choice = dialog->choiceBox(QStringLiteral("first_name"));
    QVERIFY(choice);
    QCOMPARE(choice->currentText(), QStringLiteral("Mine"));
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE(dialog->choices().value(QStringLiteral("first_name")), ConflictChoice::TakeTheirs);
    QTest::keyClick(choice, Qt::Key_Up);
    QCOMPARE(dialog->choices().value(QStringLiteral("first_name")), ConflictChoice::KeepMine);
    dialog->findChild<QPushButton *>(QStringLiteral("conflictApply"))->click();
    QVERIFY(waitIdle(tabB));
    QTRY_VERIFY(!tabB->editor()->isDirty());
    now = serverUser(id);
    QCOMPARE(now.value(QLatin1String("first_name")).toString(), QStringLiteral("Bodil"));
    QCOMPARE(now.value(QLatin1String("note")).toString(), QStringLiteral("called on Monday"));
}

void TestUserDetail::tagsOfBothWindowsAreMerged()
{
    Instance b;
    const QString id = freshUser();
    UserDetailTab *tabA = nullptr;
    UserDetailTab *tabB = nullptr;
    QVERIFY(openInTwoWindows(b, id, &tabA, &tabB));
    const QStringList started = tabB->editor()->base().tags();

    tabA->profileForm()->tagEditor()->addTag(QStringLiteral("added-by-a"));
    QVERIFY(tabA->save());
    QVERIFY(waitIdle(tabA));
    tabB->profileForm()->tagEditor()->addTag(QStringLiteral("added-by-b"));
    QVERIFY(tabB->save());
    QVERIFY(waitIdle(tabB));
    QTRY_VERIFY(tabB->conflictDialog());
    ConflictDialog *dialog = tabB->conflictDialog();
    QCOMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, 0)->text(), QStringLiteral("Tags"));
    // Not "mine or theirs": both additions, shown as what will be saved.
    QComboBox *choice = dialog->choiceBox(QStringLiteral("tags"));
    QVERIFY(choice);
    QCOMPARE(choice->objectName(), QStringLiteral("conflictChoice_tags"));
    QCOMPARE(choice->currentText(), QStringLiteral("Both"));
    QCOMPARE(dialog->choices().value(QStringLiteral("tags")), ConflictChoice::KeepMerged);
    const QString result = dialog->resultText(QStringLiteral("tags"));
    QVERIFY2(result.contains(QStringLiteral("added-by-a"))
            && result.contains(QStringLiteral("added-by-b")),
        qPrintable(result));
    QCOMPARE(dialog->table()->item(0, 5)->text(), result);
    // Choosing another value shows what that would save.
    choice->setCurrentIndex(choice->findData(int(ConflictChoice::TakeTheirs)));
    QVERIFY(!dialog->resultText(QStringLiteral("tags")).contains(QStringLiteral("added-by-b")));
    choice->setCurrentIndex(choice->findData(int(ConflictChoice::KeepMerged)));

    dialog->findChild<QPushButton *>(QStringLiteral("conflictApply"))->click();
    QVERIFY(waitIdle(tabB));
    QTRY_VERIFY(!tabB->editor()->isDirty());
    QStringList saved;
    for (const QJsonValue &tag : serverUser(id).value(QLatin1String("tags")).toArray())
        saved.append(tag.toString());
    QStringList expected = started;
    expected << QStringLiteral("added-by-a") << QStringLiteral("added-by-b");
    QCOMPARE(saved, expected);
}

void TestUserDetail::phoneNormalizedAndMessageClears()
{
    openStaff(m_a);
    // The session reads the company (GET /company): the demo shop is Norwegian.
    QTRY_COMPARE_WITH_TIMEOUT(m_a.session->company().callingCode(), QStringLiteral("47"), waitMs);
    QCOMPARE(m_a.session->company().country(), QStringLiteral("NO"));
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    QCOMPARE(tab->editor()->defaultCallingCode(), QStringLiteral("47"));
    auto *phone
        = qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::MobilePhoneNumber));
    QVERIFY(phone);
    phone->setFocus();
    phone->selectAll();
    // Not a phone number: refused.
    QTest::keyClicks(phone, QStringLiteral("929 23 1x1"));
    QVERIFY(!tab->editor()->validationError(UserField::MobilePhoneNumber).isEmpty());
    QVERIFY(!tab->save());
    QVERIFY(tab->messageStrip()->isShowing());
    QVERIFY(tab->messageStrip()->text().startsWith(QStringLiteral("Not saved")));

    // Fixed as people write it, without the country code (the company's country): valid at
    // once, and the message goes without saving.
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("929 23 131"));
    QVERIFY(tab->editor()->validationError(UserField::MobilePhoneNumber).isEmpty());
    QVERIFY(!tab->messageStrip()->isShowing());
    QCOMPARE(phone->text(), QStringLiteral("929 23 131")); // not rewritten while typing
    // Finishing the field (Enter, or leaving it) writes it in E.164.
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(phone->text(), QStringLiteral("+4792923131"));
    // Another country's number keeps its own code.
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("0046 70-123 45 67"));
    QTest::keyClick(phone, Qt::Key_Return);
    QCOMPARE(phone->text(), QStringLiteral("+46701234567"));
    phone->setFocus();
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("929 23 132"));
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QVERIFY(!tab->editor()->isDirty());
    QCOMPARE(serverUser(id).value(QLatin1String("mobile_phone_number")).toString(),
        QStringLiteral("+4792923132"));
    QCOMPARE(phone->text(), QStringLiteral("+4792923132"));
}

void TestUserDetail::conflictDialogShowsEachAddress()
{
    const auto user = [](const char *json) {
        DecodeResult<User> decoded = User::fromJson(QJsonDocument::fromJson(json).object());
        return decoded ? decoded.takeValue() : User();
    };
    const User base = user(R"({"_id":{"$oid":"5d9218f71fad44000b0fb8aa"},"tags":["vip"],
        "addresses":[{"street_name":"Storgata 1","city":"Oslo"},
                     {"street_name":"Bryggen 2","city":"Bergen"}]})");
    const User mine = user(R"({"_id":{"$oid":"5d9218f71fad44000b0fb8aa"},"tags":["vip","b2b"],
        "addresses":[{"street_name":"Storgata 10","city":"Oslo"},
                     {"street_name":"Bryggen 20","city":"Bergen"}]})");
    const User theirs = user(R"({"_id":{"$oid":"5d9218f71fad44000b0fb8aa"},"tags":[],
        "addresses":[{"street_name":"Storgata 1","city":"Oslo"},
                     {"street_name":"Kaia 5","city":"Bergen"}]})");
    QVERIFY(base.id().isValid() && mine.id().isValid() && theirs.id().isValid());
    const ProfileMerge::Result merge = ProfileMerge::merge(base, mine, theirs);
    ConflictDialog dialog(merge.conflicts, QStringLiteral("Ann"), {}, nullptr);
    // Tags merged, and only the second address in conflict (the first one only I changed).
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Tags"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("Address 2"));
    QCOMPARE(dialog.resultText(QStringLiteral("tags")), QStringLiteral("b2b"));
    QComboBox *address = dialog.choiceBox(QStringLiteral("addresses#1"));
    QVERIFY(address);
    QCOMPARE(address->count(), 2); // nothing to combine: mine or theirs
    QCOMPARE(address->currentText(), QStringLiteral("Mine"));
    QVERIFY(
        dialog.resultText(QStringLiteral("addresses#1")).contains(QStringLiteral("Bryggen 20")));
    dialog.setChoice(QStringLiteral("addresses#1"), ConflictChoice::TakeTheirs);
    QVERIFY(dialog.resultText(QStringLiteral("addresses#1")).contains(QStringLiteral("Kaia 5")));
    const QHash<QString, ConflictChoice> choices = dialog.choices();
    QCOMPARE(choices.value(QStringLiteral("tags")), ConflictChoice::KeepMerged);
    QCOMPARE(choices.value(QStringLiteral("addresses#1")), ConflictChoice::TakeTheirs);

    const User resolved = ProfileMerge::resolve(merge.edited, merge.base, merge.conflicts, choices);
    QCOMPARE(resolved.tags(), QStringList {QStringLiteral("b2b")});
    QCOMPARE(resolved.addresses().size(), 2);
    QCOMPARE(resolved.addresses().at(0).streetName(), QStringLiteral("Storgata 10"));
    QCOMPARE(resolved.addresses().at(1).streetName(), QStringLiteral("Kaia 5"));
}

void TestUserDetail::failedSaveKeepsEditsUntilServerIsBack()
{
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *email = qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::Email));
    const QString newEmail = QStringLiteral("kept.%1@example.org").arg(id.right(6));
    email->selectAll();
    QTest::keyClicks(email, newEmail);
    auto *title = qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::Title));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Captain"));

    m_server.stop();
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    // The error strip says what happened; every edit is still there, marked.
    ErrorBanner *strip = tab->messageStrip();
    QVERIFY(strip->isShowing());
    QCOMPARE(strip->level(), ErrorBanner::Level::Error);
    QVERIFY2(strip->text().contains(QStringLiteral("kept")), qPrintable(strip->text()));
    QCOMPARE(email->text(), newEmail);
    QCOMPARE(title->text(), QStringLiteral("Captain"));
    QCOMPARE(tab->editor()->dirtyKeys(),
        QStringList({QStringLiteral("title"), QStringLiteral("email")}));
    QVERIFY(tab->profileForm()->fieldLabel(UserField::Email)->font().bold());
    QVERIFY(tab->saveButton()->isEnabled());

    // The server is back (same database): Retry Save in the strip writes the same edits.
    QVERIFY2(restartServer(), qPrintable(m_server.errorString()));
    auto *retry = strip->findChild<QPushButton *>(QStringLiteral("errorBannerAction"));
    QVERIFY(retry && retry->isVisibleTo(strip));
    retry->click();
    QVERIFY(waitIdle(tab));
    QVERIFY2(!tab->editor()->isDirty(), qPrintable(strip->text()));
    const QJsonObject after = serverUser(id);
    QCOMPARE(after.value(QLatin1String("email")).toString(), newEmail);
    QCOMPARE(after.value(QLatin1String("title")).toString(), QStringLiteral("Captain"));
}

void TestUserDetail::productionAsksBeforeWriting_data()
{
    // preferences/confirmProduction as the Preferences dialog stores it (invalid: never set).
    QTest::addColumn<QVariant>("preference");
    QTest::addColumn<bool>("asks");
    QTest::newRow("preference not set: asks") << QVariant() << true;
    QTest::newRow("preference on: asks") << QVariant(true) << true;
    QTest::newRow("preference off: writes at once") << QVariant(false) << false;
}

void TestUserDetail::productionAsksBeforeWriting()
{
    QFETCH(QVariant, preference);
    QFETCH(bool, asks);
    if (preference.isValid())
        m_a.settings->setValue(QStringLiteral("preferences/confirmProduction"), preference);
    openStaff(m_a, QStringLiteral("127.0.0.1"), ConnectionProfile::Environment::Production);
    QVERIFY(m_a.session->profile().isProduction());
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    const QString question = QStringLiteral(
        "You are about to change %1 on the production connection Test shop. Continue?")
                                 .arg(tab->userLabel());
    QVERIFY(tab->userLabel().contains(tab->editor()->base().humanId()));

    // Save of profile fields.
    auto *title = qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::Title));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Baroness"));
    if (asks) {
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!tab->save());
        QCOMPARE(MessageBox::count(), 1);
        QCOMPARE(MessageBox::lastText(), question);
        QTest::qWait(100);
        QVERIFY(
            serverUser(id).value(QLatin1String("title")).toString() != QStringLiteral("Baroness"));
        QVERIFY(tab->isDirty());
        MessageBox::setNextAnswer(QMessageBox::Yes);
    }
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QVERIFY2(!tab->isDirty(), qPrintable(tab->messageStrip()->text()));
    QCOMPARE(serverUser(id).value(QLatin1String("title")).toString(), QStringLiteral("Baroness"));
    QCOMPARE(MessageBox::count(), asks ? 2 : 0);

    // Save of the addresses alone (PUT .../addresses).
    MessageBox::resetCount();
    const qsizetype addressesBefore
        = serverUser(id).value(QLatin1String("addresses")).toArray().size();
    tab->sections()->setCurrentWidget(tab->addressesEditor());
    tab->addressesEditor()->addAddress();
    QTest::keyClicks(tab->addressesEditor()->findChild<QLineEdit *>(QStringLiteral("addressCity")),
        QStringLiteral("Bodø"));
    QCOMPARE(tab->editor()->dirtyKeys(), QStringList {QStringLiteral("addresses")});
    if (asks) {
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!tab->save());
        QCOMPARE(MessageBox::lastText(), question);
        QVERIFY(tab->editor()->isAddressesDirty());
        MessageBox::setNextAnswer(QMessageBox::Yes);
    }
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QCOMPARE(
        serverUser(id).value(QLatin1String("addresses")).toArray().size(), addressesBefore + 1);
    QCOMPARE(MessageBox::count(), asks ? 2 : 0);

    // "Unsaved changes" on closing: its Save writes without a second question, so on
    // production the question says where it writes.
    MessageBox::resetCount();
    auto *note = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Note));
    note->setPlainText(QStringLiteral("not kept"));
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_a.window->userTabs()->closeUserTab(tab));
    QCOMPARE(MessageBox::count(), 1);
    QCOMPARE(MessageBox::lastText().contains(
                 QStringLiteral("Saving writes to the production connection Test shop.")),
        asks);
    tab->discardEdits();
    QVERIFY(!tab->isDirty());

    // Delete User: always one question naming the user; on production it says so first.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    tab->requestDelete();
    QCOMPARE(MessageBox::count(), 2);
    QVERIFY2(MessageBox::lastText().contains(tab->userLabel()), qPrintable(MessageBox::lastText()));
    QCOMPARE(MessageBox::lastText().startsWith(question), asks);
    QTest::qWait(100);
    QVERIFY(!serverUser(id).value(QLatin1String("deleted")).toBool());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    tab->requestDelete();
    QVERIFY(waitIdle(tab));
    QCOMPARE(MessageBox::count(), 3);
    QVERIFY(serverUser(id).value(QLatin1String("deleted")).toBool());
}

void TestUserDetail::stagingNeverAsks()
{
    // A staging connection (ConnectionProfile::create() does not ask there) writes at once,
    // whatever the production preference says.
    m_a.settings->setValue(QStringLiteral("preferences/confirmProduction"), true);
    openStaff(m_a, QStringLiteral("127.0.0.1"), ConnectionProfile::Environment::Staging);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *title = qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::Title));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Staging"));
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QCOMPARE(MessageBox::count(), 0);
    QCOMPARE(serverUser(id).value(QLatin1String("title")).toString(), QStringLiteral("Staging"));
}

void TestUserDetail::writeConfirmationRules_data()
{
    using Env = ConnectionProfile::Environment;
    QTest::addColumn<int>("environment");
    QTest::addColumn<QVariant>("preference"); // invalid: not set; "none": no QSettings at all
    QTest::addColumn<int>("confirmWrites"); // -1: as ConnectionProfile::create() sets it
    QTest::addColumn<QString>("expected");
    const QString production = QStringLiteral(
        "You are about to change Ann Berg (ZQK3YW) on the production connection Shop. Continue?");
    const QString other
        = QStringLiteral("You are about to change Ann Berg (ZQK3YW) on the connection Shop. "
                         "Continue?");
    QTest::newRow("production, not set") << int(Env::Production) << QVariant() << -1 << production;
    QTest::newRow("production, no settings")
        << int(Env::Production) << QVariant(QStringLiteral("none")) << -1 << production;
    QTest::newRow("production, on") << int(Env::Production) << QVariant(true) << -1 << production;
    QTest::newRow("production, off") << int(Env::Production) << QVariant(false) << -1 << QString();
    QTest::newRow("production, off, profile asks")
        << int(Env::Production) << QVariant(false) << 1 << QString();
    QTest::newRow("production, on, profile does not ask")
        << int(Env::Production) << QVariant(true) << 0 << production;
    QTest::newRow("staging, on") << int(Env::Staging) << QVariant(true) << -1 << QString();
    QTest::newRow("staging, profile asks") << int(Env::Staging) << QVariant(false) << 1 << other;
    QTest::newRow("local") << int(Env::Local) << QVariant() << -1 << QString();
}

void TestUserDetail::writeConfirmationRules()
{
    QFETCH(int, environment);
    QFETCH(QVariant, preference);
    QFETCH(int, confirmWrites);
    QFETCH(QString, expected);
    ConnectionProfile profile = ConnectionProfile::create(QStringLiteral("Shop"),
        QUrl(QStringLiteral("https://api.example.com")),
        ConnectionProfile::Environment(environment));
    if (confirmWrites >= 0)
        profile.setConfirmWrites(confirmWrites == 1);
    QSettings settings(m_dir->filePath(QStringLiteral("rules.ini")), QSettings::IniFormat);
    if (preference.typeId() == QMetaType::Bool)
        settings.setValue(WriteConfirmation::settingsKey(), preference);
    const QSettings *given = preference == QVariant(QStringLiteral("none")) ? nullptr : &settings;
    QCOMPARE(WriteConfirmation::settingsKey(), QStringLiteral("preferences/confirmProduction"));
    const QString subject = QStringLiteral("Ann Berg (ZQK3YW)");
    QCOMPARE(WriteConfirmation::question(profile, given, subject), expected);
    QCOMPARE(WriteConfirmation::isNeeded(profile, given), !expected.isEmpty());
    QCOMPARE(WriteConfirmation::notice(profile, given).isEmpty(), expected.isEmpty());
    // confirm() asks exactly when a question is needed, and only Yes lets the change go.
    MessageBox::resetCount();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const bool goAhead = WriteConfirmation::confirm(nullptr, profile, given, subject);
    QCOMPARE(goAhead, expected.isEmpty());
    QCOMPARE(MessageBox::count(), expected.isEmpty() ? 0 : 1);
    if (!expected.isEmpty()) {
        QCOMPARE(MessageBox::lastText(), expected);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(WriteConfirmation::confirm(nullptr, profile, given, subject));
    }
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestUserDetail::signInAgainKeepsTheEdits()
{
    m_a.window->show();
    const ConnectionProfile profile = ConnectionProfile::create(
        QStringLiteral("Test shop"), m_server.url(), ConnectionProfile::Environment::Local);
    m_a.session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    m_a.session->openTransient(profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(m_a.session->isReady(), waitMs);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *note = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Note));
    note->setPlainText(QStringLiteral("written before the token ran out"));

    // The token is no longer accepted: the save fails and says so; the edits stay.
    m_a.session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey + QStringLiteral("x")});
    m_a.session->openTransient(profile.id());
    QTRY_COMPARE_WITH_TIMEOUT(m_a.session->state(), Session::State::Failed, waitMs);
    QCOMPARE(m_a.window->userTabs()->userTab(id), tab);
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QCOMPARE(tab->editor()->lastError().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(tab->messageStrip()->isShowing());
    QCOMPARE(note->toPlainText(), QStringLiteral("written before the token ran out"));

    // Signed in again on the same connection: the tab is still there, and saves.
    m_a.session->addTransientProfile(
        profile, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    m_a.session->openTransient(profile.id());
    QTRY_VERIFY_WITH_TIMEOUT(m_a.session->isReady(), waitMs);
    QTRY_COMPARE(m_a.window->userTabs()->currentUserTab(), tab);
    QVERIFY(tab->isDirty());
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QVERIFY(!tab->isDirty());
    QCOMPARE(serverUser(id).value(QLatin1String("note")).toString(),
        QStringLiteral("written before the token ran out"));
}

void TestUserDetail::addressAddMoveRemove()
{
    m_a.window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_a.window.get()));
    openStaff(m_a);
    // A user with two addresses or more, so that moving means something.
    QString id;
    while (id.isEmpty() && m_nextUser < m_users.size()) {
        const QString candidate = freshUser();
        if (serverUser(candidate).value(QLatin1String("addresses")).toArray().size() >= 2)
            id = candidate;
    }
    QVERIFY(!id.isEmpty());
    const QJsonArray original = serverUser(id).value(QLatin1String("addresses")).toArray();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    AddressesEditor *addresses = tab->addressesEditor();
    tab->sections()->setCurrentWidget(addresses);

    addresses->findChild<QPushButton *>(QStringLiteral("addAddressButton"))->click();
    QCOMPARE(addresses->list()->count(), original.size() + 1);
    auto *city = addresses->findChild<QLineEdit *>(QStringLiteral("addressCity"));
    QTest::keyClicks(city, QStringLiteral("Tromsø"));
    auto *alias = addresses->findChild<QLineEdit *>(QStringLiteral("addressAlias"));
    QTest::keyClicks(alias, QStringLiteral("cabin"));
    // Move it to the top with Ctrl+Up from the list.
    addresses->list()->setFocus();
    for (int i = 0; i < original.size(); ++i)
        QTest::keyClick(addresses->list(), Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(addresses->currentRow(), 0);
    QCOMPARE(tab->editor()->edited().addresses().first().city(), QStringLiteral("Tromsø"));
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QVERIFY(!tab->editor()->isDirty());
    QJsonArray saved = serverUser(id).value(QLatin1String("addresses")).toArray();
    QCOMPARE(saved.size(), original.size() + 1);
    QCOMPARE(
        saved.first().toObject().value(QLatin1String("alias")).toString(), QStringLiteral("cabin"));
    for (int i = 0; i < original.size(); ++i)
        QCOMPARE(saved.at(i + 1), original.at(i));
    if (!original.isEmpty()) {
        // Geo is shown for an address that has it.
        addresses->list()->setCurrentRow(1);
        auto *geo = addresses->findChild<QLabel *>(QStringLiteral("addressGeo"));
        const bool hasGeo = original.first().toObject().contains(QLatin1String("geo"));
        QCOMPARE(geo->isVisibleTo(addresses), hasGeo);
        if (hasGeo)
            QVERIFY(geo->text().contains(QStringLiteral("latitude")));
    }

    // Remove it again with Delete in the list.
    addresses->list()->setCurrentRow(0);
    addresses->list()->setFocus();
    QTest::keyClick(addresses->list(), Qt::Key_Delete);
    QCOMPARE(addresses->list()->count(), original.size());
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    saved = serverUser(id).value(QLatin1String("addresses")).toArray();
    QCOMPARE(saved, original);
}

void TestUserDetail::addressMoveAndEditByKeyboard()
{
    MainWindow *window = m_a.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowActive(window));
    openStaff(m_a);
    QString id;
    while (id.isEmpty() && m_nextUser < m_users.size()) {
        const QString candidate = freshUser();
        if (serverUser(candidate).value(QLatin1String("addresses")).toArray().size() >= 2)
            id = candidate;
    }
    QVERIFY(!id.isEmpty());
    const QJsonArray original = serverUser(id).value(QLatin1String("addresses")).toArray();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    QTRY_COMPARE(focused(), tab->profileForm()->fieldWidget(UserField::FirstName));

    // Alt+A: the Addresses section, in its list. Home, then Ctrl+Down moves the first address
    // below the second.
    key(Qt::Key_A, Qt::AltModifier);
    QCOMPARE(focused(), tab->addressesEditor()->list());
    key(Qt::Key_Home);
    QCOMPARE(tab->addressesEditor()->currentRow(), 0);
    key(Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(tab->addressesEditor()->currentRow(), 1);
    // Edit the moved address in place: Alt+I reaches its city.
    key(Qt::Key_I, Qt::AltModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("addressCity"));
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Lillehammer"));
    QVERIFY(tab->editor()->isAddressesDirty());
    QCOMPARE(tab->editor()->dirtyKeys(), QStringList {QStringLiteral("addresses")});
    key(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(waitIdle(tab));
    QVERIFY2(!tab->isDirty(), qPrintable(tab->messageStrip()->text()));

    // On the server: the first two swapped, the moved one with the new city and everything
    // else it had (geo, raw{}, unknown members) as it was.
    const QJsonArray saved = serverUser(id).value(QLatin1String("addresses")).toArray();
    QCOMPARE(saved.size(), original.size());
    QCOMPARE(saved.at(0), original.at(1));
    QJsonObject moved = original.at(0).toObject();
    moved.insert(QStringLiteral("city"), QStringLiteral("Lillehammer"));
    QCOMPARE(saved.at(1).toObject(), moved);
    for (qsizetype i = 2; i < original.size(); ++i)
        QCOMPARE(saved.at(i), original.at(i));
}

void TestUserDetail::billingAddressEditedInPlace()
{
    openStaff(m_a);
    // A user whose billing address has a street (and so whatever a geocoder left with it).
    QString id;
    QJsonObject billingBefore;
    while (id.isEmpty() && m_nextUser < m_users.size()) {
        const QString candidate = freshUser();
        billingBefore = serverUser(candidate).value(QLatin1String("billing_address")).toObject();
        if (!billingBefore.value(QLatin1String("street_name")).toString().isEmpty())
            id = candidate;
    }
    QVERIFY(!id.isEmpty());
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *city = tab->profileForm()->billingFields()->findChild<QLineEdit *>(
        QStringLiteral("billingCity"));
    QVERIFY(city);
    QCOMPARE(city->text(), billingBefore.value(QLatin1String("city")).toString());
    QCOMPARE(city->accessibleName(), QStringLiteral("Billing city"));
    city->selectAll();
    QTest::keyClicks(city, QStringLiteral("Hammerfest"));
    QVERIFY(tab->editor()->isDirty(UserField::BillingAddress));
    QCOMPARE(tab->editor()->dirtyKeys(), QStringList({QStringLiteral("billing_address")}));
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QVERIFY(!tab->isDirty());
    QJsonObject expected = billingBefore;
    expected.insert(QStringLiteral("city"), QStringLiteral("Hammerfest"));
    QCOMPARE(serverUser(id).value(QLatin1String("billing_address")).toObject(), expected);
}

void TestUserDetail::defaultPaymentMethodFromTheUsersCards()
{
    openStaff(m_a);
    const TestHttp::Headers headers
        = TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey);
    QString id;
    QJsonArray methods;
    while (id.isEmpty() && m_nextUser < m_users.size()) {
        const QString candidate = freshUser();
        methods = TestHttp::get(QUrl(m_server.url().toString() + QStringLiteral("/users/")
                                    + candidate + QStringLiteral("/payment_methods?size=100")),
            headers)
                      .json()
                      .array();
        if (!methods.isEmpty())
            id = candidate;
    }
    QVERIFY2(!id.isEmpty(), "no seeded user has a payment method");
    const QString current = serverUser(id)
                                .value(QLatin1String("default_payment_method"))
                                .toObject()
                                .value(QLatin1String("$oid"))
                                .toString();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    QComboBox *box = tab->profileForm()->paymentMethodBox();
    // "(none)" and one entry per payment method of the user, labelled by its card.
    QTRY_COMPARE_WITH_TIMEOUT(box->count(), int(methods.size()) + 1, waitMs);
    QCOMPARE(box->currentData().toString(), current);
    QString target;
    for (const QJsonValue &method : std::as_const(methods)) {
        const QString pm = method.toObject()
                               .value(QLatin1String("_id"))
                               .toObject()
                               .value(QLatin1String("$oid"))
                               .toString();
        if (pm != current)
            target = pm;
    }
    const int index = box->findData(target); // "" is "(none)" when the user has one card only
    QVERIFY(index >= 0);
    box->setFocus();
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
    QVERIFY(tab->editor()->isDirty(UserField::DefaultPaymentMethod));
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QVERIFY2(!tab->isDirty(), qPrintable(tab->messageStrip()->text()));
    const QJsonValue saved = serverUser(id).value(QLatin1String("default_payment_method"));
    if (target.isEmpty())
        QVERIFY(saved.isNull() || saved.isUndefined());
    else
        QCOMPARE(saved.toObject().value(QLatin1String("$oid")).toString(), target);

    // The journal shows the change by the cards' labels, not their ids.
    tab->findChild<QPushButton *>(QStringLiteral("userHistory"))->click();
    ChangeJournalDialog *dialog = m_a.window->userTabs()->journalDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->model()->rowCount(), 1);
    QCOMPARE(dialog->model()->entry(0).field, QStringLiteral("default_payment_method"));
    if (!target.isEmpty()) {
        const QString shown
            = dialog->model()->index(0, ChangeJournalModel::After).data().toString();
        QCOMPARE(shown, box->itemText(index));
        QVERIFY(!shown.contains(target));
    }
    dialog->close();
}

void TestUserDetail::deleteConfirmationNamesTheUser()
{
    openStaff(m_a);
    const QString id = freshUser();
    const QJsonObject before = serverUser(id);
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    const QString humanId = before.value(QLatin1String("human_id")).toString();
    const QString name = tab->editor()->base().displayName();

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    tab->deleteButton()->click();
    QVERIFY2(MessageBox::lastText().contains(name), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(humanId), qPrintable(MessageBox::lastText()));
    QTest::qWait(100);
    QVERIFY(!serverUser(id).value(QLatin1String("deleted")).toBool());

    // The real question: its button says what it does ("Delete User", not "Yes"), is the
    // destructive one, and Cancel is the default (Enter does not delete).
    QString confirmText;
    QMessageBox::ButtonRole confirmRole = QMessageBox::InvalidRole;
    QString defaultText;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("messageBoxConfirm"));
        QVERIFY(confirm);
        confirmText = confirm->text();
        confirmRole = box->buttonRole(confirm);
        defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
        QVERIFY(box->defaultButton() == box->button(QMessageBox::Cancel));
        QVERIFY(box->escapeButton() == box->button(QMessageBox::Cancel));
        confirm->click();
    });
    tab->deleteButton()->click();
    QCOMPARE(confirmText, UserDetailTab::tr("Delete User"));
    QCOMPARE(confirmRole, QMessageBox::DestructiveRole);
    QVERIFY(!defaultText.isEmpty() && defaultText != confirmText);
    QVERIFY(waitIdle(tab));
    QVERIFY(serverUser(id).value(QLatin1String("deleted")).toBool());
    QTRY_VERIFY(tab->findChild<QLabel *>(QStringLiteral("userDeletedBadge"))->isVisibleTo(tab));
    QVERIFY(!tab->deleteButton()->isEnabled());
    QVERIFY(tab->title().contains(QStringLiteral("deleted")));
    // The journal has it.
    const QList<JournalEntry> entries = m_a.window->userTabs()->journal()->entries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.constLast().field, QStringLiteral("deleted"));
    QCOMPARE(entries.constLast().userId, id);
    QCOMPARE(entries.constLast().after, QJsonValue(true));
}

void TestUserDetail::closeGuardAsksAboutUnsavedChanges()
{
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *bio = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Bio));
    bio->setPlainText(QStringLiteral("Prefers email."));
    QVERIFY(tab->isDirty());
    UserDetailArea *area = m_a.window->userTabs();

    // Cancel: the tab stays with its edits.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!area->closeUserTab(tab));
    QCOMPARE(MessageBox::count(), 1);
    QVERIFY(MessageBox::lastText().contains(tab->editor()->base().displayName()));
    QCOMPARE(area->userTab(id), tab);
    QVERIFY(tab->isDirty());

    // Switching profile asks too, and Cancel keeps everything.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    const ConnectionProfile other = ConnectionProfile::create(
        QStringLiteral("Other"), m_server.url(), ConnectionProfile::Environment::Local);
    m_a.session->addTransientProfile(
        other, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    QVERIFY(!m_a.window->switchToProfile(other));
    QCOMPARE(MessageBox::count(), 2);
    QCOMPARE(area->userTab(id), tab);

    // Save: closes once saved.
    QTRY_COMPARE_WITH_TIMEOUT(area->drafts()->drafts(area->profileKey()).size(), 1, waitMs);
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(!area->closeUserTab(tab));
    QTRY_VERIFY_WITH_TIMEOUT(!area->userTab(id), waitMs);
    QCOMPARE(
        serverUser(id).value(QLatin1String("bio")).toString(), QStringLiteral("Prefers email."));
    QCOMPARE(area->drafts()->drafts(area->profileKey()).size(), 0);

    // Discard: closes at once and forgets the draft.
    tab = openUser(m_a, id);
    QVERIFY(tab);
    bio = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Bio));
    bio->setPlainText(QStringLiteral("Not this."));
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(area->closeUserTab(tab));
    QTRY_VERIFY(!area->userTab(id));
    QCOMPARE(area->drafts()->drafts(area->profileKey()).size(), 0);
    QCOMPARE(
        serverUser(id).value(QLatin1String("bio")).toString(), QStringLiteral("Prefers email."));
}

void TestUserDetail::quitSavesFirstWhenAsked()
{
    m_a.window->show();
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *note = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Note));
    note->setPlainText(QStringLiteral("saved on the way out"));
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(!m_a.window->close()); // not yet: saving first
    QTRY_VERIFY_WITH_TIMEOUT(!m_a.window->isVisible(), waitMs);
    QCOMPARE(serverUser(id).value(QLatin1String("note")).toString(),
        QStringLiteral("saved on the way out"));
}

void TestUserDetail::switchingConnectionSavesOrDiscards_data()
{
    QTest::addColumn<int>("answer");
    QTest::newRow("save, then switch") << int(QMessageBox::Save);
    QTest::newRow("discard and switch") << int(QMessageBox::Discard);
}

void TestUserDetail::switchingConnectionSavesOrDiscards()
{
    QFETCH(int, answer);
    openStaff(m_a);
    const QString id = freshUser();
    const QString noteBefore = serverUser(id).value(QLatin1String("note")).toString();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *note = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Note));
    note->setPlainText(QStringLiteral("before switching"));
    const QString oldKey = m_a.window->userTabs()->profileKey();

    const ConnectionProfile other = ConnectionProfile::create(
        QStringLiteral("Other"), m_server.url(), ConnectionProfile::Environment::Staging);
    m_a.session->addTransientProfile(
        other, {m_credentials.apiKey, m_credentials.serviceAccountKey});
    MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
    const bool now = m_a.window->switchToProfile(other);
    QCOMPARE(MessageBox::count(), 1);
    QVERIFY(MessageBox::lastText().contains(tab->userLabel()));
    // Discard switches at once; Save switches once the save is done.
    QCOMPARE(now, answer == QMessageBox::Discard);
    QTRY_COMPARE_WITH_TIMEOUT(m_a.session->profile().id(), other.id(), waitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_a.session->isReady(), waitMs);
    QVERIFY(m_a.window->userTabs()->userTabs().isEmpty());
    QCOMPARE(serverUser(id).value(QLatin1String("note")).toString(),
        answer == QMessageBox::Save ? QStringLiteral("before switching") : noteBefore);
    // Nothing is left to offer on either connection, once no draft waits to be written.
    QTRY_VERIFY(!m_a.window->userTabs()->drafts()->isWritePending());
    QVERIFY(!m_a.window->userTabs()->drafts()->hasStaged());
    QVERIFY(!DraftStore(DraftStore::defaultDirectory()).draft(oldKey, id).has_value());
    QVERIFY(!m_a.window->userTabs()->draftsDialog());
}

void TestUserDetail::draftRestoredAfterCrash()
{
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    const QString email = QStringLiteral("draft.%1@example.org").arg(id.right(6));
    auto *emailField = qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::Email));
    emailField->selectAll();
    QTest::keyClicks(emailField, email);
    tab->profileForm()->tagEditor()->addTag(QStringLiteral("from-draft"));
    const QString key = m_a.window->userTabs()->profileKey();
    // Written within the delay, without anything being closed or saved.
    QTRY_VERIFY_WITH_TIMEOUT(
        DraftStore(DraftStore::defaultDirectory()).draft(key, id).has_value(), 5000);
    // Meanwhile someone else changes another field.
    TestHttp::Headers headers
        = TestHttp::auth(m_credentials.apiKey, m_credentials.serviceAccountKey);
    headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    QCOMPARE(
        TestHttp::request("PUT", QUrl(m_server.url().toString() + QStringLiteral("/users/") + id),
            headers, QByteArray("{\"last_name\":\"Changed-Elsewhere\"}"))
            .status,
        200);

    // "Crash": the window goes without any question; a new one starts on the same connection.
    m_a.reset();
    makeInstance(m_a, QStringLiteral("a2"));
    m_a.window->show();
    openStaff(m_a);
    UserDetailArea *area = m_a.window->userTabs();
    QTRY_VERIFY_WITH_TIMEOUT(area->draftsDialog() && area->draftsDialog()->isVisible(), waitMs);
    DraftsDialog *dialog = area->draftsDialog();
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QVERIFY(dialog->list()->topLevelItem(0)->text(1).contains(QStringLiteral("Email")));
    QVERIFY(dialog->list()->topLevelItem(0)->text(1).contains(QStringLiteral("Tags")));
    dialog->findChild<QPushButton *>(QStringLiteral("draftsRestore"))->click();

    tab = area->userTab(id);
    QVERIFY(tab);
    QVERIFY(waitIdle(tab));
    QCOMPARE(tab->editor()->state(), ProfileEditor::State::Ready);
    QCOMPARE(qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::Email))->text(),
        email);
    QVERIFY(tab->editor()->edited().tags().contains(QStringLiteral("from-draft")));
    QCOMPARE(tab->editor()->edited().lastName(), QStringLiteral("Changed-Elsewhere"));
    QCOMPARE(
        tab->editor()->dirtyKeys(), QStringList({QStringLiteral("email"), QStringLiteral("tags")}));
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));
    QVERIFY(!tab->editor()->isDirty());
    const QJsonObject after = serverUser(id);
    QCOMPARE(after.value(QLatin1String("email")).toString(), email);
    QCOMPARE(
        after.value(QLatin1String("last_name")).toString(), QStringLiteral("Changed-Elsewhere"));
    QVERIFY(!DraftStore(DraftStore::defaultDirectory()).draft(key, id).has_value());
}

void TestUserDetail::draftsStayWithTheirConnection()
{
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *note = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Note));
    note->setPlainText(QStringLiteral("belongs to the demo company"));
    const QString key = m_a.window->userTabs()->profileKey();
    // The company behind the key, as the server names it in its users.
    const QString company = serverUser(id)
                                .value(QLatin1String("company"))
                                .toObject()
                                .value(QLatin1String("$oid"))
                                .toString();
    QVERIFY(!company.isEmpty());
    QCOMPARE(m_a.session->companyId(), company);
    QCOMPARE(key, QStringLiteral("company:local:") + company);
    QVERIFY(!key.contains(m_credentials.apiKey));
    QTRY_VERIFY_WITH_TIMEOUT(
        DraftStore(DraftStore::defaultDirectory()).draft(key, id).has_value(), 5000);
    m_a.reset();

    // Another company on the same server (another API key) is not offered the draft.
    makeInstance(m_a, QStringLiteral("a3"));
    m_a.window->show();
    openTransientAt(m_a, m_server.url(), m_server.otherCompany());
    QVERIFY(m_a.window->userTabs()->profileKey() != key);
    QTest::qWait(300);
    QVERIFY(!m_a.window->userTabs()->draftsDialog());
    QVERIFY(DraftStore(DraftStore::defaultDirectory()).draft(key, id).has_value());
    m_a.reset();

    // Another kind of environment (a staging copy of the shop) is not offered it either.
    makeInstance(m_a, QStringLiteral("a4"));
    m_a.window->show();
    openStaff(m_a, QStringLiteral("127.0.0.1"), ConnectionProfile::Environment::Staging);
    QVERIFY(m_a.window->userTabs()->profileKey() != key);
    QTest::qWait(300);
    QVERIFY(!m_a.window->userTabs()->draftsDialog());
}

void TestUserDetail::draftOfferedAfterCrashOnAnotherPort()
{
    // As --demo does: the same database, a server on a new port each start.
    openTransientAt(m_a, m_server.url(), m_credentials);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    auto *note = qobject_cast<QPlainTextEdit *>(tab->profileForm()->fieldWidget(UserField::Note));
    note->setPlainText(QStringLiteral("typed before the crash"));
    const QString key = m_a.window->userTabs()->profileKey();
    QTRY_VERIFY_WITH_TIMEOUT(
        DraftStore(DraftStore::defaultDirectory()).draft(key, id).has_value(), 5000);
    const int firstPort = m_server.url().port();

    // "Crash": the server is killed and the window goes without any question.
    m_server.kill();
    m_a.reset();
    TestServer::Options options = m_options;
    options.extraArgs.clear(); // a free port, as every --demo start
    TestServer second;
    QVERIFY2(second.start(options), qPrintable(second.errorString()));
    QVERIFY(second.url().port() != firstPort);

    makeInstance(m_a, QStringLiteral("a5"));
    m_a.window->show();
    openTransientAt(m_a, second.url(), second.credentials());
    UserDetailArea *area = m_a.window->userTabs();
    QCOMPARE(area->profileKey(), key);
    QTRY_VERIFY_WITH_TIMEOUT(area->draftsDialog() && area->draftsDialog()->isVisible(), waitMs);
    DraftsDialog *dialog = area->draftsDialog();
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("Note"));
    dialog->findChild<QPushButton *>(QStringLiteral("draftsRestore"))->click();
    tab = area->userTab(id);
    QVERIFY(tab);
    QVERIFY(waitIdle(tab));
    QCOMPARE(tab->editor()->edited().note(), QStringLiteral("typed before the crash"));
    m_a.reset();
    second.stop();
}

void TestUserDetail::draftsUnderTheServersAddressAreTakenOver()
{
    // A draft an earlier version filed under the demo server's address of that run.
    const QString id = freshUser();
    Draft draft;
    draft.profileKey = QStringLiteral("url:http://127.0.0.1:1");
    draft.userId = id;
    draft.userName = QStringLiteral("Someone");
    draft.base = serverUser(id);
    draft.edits = {{QStringLiteral("note"), QStringLiteral("from an old version")}};
    Draft foreign = draft; // a user of another company under another address
    foreign.profileKey = QStringLiteral("url:http://127.0.0.1:2");
    foreign.userId = freshUser();
    foreign.base.insert(QStringLiteral("company"),
        QJsonObject {{QStringLiteral("$oid"), QStringLiteral("0123456789abcdef01234567")}});
    {
        DraftStore store(DraftStore::defaultDirectory());
        QVERIFY(store.write(draft));
        QVERIFY(store.write(foreign));
    }

    openTransientAt(m_a, m_server.url(), m_credentials);
    UserDetailArea *area = m_a.window->userTabs();
    QTRY_VERIFY_WITH_TIMEOUT(area->draftsDialog() && area->draftsDialog()->isVisible(), waitMs);
    QCOMPARE(area->draftsDialog()->list()->topLevelItemCount(), 1);
    DraftStore store(DraftStore::defaultDirectory());
    QVERIFY(store.draft(area->profileKey(), id).has_value());
    QVERIFY(!store.draft(draft.profileKey, id).has_value());
    QVERIFY(store.draft(foreign.profileKey, foreign.userId).has_value());
}

void TestUserDetail::draftOfferDiscardOrLater_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("kept");
    QTest::newRow("discard") << QStringLiteral("draftsDiscard") << false;
    QTest::newRow("not now") << QStringLiteral("draftsLater") << true;
}

void TestUserDetail::draftOfferDiscardOrLater()
{
    QFETCH(QString, button);
    QFETCH(bool, kept);
    openStaff(m_a);
    UserDetailArea *area = m_a.window->userTabs();
    const QString id = freshUser();
    Draft draft;
    draft.profileKey = area->profileKey();
    draft.userId = id;
    draft.userName = QStringLiteral("Someone");
    draft.base = serverUser(id);
    draft.edits = {{QStringLiteral("note"), QStringLiteral("left over")}};
    QString error;
    QVERIFY2(area->drafts()->write(draft, &error), qPrintable(error));

    area->offerDrafts();
    DraftsDialog *dialog = area->draftsDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->list()->topLevelItemCount(), 1);
    QCOMPARE(dialog->list()->topLevelItem(0)->text(1), QStringLiteral("Note"));
    MessageBox::setNextAnswer(QMessageBox::Discard); // "Discard the unsaved changes…?"
    dialog->findChild<QPushButton *>(button)->click();
    QTRY_VERIFY(!area->draftsDialog() || !area->draftsDialog()->isVisible());
    QCOMPARE(MessageBox::count(), kept ? 0 : 1);
    QCOMPARE(area->drafts()->draft(area->profileKey(), id).has_value(), kept);
    QVERIFY(!area->userTab(id)); // nothing opened
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void TestUserDetail::journalShowsSavedChanges()
{
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    const QJsonValue titleBefore = tab->editor()->base().editable(UserField::Title);
    auto *title = qobject_cast<QLineEdit *>(tab->profileForm()->fieldWidget(UserField::Title));
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Professor Emerita"));
    QVERIFY(tab->save());
    QVERIFY(waitIdle(tab));

    tab->findChild<QPushButton *>(QStringLiteral("userHistory"))->click();
    ChangeJournalDialog *dialog = m_a.window->userTabs()->journalDialog();
    QVERIFY(dialog && dialog->isVisible());
    ChangeJournalModel *model = dialog->model();
    QCOMPARE(model->userFilter(), id);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ChangeJournalModel::Field).data().toString(), QStringLiteral("Title"));
    QCOMPARE(model->index(0, ChangeJournalModel::After).data().toString(),
        QStringLiteral("Professor Emerita"));
    const JournalEntry entry = model->entry(0);
    QVERIFY(entry.actor.startsWith(QStringLiteral("Test shop")));
    QCOMPARE(entry.server, ConnectionProfile::canonicalUrl(m_server.url()));
    QCOMPARE(entry.humanId, tab->editor()->base().humanId());
    QCOMPARE(entry.field, QStringLiteral("title"));
    QCOMPARE(entry.before, titleBefore);
    QCOMPARE(entry.after, QJsonValue(QStringLiteral("Professor Emerita")));
    QCOMPARE(model->index(0, ChangeJournalModel::Before)
                 .data(ChangeJournalModel::RawValueRole)
                 .toString(),
        JournalEntry::valueText(titleBefore));

    // Export writes what is shown.
    const QString path = m_dir->filePath(QStringLiteral("journal.csv"));
    QVERIFY(dialog->exportTo(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.contains(id));
    QVERIFY(text.contains(QStringLiteral("\"\"Professor Emerita\"\"")));

    // The Go menu shows everyone's changes.
    auto *action = m_a.window->findChild<QAction *>(QStringLiteral("changeJournalAction"));
    QVERIFY(action);
    action->trigger();
    QCOMPARE(dialog->model()->userFilter(), QString());
    QCOMPARE(dialog->model()->rowCount(), 1);
    // ... and narrows them to a user by what is typed: name, customer ID or id.
    QLineEdit *filter = dialog->userFilterEdit();
    QVERIFY(filter->isVisibleTo(dialog));
    QCOMPARE(filter->accessibleName(), QStringLiteral("Filter by user"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("journalCount"));
    auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("journalExport"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("no such customer"));
    QCOMPARE(dialog->model()->rowCount(), 0);
    QVERIFY(!exportButton->isEnabled());
    QVERIFY2(summary->text().startsWith(QStringLiteral("0 of 1")), qPrintable(summary->text()));
    filter->clear();
    QTest::keyClicks(filter, entry.humanId.toLower());
    QCOMPARE(dialog->model()->rowCount(), 1);
    QVERIFY(exportButton->isEnabled());
    filter->clear();
    QTest::keyClicks(filter, id.right(8));
    QCOMPARE(dialog->model()->rowCount(), 1);
    dialog->close();
}

void TestUserDetail::extraTabsComeFromTheFactory()
{
    openStaff(m_a);
    int created = 0;
    QString seenUser;
    m_a.window->userTabsFactory().setCreator(UserTabsFactory::Tab::Subscriptions,
        [&](const UserTabContext &context, QWidget *parent) -> ListSection * {
            ++created;
            seenUser = context.userId;
            auto *list = new FakeList(context.session, parent);
            auto *label = new QLabel(QStringLiteral("subscriptions of ") + context.userId, list);
            label->setObjectName(QStringLiteral("fakeSubscriptions"));
            return list;
        });
    // The window fills the Orders tab; without a creator it shows a placeholder.
    m_a.window->userTabsFactory().setCreator(UserTabsFactory::Tab::Orders, nullptr);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    QCOMPARE(created, 0); // not before the tab is shown
    QTabWidget *sections = tab->sections();
    QCOMPARE(sections->count(), 5);
    QCOMPARE(sections->tabText(2), QStringLiteral("&Orders"));
    sections->setCurrentIndex(3);
    QCOMPARE(created, 1);
    QCOMPARE(seenUser, id);
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("fakeSubscriptions")));
    auto *fake = static_cast<FakeList *>(
        tab->findChild<QLabel *>(QStringLiteral("fakeSubscriptions"))->parentWidget());
    QCOMPARE(fake->loads, 1); // the factory starts it loading
    sections->setCurrentIndex(0);
    sections->setCurrentIndex(3);
    QCOMPARE(created, 1);
    // Reloading the user (F5) reloads its lists, through their interface.
    tab->reload();
    QCOMPARE(fake->reloads, 1);
    // Without a creator: a placeholder.
    sections->setCurrentIndex(2);
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("userOrdersTabPlaceholder")));
}

void TestUserDetail::profileFormIsCompact()
{
    // At the window's default size the profile's rows stand together at the top, each label
    // beside its field: Bio and Note next to the first line of their boxes.
    m_a.window->resize(1180, 740);
    m_a.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_a.window.get()));
    openStaff(m_a);
    UserDetailTab *tab = openUser(m_a, freshUser());
    QVERIFY(tab);
    ProfileForm *form = tab->profileForm();
    QTRY_VERIFY(form->isVisible());
    const auto box = [form](UserField field) {
        QWidget *widget = form->fieldWidget(field);
        return QRect(widget->mapTo(form, QPoint(0, 0)), widget->size());
    };
    const auto label = [form](const char *name) {
        auto *widget = form->findChild<QLabel *>(QLatin1String(name));
        return widget ? QRect(widget->mapTo(form, QPoint(0, 0)), widget->size()) : QRect();
    };
    // Rows of one-line fields follow each other closely.
    const QRect first = box(UserField::FirstName);
    const QRect last = box(UserField::LastName);
    QVERIFY2(last.top() - first.bottom() <= 14,
        qPrintable(QStringLiteral("%1 px between rows").arg(last.top() - first.bottom())));
    for (const auto &[field, name] :
        {std::pair {UserField::Bio, "bioLabel"}, std::pair {UserField::Note, "noteLabel"},
            std::pair {UserField::FirstName, "firstNameLabel"}}) {
        const QRect edit = box(field);
        const QRect caption = label(name);
        QVERIFY2(caption.isValid(), name);
        // Left of its box, level with its top line (not above the box, not half-way down).
        QVERIFY2(caption.right() < edit.left(), name);
        QVERIFY2(caption.top() >= edit.top() - 2, name);
        QVERIFY2(caption.center().y() <= edit.top() + edit.height() / 2 + 2, name);
        QVERIFY2(caption.center().y() - edit.top() <= 2 * form->fontMetrics().height(), name);
    }
    // Bio and Note follow Tags without a gap of their own.
    const QRect tags = box(UserField::Tags);
    QVERIFY(box(UserField::Bio).top() - tags.bottom() <= 14);
    QVERIFY(box(UserField::Note).top() - box(UserField::Bio).bottom() <= 14);
}

void TestUserDetail::saveBarOnlyWhereThereIsSomethingToEdit()
{
    // Revert and Save belong to the Profile and Addresses tabs; the lists have nothing to
    // edit, so the buttons are not shown there.
    m_a.window->show();
    openStaff(m_a);
    UserDetailTab *tab = openUser(m_a, freshUser());
    QVERIFY(tab);
    QPushButton *revert = tab->findChild<QPushButton *>(QStringLiteral("userRevert"));
    QVERIFY(revert);
    QTabWidget *sections = tab->sections();
    for (int index = 0; index < sections->count(); ++index) {
        sections->setCurrentIndex(index);
        const bool editable = index <= 1;
        QCOMPARE(tab->saveButton()->isVisible(), editable);
        QCOMPARE(revert->isVisible(), editable);
    }
    sections->setCurrentIndex(1);
    QVERIFY(tab->saveButton()->isVisible());
    sections->setCurrentIndex(0);
    QVERIFY(tab->saveButton()->isVisible() && revert->isVisible());
}

void TestUserDetail::interactiveWidgetsAreNamed()
{
    m_a.window->show();
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    for (int i = 0; i < tab->sections()->count(); ++i)
        tab->sections()->setCurrentIndex(i);
    tab->sections()->setCurrentIndex(0);
    tab->messageStrip()->showMessage(
        ErrorBanner::Level::Error, QStringLiteral("x"), QStringLiteral("Retry"), [] {});
    tab->profileForm()->tagEditor()->addTag(QStringLiteral("named"));
    m_a.window->userTabs()->showJournal(id, QStringLiteral("someone"));

    const QList<MergeConflict> conflicts {
        {QStringLiteral("email"), QJsonValue(QStringLiteral("a@b.no")),
            QJsonValue(QStringLiteral("c@d.no")), QJsonValue(QStringLiteral("e@f.no"))}};
    ConflictDialog conflictDialog(conflicts, QStringLiteral("Ann"), {}, m_a.window.get());
    conflictDialog.show();
    Draft draft;
    draft.profileKey = QStringLiteral("k");
    draft.userId = id;
    draft.userName = QStringLiteral("Ann");
    draft.edits = {{QStringLiteral("email"), QStringLiteral("x@y.no")}};
    draft.savedAt = QDateTime::currentDateTimeUtc();
    DraftsDialog draftsDialog({draft}, m_a.window.get());
    draftsDialog.show();

    int checked = 0;
    QSet<QWidget *> seen;
    const auto checkNamed = [&](QWidget *root) {
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool interactive = qobject_cast<QAbstractButton *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QAbstractItemView *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTabBar *>(widget);
            if (!interactive || !widget->isVisibleTo(root) || seen.contains(widget))
                continue;
            if (widget->objectName().startsWith(QLatin1String("qt_"))
                || QLatin1String(widget->metaObject()->className())
                    == QLatin1String("QTableCornerButton")
                || qobject_cast<QHeaderView *>(widget))
                continue; // Qt's own parts
            // A combo box's line edit, a tab widget's bar and scroll buttons speak for their owner.
            if (qobject_cast<QComboBox *>(widget->parentWidget())
                || (qobject_cast<QTabBar *>(widget)
                    && qobject_cast<QTabWidget *>(widget->parentWidget()))
                || (qobject_cast<QToolButton *>(widget)
                    && qobject_cast<QTabBar *>(widget->parentWidget())))
                continue;
            seen.insert(widget);
            ++checked;
            QVERIFY2(!widget->objectName().isEmpty(),
                qPrintable(QStringLiteral("%1 in %2 has no objectName")
                               .arg(QLatin1String(widget->metaObject()->className()),
                                   widget->parentWidget()->objectName())));
            QVERIFY2(!widget->accessibleName().isEmpty(),
                qPrintable(widget->objectName() + QStringLiteral(" has no accessible name")));
        }
    };
    // Every section of the user, each while it is the one shown (hidden pages are skipped).
    for (int i = 0; i < tab->sections()->count(); ++i) {
        tab->sections()->setCurrentIndex(i);
        checkNamed(tab);
        if (QTest::currentTestFailed())
            return;
    }
    tab->sections()->setCurrentIndex(0);
    // The Addresses section with an address selected: its form and buttons are checked too.
    tab->sections()->setCurrentWidget(tab->addressesEditor());
    tab->addressesEditor()->addAddress();
    checkNamed(tab);
    QVERIFY(seen.contains(tab->findChild<QPushButton *>(QStringLiteral("addAddressButton"))));
    QVERIFY(seen.contains(tab->addressesEditor()->list()));
    QVERIFY(seen.contains(tab->findChild<QLineEdit *>(QStringLiteral("addressCity"))));
    tab->editor()->revertAll();
    tab->sections()->setCurrentIndex(0);
    for (QWidget *root : QList<QWidget *> {
             m_a.window->userTabs()->journalDialog(), &conflictDialog, &draftsDialog}) {
        checkNamed(root);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(seen.contains(m_a.window->userTabs()->journalDialog()->userFilterEdit()));
    QVERIFY2(checked > 30, qPrintable(QString::number(checked)));
    // The names say what the controls are.
    QCOMPARE(tab->profileForm()->fieldWidget(UserField::FirstName)->accessibleName(),
        QStringLiteral("First name"));
    QCOMPARE(tab->profileForm()->tagEditor()->lineEdit()->accessibleName(), QStringLiteral("Tags"));
    QCOMPARE(tab->saveButton()->accessibleName(), QStringLiteral("Save"));
    QCOMPARE(tab->findChild<QPushButton *>(QStringLiteral("addAddressButton"))->accessibleName(),
        QStringLiteral("Add address"));
    // Every field label has a mnemonic that reaches its field.
    for (const UserField field : AllUserFields) {
        if (field == UserField::BillingAddress)
            continue;
        QLabel *label = tab->profileForm()->fieldLabel(field);
        QVERIFY2(label && label->text().contains(QLatin1Char('&')), userFieldKey(field).data());
        QCOMPARE(label->buddy(), tab->profileForm()->fieldWidget(field));
    }
    m_a.window->userTabs()->journalDialog()->close();
}

namespace {

/// The mnemonic letter of a text ("Fi&rst name" -> "R"), or empty ("&&" is a plain "&").
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return QString();
}

/// The mnemonics that clash among what is on screen in \a window (its menu bar, labels with
/// a buddy, buttons, group boxes, tab bars): "E: emailLabel “&Email”, menu “&Edit”".
QStringList mnemonicClashes(QWidget *window)
{
    QMultiHash<QString, QString> owners; // letter -> what uses it
    const auto add = [&](const QString &text, const QString &owner) {
        const QString letter = mnemonic(text);
        if (!letter.isEmpty())
            owners.insert(letter, owner + QStringLiteral(" “") + text + QStringLiteral("”"));
    };
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        const QList<QAction *> menus = main->menuBar()->actions();
        for (const QAction *menu : menus) {
            if (menu->isVisible())
                add(menu->text(), QStringLiteral("menu"));
        }
    }
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window) || widget->window() != window)
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            add(label->text(), label->objectName());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            add(button->text(), button->objectName());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            add(box->title(), box->objectName());
        } else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (bar->isTabVisible(i))
                    add(bar->tabText(i), bar->objectName());
            }
        }
    }
    QStringList clashes;
    const QList<QString> letters = owners.uniqueKeys();
    for (const QString &letter : letters) {
        if (owners.count(letter) > 1)
            clashes.append(letter + QStringLiteral(": ")
                + QStringList(owners.values(letter)).join(QStringLiteral(", ")));
    }
    return clashes;
}

} // namespace

void TestUserDetail::mnemonicsAreUnique()
{
    // Alt+letter must reach one control: with two on screen Qt cycles between them (and the
    // menu bar wins first), so a label's mnemonic would not reach its field.
    MainWindow *window = m_a.window.get();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    openStaff(m_a);
    const QString id = freshUser();
    UserDetailTab *tab = openUser(m_a, id);
    QVERIFY(tab);
    tab->addressesEditor()->addAddress(); // the address form is shown with an address
    for (int section = 0; section < tab->sections()->count(); ++section) {
        tab->sections()->setCurrentIndex(section);
        const QStringList clashes = mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(),
            qPrintable(tab->sections()->tabText(section) + QStringLiteral(" section: ")
                + clashes.join(QStringLiteral("; "))));
    }
    tab->editor()->revertAll();

    // The dialogs of the user detail, each a window of its own.
    m_a.window->userTabs()->showJournal(id, QStringLiteral("Ann Berg (ZQK3YW)"));
    const QList<MergeConflict> conflicts {
        {QStringLiteral("email"), QJsonValue(QStringLiteral("a@b.no")),
            QJsonValue(QStringLiteral("c@d.no")), QJsonValue(QStringLiteral("e@f.no"))},
        {QStringLiteral("tags"), QJsonArray {}, QJsonArray {QStringLiteral("vip")},
            QJsonArray {QStringLiteral("b2b")}}};
    ConflictDialog conflictDialog(conflicts, QStringLiteral("Ann"), {}, window);
    conflictDialog.show();
    Draft draft;
    draft.profileKey = QStringLiteral("k");
    draft.userId = id;
    draft.userName = QStringLiteral("Ann");
    draft.edits = {{QStringLiteral("email"), QStringLiteral("x@y.no")}};
    draft.savedAt = QDateTime::currentDateTimeUtc();
    DraftsDialog draftsDialog({draft}, window);
    draftsDialog.show();
    for (QWidget *dialog : QList<QWidget *> {
             m_a.window->userTabs()->journalDialog(), &conflictDialog, &draftsDialog}) {
        const QStringList clashes = mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(),
            qPrintable(
                dialog->objectName() + QStringLiteral(": ") + clashes.join(QStringLiteral("; "))));
    }
    m_a.window->userTabs()->journalDialog()->close();
}

QTEST_MAIN(TestUserDetail)
#include "tst_userdetail.moc"
