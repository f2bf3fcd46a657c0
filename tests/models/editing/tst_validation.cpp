// SPDX-License-Identifier: GPL-3.0-or-later

// Email and E.164 checks used while staff type into the profile editor.

#include "models/editing/Validation.h"

#include <QTest>

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void email_data();
    void email();
    void e164_data();
    void e164();
    void phoneNormalized_data();
    void phoneNormalized();
};

void TestValidation::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("plain") << QStringLiteral("kari@example.no") << true;
    QTest::newRow("plus and dots")
        << QStringLiteral("kari.nordmann+orders@mail.example.co.uk") << true;
    QTest::newRow("digits and hyphens") << QStringLiteral("k-1@my-shop2.example.com") << true;
    QTest::newRow("Unicode local part") << QString::fromUtf8("bjørn@example.no") << true;
    QTest::newRow("Unicode domain") << QString::fromUtf8("kari@ærøskøbing.dk") << true;
    QTest::newRow("Unicode top-level domain") << QString::fromUtf8("ivan@пример.рф") << true;
    QTest::newRow("punycode top-level domain") << QStringLiteral("ivan@example.xn--p1ai") << true;
    QTest::newRow("no at") << QStringLiteral("kari.example.no") << false;
    QTest::newRow("two ats") << QStringLiteral("kari@home@example.no") << false;
    QTest::newRow("nothing before at") << QStringLiteral("@example.no") << false;
    QTest::newRow("nothing after at") << QStringLiteral("kari@") << false;
    QTest::newRow("no top-level domain") << QStringLiteral("kari@localhost") << false;
    QTest::newRow("one-letter top-level domain") << QStringLiteral("kari@example.n") << false;
    QTest::newRow("numeric top-level domain") << QStringLiteral("kari@10.0.0.1") << false;
    QTest::newRow("leading dot in host") << QStringLiteral("kari@.example.no") << false;
    QTest::newRow("trailing dot in host") << QStringLiteral("kari@example.no.") << false;
    QTest::newRow("double dot in host") << QStringLiteral("kari@example..no") << false;
    QTest::newRow("space inside") << QStringLiteral("kari nordmann@example.no") << false;
    QTest::newRow("leading space") << QStringLiteral(" kari@example.no") << false;
    QTest::newRow("trailing space") << QStringLiteral("kari@example.no ") << false;
    QTest::newRow("tab") << QStringLiteral("kari@example.no\t") << false;
    QTest::newRow("newline") << QStringLiteral("kari@example.no\n") << false;
    QTest::newRow("no-break space")
        << (QStringLiteral("kari") + QChar(0x00A0) + QStringLiteral("@example.no")) << false;
    QTest::newRow("zero-width space")
        << (QStringLiteral("kari@exa") + QChar(0x200B) + QStringLiteral("mple.no")) << false;
    QTest::newRow("only spaces") << QStringLiteral("   ") << false;
    QTest::newRow("control character")
        << (QStringLiteral("kari") + QChar(0x0007) + QStringLiteral("@example.no")) << false;
}

void TestValidation::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidEmail(email), valid);
}

