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
