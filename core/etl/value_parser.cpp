#include "etl/value_parser.h"

#include "common/civil_date.h"
#include "common/translate.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace kestrel::core::values {

namespace {

constexpr std::size_t kShownChars = 40;
// Exponents beyond this are refused: the canonical text would be huge and a double overflows anyway.
constexpr int kMaxExponent = 400;

// The offending text as quoted in a reason, cut after kShownChars characters.
std::string shown(std::string_view text)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == kShownChars) {
            return std::string(text.substr(0, i)) + "\xE2\x80\xA6";
        }
    }
    return std::string(text);
}

// `what` is a QT_TRANSLATE_NOOP("Values", …) template whose %1 is the offending text.
bool reject(std::string& reason, const char* what, std::string_view text)
{
    reason = text.empty() ? trText("Values", QT_TRANSLATE_NOOP("Values", "empty value"))
                          : trArgs(QCoreApplication::translate("Values", what), shown(text));
    return false;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// ---- numbers ------------------------------------------------------------------------------------

enum class Sep { Dot, Comma, Space };

struct NumberText {
    bool negative = false;
    std::string intDigits;
    std::string fracDigits;
    int exponent = 0;
};

// Length of a group separator (space, NBSP, narrow NBSP) at the start of text, 0 if none.
std::size_t spaceSeparator(std::string_view text)
{
    if (!text.empty() && text[0] == ' ') {
        return 1;
    }
    if (text.substr(0, 2) == "\xC2\xA0") {
        return 2;
    }
    if (text.substr(0, 3) == "\xE2\x80\xAF") {
        return 3;
    }
    return 0;
}

// Splits "1 234,56e-3"-style text into sign, digits and exponent, deciding which of '.' and ',' is
// the decimal separator. False when the text is not a well-formed number.
bool splitNumber(std::string_view t, bool decimalCommaHint, NumberText& out)
{
    std::size_t i = 0;
    if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
        out.negative = t[i] == '-';
        ++i;
    } else if (t.substr(0, 3) == "\xE2\x88\x92") { // U+2212 MINUS SIGN
        out.negative = true;
        i = 3;
    }
    std::string digits;
    std::vector<std::pair<std::size_t, Sep>> seps; // position in digits, kind
    bool lastWasSep = false;
    while (i < t.size()) {
        const char c = t[i];
        if (isDigit(c)) {
            digits.push_back(c);
            lastWasSep = false;
            ++i;
            continue;
        }
        Sep kind = Sep::Space;
        std::size_t length = 1;
        if (c == '.') {
            kind = Sep::Dot;
        } else if (c == ',') {
            kind = Sep::Comma;
        } else if ((length = spaceSeparator(t.substr(i))) > 0) {
            kind = Sep::Space;
        } else {
            break;
        }
        if (lastWasSep) {
            return false;
        }
        seps.emplace_back(digits.size(), kind);
        lastWasSep = true;
        i += length;
    }
    if (digits.empty()) {
        return false;
    }
    if (i < t.size()) {
        if ((t[i] != 'e' && t[i] != 'E') || lastWasSep) {
            return false;
        }
        ++i;
        bool negativeExponent = false;
        if (i < t.size() && (t[i] == '+' || t[i] == '-')) {
            negativeExponent = t[i] == '-';
            ++i;
        }
        if (i == t.size()) {
            return false;
        }
        int exponent = 0;
        for (; i < t.size(); ++i) {
            if (!isDigit(t[i])) {
                return false;
            }
            exponent = std::min(exponent * 10 + (t[i] - '0'), 100000);
        }
        out.exponent = negativeExponent ? -exponent : exponent;
    }

    std::size_t dots = 0;
    std::size_t commas = 0;
    std::size_t spaces = 0;
    for (const auto& sep : seps) {
        dots += sep.second == Sep::Dot ? 1 : 0;
        commas += sep.second == Sep::Comma ? 1 : 0;
        spaces += sep.second == Sep::Space ? 1 : 0;
    }
    std::optional<Sep> decimal;
    if (dots > 0 && commas > 0) {
        decimal = seps.back().second; // "1.234,56" and "1,234.56": the last one is the decimal separator
        if (decimal == Sep::Space || (decimal == Sep::Dot ? dots : commas) != 1) {
            return false;
        }
    } else if (dots == 1) {
        decimal = Sep::Dot;
    } else if (commas == 1) {
        decimal = Sep::Comma;
        const auto& comma =
            *std::find_if(seps.begin(), seps.end(), [](const auto& s) { return s.second == Sep::Comma; });
        const bool threeAfter = digits.size() - comma.first == 3;
        const bool shortLead = comma.first >= 1 && comma.first <= 3;
        if (!decimalCommaHint && spaces == 0 && threeAfter && shortLead) {
            decimal.reset(); // "1,234" read as one thousand two hundred thirty-four
        }
    }
    std::size_t pointAt = digits.size();
    if (decimal) {
        // The decimal separator is the last separator; nothing may group the fraction.
        if (seps.back().second != *decimal) {
            return false;
        }
        pointAt = seps.back().first;
        seps.pop_back();
    }
    // Group separators: the first group has 1-3 digits, each later one exactly 3.
    std::size_t groupStart = 0;
    for (const auto& sep : seps) {
        const std::size_t length = sep.first - groupStart;
        if (groupStart == 0 ? (length < 1 || length > 3) : length != 3) {
            return false;
        }
        groupStart = sep.first;
    }
    if (!seps.empty() && pointAt - groupStart != 3) {
        return false;
    }
    out.intDigits = digits.substr(0, pointAt);
    out.fracDigits = digits.substr(pointAt);
    return true;
}

