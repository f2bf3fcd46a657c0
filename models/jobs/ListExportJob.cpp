// SPDX-License-Identifier: GPL-3.0-or-later

#include "models/jobs/ListExportJob.h"

#include "models/ModelsLogging.h"
#include "models/codec/DecodeError.h"
#include "models/jobs/CsvWriter.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ListExportJob)
};

} // namespace

ListExportJob::ListExportJob(QObject *parent) : QObject(parent)
{
    connect(&m_loader, &AllPagesLoader::progress, this, &ListExportJob::progress);
    connect(&m_loader, &AllPagesLoader::finished, this, &ListExportJob::finish);
    connect(&m_loader, &AllPagesLoader::failed, this, [this](const ApiError &error) {
        if (m_writeFailed) {
            m_apiError = ApiError();
            m_errorString = Text::tr("Could not write %1: %2").arg(m_path, m_file->errorString());
        } else {
            m_apiError = error;
            m_errorString = error.message();
        }
        abandon();
        Q_EMIT failed(m_errorString);
    });
    connect(&m_loader, &AllPagesLoader::canceled, this, [this] {
        abandon();
        Q_EMIT canceled();
    });
}

ListExportJob::~ListExportJob()
{
    // Never commit a half export; QSaveFile discards it when destroyed uncommitted.
    m_loader.disconnect(this);
}

bool ListExportJob::start(
    ApiClient *client, std::unique_ptr<ListExportSource> source, const QString &filePath)
{
    if (m_loader.isRunning()) {
        m_errorString = Text::tr("An export is already running.");
        return false;
    }
    if (!client || !source) {
        m_errorString = Text::tr("Not connected.");
        return false;
    }
    m_path = filePath;
    m_rows = 0;
    m_writeFailed = false;
    m_apiError = ApiError();
    m_errorString.clear();
    m_file = std::make_unique<QSaveFile>(filePath);
    if (!m_file->open(QIODevice::WriteOnly)) {
        m_errorString = Text::tr("Could not write %1: %2").arg(filePath, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_writer = std::make_unique<CsvWriter>(m_file.get());
    m_source = std::move(source);
    if (!m_writer->writeRow(m_source->headers())) {
        m_errorString = Text::tr("Could not write %1: %2").arg(filePath, m_file->errorString());
        abandon();
        return false;
    }
    ListExportSource *pages = m_source.get();
    const bool started = m_loader.start(
        client,
        [pages](ApiClient *api, int page, int size) { return pages->requestPage(api, page, size); },
        [this](const QByteArray &body, int *rows, DecodeError *error) {
            return writePage(body, rows, error);
        });
    if (!started) {
        m_errorString = Text::tr("Not connected.");
        abandon();
        return false;
    }
    return true;
}

void ListExportJob::cancel()
{
    m_loader.cancel();
}

bool ListExportJob::writePage(const QByteArray &body, int *rows, DecodeError *error)
{
    if (!m_source->decodePage(body, error))
        return false;
    *rows = m_source->rowCount();
    for (int row = 0; row < *rows; ++row) {
        if (!m_writer->writeValues(m_source->rowValues(row))) {
            m_writeFailed = true;
            *error = DecodeError {QString(), m_file->errorString()};
            return false;
        }
    }
    m_rows += *rows;
    return true;
}

void ListExportJob::finish()
{
    if (!m_file->commit()) {
        m_errorString = Text::tr("Could not write %1: %2").arg(m_path, m_file->errorString());
        abandon();
        Q_EMIT failed(m_errorString);
        return;
    }
    qCInfo(lcModels) << "exported" << m_rows << "rows";
    m_writer.reset();
    m_file.reset();
    m_source.reset();
    Q_EMIT finished(m_rows);
}

void ListExportJob::abandon()
{
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting();
    m_file.reset();
    m_source.reset();
}
