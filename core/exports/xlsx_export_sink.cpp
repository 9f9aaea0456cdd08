#include "exports/xlsx_export_sink.h"

#include "common/error.h"
#include "exports/canonical_value.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLocale>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>

namespace kestrel::core {
namespace {

constexpr std::uint64_t kWidthSampleRows = 100;         // rows of each sheet that decide its column widths
constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53: beyond it a double loses digits

// The texts are filed under TableExportWriter's context, which the export dialog shares.
QString trExport(const char* text)
{
    return QCoreApplication::translate("kestrel::core::TableExportWriter", text);
}

std::string sheetBaseName(std::string name)
{
    for (char& c : name) {
        if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos)
            c = '_';
    }
    if (name.empty())
        name = "Data";
    // " (999)" must still fit the 31 characters Excel allows; cut on a UTF-8 boundary.
    std::size_t cut = name.size();
    while (canonical::displayWidth(name.substr(0, cut)) > 24 && cut > 0) {
        --cut;
        while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
            --cut;
    }
    return name.substr(0, cut);
}

} // namespace

XlsxExportSink::XlsxExportSink(const std::string& tempPath, std::string where, std::vector<ExportColumn> columns,
                               const ExportOptions& options)
    : m_where(std::move(where)), m_columns(std::move(columns)), m_options(options)
{
    m_options.xlsxSheetName = sheetBaseName(m_options.xlsxSheetName);
    lxw_workbook_options opts{};
    opts.constant_memory = LXW_TRUE;
    // Files past 4 GB need ZIP64; small ones stay readable by the oldest tools.
    opts.use_zip64 = (!options.expectedRows || *options.expectedRows > 500000) ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(tempPath.c_str(), &opts);
    if (!m_workbook)
        throw Error(Error::Code::Io,
                    trExport(QT_TRANSLATE_NOOP("kestrel::core::TableExportWriter", "Cannot create the XLSX workbook %1")).arg(QString::fromStdString(m_where)).toStdString(),
                    m_where);
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    format_set_bottom(m_header, LXW_BORDER_THIN);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    m_timestamp = workbook_add_format(m_workbook);
    format_set_num_format(m_timestamp, "yyyy-mm-dd hh:mm:ss");
    startSheet();
}

XlsxExportSink::~XlsxExportSink()
{
    if (m_workbook)
        lxw_workbook_free(m_workbook); // discards: nothing is written to the temp path
}

void XlsxExportSink::check(int error, const char* what) const
{
    if (error == LXW_NO_ERROR)
        return;
    throw Error(Error::Code::Io,
                trExport(QT_TRANSLATE_NOOP("kestrel::core::TableExportWriter", "Cannot write %1 (%2): %3"))
                    .arg(QString::fromStdString(m_where), QString::fromLatin1(what),
                         QString::fromLatin1(lxw_strerror(static_cast<lxw_error>(error))))
                    .toStdString(),
                m_where);
}

lxw_format* XlsxExportSink::numberFormat(const ExportColumn& column)
{
    const int decimals = column.kind == ColumnKind::Integer ? 0 : std::clamp(column.decimals, 0, 10);
    auto& format = m_numbers[decimals];
    if (!format) {
        format = workbook_add_format(m_workbook);
        const std::string pattern =
            decimals == 0 ? "#,##0" : "#,##0." + std::string(static_cast<std::size_t>(decimals), '0');
        format_set_num_format(format, pattern.c_str());
    }
    return format;
}

void XlsxExportSink::startSheet()
{
    ++m_sheetCount;
    const std::string name = m_sheetCount == 1 ? m_options.xlsxSheetName
                                               : m_options.xlsxSheetName + " (" + std::to_string(m_sheetCount) + ")";
    m_sheet = workbook_add_worksheet(m_workbook, name.c_str());
    if (!m_sheet)
        check(LXW_ERROR_MEMORY_MALLOC_FAILED, "worksheet");
    m_rowInSheet = 0;
    m_widths.assign(m_columns.size(), 0);
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        check(worksheet_write_string(m_sheet, 0, static_cast<lxw_col_t>(c), m_columns[c].title.c_str(), m_header),
              "header");
        m_widths[c] = canonical::displayWidth(m_columns[c].title) + 2; // bold is wider
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
}

