#pragma once

#include "exports/buffered_output.h"
#include "exports/export_sink.h"

namespace kestrel::core {

/// A JSON array of objects keyed by column title, streamed row by row: numbers as JSON numbers,
/// booleans as true/false, null for empty cells, everything else (dates too) as strings.
class JsonExportSink : public ExportSink {
public:
    JsonExportSink(QIODevice& device, std::string where, const std::vector<ExportColumn>& columns);
    void writeRow(const ExportRow& row) override;
    void finish() override;

    /// value as a JSON string literal, quotes included.
    static std::string quoted(std::string_view value);

private:
    BufferedOutput m_out;
    std::vector<ColumnKind> m_kinds;
    std::vector<std::string> m_keys; // already quoted, with the colon
    bool m_first = true;
};

} // namespace kestrel::core
