// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/jobs/CsvWriter.h"

#include "models/domain/Money.h"

#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QLocale>

#include <cmath>

CsvWriter::CsvWriter(QIODevice *device) : m_device(device) { }

bool CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_formulaGuard)
        return writeLine(fields);
    QStringList guardedFields;
    guardedFields.reserve(fields.size());
    for (const QString &field : fields)
        guardedFields.append(guarded(field));
    return writeLine(guardedFields);
}

bool CsvWriter::writeValues(const QVariantList &values)
{
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant &value : values) {
        const QString field = text(value);
        fields.append(m_formulaGuard && !isNumber(value) ? guarded(field) : field);
    }
    return writeLine(fields);
}

QString CsvWriter::errorString() const
{
    return m_device ? m_device->errorString() : QString();
}

bool CsvWriter::writeLine(const QStringList &fields)
{
    if (m_failed || !m_device)
        return false;
    QByteArray line;
    if (!m_started && m_byteOrderMark)
        line.append("\xEF\xBB\xBF");
    m_started = true;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        line.append(quoted(fields.at(i)).toUtf8());
    }
    line.append("\r\n");
    if (m_device->write(line) != line.size()) {
        m_failed = true;
        return false;
    }
    ++m_rows;
    return true;
}

bool CsvWriter::isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return value.typeId() == qMetaTypeId<Money>();
    }
}

QString CsvWriter::text(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    switch (value.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return QString();
        return QLocale::c().toString(number, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList:
        return value.toStringList().join(QLatin1String("; "));
    default:
        break;
    }
    if (value.typeId() == qMetaTypeId<Money>()) {
        const Money money = value.value<Money>();
        return money.isValid() ? money.toDecimalString(Money::currencyDecimals(money.currency()))
                               : QString();
    }
    return value.toString();
}

QString CsvWriter::quoted(const QString &text)
{
    bool needsQuotes = false;
    for (const QChar c : text) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n')) {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return text;
    QString result = text;
    result.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + result + QLatin1Char('"');
}

bool CsvWriter::isPlainNumber(const QString &text)
{
    // An optional sign, digits, and at most one decimal point followed by digits: "+4791234567",
    // "-12.50", "3". A spreadsheet reads these as numbers, never as formulas.
    qsizetype i = 0;
    // The ASCII digits from i on; i moves past them.
    const auto digits = [&text, &i] {
        const qsizetype start = i;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
            ++i;
        return i - start;
    };
    if (i < text.size() && (text.at(i) == QLatin1Char('+') || text.at(i) == QLatin1Char('-')))
        ++i;
    if (digits() == 0)
        return false;
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        ++i;
        if (digits() == 0)
            return false;
    }
    return i == text.size();
}

QString CsvWriter::guarded(const QString &text)
{
    // OWASP "CSV injection": cells starting with these are run as formulas. Leading blanks do
    // not stop every spreadsheet, so they are looked through. A plain number (a phone number
    // "+4791234567", an amount "-12.50") is no formula and stays as it is.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' '))
            continue;
        const bool risky = c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-')
            || c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r')
            || c == QLatin1Char('\n');
        if (!risky || isPlainNumber(text.mid(i)))
            return text;
        return QLatin1Char('\'') + text;
    }
    return text;
}
