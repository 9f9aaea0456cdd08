#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

/// How a column's canonical text is read and written. Canonical text is what PostgreSQL prints:
/// Integer "1234", Decimal "1234.5", Date "2025-03-01", Timestamp "2025-03-01 10:20:30+00",
/// Boolean "t"/"f". A value that does not parse as its kind is written as text, never dropped.
enum class ColumnKind { Text, Integer, Decimal, Date, Timestamp, Boolean };

struct ExportColumn {
    std::string title; ///< header cell; JSON key
    ColumnKind kind = ColumnKind::Text;
    int decimals = 2; ///< Decimal only: digits after the point in XLSX
};

/// One row: one cell per column; nullopt is an empty cell (JSON null).
using ExportRow = std::vector<std::optional<std::string>>;
/// Receives rows one by one; a source calls it for every row it streams.
using ExportRowSink = std::function<void(const ExportRow&)>;

enum class ExportFormat { Csv, Json, Xlsx };

/// XLSX sheets hold 1,048,576 rows including the header.
inline constexpr std::uint64_t kXlsxMaxRowsPerSheet = 1048576;

struct ExportOptions {
    // CSV
    char csvDelimiter = ',';
    bool csvBom = true;   ///< UTF-8 byte order mark, so Excel reads Cyrillic correctly
    bool csvCrlf = false; ///< RFC 4180 line ends instead of "\n"

    // XLSX
    bool xlsxSplitSheets = true;                              ///< continue on "Data (2)" … instead of refusing
    std::uint64_t xlsxMaxRowsPerSheet = kXlsxMaxRowsPerSheet; ///< including the header; injectable for tests
    std::string xlsxSheetName = "Data";

    /// The number of data rows when known up front: XLSX without splitting refuses before writing
    /// anything. When unknown, the overflow is found while writing and the export fails whole.
    std::optional<std::uint64_t> expectedRows;
};

struct ExportSummary {
    std::uint64_t rows = 0;  ///< data rows written (headers not counted)
    int sheets = 1;          ///< XLSX sheets; 1 for CSV and JSON
    std::uint64_t bytes = 0; ///< size of the finished file
};

/// "csv", "json", "xlsx".
const char* formatSuffix(ExportFormat format);

} // namespace kestrel::core
