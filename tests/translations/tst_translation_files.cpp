// SPDX-License-Identifier: GPL-3.0-or-later

// The committed translation files (translations/*.ts) against the sources: lupdate, run as the
// build's update_translations target runs it, must find exactly the messages the files hold
// (a missing or vanished string means the files are stale: run update_translations); every
// Norwegian and German message is finished, with all plural forms; and no translation drops,
// adds or changes a placeholder (%1, %n, %Ln, %v...) or loses a mnemonic.

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "", "unfinished", "obsolete", "vanished"
    QStringList forms; // one element unless numerus

    QString key() const
    {
        return context + QLatin1String(" | ") + source
            + (comment.isEmpty() ? QString() : QLatin1String(" {") + comment + QLatin1Char('}'))
            + (numerus ? QLatin1String(" [plural]") : QString());
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms.append(xml.readElementText());
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms = {xml.readElementText()};
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QSet<QString> keys(const TsFile &ts)
{
    QSet<QString> result;
    for (const Message &message : ts.messages)
        result.insert(message.key());
    return result;
}

QString listSome(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    std::sort(list.begin(), list.end());
    const qsizetype shown = std::min<qsizetype>(list.size(), 15);
    QString text = list.mid(0, shown).join(QLatin1String("\n    "));
    if (list.size() > shown)
        text += QStringLiteral("\n    ... and %1 more").arg(list.size() - shown);
    return text;
}

/// Placeholders in the order of their numbers: %1..%99, %L1, %n, %Ln and QProgressBar's
/// %v %m %p.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?[1-9][0-9]?|L?n|[vmp])"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    std::sort(found.begin(), found.end());
    return found;
}

/// Mnemonic markers: "&x" where x is not "&" or a space (and not an HTML entity).
int mnemonicCount(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&[a-zA-Z]+;|&#[0-9]+;"));
    QString plain = text;
    plain.remove(entity);
    plain.replace(QLatin1String("&&"), QString());
    int count = 0;
    for (qsizetype i = 0; i + 1 < plain.size(); ++i) {
        if (plain.at(i) == QLatin1Char('&') && !plain.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

const QStringList &translatedLanguages()
{
    static const QStringList languages = {QStringLiteral("nb"), QStringLiteral("de")};
    return languages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(BUILTON_TS_DIR "/builton-admin_%1.ts").arg(language);
}

} // namespace

class TstTranslationFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void upToDate_data();
    void upToDate();
    void finished_data();
    void finished();
    void placeholdersKept_data();
    void placeholdersKept();
    void englishHoldsPluralsOnly();

private:
    QHash<QString, TsFile> m_files;
};

void TstTranslationFiles::initTestCase()
{
    for (const QString &language :
        {QStringLiteral("nb"), QStringLiteral("de"), QStringLiteral("en")}) {
        TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(tsPath(language) + QLatin1String(": ") + ts.error));
        QVERIFY2(!ts.messages.isEmpty(), qPrintable(tsPath(language) + QLatin1String(" is empty")));
        m_files.insert(language, ts);
    }
    QVERIFY(QFile::exists(QStringLiteral(BUILTON_LUPDATE)));
    QVERIFY(QFile::exists(QStringLiteral(BUILTON_LUPDATE_LIST)));
}

void TstTranslationFiles::upToDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("nb") << QStringLiteral("nb") << false;
    QTest::newRow("de") << QStringLiteral("de") << false;
    QTest::newRow("en (plural forms only)") << QStringLiteral("en") << true;
}

void TstTranslationFiles::upToDate()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("builton-admin_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments = {QLatin1Char('@') + QStringLiteral(BUILTON_LUPDATE_LIST)};
    arguments
        += QStringLiteral(BUILTON_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    if (pluralOnly)
        arguments += QStringLiteral("-pluralonly");
    arguments += {QStringLiteral("-ts"), copy};
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(BUILTON_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        output.constData());

    const TsFile fresh = readTs(copy);
    QVERIFY2(fresh.error.isEmpty(), qPrintable(fresh.error));
    const QSet<QString> committed = keys(m_files.value(language));
    const QSet<QString> expected = keys(fresh);
    const QSet<QString> missing = expected - committed;
    const QSet<QString> stale = committed - expected;
    QVERIFY2(missing.isEmpty() && stale.isEmpty(),
        qPrintable(QStringLiteral("translations/builton-admin_%1.ts is stale; run "
                                  "`cmake --build <build> --target update_translations` and "
                                  "translate.\n  In the sources, not in the file:\n    %2\n"
                                  "  In the file, no longer in the sources:\n    %3")
                       .arg(language, listSome(missing), listSome(stale))));
}

void TstTranslationFiles::finished_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : translatedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TstTranslationFiles::finished()
{
    QFETCH(QString, language);
    const TsFile &ts = m_files[language];
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    QSet<QString> unfinished;
    QSet<QString> wrongForms;
    for (const Message &message : ts.messages) {
        const bool empty = std::any_of(message.forms.cbegin(), message.forms.cend(),
            [](const QString &form) { return form.trimmed().isEmpty(); });
        if (!message.type.isEmpty() || message.forms.isEmpty() || empty)
            unfinished.insert(message.key());
        // Norwegian Bokmål and German: one, other.
        if (message.numerus && message.forms.size() != 2)
            wrongForms.insert(message.key());
    }
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(QStringLiteral("%1 unfinished or empty:\n    %2")
                       .arg(unfinished.size())
                       .arg(listSome(unfinished))));
    QVERIFY2(wrongForms.isEmpty(),
        qPrintable(QStringLiteral("plural forms missing:\n    %1").arg(listSome(wrongForms))));
}

void TstTranslationFiles::placeholdersKept_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : translatedLanguages() + QStringList {QStringLiteral("en")})
        QTest::newRow(qPrintable(language)) << language;
}

void TstTranslationFiles::placeholdersKept()
{
    QFETCH(QString, language);
    QSet<QString> problems;
    for (const Message &message : std::as_const(m_files[language].messages)) {
        const QStringList expected = placeholders(message.source);
        const int mnemonics = mnemonicCount(message.source);
        for (const QString &form : message.forms) {
            if (form.isEmpty())
                continue; // finished() reports it
            if (placeholders(form) != expected) {
                problems.insert(message.key() + QLatin1String(" -> ") + form + QLatin1String(" (")
                    + placeholders(form).join(QLatin1Char(' ')) + QLatin1Char(')'));
            }
            if (mnemonicCount(form) != mnemonics)
                problems.insert(
                    message.key() + QLatin1String(" -> ") + form + QLatin1String(" (mnemonic)"));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(listSome(problems)));
}

void TstTranslationFiles::englishHoldsPluralsOnly()
{
    const TsFile &ts = m_files[QStringLiteral("en")];
    for (const Message &message : ts.messages) {
        QVERIFY2(message.numerus, qPrintable(message.key()));
        QVERIFY2(message.type.isEmpty() && message.forms.size() == 2
                && !message.forms.at(0).isEmpty() && !message.forms.at(1).isEmpty(),
            qPrintable(message.key()));
    }
    // Every plural message of the sources (as lupdate found them for nb) is in English too.
    QSet<QString> plurals;
    for (const Message &message : std::as_const(m_files[QStringLiteral("nb")].messages)) {
        if (message.numerus)
            plurals.insert(message.key());
    }
    const QSet<QString> missing = plurals - keys(ts);
    QVERIFY2(missing.isEmpty(), qPrintable(listSome(missing)));
}

QTEST_GUILESS_MAIN(TstTranslationFiles)
#include "tst_translation_files.moc"
