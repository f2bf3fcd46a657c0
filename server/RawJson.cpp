// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Server {

namespace RawJson {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

qsizetype skipSpace(QByteArrayView json, qsizetype pos)
{
    while (pos < json.size() && isSpace(json[pos]))
        ++pos;
    return pos;
}

// Offset one past the closing quote of the string starting at `pos` (which is a quote).
qsizetype stringEnd(QByteArrayView json, qsizetype pos)
{
    for (qsizetype i = pos + 1; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '\\')
            ++i;
        else if (c == '"')
            return i + 1;
    }
    return -1;
}

QString decodeKey(QByteArrayView token)
{
    // token includes the quotes
    const QByteArrayView inner = token.sliced(1, token.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    const QByteArray wrapped = QByteArray("[") + token.toByteArray() + QByteArray("]");
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace

qsizetype valueEnd(QByteArrayView json, qsizetype pos)
{
    pos = skipSpace(json, pos);
    if (pos >= json.size())
        return -1;
    const char first = json[pos];
    if (first == '"')
        return stringEnd(json, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        for (qsizetype i = pos; i < json.size(); ++i) {
            const char c = json[i];
            if (c == '"') {
                i = stringEnd(json, i);
                if (i < 0)
                    return -1;
                --i; // the loop increments
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = pos;
    while (i < json.size()) {
        const char c = json[i];
        if (c == ',' || c == '}' || c == ']' || c == ':' || isSpace(c))
            break;
        ++i;
    }
    return i > pos ? i : -1;
}

bool objectMembers(QByteArrayView json, QList<Member> *members)
{
    members->clear();
    qsizetype pos = skipSpace(json, 0);
    if (pos >= json.size() || json[pos] != '{')
        return false;
    pos = skipSpace(json, pos + 1);
    if (pos < json.size() && json[pos] == '}')
        return skipSpace(json, pos + 1) == json.size();
    while (pos < json.size()) {
        if (json[pos] != '"')
            return false;
        const qsizetype keyEnd = stringEnd(json, pos);
        if (keyEnd < 0)
            return false;
        Member m;
        m.keyBegin = pos;
        m.key = decodeKey(json.sliced(pos, keyEnd - pos));
        pos = skipSpace(json, keyEnd);
        if (pos >= json.size() || json[pos] != ':')
            return false;
        m.valueBegin = skipSpace(json, pos + 1);
        m.valueEnd = valueEnd(json, m.valueBegin);
        if (m.valueEnd < 0)
            return false;
        members->append(m);
        pos = skipSpace(json, m.valueEnd);
        if (pos >= json.size())
            return false;
        if (json[pos] == ',') {
            pos = skipSpace(json, pos + 1);
            continue;
        }
        if (json[pos] == '}')
            return skipSpace(json, pos + 1) == json.size();
        return false;
    }
    return false;
}

bool arrayElements(QByteArrayView json, QList<QPair<qsizetype, qsizetype>> *elements)
{
    elements->clear();
    qsizetype pos = skipSpace(json, 0);
    if (pos >= json.size() || json[pos] != '[')
        return false;
    pos = skipSpace(json, pos + 1);
    if (pos < json.size() && json[pos] == ']')
        return skipSpace(json, pos + 1) == json.size();
    while (pos < json.size()) {
        const qsizetype end = valueEnd(json, pos);
        if (end < 0)
            return false;
        elements->append({pos, end});
        pos = skipSpace(json, end);
        if (pos >= json.size())
            return false;
        if (json[pos] == ',') {
            pos = skipSpace(json, pos + 1);
            continue;
        }
        if (json[pos] == ']')
            return skipSpace(json, pos + 1) == json.size();
        return false;
    }
    return false;
}

bool hasDuplicateKeys(QByteArrayView json)
{
    QList<Member> members;
    if (!objectMembers(json, &members))
        return false;
    QSet<QString> seen;
    seen.reserve(members.size());
    for (const Member &m : std::as_const(members)) {
        if (seen.contains(m.key))
            return true;
        seen.insert(m.key);
    }
    return false;
}

QByteArray minify(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            if (end < 0)
                return {};
            out.append(json.sliced(i, end - i));
            i = end - 1;
        } else if (!isSpace(c)) {
            out.append(c);
        }
    }
    return out;
}

QByteArray setMember(QByteArrayView json, const QString &key, QByteArrayView rawValue)
{
    QList<Member> members;
    if (!objectMembers(json, &members))
        return {};
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        const Member &m = members.at(i);
        if (m.key == key) {
            QByteArray out;
            out.reserve(json.size() + rawValue.size());
            out.append(json.first(m.valueBegin));
            out.append(rawValue);
            out.append(json.sliced(m.valueEnd));
            return out;
        }
    }
    qsizetype close = json.size() - 1;
    while (close > 0 && json[close] != '}')
        --close;
    QByteArray out;
    out.reserve(json.size() + rawValue.size() + key.size() + 4);
    out.append(json.first(close));
    if (!members.isEmpty())
        out.append(',');
    out.append(quote(key));
    out.append(':');
    out.append(rawValue);
    out.append(json.sliced(close));
    return out;
}

QByteArray removeMember(QByteArrayView json, const QString &key)
{
    QList<Member> members;
    if (!objectMembers(json, &members))
        return {};
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        const Member &m = members.at(i);
        if (m.key != key)
            continue;
        // The member with one of the commas around it: the one after it, or for the last
        // member the one before it.
        qsizetype begin = m.keyBegin;
        qsizetype end = m.valueEnd;
        if (i + 1 < members.size()) {
            end = members.at(i + 1).keyBegin;
        } else if (i > 0) {
            begin = members.at(i - 1).valueEnd;
        } else {
            while (end < json.size() && json[end] != '}')
                ++end;
        }
        QByteArray out;
        out.reserve(json.size());
        out.append(json.first(begin));
        out.append(json.sliced(end));
        return out;
    }
    return json.toByteArray();
}

QByteArray member(QByteArrayView json, const QString &key)
{
    QList<Member> members;
    if (!objectMembers(json, &members))
        return {};
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        const Member &m = members.at(i);
        if (m.key == key)
            return json.sliced(m.valueBegin, m.valueEnd - m.valueBegin).toByteArray();
    }
    return {};
}

QByteArray quote(const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

} // namespace RawJson

} // namespace Server