void XlsxExportSink::closeSheetColumns()
{
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        std::size_t width = m_widths[c];
        switch (m_columns[c].kind) {
        case ColumnKind::Date:
            width = std::max<std::size_t>(width, 10);
            break;
        case ColumnKind::Timestamp:
            width = std::max<std::size_t>(width, 19);
            break;
        default:
            break;
        }
        const double chars = std::clamp(static_cast<double>(width) * 1.1 + 1.0, 8.0, 60.0);
        worksheet_set_column(m_sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), chars, nullptr);
    }
}

void XlsxExportSink::writeCell(std::uint32_t row, std::uint16_t col, const std::string& value)
{
    const ExportColumn& column = m_columns[col];
    std::size_t shown = canonical::displayWidth(value);
    lxw_error error = LXW_NO_ERROR;
    bool written = false;
    switch (column.kind) {
    case ColumnKind::Integer:
    case ColumnKind::Decimal:
        if (const auto number = canonical::toDouble(value);
            number && (column.kind == ColumnKind::Decimal || std::abs(*number) <= kMaxExactInteger)) {
            error = worksheet_write_number(m_sheet, row, col, *number, numberFormat(column));
            shown += shown / 3 + (column.kind == ColumnKind::Decimal ? 2 : 0); // group separators, decimals
            written = true;
        }
        break;
    case ColumnKind::Date:
    case ColumnKind::Timestamp:
        if (const auto serial = canonical::toExcelSerial(value)) {
            error = worksheet_write_number(m_sheet, row, col, *serial,
                                           column.kind == ColumnKind::Date ? m_date : m_timestamp);
            written = true;
        }
        break;
    case ColumnKind::Boolean:
        if (const auto b = canonical::toBool(value)) {
            error = worksheet_write_boolean(m_sheet, row, col, *b ? 1 : 0, nullptr);
            shown = 5;
            written = true;
        }
        break;
    case ColumnKind::Text:
        break;
    }
    if (!written) {
        if (canonical::displayWidth(value) > kMaxCellChars) {
            QLocale locale;
            locale.setNumberOptions(QLocale::DefaultNumberOptions);
            throw Error(Error::Code::InvalidArgument,
                        trExport(QT_TRANSLATE_NOOP("kestrel::core::TableExportWriter",
                                                   "Row %1, column \"%2\": text of %3 characters does not fit an "
                                                   "XLSX cell (%4 at most); export to CSV or JSON instead"))
                            .arg(locale.toString(static_cast<qulonglong>(m_rowsTotal + 1)),
                                 QString::fromStdString(column.title),
                                 locale.toString(static_cast<qulonglong>(canonical::displayWidth(value))),
                                 locale.toString(static_cast<qulonglong>(kMaxCellChars)))
                            .toStdString(),
                        m_where);
        }
        error = worksheet_write_string(m_sheet, row, col, value.c_str(), nullptr);
    }
    check(error, "cell");
    if (m_rowInSheet <= kWidthSampleRows)
        m_widths[col] = std::max(m_widths[col], shown);
}

void XlsxExportSink::writeRow(const ExportRow& row)
{
    const std::uint64_t perSheet = dataRowsPerSheet(m_options.xlsxMaxRowsPerSheet);
    if (m_rowInSheet == perSheet) {
        if (!m_options.xlsxSplitSheets) {
            QLocale locale;
            locale.setNumberOptions(QLocale::DefaultNumberOptions);
            throw Error(Error::Code::InvalidArgument,
                        trExport(QT_TRANSLATE_NOOP("kestrel::core::TableExportWriter",
                                                   "More than %1 rows do not fit one XLSX sheet (%1 data rows); "
                                                   "choose split into sheets or CSV"))
                            .arg(locale.toString(static_cast<qulonglong>(perSheet)))
                            .toStdString(),
                        m_where);
        }
        closeSheetColumns();
        startSheet();
    }
    ++m_rowInSheet;
    const auto sheetRow = static_cast<lxw_row_t>(m_rowInSheet);
    for (std::size_t c = 0; c < row.size(); ++c) {
        if (row[c])
            writeCell(sheetRow, static_cast<std::uint16_t>(c), *row[c]);
    }
    ++m_rowsTotal;
}

void XlsxExportSink::finish()
{
    closeSheetColumns();
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr; // workbook_close frees it, whatever it returns
    check(workbook_close(workbook), "file");
}

} // namespace kestrel::core
