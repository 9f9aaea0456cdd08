#pragma once

#include "etl/column_mapping.h"
#include "etl/entity_schema.h"
#include "etl/record_reader.h"

#include <string>
#include <vector>

namespace kestrel::core {

/// Why one value of one record was refused.
struct FieldIssue {
    std::string column;  ///< the file's header name, or the field name when the column is absent
    std::string value;
    std::string reason;
};

/// Turns records into staging rows: parses and checks every mapped value against its FieldSpec
/// and writes a COPY text line "file line \t field1 \t field2 …" in the order of schema.fields.
class RowConverter {
public:
    RowConverter(const EntitySchema& schema, const ColumnMapping& mapping, const std::vector<std::string>& header,
                 bool decimalComma);

    /// Appends the staging line (with trailing '\n' left to the caller) to `out` and returns true,
    /// or returns false with at least one issue (out is then left as it was).
    bool convert(const Record& record, std::string& out, std::vector<FieldIssue>& issues);

    /// Checks a single value as the converter would; `canonical` receives the stored text, "" = NULL.
    bool convertValue(const FieldSpec& spec, std::string_view raw, std::string& canonical, std::string& reason) const;

private:
    const EntitySchema& m_schema;
    ColumnMapping m_mapping;
    std::vector<std::string> m_header;
    bool m_decimalComma;
    std::string m_scratch;
};

/// The PostgreSQL type of the staging column for a field type.
const char* stageType(FieldType type);

}  // namespace kestrel::core
