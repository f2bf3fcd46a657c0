// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonCheck.h"

#include <QStringDecoder>

#include <vector>

namespace Server {

namespace {

using Problem = JsonCheck::Problem;

bool isSpace(uchar c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(uchar c)
{
    return c >= '0' && c <= '9';
}

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Length of the well-formed UTF-8 sequence at `p` (Unicode Table 3-7), or 0 when there is
// none: a stray continuation byte, an overlong form, an encoded surrogate, a code point over
// U+10FFFF or a sequence cut short.
qsizetype utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar b0 = p[0];
    if (b0 < 0x80)
        return 1;
    qsizetype length = 0;
    uchar lo = 0x80, hi = 0xbf; // the range of the second byte
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        length = 2;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
        length = 3;
        if (b0 == 0xe0)
            lo = 0xa0; // overlong below U+0800
        else if (b0 == 0xed)
            hi = 0x9f; // U+D800..U+DFFF
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
        length = 4;
        if (b0 == 0xf0)
            lo = 0x90; // overlong below U+10000
        else if (b0 == 0xf4)
            hi = 0x8f; // over U+10FFFF
    } else {
        return 0; // 80..C1 (continuation or overlong lead), F5..FF
    }
    if (available < length)
        return 0;
    if (p[1] < lo || p[1] > hi)
        return 0;
    for (qsizetype i = 2; i < length; ++i) {
        if (p[i] < 0x80 || p[i] > 0xbf)
            return 0;
    }
    return length;
}

// The four hex digits at `p` as a UTF-16 code unit, or -1.
int codeUnit(const uchar *p, qsizetype available)
{
    if (available < 4)
        return -1;
    int unit = 0;
    for (int i = 0; i < 4; ++i) {
        const int v = hexValue(p[i]);
        if (v < 0)
            return -1;
        unit = unit * 16 + v;
    }
    return unit;
}

// Well-formed UTF-8 to UTF-16, keeping a U+FEFF at the start (QString::fromUtf8 drops it).
QString fromUtf8(QByteArrayView utf8)
{
    QStringDecoder decoder(QStringDecoder::Utf8,
        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    return decoder(utf8);
}

// Decodes a string token that check() has accepted (quotes included).
QString decodeString(QByteArrayView token)
{
    const QByteArrayView inner = token.sliced(1, token.size() - 2);
    if (!inner.contains('\\'))
        return fromUtf8(inner);
    QByteArray utf8;
    utf8.reserve(inner.size());
    QString out;
    for (qsizetype i = 0; i < inner.size(); ++i) {
        const char c = inner[i];
        if (c != '\\') {
            utf8.append(c);
            continue;
        }
        out += fromUtf8(utf8);
        utf8.clear();
        const char e = inner[++i];
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u':
            out += QChar(char16_t(codeUnit(
                reinterpret_cast<const uchar *>(inner.data()) + i + 1, inner.size() - i - 1)));
            i += 4;
            break;
        default: // " \ /
            out += QLatin1Char(e);
        }
    }
    out += fromUtf8(utf8);
    return out;
}

// An open array or object.
struct Frame
{
    bool object = false;
    qsizetype keyBegin = -1; ///< the current member's key token (objects)
    qsizetype keyEnd = -1;
    qsizetype index = 0; ///< the current element (arrays)
};

class Checker
{
public:
    Checker(QByteArrayView json, int maxDepth)
        : m_p(reinterpret_cast<const uchar *>(json.data()))
        , m_size(json.size())
        , m_maxDepth(maxDepth)
    { }

    JsonCheck::Result run();

private:
    enum class Scan { Ok, SyntaxError };

    void skipSpace()
    {
        while (m_pos < m_size && isSpace(m_p[m_pos]))
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_size; }
    uchar peek() const { return m_p[m_pos]; }

    Scan scanString(bool isKey);
    Scan scanNumber();
    Scan scanLiteral(const char *literal, qsizetype length);
    Scan open(bool object);
    Scan memberKey();

