// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1String>
#include <QString>

/// Where a decoder is inside a document ("items[2].quantity"), built on the stack as the
/// decoder descends and turned into text only when an error names it.
/// A child refers to its parent: keep the parent alive while the child is in use.
class JsonPath
{
public:
    /// The document itself.
    JsonPath() = default;

    JsonPath child(QLatin1String key) const { return JsonPath(this, key, -1); }
    JsonPath element(qsizetype index) const { return JsonPath(this, QLatin1String(), index); }

    /// "items[2].quantity"; empty for the document itself.
    QString toString() const;
    /// The path of a member of this object, as text: toString() of child(key).
    QString memberPath(QLatin1String key) const { return child(key).toString(); }

private:
    JsonPath(const JsonPath *parent, QLatin1String key, qsizetype index)
        : m_parent(parent), m_key(key), m_index(index)
    { }

    const JsonPath *m_parent = nullptr;
    QLatin1String m_key;
    qsizetype m_index = -1;
};
