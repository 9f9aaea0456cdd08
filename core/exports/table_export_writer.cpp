#include "exports/table_export_writer.h"

#include "common/error.h"
#include "exports/csv_export_sink.h"
#include "exports/json_export_sink.h"
#include "exports/xlsx_export_sink.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QLocale>
#include <QtCore/QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kestrel::core {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::core::TableExportWriter", text);
}

QString qpath(const std::filesystem::path& p)
{
    return QString::fromStdString(p.string());
}

QString grouped(std::uint64_t n)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // C locale would omit the separators
    return locale.toString(static_cast<qulonglong>(n));
}

} // namespace

const char* formatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return "csv";
    case ExportFormat::Json:
        return "json";
    case ExportFormat::Xlsx:
        return "xlsx";
    }
    return "";
}

std::optional<std::string> TableExportWriter::xlsxRefusal(std::uint64_t rows, const ExportOptions& options)
{
    const std::uint64_t perSheet = XlsxExportSink::dataRowsPerSheet(options.xlsxMaxRowsPerSheet);
    if (options.xlsxSplitSheets || rows <= perSheet)
        return std::nullopt;
    return tr("%1 rows do not fit one XLSX sheet (%2 data rows); choose split into sheets or CSV")
        .arg(grouped(rows), grouped(perSheet))
        .toStdString();
}

TableExportWriter::TableExportWriter(std::filesystem::path path, ExportFormat format, std::vector<ExportColumn> columns,
                                     ExportOptions options)
    : m_path(std::move(path)), m_where(m_path.string()), m_format(format), m_columnCount(columns.size())
{
    if (columns.empty())
        throw Error(Error::Code::InvalidArgument, tr("There are no columns to export").toStdString(), m_where);
    if (format == ExportFormat::Xlsx) {
        if (options.xlsxMaxRowsPerSheet < 2 || options.xlsxMaxRowsPerSheet > kXlsxMaxRowsPerSheet)
            throw Error(Error::Code::InvalidArgument,
                        "xlsxMaxRowsPerSheet must be between 2 and " + std::to_string(kXlsxMaxRowsPerSheet), m_where);
        if (columns.size() > 16384)
            throw Error(Error::Code::InvalidArgument,
                        tr("%1 columns do not fit an XLSX sheet (16,384 at most)").arg(columns.size()).toStdString(),
                        m_where);
        if (options.expectedRows) {
            if (auto refusal = xlsxRefusal(*options.expectedRows, options))
                throw Error(Error::Code::InvalidArgument, *refusal, m_where);
        }
    }
    if (format == ExportFormat::Csv &&
        (options.csvDelimiter == '"' || options.csvDelimiter == '\n' || options.csvDelimiter == '\r'))
        throw Error(Error::Code::InvalidArgument, "a CSV delimiter cannot be a quote or a line break", m_where);

    const QFileInfo target(qpath(m_path));
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        throw Error(Error::Code::Io, tr("The folder %1 does not exist").arg(folder).toStdString(), m_where);
    if (target.isDir())
        throw Error(Error::Code::Io, tr("%1 is a folder").arg(target.absoluteFilePath()).toStdString(), m_where);

    // Hidden, in the same folder (so the final rename is atomic), removed unless renamed.
    m_temp = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/.") + target.fileName() +
                                              QStringLiteral(".XXXXXX.part"));
    if (!m_temp->open())
        throw Error(Error::Code::Io,
                    tr("Cannot write to the folder %1: %2").arg(folder, m_temp->errorString()).toStdString(), m_where);

    switch (format) {
    case ExportFormat::Csv:
        m_sink = std::make_unique<CsvExportSink>(*m_temp, m_where, columns, options);
        break;
    case ExportFormat::Json:
        m_sink = std::make_unique<JsonExportSink>(*m_temp, m_where, columns);
        break;
    case ExportFormat::Xlsx:
        m_temp->close(); // libxlsxwriter writes the file itself, by name, when it closes the workbook
        m_sink =
            std::make_unique<XlsxExportSink>(m_temp->fileName().toStdString(), m_where, std::move(columns), options);
        break;
    }
}

TableExportWriter::~TableExportWriter()
{
    abort();
}

void TableExportWriter::abort()
{
    if (m_done)
        return;
    m_failed = true;
    m_sink.reset();
    if (m_temp) {
        m_temp->close();
        m_temp->remove();
        m_temp.reset();
    }
}

void TableExportWriter::writeRow(const ExportRow& row)
{
    if (m_failed || m_done)
        throw Error(Error::Code::Internal, "writeRow on a finished or failed export", m_where);
    if (row.size() != m_columnCount) {
        abort();
        throw Error(Error::Code::InvalidArgument,
                    tr("Row %1 has %2 cells but the export has %3 columns")
                        .arg(grouped(m_rows + 1))
                        .arg(row.size())
                        .arg(m_columnCount)
                        .toStdString(),
                    m_where);
    }
    try {
        m_sink->writeRow(row);
    } catch (...) {
        abort(); // the half-written temporary file goes now, not when the writer is destroyed
        throw;
    }
    ++m_rows;
}

ExportSummary TableExportWriter::finish()
{
    if (m_failed || m_done)
        throw Error(Error::Code::Internal, "finish on a finished or failed export", m_where);
    const int sheets = m_sink->sheets();
    try {
        m_sink->finish();
        m_sink.reset();
        if (m_format != ExportFormat::Xlsx) {
            if (!m_temp->flush())
                throw Error(Error::Code::Io,
                            tr("Cannot write %1: %2").arg(qpath(m_path), m_temp->errorString()).toStdString(), m_where);
            m_temp->close();
        }
        // Temporary files are private (0600); an export is an ordinary document.
        QFile::setPermissions(m_temp->fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const std::string from = m_temp->fileName().toStdString();
        if (std::rename(from.c_str(), m_where.c_str()) != 0)
            throw Error(
                Error::Code::Io,
                tr("Cannot save %1: %2").arg(qpath(m_path), QString::fromLocal8Bit(std::strerror(errno))).toStdString(),
                m_where);
    } catch (...) {
        abort();
        throw;
    }
    m_temp->setAutoRemove(false);
    m_temp.reset();
    m_done = true;
    ExportSummary summary;
    summary.rows = m_rows;
    summary.sheets = sheets;
    std::error_code ec;
    summary.bytes = std::filesystem::file_size(m_path, ec);
    return summary;
}

ExportSummary TableExportWriter::write(const std::filesystem::path& path, ExportFormat format,
                                       std::vector<ExportColumn> columns,
                                       const std::function<void(const ExportRowSink&)>& source, ExportOptions options,
                                       const std::atomic<bool>* stop)
{
    TableExportWriter writer(path, format, std::move(columns), std::move(options));
    source([&](const ExportRow& row) {
        if (stop && stop->load(std::memory_order_relaxed))
            throw Error(Error::Code::Cancelled, tr("Export cancelled; no file was written").toStdString(),
                        path.string());
        writer.writeRow(row);
    });
    if (stop && stop->load())
        throw Error(Error::Code::Cancelled, tr("Export cancelled; no file was written").toStdString(), path.string());
    return writer.finish();
}

} // namespace kestrel::core