    // The open containers: Frames (with what a path needs) down to the depth limit, one bit
    // (object or array) per level below it, so any depth costs one bit per byte of input.
    bool nested() const { return !m_frames.empty(); }
    bool topIsObject() const { return m_deep.empty() ? m_frames.back().object : m_deep.back(); }
    Frame *topFrame() { return m_deep.empty() ? &m_frames.back() : nullptr; }
    void close()
    {
        if (m_deep.empty())
            m_frames.pop_back();
        else
            m_deep.pop_back();
    }

    void syntax(qsizetype offset)
    {
        m_syntax.problem = Problem::Syntax;
        m_syntax.offset = offset;
    }
    // The first problem in a value wins; `inKey` leaves the innermost step out.
    void valueProblem(Problem problem, qsizetype offset, bool inKey = false);
    QList<JsonCheck::Step> path(bool inKey) const;

    const uchar *m_p;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_maxDepth;
    std::vector<Frame> m_frames;
    std::vector<bool> m_deep;
    JsonCheck::Result m_first; ///< the first problem in a value
    JsonCheck::Result m_syntax;
};

QList<JsonCheck::Step> Checker::path(bool inKey) const
{
    QList<JsonCheck::Step> steps;
    const size_t count = inKey && !m_frames.empty() ? m_frames.size() - 1 : m_frames.size();
    steps.reserve(qsizetype(count));
    for (size_t i = 0; i < count; ++i) {
        const Frame &f = m_frames[i];
        JsonCheck::Step step;
        if (f.object) {
            if (f.keyBegin < 0)
                break; // inside "{" before any key: the object itself
            step.key = decodeString(QByteArrayView(
                reinterpret_cast<const char *>(m_p) + f.keyBegin, f.keyEnd - f.keyBegin));
        } else {
            step.index = f.index;
        }
        steps.append(step);
    }
    return steps;
}

void Checker::valueProblem(Problem problem, qsizetype offset, bool inKey)
{
    if (m_first.problem != Problem::None)
        return;
    m_first.problem = problem;
    m_first.offset = offset;
    m_first.path = path(inKey);
    if (problem == Problem::TooDeep)
        m_first.depthLimit = m_maxDepth;
}

Checker::Scan Checker::scanString(bool isKey)
{
    // at the opening quote
    ++m_pos;
    while (m_pos < m_size) {
        const uchar c = m_p[m_pos];
        if (c == '"') {
            ++m_pos;
            return Scan::Ok;
        }
        if (c == '\\') {
            if (m_pos + 1 >= m_size) {
                syntax(m_pos);
                return Scan::SyntaxError;
            }
            const uchar e = m_p[m_pos + 1];
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                || e == 't') {
                m_pos += 2;
                continue;
            }
            if (e != 'u') {
                syntax(m_pos);
                return Scan::SyntaxError;
            }
            const int unit = codeUnit(m_p + m_pos + 2, m_size - m_pos - 2);
            if (unit < 0) {
                syntax(m_pos);
                return Scan::SyntaxError;
            }
            if (unit == 0) {
                // U+0000, even escaped: PostgreSQL's text cannot hold it, so no backend
                // stores it (one contract on both).
                valueProblem(Problem::NulCharacter, m_pos, isKey);
            } else if (unit >= 0xd800 && unit <= 0xdbff) {
                // A high surrogate must be followed at once by an escaped low one.
                const qsizetype next = m_pos + 6;
                const int low = next + 1 < m_size && m_p[next] == '\\' && m_p[next + 1] == 'u'
                    ? codeUnit(m_p + next + 2, m_size - next - 2)
                    : -1;
                if (low >= 0xdc00 && low <= 0xdfff) {
                    m_pos += 12;
                    continue;
                }
                valueProblem(Problem::LoneSurrogate, m_pos, isKey);
            } else if (unit >= 0xdc00 && unit <= 0xdfff) {
                valueProblem(Problem::LoneSurrogate, m_pos, isKey);
            }
            m_pos += 6;
            continue;
        }
        if (c < 0x20) {
            valueProblem(Problem::ControlCharacter, m_pos, isKey);
            ++m_pos;
            continue;
        }
        if (c < 0x80) {
            ++m_pos;
            continue;
        }
        const qsizetype length = utf8SequenceLength(m_p + m_pos, m_size - m_pos);
        if (length == 0) {
            valueProblem(Problem::InvalidUtf8, m_pos, isKey);
            ++m_pos; // resynchronize on the next byte: a quote is never part of a sequence
            continue;
        }
        m_pos += length;
    }
    syntax(m_size); // unterminated
    return Scan::SyntaxError;
}

