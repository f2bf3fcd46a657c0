// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "api/ApiError.h"
#include "models/jobs/AllPagesLoader.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <memory>

class ApiClient;
class ApiReply;
class CsvWriter;
class QSaveFile;
struct DecodeError;

/// What a CSV export reads: one list query (the filter and sort a table shows, with its dates
/// already resolved) and how to turn a page of it into rows of raw values, one per column the
/// table shows. A table model hands one out for its current query.
class ListExportSource
{
public:
    virtual ~ListExportSource() = default;

    /// The column titles, in the table's order (a money column may add a currency column).
    virtual QStringList headers() const = 0;
    /// Starts GET of one page of the query.
    virtual ApiReply *requestPage(ApiClient *client, int page, int size) = 0;
    /// Decodes one page into the source's rows, replacing the previous page's.
    virtual bool decodePage(const QByteArray &body, DecodeError *error) = 0;
    virtual int rowCount() const = 0;
    /// One value per header, typed for CsvWriter::writeValues().
    virtual QVariantList rowValues(int row) const = 0;
};

/// Exports every page of a list query to a CSV file (CsvWriter), with progress and Cancel.
/// The file is written through QSaveFile: it appears complete when the export finishes, and an
/// export that fails or is canceled leaves any file already at that path untouched.
class ListExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListExportJob)

public:
    explicit ListExportJob(QObject *parent = nullptr);
    ~ListExportJob() override;

    /// Pages of this many documents (default 1000).
    void setPageSize(int size) { m_loader.setPageSize(size); }
    /// Starts writing \a source's rows to \a filePath; false (errorString() says why) when the
    /// file cannot be opened or an export is running.
    bool start(
        ApiClient *client, std::unique_ptr<ListExportSource> source, const QString &filePath);
    void cancel();

    bool isRunning() const { return m_loader.isRunning(); }
    /// Data rows written so far.
    qint64 rowsWritten() const { return m_rows; }
    QString filePath() const { return m_path; }
    /// Why the export failed (a sentence for a person).
    QString errorString() const { return m_errorString; }
    /// The API's error when a request failed; Kind::None for file errors.
    ApiError apiError() const { return m_apiError; }

Q_SIGNALS:
    void progress(qint64 rows, qint64 total);
    /// The file is complete at filePath().
    void finished(qint64 rows);
    void failed(const QString &message);
    void canceled();

private:
    bool writePage(const QByteArray &body, int *rows, DecodeError *error);
    void finish();
    void abandon();

    AllPagesLoader m_loader;
    std::unique_ptr<ListExportSource> m_source;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<CsvWriter> m_writer;
    QString m_path;
    QString m_errorString;
    ApiError m_apiError;
    qint64 m_rows = 0;
    bool m_writeFailed = false;
};