// "1234.50"-style text: the exponent applied, leading zeros dropped, the written scale kept.
bool canonicalNumber(const NumberText& n, std::string& out)
{
    if (n.exponent > kMaxExponent || n.exponent < -kMaxExponent) {
        return false;
    }
    const std::string all = n.intDigits + n.fracDigits;
    const long point = static_cast<long>(n.intDigits.size()) + n.exponent;
    std::string intPart;
    std::string fracPart;
    if (point <= 0) {
        fracPart = std::string(static_cast<std::size_t>(-point), '0') + all;
    } else if (static_cast<std::size_t>(point) >= all.size()) {
        intPart = all + std::string(static_cast<std::size_t>(point) - all.size(), '0');
    } else {
        intPart = all.substr(0, static_cast<std::size_t>(point));
        fracPart = all.substr(static_cast<std::size_t>(point));
    }
    const std::size_t firstNonZero = intPart.find_first_not_of('0');
    intPart = firstNonZero == std::string::npos ? "0" : intPart.substr(firstNonZero);
    const bool zero = all.find_first_not_of('0') == std::string::npos;
    out.clear();
    if (n.negative && !zero) {
        out.push_back('-');
    }
    out += intPart;
    if (!fracPart.empty()) {
        out.push_back('.');
        out += fracPart;
    }
    return true;
}

// ---- dates --------------------------------------------------------------------------------------

struct DateTimeText {
    int year = 0, month = 0, day = 0;
    bool hasTime = false;
    int hour = 0, minute = 0, second = 0;
    std::string fraction; // digits after the decimal point of the seconds
    bool hasZone = false;
    int offsetMinutes = 0;
};

enum class DateStatus { Ok, NotDate, NoSuchDate, NoSuchTime, BadZone };