Checker::Scan Checker::scanNumber()
{
    const qsizetype start = m_pos;
    bool integral = true;
    if (peek() == '-')
        ++m_pos;
    if (atEnd() || !isDigit(peek())) {
        syntax(atEnd() ? start : m_pos);
        return Scan::SyntaxError;
    }
    if (peek() == '0') {
        ++m_pos;
    } else {
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
    }
    if (!atEnd() && peek() == '.') {
        integral = false;
        ++m_pos;
        if (atEnd() || !isDigit(peek())) {
            syntax(m_pos);
            return Scan::SyntaxError;
        }
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        integral = false;
        ++m_pos;
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            ++m_pos;
        if (atEnd() || !isDigit(peek())) {
            syntax(m_pos);
            return Scan::SyntaxError;
        }
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
    }
    // QJsonDocument refuses what overflows a double or underflows to zero. Integers of up to
    // 18 digits always fit (qint64); anything else is converted as QJsonDocument converts it.
    if (!integral || m_pos - start > 18) {
        bool ok = false;
        QByteArray::fromRawData(reinterpret_cast<const char *>(m_p) + start, m_pos - start)
            .toDouble(&ok);
        if (!ok)
            valueProblem(Problem::NumberOutOfRange, start);
    }
    return Scan::Ok;
}

Checker::Scan Checker::scanLiteral(const char *literal, qsizetype length)
{
    if (m_size - m_pos < length
        || QByteArrayView(reinterpret_cast<const char *>(m_p) + m_pos, length)
            != QByteArrayView(literal, length)) {
        syntax(m_pos);
        return Scan::SyntaxError;
    }
    m_pos += length;
    return Scan::Ok;
}

Checker::Scan Checker::open(bool object)
{
    if (qsizetype(m_frames.size()) < m_maxDepth) {
        Frame f;
        f.object = object;
        m_frames.push_back(f);
    } else {
        if (m_deep.empty())
            valueProblem(Problem::TooDeep, m_pos);
        m_deep.push_back(object);
    }
    ++m_pos;
    return Scan::Ok;
}

// At a member's key: reads it and its colon.
Checker::Scan Checker::memberKey()
{
    if (atEnd() || peek() != '"') {
        syntax(m_pos);
        return Scan::SyntaxError;
    }
    Frame *f = topFrame();
    if (f)
        f->keyBegin = -1; // a problem in the key is reported at the object
    const qsizetype begin = m_pos;
    if (scanString(true) != Scan::Ok)
        return Scan::SyntaxError;
    if (f) {
        f->keyBegin = begin;
        f->keyEnd = m_pos;
    }
    skipSpace();
    if (atEnd() || peek() != ':') {
        syntax(m_pos);
        return Scan::SyntaxError;
    }
    ++m_pos;
    return Scan::Ok;
}

