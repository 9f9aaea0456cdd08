#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kestrel::core {

/// Parsers for the values found in exported files. Each takes text (trimmed again with trim(), so
/// padding is fine), returns true and writes the canonical PostgreSQL text form into `out` (or the
/// value), or returns false and writes a short reason for rejects files: "not a number: 12abc",
/// "not an integer: 1.5", "out of range: 1e999", "no such date: 31.02.2025", "no such time: …",
/// "not a date: yesterday", "not a boolean: maybe", "empty value" for empty text. The quoted text is cut
/// after 40 characters. Reasons are translated (context "Values"): English when no translator is installed.
namespace values {

/// Integers: "42", "-7", "+3", "1 234" (space, NBSP or narrow NBSP U+202F as thousand separators),
/// "1,234" (thousands), "1e3", "42.0" (a zero fraction, as float-typed exports write integers).
/// Rejects real fractions ("not an integer: 1.5") and values outside int64 ("out of range: …").
bool parseInteger(std::string_view text, std::int64_t& value, std::string& reason);

/// Decimals: "1234.56", "1234,56", "1 234,56", "1,234.56", "1.234,56", "1.234.567", "-5", "+3",
/// "1e3", ".5"; out is "1234.56" (exponent applied, leading zeros dropped, the written scale kept:
/// "2.50" stays "2.50", "1e3" is "1000", "-0" is "0"). Group separators (space, NBSP, U+202F, or the
/// one of '.'/',' that is not the decimal point) must split the digits in threes. A single ',' with 3
/// digits after it, at most 3 before it and no other separator ("1,234") is ambiguous and read as a
/// decimal comma only when decimalCommaHint; otherwise as a thousands separator. inf/nan, "--1",
/// "12abc", "1,2,3.4.5" and "" are refused; |exponent| > 400 is "out of range".
bool parseDecimal(std::string_view text, std::string& out, double& value, std::string& reason,
                  bool decimalCommaHint = true);

/// Dates and timestamps: ISO "2025-03-01", "2025-03-01T10:20", "2025-03-01 10:20:30.123",
/// with "Z", "+03", "+03:00", "+0300" zones (optionally after a space); "01.03.2025",
/// "01.03.2025 10:20[:30]", "01/03/2025" (day first). Without a zone the time is UTC. Checks the
/// calendar ("no such date: 31.02.2025", "no such date: 2025-13-01"), hours 0-23 (24:00 is refused),
/// minutes and seconds 0-59, at most 6 fractional digits, zone offsets up to ±15:59.
/// out is text PostgreSQL reads as timestamptz: "2025-03-01 10:20:30+00" (no zone, Z or a zero
/// offset), "2025-03-01 10:20:30.123+03:00" (the given offset kept); epochSeconds is the instant.
bool parseTimestamp(std::string_view text, std::string& out, double& epochSeconds, std::string& reason);

/// A date only (same formats, a time part is refused unless it is midnight); out is "2025-03-01".
bool parseDate(std::string_view text, std::string& out, std::string& reason);

/// A calendar month: "2025-03", "2025/03", "03.2025", "3/2025", or a date on the first of a month in
/// any format parseDate takes ("2025-03-01", "01.03.2025"); out is its first day, "2025-03-01". A
/// date on another day is refused ("not the first day of a month: 2025-03-15") rather than moved
/// to its month, so a file of daily figures cannot collapse into one month by accident.
bool parseMonth(std::string_view text, std::string& out, std::string& reason);

/// true/false, t/f, yes/no, y/n, 1/0, on/off, да/нет, истина/ложь (any case, Cyrillic included).
bool parseBoolean(std::string_view text, bool& value, std::string& reason);

/// Trims ASCII whitespace and NBSP (U+00A0) at both ends.
std::string_view trim(std::string_view text);

/// A copy with A–Z lowered (other bytes, UTF-8 included, untouched).
std::string lowerAscii(std::string_view text);

}  // namespace values
}  // namespace kestrel::core