class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text) {}
    bool atEnd() const { return m_pos == m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    bool take(char c)
    {
        if (peek() != c) {
            return false;
        }
        ++m_pos;
        return true;
    }
    // Reads minDigits..maxDigits digits as a number; false when fewer are there.
    bool number(int minDigits, int maxDigits, int& value)
    {
        value = 0;
        int count = 0;
        while (count < maxDigits && isDigit(peek())) {
            value = value * 10 + (m_text[m_pos++] - '0');
            ++count;
        }
        return count >= minDigits;
    }
    std::size_t position() const { return m_pos; }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

using civil::daysFromCivil;
using civil::daysInMonth;

DateStatus parseZone(Cursor& c, DateTimeText& dt)
{
    c.take(' ');
    if (c.atEnd()) {
        return DateStatus::NotDate;
    }
    dt.hasZone = true;
    if (c.take('Z') || c.take('z')) {
        return c.atEnd() ? DateStatus::Ok : DateStatus::NotDate;
    }
    const char sign = c.peek();
    if (sign != '+' && sign != '-') {
        return DateStatus::NotDate;
    }
    c.take(sign);
    int hours = 0;
    int minutes = 0;
    if (!c.number(2, 2, hours)) {
        return DateStatus::NotDate;
    }
    if (!c.atEnd()) {
        c.take(':');
        if (!c.number(2, 2, minutes) || !c.atEnd()) {
            return DateStatus::NotDate;
        }
    }
    if (hours > 15 || minutes > 59) {
        return DateStatus::BadZone;
    }
    dt.offsetMinutes = (sign == '-' ? -1 : 1) * (hours * 60 + minutes);
    return DateStatus::Ok;
}

DateStatus parseDateTime(std::string_view text, DateTimeText& dt)
{
    Cursor c(text);
    int first = 0;
    if (!c.number(1, 4, first)) {
        return DateStatus::NotDate;
    }
    if (c.position() == 4 && c.take('-')) { // ISO: 2025-03-01
        dt.year = first;
        if (!c.number(1, 2, dt.month) || !c.take('-') || !c.number(1, 2, dt.day)) {
            return DateStatus::NotDate;
        }
    } else if (c.position() <= 2 && (c.peek() == '.' || c.peek() == '/')) { // 01.03.2025, 01/03/2025
        const char sep = c.peek();
        c.take(sep);
        dt.day = first;
        if (!c.number(1, 2, dt.month) || !c.take(sep) || !c.number(4, 4, dt.year)) {
            return DateStatus::NotDate;
        }
    } else {
        return DateStatus::NotDate;
    }
    if (!c.atEnd()) {
        if (!c.take('T') && !c.take('t') && !c.take(' ')) {
            return DateStatus::NotDate;
        }
        while (c.take(' ')) {
        }
        dt.hasTime = true;
        if (!c.number(1, 2, dt.hour) || !c.take(':') || !c.number(2, 2, dt.minute)) {
            return DateStatus::NotDate;
        }
        if (c.take(':')) {
            if (!c.number(2, 2, dt.second)) {
                return DateStatus::NotDate;
            }
            if (c.take('.') || c.take(',')) {
                while (isDigit(c.peek())) {
                    dt.fraction.push_back(c.peek());
                    c.take(c.peek());
                }
                if (dt.fraction.empty() || dt.fraction.size() > 6) {
                    return DateStatus::NotDate;
                }
            }
        }
        if (!c.atEnd()) {
            const DateStatus zone = parseZone(c, dt);
            if (zone != DateStatus::Ok) {
                return zone;
            }
        }
    }
    if (dt.year < 1 || dt.month < 1 || dt.month > 12 || dt.day < 1 || dt.day > daysInMonth(dt.year, dt.month)) {
        return DateStatus::NoSuchDate;
    }
    if (dt.hour > 23 || dt.minute > 59 || dt.second > 59) {
        return DateStatus::NoSuchTime;
    }
    return DateStatus::Ok;
}

bool rejectDate(DateStatus status, std::string_view text, std::string& reason)
{
    switch (status) {
    case DateStatus::NoSuchDate:
        return reject(reason, QT_TRANSLATE_NOOP("Values", "no such date: %1"), text);
    case DateStatus::NoSuchTime:
        return reject(reason, QT_TRANSLATE_NOOP("Values", "no such time: %1"), text);
    case DateStatus::BadZone:
        return reject(reason, QT_TRANSLATE_NOOP("Values", "no such time zone offset: %1"), text);
    default:
        return reject(reason, QT_TRANSLATE_NOOP("Values", "not a date: %1"), text);
    }
}

void appendPadded(std::string& out, int value, int width)
{
    std::array<char, 8> buffer{};
    auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    (void)ec;
    const auto length = static_cast<int>(end - buffer.data());
    out.append(static_cast<std::size_t>(std::max(0, width - length)), '0');
    out.append(buffer.data(), end);
}

void appendDate(std::string& out, const DateTimeText& dt)
{
    appendPadded(out, dt.year, 4);
    out.push_back('-');
    appendPadded(out, dt.month, 2);
    out.push_back('-');
    appendPadded(out, dt.day, 2);
}

// ---- booleans -----------------------------------------------------------------------------------

// Lowercases ASCII and the Russian Cyrillic capitals (А..Я, Ё), which is all the boolean words need.
std::string lowerRussian(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        } else if (c == 0xD0 && i + 1 < text.size()) {
            const auto n = static_cast<unsigned char>(text[++i]);
            if (n >= 0x90 && n <= 0x9F) { // А..П → а..п
                out += '\xD0';
                out += static_cast<char>(n + 0x20);
            } else if (n >= 0xA0 && n <= 0xAF) { // Р..Я → р..я
                out += '\xD1';
                out += static_cast<char>(n - 0x20);
            } else if (n == 0x81) { // Ё → ё
                out += "\xD1\x91";
            } else {
                out += static_cast<char>(c);
                out += static_cast<char>(n);
            }
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

} // namespace

std::string_view trim(std::string_view text)
{
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
    };
    for (;;) {
        if (!text.empty() && isSpace(text.front())) {
            text.remove_prefix(1);
        } else if (text.substr(0, 2) == "\xC2\xA0") {
            text.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!text.empty() && isSpace(text.back())) {
            text.remove_suffix(1);
        } else if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") {
            text.remove_suffix(2);
        } else {
            break;
        }
    }
    return text;
}

