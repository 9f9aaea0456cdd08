#include "exports/canonical_value.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace kestrel::core::canonical {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads exactly n digits at pos; advances pos.
std::optional<int> digits(std::string_view s, std::size_t& pos, std::size_t n)
{
    if (pos + n > s.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!isDigit(s[pos + i]))
            return std::nullopt;
        value = value * 10 + (s[pos + i] - '0');
    }
    pos += n;
    return value;
}

bool leapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leapYear(y) ? 29 : days[m - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long long daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

} // namespace

bool isJsonNumber(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i >= s.size())
        return false;
    if (s[i] == '0')
        ++i;
    else if (isDigit(s[i]) && s[i] != '0') {
        while (i < s.size() && isDigit(s[i]))
            ++i;
    } else
        return false;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const std::size_t start = i;
        while (i < s.size() && isDigit(s[i]))
            ++i;
        if (i == start)
            return false;
    }
    return i == s.size();
}

std::optional<double> toDouble(std::string_view s)
{
    if (!isJsonNumber(s))
        return std::nullopt;
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> toBool(std::string_view s)
{
    const std::string v = lower(s);
    if (v == "t" || v == "true" || v == "1" || v == "yes" || v == "on" || v == "y")
        return true;
    if (v == "f" || v == "false" || v == "0" || v == "no" || v == "off" || v == "n")
        return false;
    return std::nullopt;
}

std::optional<double> toExcelSerial(std::string_view s)
{
    std::size_t pos = 0;
    const auto y = digits(s, pos, 4);
    if (!y || pos >= s.size() || s[pos++] != '-')
        return std::nullopt;
    const auto mo = digits(s, pos, 2);
    if (!mo || pos >= s.size() || s[pos++] != '-')
        return std::nullopt;
    const auto d = digits(s, pos, 2);
    if (!d || *mo < 1 || *mo > 12 || *d < 1 || *d > daysInMonth(*y, *mo))
        return std::nullopt;
    if (*y < 1900 || (*y == 1900 && *mo < 3) || *y > 9999)
        return std::nullopt;

    double seconds = 0;
    if (pos < s.size()) {
        if (s[pos] != ' ' && s[pos] != 'T')
            return std::nullopt;
        ++pos;
        const auto h = digits(s, pos, 2);
        if (!h || pos >= s.size() || s[pos++] != ':')
            return std::nullopt;
        const auto mi = digits(s, pos, 2);
        if (!mi || *h > 23 || *mi > 59)
            return std::nullopt;
        seconds = *h * 3600.0 + *mi * 60.0;
        if (pos < s.size() && s[pos] == ':') {
            ++pos;
            const auto sec = digits(s, pos, 2);
            if (!sec || *sec > 59)
                return std::nullopt;
            seconds += *sec;
            if (pos < s.size() && s[pos] == '.') {
                ++pos;
                double scale = 0.1;
                const std::size_t start = pos;
                while (pos < s.size() && isDigit(s[pos])) {
                    seconds += (s[pos] - '0') * scale;
                    scale /= 10;
                    ++pos;
                }
                if (pos == start)
                    return std::nullopt;
            }
        }
        if (pos < s.size()) {
            if (s[pos] == 'Z' && pos + 1 == s.size()) {
                ++pos;
            } else if (s[pos] == '+' || s[pos] == '-') {
                const int sign = s[pos++] == '+' ? 1 : -1;
                const auto oh = digits(s, pos, 2);
                if (!oh)
                    return std::nullopt;
                int offset = *oh * 3600;
                if (pos < s.size() && s[pos] == ':')
                    ++pos;
                if (pos < s.size()) {
                    const auto om = digits(s, pos, 2);
                    if (!om)
                        return std::nullopt;
                    offset += *om * 60;
                }
                seconds -= sign * offset; // local = UTC + offset
            }
        }
        if (pos != s.size())
            return std::nullopt;
    }
    const long long excelEpoch = daysFromCivil(1899, 12, 30);
    const double serial = static_cast<double>(daysFromCivil(*y, *mo, *d) - excelEpoch) + seconds / 86400.0;
    if (serial < 61) // the UTC shift took it before 1900-03-01
        return std::nullopt;
    return serial;
}

std::size_t displayWidth(std::string_view utf8)
{
    return static_cast<std::size_t>(
        std::count_if(utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace kestrel::core::canonical