JsonCheck::Result Checker::run()
{
    if (m_size >= 3 && m_p[0] == 0xef && m_p[1] == 0xbb && m_p[2] == 0xbf) {
        JsonCheck::Result r;
        r.problem = Problem::ByteOrderMark;
        return r;
    }
    m_frames.reserve(16);
    skipSpace();
    bool expectValue = true;
    for (;;) {
        if (expectValue) {
            skipSpace();
            if (atEnd()) {
                syntax(m_pos);
                return m_syntax;
            }
            Scan scan = Scan::Ok;
            bool opened = false;
            switch (peek()) {
            case '{':
                scan = open(true);
                opened = true;
                skipSpace();
                if (scan == Scan::Ok && !atEnd() && peek() == '}') {
                    ++m_pos;
                    close();
                    opened = false;
                } else if (scan == Scan::Ok) {
                    scan = memberKey();
                }
                break;
            case '[':
                scan = open(false);
                opened = true;
                skipSpace();
                if (scan == Scan::Ok && !atEnd() && peek() == ']') {
                    ++m_pos;
                    close();
                    opened = false;
                }
                break;
            case '"':
                scan = scanString(false);
                break;
            case 't':
                scan = scanLiteral("true", 4);
                break;
            case 'f':
                scan = scanLiteral("false", 5);
                break;
            case 'n':
                scan = scanLiteral("null", 4);
                break;
            default:
                if (peek() == '-' || isDigit(peek())) {
                    scan = scanNumber();
                } else {
                    syntax(m_pos);
                    scan = Scan::SyntaxError;
                }
            }
            if (scan != Scan::Ok)
                return m_syntax;
            if (opened)
                continue; // the first element or member value comes next
            expectValue = false;
        }
        // After a value.
        skipSpace();
        if (!nested()) {
            if (!atEnd()) {
                syntax(m_pos);
                return m_syntax;
            }
            return m_first;
        }
        if (atEnd()) {
            syntax(m_pos);
            return m_syntax;
        }
        const bool object = topIsObject();
        const uchar c = peek();
        if (c == ',') {
            ++m_pos;
            skipSpace();
            if (object) {
                if (memberKey() != Scan::Ok)
                    return m_syntax;
            } else if (Frame *top = topFrame()) {
                ++top->index;
            }
            expectValue = true;
        } else if ((c == '}' && object) || (c == ']' && !object)) {
            ++m_pos;
            close();
        } else {
            syntax(m_pos);
            return m_syntax;
        }
    }
}

} // namespace

JsonCheck::Result JsonCheck::check(QByteArrayView json, int maxDepth)
{
    return Checker(json, qBound(1, maxDepth, ParserMaxDepth)).run();
}

qsizetype JsonCheck::codePoints(QStringView text)
{
    qsizetype count = text.size();
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].isHighSurrogate() && text[i + 1].isLowSurrogate()) {
            --count;
            ++i;
        }
    }
    return count;
}

QString JsonCheck::Result::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::ByteOrderMark:
        return tr("The body starts with a byte order mark (U+FEFF); send UTF-8 JSON without one.");
    case Problem::Syntax:
        return tr("The body is not valid JSON (at byte %1).").arg(offset);
    case Problem::InvalidUtf8:
        return tr("The text is not valid UTF-8 (at byte %1).").arg(offset);
    case Problem::ControlCharacter:
        return tr("The text contains a control character (U+0000 to U+001F) that is not escaped "
                  "(at byte %1).")
            .arg(offset);
    case Problem::LoneSurrogate:
        return tr("The text contains a \\u escape of a lone UTF-16 surrogate (at byte %1).")
            .arg(offset);
    case Problem::NulCharacter:
        return tr("The text contains U+0000 (\\u0000), which no stored text may hold (at byte "
                  "%1).")
            .arg(offset);
    case Problem::NumberOutOfRange:
        return tr("The number is out of the range of a double (at byte %1).").arg(offset);
    case Problem::TooDeep:
        return tr("Arrays and objects are nested deeper than %1 levels (at byte %2).")
            .arg(depthLimit)
            .arg(offset);
    }
    return {};
}

} // namespace Server
