#include "etl/value_parser.h"

#include <gtest/gtest.h>

namespace values = kestrel::core::values;

namespace {

std::string decimal(std::string_view text, bool commaHint = true)
{
    std::string out;
    double value = 0;
    std::string reason;
    if (!values::parseDecimal(text, out, value, reason, commaHint)) {
        return "!" + reason;
    }
    return out;
}

double decimalValue(std::string_view text)
{
    std::string out;
    double value = -1;
    std::string reason;
    EXPECT_TRUE(values::parseDecimal(text, out, value, reason)) << reason;
    return value;
}

std::string integer(std::string_view text)
{
    std::int64_t value = 0;
    std::string reason;
    if (!values::parseInteger(text, value, reason)) {
        return "!" + reason;
    }
    return std::to_string(value);
}

std::string timestamp(std::string_view text, double* epoch = nullptr)
{
    std::string out;
    double seconds = 0;
    std::string reason;
    if (!values::parseTimestamp(text, out, seconds, reason)) {
        return "!" + reason;
    }
    if (epoch != nullptr) {
        *epoch = seconds;
    }
    return out;
}

double epochOf(std::string_view text)
{
    double seconds = -1;
    EXPECT_FALSE(timestamp(text, &seconds).starts_with("!")) << text;
    return seconds;
}

std::string date(std::string_view text)
{
    std::string out;
    std::string reason;
    if (!values::parseDate(text, out, reason)) {
        return "!" + reason;
    }
    return out;
}

std::string month(std::string_view text)
{
    std::string out;
    std::string reason;
    if (!values::parseMonth(text, out, reason)) {
        return "!" + reason;
    }
    return out;
}

std::string boolean(std::string_view text)
{
    bool value = false;
    std::string reason;
    if (!values::parseBoolean(text, value, reason)) {
        return "!" + reason;
    }
    return value ? "t" : "f";
}

} // namespace

TEST(ValueParser, Trim)
{
    EXPECT_EQ(values::trim("  a b \t\r\n"), "a b");
    EXPECT_EQ(values::trim("\xC2\xA0 x\xC2\xA0"), "x");
    EXPECT_EQ(values::trim(" \xC2\xA0 "), "");
    EXPECT_EQ(values::trim(""), "");
}

TEST(ValueParser, DecimalFormats)
{
    EXPECT_EQ(decimal("1234.56"), "1234.56");
    EXPECT_EQ(decimal("1234,56"), "1234.56");
    EXPECT_EQ(decimal("1 234,56"), "1234.56");
    EXPECT_EQ(decimal("1\xC2\xA0"
                      "234,56"),
              "1234.56"); // NBSP
    EXPECT_EQ(decimal("12\xE2\x80\xAF"
                      "345\xE2\x80\xAF"
                      "678,9"),
              "12345678.9"); // narrow NBSP
    EXPECT_EQ(decimal("1.234,56"), "1234.56");
    EXPECT_EQ(decimal("1,234.56"), "1234.56");
    EXPECT_EQ(decimal("1,234,567.5"), "1234567.5");
    EXPECT_EQ(decimal("1.234.567"), "1234567");
    EXPECT_EQ(decimal("-1234.5"), "-1234.5");
    EXPECT_EQ(decimal("+3"), "3");
    EXPECT_EQ(decimal("-5"), "-5");
    EXPECT_EQ(decimal("1e3"), "1000");
    EXPECT_EQ(decimal("1.5E-3"), "0.0015");
    EXPECT_EQ(decimal("2.50"), "2.50");
    EXPECT_EQ(decimal("007"), "7");
    EXPECT_EQ(decimal(".5"), "0.5");
    EXPECT_EQ(decimal("-0"), "0");
    EXPECT_EQ(decimal("  42  "), "42");
    EXPECT_EQ(decimal("\xE2\x88\x92"
                      "7,5"),
              "-7.5"); // U+2212 minus
}

TEST(ValueParser, AmbiguousThousandsComma)
{
    EXPECT_EQ(decimal("1,234", true), "1.234");
    EXPECT_EQ(decimal("1,234", false), "1234");
    EXPECT_EQ(decimal("1234,567", false), "1234.567"); // no thousands group can be four digits long
    EXPECT_EQ(decimal("1,5", false), "1.5");
}

TEST(ValueParser, DecimalValues)
{
    EXPECT_DOUBLE_EQ(decimalValue("1 234,56"), 1234.56);
    EXPECT_DOUBLE_EQ(decimalValue("-1e3"), -1000.0);
    EXPECT_DOUBLE_EQ(decimalValue("0.1"), 0.1);
}