std::string lowerAscii(std::string_view text)
{
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

bool parseDecimal(std::string_view text, std::string& out, double& value, std::string& reason, bool decimalCommaHint)
{
    text = trim(text);
    NumberText number;
    if (!splitNumber(text, decimalCommaHint, number)) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "not a number: %1"), text);
    }
    std::string canonical;
    if (!canonicalNumber(number, canonical)) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "out of range: %1"), text);
    }
    double parsed = 0.0;
    const auto [end, ec] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), parsed);
    (void)end;
    if (ec == std::errc::result_out_of_range) {
        if (number.exponent > 0 || canonical.find('.') == std::string::npos) {
            return reject(reason, QT_TRANSLATE_NOOP("Values", "out of range: %1"), text);
        }
        parsed = 0.0; // too small for a double; the text keeps the exact value
    }
    if (!std::isfinite(parsed)) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "out of range: %1"), text);
    }
    out = std::move(canonical);
    value = parsed;
    return true;
}

bool parseInteger(std::string_view text, std::int64_t& value, std::string& reason)
{
    text = trim(text);
    NumberText number;
    if (!splitNumber(text, false, number)) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "not a number: %1"), text);
    }
    std::string canonical;
    if (!canonicalNumber(number, canonical)) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "out of range: %1"), text);
    }
    const std::size_t point = canonical.find('.');
    if (point != std::string::npos) {
        if (canonical.find_first_not_of('0', point + 1) != std::string::npos) {
            return reject(reason, QT_TRANSLATE_NOOP("Values", "not an integer: %1"), text);
        }
        canonical.resize(point); // "42.0" from a float-typed export is still 42
    }
    std::int64_t parsed = 0;
    const auto [end, ec] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), parsed);
    if (ec != std::errc() || end != canonical.data() + canonical.size()) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "out of range: %1"), text);
    }
    value = parsed;
    return true;
}

