// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchText.h"

#include "PhoneNumber.h"

#include <QLatin1String>
#include <QStringList>

#include <algorithm>

namespace Server {

namespace {

// What each letter of Latin-1 (U+00C0 to U+00FF) folds to; nullptr: not a letter, only
// case-folded. The letters without a decomposition get the spelling their languages use
// without the letter: ø→o (Norwegian, Danish), æ→ae, ß→ss, ð→d and þ→th (Icelandic).
constexpr const char *Latin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", // À Á Â Ã Ä Å Æ Ç
    "e", "e", "e", "e", "i", "i", "i", "i", // È É Ê Ë Ì Í Î Ï
    "d", "n", "o", "o", "o", "o", "o", nullptr, // Ð Ñ Ò Ó Ô Õ Ö ×
    "o", "u", "u", "u", "u", "y", "th", "ss", // Ø Ù Ú Û Ü Ý Þ ß
    "a", "a", "a", "a", "a", "a", "ae", "c", // à á â ã ä å æ ç
    "e", "e", "e", "e", "i", "i", "i", "i", // è é ê ë ì í î ï
    "d", "n", "o", "o", "o", "o", "o", nullptr, // ð ñ ò ó ô õ ö ÷
    "o", "u", "u", "u", "u", "y", "th", "y", // ø ù ú û ü ý þ ÿ
};

// Latin Extended-A (U+0100 to U+017F): every European language's letters beyond Latin-1.
// Without a decomposition: đ→d, ħ→h, ı→i, ĳ→ij, ĸ→k, ŀ→l, ł→l (Polish), ŉ→n, ŋ→n, œ→oe,
// ŧ→t, ſ→s.
constexpr const char *LatinExtendedA[128] = {
    "a", "a", "a", "a", "a", "a", "c", "c", // Ā ā Ă ă Ą ą Ć ć
    "c", "c", "c", "c", "c", "c", "d", "d", // Ĉ ĉ Ċ ċ Č č Ď ď
    "d", "d", "e", "e", "e", "e", "e", "e", // Đ đ Ē ē Ĕ ĕ Ė ė
    "e", "e", "e", "e", "g", "g", "g", "g", // Ę ę Ě ě Ĝ ĝ Ğ ğ
    "g", "g", "g", "g", "h", "h", "h", "h", // Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ
    "i", "i", "i", "i", "i", "i", "i", "i", // Ĩ ĩ Ī ī Ĭ ĭ Į į
    "i", "i", "ij", "ij", "j", "j", "k", "k", // İ ı Ĳ ĳ Ĵ ĵ Ķ ķ
    "k", "l", "l", "l", "l", "l", "l", "l", // ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
    "l", "l", "l", "n", "n", "n", "n", "n", // ŀ Ł ł Ń ń Ņ ņ Ň
    "n", "n", "n", "n", "o", "o", "o", "o", // ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
    "o", "o", "oe", "oe", "r", "r", "r", "r", // Ő ő Œ œ Ŕ ŕ Ŗ ŗ
    "r", "r", "s", "s", "s", "s", "s", "s", // Ř ř Ś ś Ŝ ŝ Ş ş
    "s", "s", "t", "t", "t", "t", "t", "t", // Š š Ţ ţ Ť ť Ŧ ŧ
    "u", "u", "u", "u", "u", "u", "u", "u", // Ũ ũ Ū ū Ŭ ŭ Ů ů
    "u", "u", "u", "u", "w", "w", "y", "y", // Ű ű Ų ų Ŵ ŵ Ŷ ŷ
    "y", "z", "z", "z", "z", "z", "z", "s", // Ÿ Ź ź Ż ż Ž ž ſ
};

// The German and Scandinavian spelling of the letters that have one (field 6).
const char *transliteration(char32_t c)
{
    switch (c) {
    case U'Ä':
    case U'ä':
        return "ae";
    case U'Ö':
    case U'ö':
    case U'Ø':
    case U'ø':
        return "oe";
    case U'Ü':
    case U'ü':
        return "ue";
    case U'Å':
    case U'å':
        return "aa";
    default:
        return nullptr;
    }
}

bool isLatinExtension(char32_t c)
{
    return (c >= 0x180 && c < 0x250) || (c >= 0x1e00 && c < 0x1f00);
}

void appendFolded(QString *out, char32_t c, bool transliterate)
{
    if (c < 0x80) {
        out->append(QChar(char16_t(c >= U'A' && c <= U'Z' ? c + 0x20 : c)));
        return;
    }
    if (transliterate) {
        if (const char *t = transliteration(c)) {
            out->append(QLatin1String(t));
            return;
        }
    }
    const char *ascii = nullptr;
    if (c >= 0xc0 && c < 0x100)
        ascii = Latin1[c - 0xc0];
    else if (c >= 0x100 && c < 0x180)
        ascii = LatinExtendedA[c - 0x100];
    else if (c >= 0x300 && c < 0x370)
        return; // a combining diacritical mark (a decomposed accent)
    else if (c == 0x1e9e) // ẞ
        ascii = "ss";
    if (ascii) {
        out->append(QLatin1String(ascii));
        return;
    }
    if (isLatinExtension(c) && QChar::decompositionTag(c) == QChar::Canonical) {
        // A precomposed letter of Latin Extended-B or Latin Extended Additional (ǎ, ș, ǿ,
        // ệ...): its base letter, folded, without the marks.
        const char32_t base = QChar::decomposition(c).at(0).unicode();
        if (base != c) {
            appendFolded(out, base, false);
            return;
        }
    }
    const char32_t folded = QChar::toCaseFolded(c);
    if (QChar::requiresSurrogates(folded)) {
        out->append(QChar(QChar::highSurrogate(folded)));
        out->append(QChar(QChar::lowSurrogate(folded)));
    } else {
        out->append(QChar(char16_t(folded)));
    }
}

QString foldText(QStringView text, bool transliterate)
{
    QString out;
    out.reserve(text.size() + 4);
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        appendFolded(&out, c, transliterate);
    }
    return out;
}

