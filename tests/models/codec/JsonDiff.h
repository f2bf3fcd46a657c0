// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// The first member at which two JSON values differ ("items[0].product.price: 50.6 != 50"),
/// or an empty string when they are equal. Lets a failing round trip say what it lost.
inline QString jsonDifference(
    const QJsonValue &expected, const QJsonValue &actual, const QString &path = QString())
{
    const auto show = [](const QJsonValue &value) {
        if (value.isUndefined())
            return QStringLiteral("(absent)");
        if (value.isObject())
            return QString::fromUtf8(
                QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        QJsonArray wrapper {value};
        const QString text
            = QString::fromUtf8(QJsonDocument(wrapper).toJson(QJsonDocument::Compact));
        return text.mid(1, text.size() - 2);
    };
    const QString where = path.isEmpty() ? QStringLiteral("(document)") : path;
    if (expected.type() != actual.type())
        return where + QStringLiteral(": expected ") + show(expected) + QStringLiteral(", got ")
            + show(actual);
    if (expected.isObject()) {
        const QJsonObject a = expected.toObject();
        const QJsonObject b = actual.toObject();
        for (auto it = a.begin(); it != a.end(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
            const QString difference = jsonDifference(it.value(), b.value(it.key()), child);
            if (!difference.isEmpty())
                return difference;
        }
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (!a.contains(it.key())) {
                const QString child
                    = path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key();
                return child + QStringLiteral(": not expected, got ") + show(it.value());
            }
        }
        return QString();
    }
    if (expected.isArray()) {
        const QJsonArray a = expected.toArray();
        const QJsonArray b = actual.toArray();
        if (a.size() != b.size())
            return where
                + QStringLiteral(": expected %1 elements, got %2").arg(a.size()).arg(b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString difference
                = jsonDifference(a.at(i), b.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!difference.isEmpty())
                return difference;
        }
        return QString();
    }
    if (expected != actual)
        return where + QStringLiteral(": expected ") + show(expected) + QStringLiteral(", got ")
            + show(actual);
    return QString();
}
