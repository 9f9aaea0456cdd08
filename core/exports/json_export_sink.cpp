#include "exports/json_export_sink.h"

#include "exports/canonical_value.h"

#include <set>

namespace kestrel::core {

JsonExportSink::JsonExportSink(QIODevice& device, std::string where, const std::vector<ExportColumn>& columns)
    : m_out(device, std::move(where))
{
    // Two columns titled alike would collapse into one key; the second becomes "Title (2)".
    std::set<std::string> used;
    for (const ExportColumn& c : columns) {
        std::string key = c.title;
        for (int n = 2; used.count(key); ++n)
            key = c.title + " (" + std::to_string(n) + ")";
        used.insert(key);
        m_keys.push_back(quoted(key) + ": ");
        m_kinds.push_back(c.kind);
    }
    m_out.put("[");
}

std::string JsonExportSink::quoted(std::string_view value)
{
    std::string out;
    out.reserve(value.size() + 2);
    out.push_back('"');
    for (char c : value) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out.push_back(hex[(c >> 4) & 0xF]);
                out.push_back(hex[c & 0xF]);
            } else
                out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

void JsonExportSink::writeRow(const ExportRow& row)
{
    m_out.put(m_first ? "\n  {" : ",\n  {");
    m_first = false;
    for (std::size_t i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_out.put(", ");
        m_out.put(m_keys[i]);
        const auto& cell = row[i];
        if (!cell) {
            m_out.put("null");
            continue;
        }
        switch (m_kinds[i]) {
        case ColumnKind::Integer:
        case ColumnKind::Decimal:
            if (canonical::isJsonNumber(*cell)) {
                m_out.put(*cell);
                continue;
            }
            break;
        case ColumnKind::Boolean:
            if (const auto b = canonical::toBool(*cell)) {
                m_out.put(*b ? "true" : "false");
                continue;
            }
            break;
        default:
            break;
        }
        m_out.put(quoted(*cell)); // text, dates, and values that do not parse as their kind
    }
    m_out.put('}');
}

void JsonExportSink::finish()
{
    m_out.put(m_first ? "]\n" : "\n]\n");
    m_out.flush();
}

} // namespace kestrel::core
