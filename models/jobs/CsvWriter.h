// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QIODevice;

/// Writes CSV as RFC 4180 describes it: fields separated by commas, records ended by CRLF,
/// a field quoted when it holds a comma, a quote, CR or LF, quotes inside doubled. UTF-8, with
/// a byte order mark first by default (spreadsheets otherwise guess a legacy code page).
///
/// Values are written raw, never as display text: dates as ISO 8601 in UTC, numbers and
/// Money with a dot and no grouping (Money without its currency: exports give the currency a
/// column of its own), lists joined by "; ". Text that a spreadsheet would run as a formula
/// (starting with = + - @, a tab or CR, possibly behind blanks) is prefixed with an apostrophe,
/// unless it is a plain number with an optional sign ("+4791234567", "-12.50"); numbers are
/// typed, so a negative amount is never touched either way.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    bool byteOrderMark() const { return m_byteOrderMark; }
    /// Before the first row.
    void setByteOrderMark(bool enabled) { m_byteOrderMark = enabled; }
    bool formulaGuard() const { return m_formulaGuard; }
    void setFormulaGuard(bool enabled) { m_formulaGuard = enabled; }

    /// One record of texts (a header).
    bool writeRow(const QStringList &fields);
    /// One record of raw values (see field()).
    bool writeValues(const QVariantList &values);

    /// Rows written so far (header included).
    qint64 rowsWritten() const { return m_rows; }
    /// Why the last write failed.
    QString errorString() const;

    /// The text of one raw value, unquoted: QDateTime as "2026-11-27T09:30:00.000Z", QDate as
    /// "2026-11-27", double with the fewest digits that read back the same, Money as a decimal
    /// ("50.60"), bool as "true"/"false", QStringList joined by "; ", invalid as "".
    static QString text(const QVariant &value);
    /// \a text quoted when RFC 4180 requires it.
    static QString quoted(const QString &text);
    /// \a text with an apostrophe in front when a spreadsheet would take it for a formula.
    /// Text that is a plain number ("+4791234567", "-12.50") stays as it is.
    static QString guarded(const QString &text);
    /// Whether \a text is an optional + or -, digits, and optionally "." and digits.
    static bool isPlainNumber(const QString &text);
    /// Whether \a value is written as a number (never guarded).
    static bool isNumber(const QVariant &value);

private:
    bool writeLine(const QStringList &fields);

    QIODevice *m_device;
    bool m_byteOrderMark = true;
    bool m_formulaGuard = true;
    bool m_started = false;
    bool m_failed = false;
    qint64 m_rows = 0;
};
