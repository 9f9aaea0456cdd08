#pragma once

#include "etl/entity_schema.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kestrel::core {

/// A user's choice for one source column: map it to a field, or ignore it (field = "").
struct MappingOverride {
    std::string column;  ///< header name as in the file
    std::string field;   ///< target field, "" = ignore
};

/// Which file column feeds which field.
struct ColumnMapping {
    std::vector<int> fieldOfColumn;     ///< per source column: field index, or -1 (ignored / unknown)
    std::vector<int> columnOfField;     ///< per field: source column, or -1 (absent)
    std::vector<int> unknownColumns;    ///< source columns neither matched nor explicitly ignored
    std::vector<int> missingRequired;   ///< required fields without a column (field indexes)
};

/// Lower-case (Cyrillic too), trimmed, quotes dropped, runs of spaces, '-', '.', '/' turned into one '_'.
std::string normalizeHeader(std::string_view header);

/// Matches header names to fields: an override wins, then the field name, then its aliases
/// (all compared normalised). A field is fed by at most one column: a second column matching the
/// same field counts as unknown. Throws Error(InvalidArgument) for an override naming a field the
/// entity does not have.
ColumnMapping mapColumns(const EntitySchema& schema, const std::vector<std::string>& header,
                         const std::vector<MappingOverride>& overrides);

/// Throws Error(InvalidArgument) naming the file, line 1 and the column when a required column is
/// missing, or when there are unknown columns and !ignoreUnknown.
void requireCompleteMapping(const EntitySchema& schema, const ColumnMapping& mapping,
                            const std::vector<std::string>& header, const std::string& fileLabel, bool ignoreUnknown);

}  // namespace kestrel::core
