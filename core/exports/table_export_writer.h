#pragma once

#include "exports/export_types.h"

#include <atomic>
#include <filesystem>
#include <memory>

class QTemporaryFile;

namespace kestrel::core {

class ExportSink;

/// Streams a table to CSV, JSON or XLSX. Rows go straight to a temporary file in the target's
/// folder; finish() renames it into place, so a failed, cancelled or abandoned export never
/// leaves a half-written file (and never replaces an existing one). Any thread may own a writer;
/// one writer is used by one thread.
///
///     TableExportWriter w(path, ExportFormat::Xlsx, columns, options);
///     for (...) w.writeRow(row);
///     ExportSummary s = w.finish();
class TableExportWriter {
public:
    /// Opens the temporary file. Throws Error(InvalidArgument) for no columns or a bad option,
    /// and for XLSX without splitting when options.expectedRows do not fit one sheet (nothing is
    /// created then); Error(Io) with the path when the folder cannot be written.
    TableExportWriter(std::filesystem::path path, ExportFormat format, std::vector<ExportColumn> columns,
                      ExportOptions options = {});
    /// Without a successful finish() the temporary file is removed.
    ~TableExportWriter();
    TableExportWriter(const TableExportWriter&) = delete;
    TableExportWriter& operator=(const TableExportWriter&) = delete;

    /// Appends one row; it must have one cell per column (Error(InvalidArgument) otherwise).
    /// Throws Error(Io) on a write failure and Error(InvalidArgument) when XLSX without
    /// splitting overflows its sheet. After any throw the temporary file is gone and finish() refuses.
    void writeRow(const ExportRow& row);

    /// Completes the file and moves it to the target path. Throws Error(Io) with the path.
    ExportSummary finish();

    /// Drops the temporary file now (the destructor does it too).
    void abort();

    std::uint64_t rowsWritten() const { return m_rows; }
    const std::filesystem::path& path() const { return m_path; }

    /// Writes every row that `source` passes to its sink, checking `stop` between rows
    /// (Error(Cancelled) when raised; nothing is left behind). The usual way to export.
    static ExportSummary write(const std::filesystem::path& path, ExportFormat format,
                               std::vector<ExportColumn> columns,
                               const std::function<void(const ExportRowSink&)>& source, ExportOptions options = {},
                               const std::atomic<bool>* stop = nullptr);

    /// The error XLSX without splitting gives for `rows` data rows, or nothing when they fit.
    static std::optional<std::string> xlsxRefusal(std::uint64_t rows, const ExportOptions& options);

private:
    std::filesystem::path m_path;
    std::string m_where;
    ExportFormat m_format;
    std::size_t m_columnCount;
    std::unique_ptr<QTemporaryFile> m_temp;
    std::unique_ptr<ExportSink> m_sink;
    std::uint64_t m_rows = 0;
    bool m_failed = false;
    bool m_done = false;
};

} // namespace kestrel::core
