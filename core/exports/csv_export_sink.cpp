#include "exports/csv_export_sink.h"

namespace kestrel::core {

CsvExportSink::CsvExportSink(QIODevice& device, std::string where, const std::vector<ExportColumn>& columns,
                             const ExportOptions& options)
    : m_out(device, std::move(where)), m_delimiter(options.csvDelimiter), m_eol(options.csvCrlf ? "\r\n" : "\n")
{
    if (options.csvBom)
        m_out.put("\xEF\xBB\xBF");
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (i > 0)
            m_out.put(m_delimiter);
        field(columns[i].title);
    }
    m_out.put(m_eol);
}

void CsvExportSink::field(std::string_view value)
{
    const bool quote = value.find_first_of(std::string{m_delimiter, '"', '\n', '\r'}) != std::string_view::npos;
    if (!quote) {
        m_out.put(value);
        return;
    }
    m_out.put('"');
    for (char c : value) {
        if (c == '"')
            m_out.put('"');
        m_out.put(c);
    }
    m_out.put('"');
}

void CsvExportSink::writeRow(const ExportRow& row)
{
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_out.put(m_delimiter);
        if (row[i])
            field(*row[i]);
    }
    m_out.put(m_eol);
}

void CsvExportSink::finish()
{
    m_out.flush();
}

} // namespace kestrel::core