TEST(ValueParser, DecimalRejects)
{
    EXPECT_EQ(decimal("12abc"), "!not a number: 12abc");
    EXPECT_EQ(decimal("1,2,3.4.5"), "!not a number: 1,2,3.4.5");
    EXPECT_EQ(decimal(""), "!empty value");
    EXPECT_EQ(decimal("   "), "!empty value");
    EXPECT_EQ(decimal("--1"), "!not a number: --1");
    EXPECT_EQ(decimal("inf"), "!not a number: inf");
    EXPECT_EQ(decimal("-Infinity"), "!not a number: -Infinity");
    EXPECT_EQ(decimal("nan"), "!not a number: nan");
    EXPECT_EQ(decimal("NaN"), "!not a number: NaN");
    EXPECT_EQ(decimal("1e"), "!not a number: 1e");
    EXPECT_EQ(decimal("."), "!not a number: .");
    EXPECT_EQ(decimal("12 34"), "!not a number: 12 34");
    EXPECT_EQ(decimal("1..2"), "!not a number: 1..2");
    EXPECT_EQ(decimal("1.5.0,1"), "!not a number: 1.5.0,1");
    EXPECT_EQ(decimal("0x1F"), "!not a number: 0x1F");
    EXPECT_EQ(decimal("1e999"), "!out of range: 1e999");
    EXPECT_EQ(decimal("this text is far too long to be quoted whole in a reason"),
              "!not a number: this text is far too long to be quoted w…");
}

TEST(ValueParser, Integers)
{
    EXPECT_EQ(integer("42"), "42");
    EXPECT_EQ(integer("-7"), "-7");
    EXPECT_EQ(integer("+3"), "3");
    EXPECT_EQ(integer("1 234"), "1234");
    EXPECT_EQ(integer("1\xC2\xA0"
                      "234\xC2\xA0"
                      "567"),
              "1234567");
    EXPECT_EQ(integer("1,234"), "1234");
    EXPECT_EQ(integer("1e3"), "1000");
    EXPECT_EQ(integer("42.0"), "42"); // float-typed exports
    EXPECT_EQ(integer("9223372036854775807"), "9223372036854775807");
    EXPECT_EQ(integer("-9223372036854775808"), "-9223372036854775808");
    EXPECT_EQ(integer("1.5"), "!not an integer: 1.5");
    EXPECT_EQ(integer("1,5"), "!not an integer: 1,5");
    EXPECT_EQ(integer("12abc"), "!not a number: 12abc");
    EXPECT_EQ(integer("--1"), "!not a number: --1");
    EXPECT_EQ(integer(""), "!empty value");
    EXPECT_EQ(integer("9223372036854775808"), "!out of range: 9223372036854775808");
}

TEST(ValueParser, Timestamps)
{
    EXPECT_EQ(timestamp("2025-03-01"), "2025-03-01 00:00:00+00");
    EXPECT_EQ(timestamp("2025-03-01T10:20"), "2025-03-01 10:20:00+00");
    EXPECT_EQ(timestamp("2025-03-01 10:20:30"), "2025-03-01 10:20:30+00");
    EXPECT_EQ(timestamp("2025-03-01 10:20:30.123"), "2025-03-01 10:20:30.123+00");
    EXPECT_EQ(timestamp("2025-03-01T10:20:30.123456Z"), "2025-03-01 10:20:30.123456+00");
    EXPECT_EQ(timestamp("2025-03-01T10:20:30+03"), "2025-03-01 10:20:30+03:00");
    EXPECT_EQ(timestamp("2025-03-01T10:20:30+03:00"), "2025-03-01 10:20:30+03:00");
    EXPECT_EQ(timestamp("2025-03-01T10:20:30+0530"), "2025-03-01 10:20:30+05:30");
    EXPECT_EQ(timestamp("2025-03-01 10:20:30 -05:00"), "2025-03-01 10:20:30-05:00");
    EXPECT_EQ(timestamp("2025-03-01T10:20:30+00:00"), "2025-03-01 10:20:30+00");
    EXPECT_EQ(timestamp("01.03.2025"), "2025-03-01 00:00:00+00");
    EXPECT_EQ(timestamp("01.03.2025 10:20"), "2025-03-01 10:20:00+00");
    EXPECT_EQ(timestamp("01.03.2025 9:05:07"), "2025-03-01 09:05:07+00");
    EXPECT_EQ(timestamp("01/03/2025"), "2025-03-01 00:00:00+00"); // day first
    EXPECT_EQ(timestamp("1.3.2025"), "2025-03-01 00:00:00+00");
    EXPECT_EQ(timestamp(" 2024-02-29 23:59:59 "), "2024-02-29 23:59:59+00");
}

TEST(ValueParser, TimestampEpochSeconds)
{
    EXPECT_DOUBLE_EQ(epochOf("1970-01-01"), 0.0);
    EXPECT_DOUBLE_EQ(epochOf("2025-03-01 10:20:30"), 1740824430.0);
    EXPECT_DOUBLE_EQ(epochOf("2025-03-01T10:20:30+03:00"), 1740813630.0);
    EXPECT_DOUBLE_EQ(epochOf("2025-03-01T10:20:30-05:30"), 1740844230.0);
    EXPECT_DOUBLE_EQ(epochOf("2025-03-01 10:20:30.25"), 1740824430.25);
    EXPECT_DOUBLE_EQ(epochOf("2000-02-29"), 951782400.0);
    EXPECT_DOUBLE_EQ(epochOf("1969-12-31 23:59:59"), -1.0);
    EXPECT_DOUBLE_EQ(epochOf("1900-01-01"), -2208988800.0);
}

