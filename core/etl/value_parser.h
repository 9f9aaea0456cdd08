#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kestrel::core {

/// Parsers for the values found in exported files. Each takes trimmed text, returns true and writes
/// the canonical PostgreSQL text form into `out`, or returns false and writes a short English reason
/// (used in rejects files, e.g. "not a number", "no such date (31.02.2025)").
namespace values {

/// Integers: "42", "-7", "1 234" (spaces or NBSP as thousand separators). Rejects fractions.
bool parseInteger(std::string_view text, std::int64_t& value, std::string& reason);

/// Decimals: "1234.56", "1234,56", "1 234,56", "1,234.56", "1.234,56", "-5", "1e3"; out is
/// "1234.56". A single ',' with 3 digits after it and no '.' ("1,234") is ambiguous and read as a
/// decimal comma only when decimalCommaHint; otherwise as a thousands separator.
bool parseDecimal(std::string_view text, std::string& out, double& value, std::string& reason,
                  bool decimalCommaHint = true);

/// Dates and timestamps: ISO "2025-03-01", "2025-03-01T10:20", "2025-03-01 10:20:30.123",
/// with "Z", "+03", "+03:00", "+0300" zones; "01.03.2025", "01.03.2025 10:20[:30]", "01/03/2025"
/// (day first). Without a zone the time is UTC. Checks the calendar (31.02.2025 → "no such date").
/// out is "2025-03-01 10:20:30.123+00:00" style text PostgreSQL reads as timestamptz;
/// epochSeconds is the instant.
bool parseTimestamp(std::string_view text, std::string& out, double& epochSeconds, std::string& reason);

/// A date only (same formats, a time part is refused unless it is midnight); out is "2025-03-01".
bool parseDate(std::string_view text, std::string& out, std::string& reason);

/// true/false, t/f, yes/no, y/n, 1/0, да/нет, истина/ложь (any case); out is "t" or "f".
bool parseBoolean(std::string_view text, bool& value, std::string& reason);

/// Trims ASCII whitespace and NBSP (U+00A0) at both ends.
std::string_view trim(std::string_view text);

}  // namespace values
}  // namespace kestrel::core