void TestValidation::e164_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");

    QTest::newRow("empty is allowed") << QString() << true;
    QTest::newRow("Norwegian mobile") << QStringLiteral("+4791234567") << true;
    QTest::newRow("US") << QStringLiteral("+14155552671") << true;
    QTest::newRow("two digits") << QStringLiteral("+12") << true;
    QTest::newRow("fifteen digits") << QStringLiteral("+123456789012345") << true;
    QTest::newRow("one digit") << QStringLiteral("+1") << false;
    QTest::newRow("sixteen digits") << QStringLiteral("+1234567890123456") << false;
    QTest::newRow("plus only") << QStringLiteral("+") << false;
    QTest::newRow("no plus") << QStringLiteral("4791234567") << false;
    QTest::newRow("international 00 prefix") << QStringLiteral("004791234567") << false;
    QTest::newRow("leading zero after plus") << QStringLiteral("+04791234567") << false;
    QTest::newRow("spaces") << QStringLiteral("+47 912 34 567") << false;
    QTest::newRow("leading space") << QStringLiteral(" +4791234567") << false;
    QTest::newRow("trailing space") << QStringLiteral("+4791234567 ") << false;
    QTest::newRow("hyphens") << QStringLiteral("+1-415-555-2671") << false;
    QTest::newRow("parentheses") << QStringLiteral("+1(415)5552671") << false;
    QTest::newRow("two pluses") << QStringLiteral("++4791234567") << false;
    QTest::newRow("plus in the middle") << QStringLiteral("+47912+34567") << false;
    QTest::newRow("letters") << QStringLiteral("+47CALLME") << false;
    QTest::newRow("Arabic-Indic digits") << QString::fromUtf8("+٤٧٩١٢٣٤٥٦٧") << false;
    QTest::newRow("fullwidth digits") << QString::fromUtf8("+４７９１２３４５６７") << false;
    QTest::newRow("fullwidth plus") << QString::fromUtf8("＋4791234567") << false;
    QTest::newRow("superscript digits") << QString::fromUtf8("+4²") << false;
}

void TestValidation::e164()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(Validation::isValidE164(number), valid);
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

void TestValidation::phoneNormalized_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("callingCode"); // the company's default country, when known
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<bool>("valid"); // whether the result is E.164

    const QString none;
    const QString norway = QStringLiteral("47");
    QTest::newRow("E.164 as it is") << "+4792923131" << none << "+4792923131" << true;
    QTest::newRow("groups") << "+47 929 23 131" << none << "+4792923131" << true;
    QTest::newRow("dashes") << "+47-929-23-131" << none << "+4792923131" << true;
    QTest::newRow("dots") << "+47.929.23.131" << none << "+4792923131" << true;
    QTest::newRow("brackets") << "+1 (212) 555-0100" << none << "+12125550100" << true;
    QTest::newRow("00 prefix") << "0047 92923131" << none << "+4792923131" << true;
    QTest::newRow("00 prefix with dashes") << "0047 929-23-131" << none << "+4792923131" << true;
    QTest::newRow("trunk (0) after the country code")
        << "+44 (0)20 7946 0958" << none << "+442079460958" << true;
    QTest::newRow("trunk (0) after 00")
        << "0044 (0)20 7946 0958" << none << "+442079460958" << true;
    QTest::newRow("blanks around") << "  +47 929 23 131 " << none << "+4792923131" << true;
    QTest::newRow("no-break spaces") << (QStringLiteral("+47") + QChar(0x00A0)
        + QStringLiteral("929") + QChar(0x00A0) + QStringLiteral("23131"))
                                     << none << "+4792923131" << true;
    QTest::newRow("national, country known") << "929 23 131" << norway << "+4792923131" << true;
    QTest::newRow("national with trunk 0, country known")
        << "020 7946 0958" << QStringLiteral("44") << "+442079460958" << true;
    QTest::newRow("national, country unknown: as typed")
        << "929 23 131" << none << "929 23 131" << false;
    QTest::newRow("letters: as typed") << "+47 929 CALL" << none << "+47 929 CALL" << false;
    QTest::newRow("plus inside: as typed") << "47+92923131" << none << "47+92923131" << false;
    QTest::newRow("empty") << "" << none << "" << true;
    QTest::newRow("only separators") << " - " << none << "-" << false;
    QTest::newRow("too long") << "+47 1234 5678 9012 3456" << none << "+471234567890123456"
                              << false;
    QTest::newRow("country code starting with 0") << "+0 123 456" << none << "+0123456" << false;
}

void TestValidation::phoneNormalized()
{
    QFETCH(QString, typed);
    QFETCH(QString, callingCode);
    QFETCH(QString, normalized);
    QFETCH(bool, valid);
    const QString result = Validation::normalizedPhone(typed, callingCode);
    QCOMPARE(result, normalized);
    QCOMPARE(Validation::isValidE164(result), valid);
    // Normalizing again changes nothing.
    QCOMPARE(Validation::normalizedPhone(result, callingCode), result);
}