TEST(ValueParser, TimestampRejects)
{
    EXPECT_EQ(timestamp("31.02.2025"), "!no such date: 31.02.2025");
    EXPECT_EQ(timestamp("2025-13-01"), "!no such date: 2025-13-01");
    EXPECT_EQ(timestamp("29.02.2025"), "!no such date: 29.02.2025");
    EXPECT_EQ(timestamp("29.02.1900"), "!no such date: 29.02.1900");
    EXPECT_EQ(timestamp("2025-04-31"), "!no such date: 2025-04-31");
    EXPECT_EQ(timestamp("2025-00-10"), "!no such date: 2025-00-10");
    EXPECT_EQ(timestamp("2025-03-01 24:00"), "!no such time: 2025-03-01 24:00");
    EXPECT_EQ(timestamp("2025-03-01 10:60"), "!no such time: 2025-03-01 10:60");
    EXPECT_EQ(timestamp("2025-03-01 10:20:60"), "!no such time: 2025-03-01 10:20:60");
    EXPECT_EQ(timestamp("2025-03-01 10:20:30.1234567"), "!not a date: 2025-03-01 10:20:30.1234567");
    EXPECT_EQ(timestamp("2025-03-01 10:20:30+16:00"), "!no such time zone offset: 2025-03-01 10:20:30+16:00");
    EXPECT_EQ(timestamp("yesterday"), "!not a date: yesterday");
    EXPECT_EQ(timestamp("2025/03/01"), "!not a date: 2025/03/01");
    EXPECT_EQ(timestamp("01.03.25"), "!not a date: 01.03.25");
    EXPECT_EQ(timestamp("2025-03-01 10"), "!not a date: 2025-03-01 10");
    EXPECT_EQ(timestamp("2025-03-01x"), "!not a date: 2025-03-01x");
    EXPECT_EQ(timestamp(""), "!empty value");
}

TEST(ValueParser, Dates)
{
    EXPECT_EQ(date("2025-03-01"), "2025-03-01");
    EXPECT_EQ(date("01.03.2025"), "2025-03-01");
    EXPECT_EQ(date("01/03/2025"), "2025-03-01");
    EXPECT_EQ(date("2025-03-01 00:00:00"), "2025-03-01");
    EXPECT_EQ(date("2025-03-01T00:00:00.000Z"), "2025-03-01");
    EXPECT_EQ(date("29.02.2024"), "2024-02-29");
    EXPECT_EQ(date("2025-03-01 10:20"), "!not a date (it has a time of day): 2025-03-01 10:20");
    EXPECT_EQ(date("31.02.2025"), "!no such date: 31.02.2025");
    EXPECT_EQ(date("2025-13-01"), "!no such date: 2025-13-01");
    EXPECT_EQ(date("yesterday"), "!not a date: yesterday");
}

TEST(ValueParser, Months)
{
    EXPECT_EQ(month("2025-03"), "2025-03-01");
    EXPECT_EQ(month(" 2025-3 "), "2025-03-01");
    EXPECT_EQ(month("2025/11"), "2025-11-01");
    EXPECT_EQ(month("03.2025"), "2025-03-01");
    EXPECT_EQ(month("3/2025"), "2025-03-01");
    EXPECT_EQ(month("2025-03-01"), "2025-03-01");
    EXPECT_EQ(month("01.03.2025"), "2025-03-01");
    EXPECT_EQ(month("2025-03-01 00:00:00"), "2025-03-01");
    EXPECT_EQ(month("2025-03-15"), "!not the first day of a month: 2025-03-15");
    EXPECT_EQ(month("2025-03-01 10:00"), "!not a month (it has a time of day): 2025-03-01 10:00");
    EXPECT_EQ(month("2025-13"), "!no such month: 2025-13");
    EXPECT_EQ(month("00.2025"), "!no such month: 00.2025");
    EXPECT_EQ(month("2025-02-30"), "!no such date: 2025-02-30");
    EXPECT_EQ(month("March 2025"), "!not a month: March 2025");
    EXPECT_EQ(month("2025"), "!not a month: 2025");
    EXPECT_EQ(month(""), "!empty value");
}

TEST(ValueParser, Booleans)
{
    for (const char* yes :
         {"true", "TRUE", "t", "T", "yes", "Yes", "y", "Y", "1", "on", "ON", "да", "Да", "ДА", "истина", "Истина"}) {
        EXPECT_EQ(boolean(yes), "t") << yes;
    }
    for (const char* no : {"false", "False", "f", "no", "NO", "n", "0", "off", "нет", "Нет", "НЕТ", "ложь", "ЛОЖЬ"}) {
        EXPECT_EQ(boolean(no), "f") << no;
    }
    EXPECT_EQ(boolean(" yes "), "t");
    EXPECT_EQ(boolean("maybe"), "!not a boolean: maybe");
    EXPECT_EQ(boolean("2"), "!not a boolean: 2");
    EXPECT_EQ(boolean(""), "!empty value");
}