bool parseTimestamp(std::string_view text, std::string& out, double& epochSeconds, std::string& reason)
{
    text = trim(text);
    DateTimeText dt;
    const DateStatus status = parseDateTime(text, dt);
    if (status != DateStatus::Ok) {
        return rejectDate(status, text, reason);
    }
    out.clear();
    appendDate(out, dt);
    out.push_back(' ');
    appendPadded(out, dt.hour, 2);
    out.push_back(':');
    appendPadded(out, dt.minute, 2);
    out.push_back(':');
    appendPadded(out, dt.second, 2);
    if (!dt.fraction.empty()) {
        out.push_back('.');
        out += dt.fraction;
    }
    if (dt.offsetMinutes == 0) {
        out += "+00";
    } else {
        const int offset = std::abs(dt.offsetMinutes);
        out.push_back(dt.offsetMinutes < 0 ? '-' : '+');
        appendPadded(out, offset / 60, 2);
        out.push_back(':');
        appendPadded(out, offset % 60, 2);
    }
    double fraction = 0.0;
    if (!dt.fraction.empty()) {
        std::int64_t digits = 0;
        std::from_chars(dt.fraction.data(), dt.fraction.data() + dt.fraction.size(), digits);
        fraction = static_cast<double>(digits) / std::pow(10.0, static_cast<double>(dt.fraction.size()));
    }
    const std::int64_t seconds = daysFromCivil(dt.year, dt.month, dt.day) * 86400 + dt.hour * 3600 + dt.minute * 60 +
                                 dt.second - std::int64_t{dt.offsetMinutes} * 60;
    epochSeconds = static_cast<double>(seconds) + fraction;
    return true;
}

bool parseDate(std::string_view text, std::string& out, std::string& reason)
{
    text = trim(text);
    DateTimeText dt;
    const DateStatus status = parseDateTime(text, dt);
    if (status != DateStatus::Ok) {
        return rejectDate(status, text, reason);
    }
    const bool midnight =
        dt.hour == 0 && dt.minute == 0 && dt.second == 0 && dt.fraction.find_first_not_of('0') == std::string::npos;
    if (!midnight) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "not a date (it has a time of day): %1"), text);
    }
    out.clear();
    appendDate(out, dt);
    return true;
}

bool parseMonth(std::string_view text, std::string& out, std::string& reason)
{
    text = trim(text);
    DateTimeText dt;
    // A month alone: year first ("2025-03", "2025/03") or month first ("03.2025", "3/2025").
    Cursor c(text);
    int first = 0;
    if (c.number(1, 4, first)) {
        bool monthOnly = false;
        const char sep = c.peek();
        if (c.position() == 4 && (sep == '-' || sep == '/')) {
            c.take(sep);
            dt.year = first;
            monthOnly = c.number(1, 2, dt.month) && c.atEnd();
        } else if (c.position() <= 2 && (sep == '.' || sep == '/')) {
            c.take(sep);
            dt.month = first;
            monthOnly = c.number(4, 4, dt.year) && c.atEnd();
        }
        if (monthOnly) {
            if (dt.year < 1 || dt.month < 1 || dt.month > 12) {
                return reject(reason, QT_TRANSLATE_NOOP("Values", "no such month: %1"), text);
            }
            dt.day = 1;
            out.clear();
            appendDate(out, dt);
            return true;
        }
    }
    dt = {};
    const DateStatus status = parseDateTime(text, dt);
    if (status == DateStatus::NotDate) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "not a month: %1"), text);
    }
    if (status != DateStatus::Ok) {
        return rejectDate(status, text, reason);
    }
    const bool midnight =
        dt.hour == 0 && dt.minute == 0 && dt.second == 0 && dt.fraction.find_first_not_of('0') == std::string::npos;
    if (!midnight) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "not a month (it has a time of day): %1"), text);
    }
    if (dt.day != 1) {
        return reject(reason, QT_TRANSLATE_NOOP("Values", "not the first day of a month: %1"), text);
    }
    out.clear();
    appendDate(out, dt);
    return true;
}

bool parseBoolean(std::string_view text, bool& value, std::string& reason)
{
    text = trim(text);
    const std::string word = lowerRussian(text);
    static constexpr std::array<std::string_view, 8> kTrue = {"true", "t", "yes", "y", "1", "да", "истина", "on"};
    static constexpr std::array<std::string_view, 8> kFalse = {"false", "f", "no", "n", "0", "нет", "ложь", "off"};
    for (const std::string_view candidate : kTrue) {
        if (word == candidate) {
            value = true;
            return true;
        }
    }
    for (const std::string_view candidate : kFalse) {
        if (word == candidate) {
            value = false;
            return true;
        }
    }
    return reject(reason, QT_TRANSLATE_NOOP("Values", "not a boolean: %1"), text);
}

} // namespace kestrel::core::values