bool isPhoneWord(QStringView word)
{
    bool digit = false;
    for (const QChar c : word) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u'+' && !PhoneNumber::isSeparator(c))
            return false;
    }
    return digit;
}

void appendUnique(QList<QByteArray> *list, const QByteArray &value)
{
    if (!value.isEmpty() && !list->contains(value))
        list->append(value);
}

} // namespace

QString SearchText::fold(QStringView text)
{
    return foldText(text, false);
}

QString SearchText::foldTransliterated(QStringView text)
{
    return foldText(text, true);
}

QString SearchText::of(const QString &firstName, const QString &lastName, const QString &email,
    const QString &phone, const QString &humanId)
{
    const QChar separator(FieldSeparator);
    const QString name = firstName + QLatin1Char(' ') + lastName;
    const QString foldedName = fold(name);
    const QString foldedPhone = fold(phone);
    QString s = foldedName + separator + fold(email) + separator + foldedPhone + separator
        + fold(humanId);
    const QString international = PhoneNumber::internationalForm(phone);
    if (!international.isEmpty() && international != foldedPhone)
        s += separator + international;
    const QString transliterated = foldTransliterated(name);
    if (transliterated != foldedName)
        s += separator + transliterated;
    return s;
}

SearchQuery SearchQuery::parse(QStringView typed, QStringView countryCode)
{
    SearchQuery q;
    q.m_typed = typed.toString();

    QList<QStringView> words;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= typed.size(); ++i) {
        if (i < typed.size() && typed.at(i).category() != QChar::Separator_Space)
            continue;
        if (i > start)
            words.append(typed.sliced(start, i - start));
        start = i + 1;
    }

    const PhoneNumber::Country *country = PhoneNumber::country(countryCode);
    QString phone; // the E.164 form of a query that is one phone number
    for (qsizetype i = 0; i < words.size();) {
        Term term;
        if (!isPhoneWord(words.at(i))) {
            appendUnique(&term.alternatives, SearchText::fold(words.at(i)).toUtf8());
            ++i;
        } else {
            // Consecutive groups of digits are one number: "+47 929 23 131".
            QStringList groups;
            const qsizetype first = i;
            for (; i < words.size() && isPhoneWord(words.at(i)); ++i)
                groups.append(words.at(i).toString());
            const QString written = groups.join(QLatin1Char(' '));
            QString digits;
            for (const QChar c : written) {
                if (c >= u'0' && c <= u'9')
                    digits += c;
            }
            // As written, as everywhere else; then as digits.
            appendUnique(&term.alternatives, SearchText::fold(written).toUtf8());
            QString e164 = PhoneNumber::internationalForm(written);
            if (!e164.isEmpty()) {
                // +47…, 0047…: the international form, which the stored phone starts with.
                appendUnique(&term.alternatives, e164.toUtf8());
            } else {
                // A national number or a part of one: its digits anywhere in a number, and
                // after a trunk prefix (0170… in Germany) the number in E.164.
                appendUnique(&term.alternatives, digits.toUtf8());
                const QLatin1String trunk(country ? country->trunkPrefix : "");
                if (!trunk.isEmpty() && digits.startsWith(trunk))
                    appendUnique(
                        &term.alternatives, PhoneNumber::fromNational(digits, country).toUtf8());
                e164 = PhoneNumber::fromNational(digits, country);
            }
            if (first == 0 && i == words.size())
                phone = e164;
        }
        const bool known = std::any_of(q.m_terms.cbegin(), q.m_terms.cend(),
            [&term](const Term &t) { return t.alternatives == term.alternatives; });
        if (!term.alternatives.isEmpty() && !known)
            q.m_terms.append(term);
    }

    if (words.size() == 1)
        appendUnique(&q.m_exactKeys, SearchText::fold(words.constFirst()).toUtf8());
    appendUnique(&q.m_exactKeys, phone.toUtf8());

    // The key: each text with its length in front (a query may contain any character),
    // terms in a canonical order (their order does not change the answer).
    const auto serialized = [](const QList<QByteArray> &texts) {
        QByteArray out;
        for (const QByteArray &text : texts)
            out += QByteArray::number(text.size()) + ':' + text;
        return out;
    };
    QList<QByteArray> terms;
    for (const Term &t : std::as_const(q.m_terms))
        terms.append(serialized(t.alternatives));
    std::sort(terms.begin(), terms.end());
    q.m_key = QByteArray::number(terms.size()) + ';';
    for (const QByteArray &t : std::as_const(terms))
        q.m_key += QByteArray::number(t.size()) + ';' + t;
    q.m_key += serialized(q.m_exactKeys);
    return q;
}

bool SearchQuery::isExact(QByteArrayView searchText) const
{
    if (m_exactKeys.isEmpty())
        return false;
    qsizetype begin = 0;
    while (begin <= searchText.size()) {
        qsizetype end = searchText.indexOf(char(SearchText::FieldSeparator), begin);
        if (end < 0)
            end = searchText.size();
        const QByteArrayView field = searchText.sliced(begin, end - begin);
        for (const QByteArray &key : m_exactKeys) {
            if (field == key)
                return true;
        }
        begin = end + 1;
    }
    return false;
}

} // namespace Server
