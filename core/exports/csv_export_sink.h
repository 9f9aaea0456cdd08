#pragma once

#include "exports/buffered_output.h"
#include "exports/export_sink.h"

namespace kestrel::core {

/// RFC 4180 CSV: a header of column titles, fields quoted when they hold the delimiter, a quote or
/// a line break (quotes doubled), null as an empty field; optional UTF-8 BOM and CRLF line ends.
class CsvExportSink : public ExportSink {
public:
    CsvExportSink(QIODevice& device, std::string where, const std::vector<ExportColumn>& columns,
                  const ExportOptions& options);
    void writeRow(const ExportRow& row) override;
    void finish() override;

private:
    void field(std::string_view value);
    BufferedOutput m_out;
    char m_delimiter;
    const char* m_eol;
};

} // namespace kestrel::core
