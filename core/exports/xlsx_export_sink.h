#pragma once

#include "exports/export_sink.h"

#include <map>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace kestrel::core {

/// XLSX through libxlsxwriter in constant-memory mode (rows go to disk as they are written): bold
/// header, frozen first row, '#,##0' / '#,##0.00' numbers, real Excel dates, column widths fitted to
/// the header and first rows. Past a sheet's row limit it continues on "Data (2)" … with its own
/// header, or (without splitting) throws before writing the row that does not fit.
class XlsxExportSink : public ExportSink {
public:
    XlsxExportSink(const std::string& tempPath, std::string where, std::vector<ExportColumn> columns,
                   const ExportOptions& options);
    ~XlsxExportSink() override;
    void writeRow(const ExportRow& row) override;
    void finish() override;
    int sheets() const override { return m_sheetCount; }

    /// The data rows one sheet holds under `maxRowsPerSheet` (the header takes one row).
    static std::uint64_t dataRowsPerSheet(std::uint64_t maxRowsPerSheet) { return maxRowsPerSheet - 1; }
    /// Excel's longest text in one cell.
    static constexpr std::size_t kMaxCellChars = 32767;

private:
    void startSheet();
    void closeSheetColumns();
    void check(int error, const char* what) const;
    lxw_format* numberFormat(const ExportColumn& column);
    void writeCell(std::uint32_t row, std::uint16_t col, const std::string& value);

    std::string m_where;
    std::vector<ExportColumn> m_columns;
    ExportOptions m_options;
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_date = nullptr;
    lxw_format* m_timestamp = nullptr;
    std::map<int, lxw_format*> m_numbers; // by decimals
    std::vector<std::size_t> m_widths;    // characters, per column, of the current sheet
    int m_sheetCount = 0;
    std::uint64_t m_rowInSheet = 0; // data rows written to the current sheet
    std::uint64_t m_rowsTotal = 0;
};

} // namespace kestrel::core
