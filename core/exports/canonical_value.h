#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kestrel::core::canonical {

/// True for a JSON number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isJsonNumber(std::string_view text);

/// The value of a number written as canonical text (locale-independent); nullopt when it is not one.
std::optional<double> toDouble(std::string_view text);

/// "t"/"true"/"1"/"yes"/"on" and their opposites (any case); nullopt otherwise.
std::optional<bool> toBool(std::string_view text);

/// An Excel serial date-time (days since 1899-12-30, fraction = time of day) for "YYYY-MM-DD"
/// and "YYYY-MM-DD[ T]HH:MM[:SS[.fff]][Z|±HH[:MM]]"; an offset is converted to UTC. nullopt for
/// anything else and for dates before 1900-03-01, where Excel's calendar is wrong.
std::optional<double> toExcelSerial(std::string_view text);

/// Number of Unicode code points of UTF-8 text (for column widths).
std::size_t displayWidth(std::string_view utf8);

} // namespace kestrel::core::canonical
