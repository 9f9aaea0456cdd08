#include "etl/text_encoding.h"

#include "common/error.h"
#include "common/translate.h"
#include "etl/value_parser.h"

#include <array>
#include <cstring>

namespace kestrel::core {

namespace {

// Windows-1251 code points for 0x80..0xBF; 0xC0..0xFF are U+0410..U+044F (А..я). 0x98 is unassigned
// and decodes to U+FFFD so that a stray byte is visible instead of silently dropped.
constexpr std::array<char32_t, 64> kCp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 0x88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 0x98
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // 0xA0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // 0xA8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // 0xB8
};

struct Utf8Char {
    std::array<char, 3> bytes{};
    std::uint8_t size = 0;
};

constexpr Utf8Char encodeBmp(char32_t cp)
{
    Utf8Char out;
    if (cp < 0x800) {
        out.bytes[0] = static_cast<char>(0xC0 | (cp >> 6));
        out.bytes[1] = static_cast<char>(0x80 | (cp & 0x3F));
        out.size = 2;
    } else {
        out.bytes[0] = static_cast<char>(0xE0 | (cp >> 12));
        out.bytes[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out.bytes[2] = static_cast<char>(0x80 | (cp & 0x3F));
        out.size = 3;
    }
    return out;
}

constexpr std::array<Utf8Char, 128> makeCp1251Table()
{
    std::array<Utf8Char, 128> table{};
    for (std::size_t i = 0; i < 64; ++i) {
        table[i] = encodeBmp(kCp1251High[i]);
    }
    for (std::size_t i = 64; i < 128; ++i) {
        table[i] = encodeBmp(static_cast<char32_t>(0x0410 + (i - 64)));
    }
    return table;
}

constexpr std::array<Utf8Char, 128> kCp1251ToUtf8 = makeCp1251Table();

bool startsWith(std::string_view text, std::string_view prefix)
{
    return text.substr(0, prefix.size()) == prefix;
}

// Number of bytes a sequence with this lead byte has, 0 for a byte that cannot start one.
constexpr int sequenceLength(unsigned char lead)
{
    if (lead < 0x80) {
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
        return 3;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
        return 4;
    }
    return 0;
}

// Allowed range of the second byte; it is narrower than 80..BF for a few leads so that overlong
// forms, UTF-16 surrogates and code points above U+10FFFF are refused.
constexpr bool secondByteOk(unsigned char lead, unsigned char second)
{
    switch (lead) {
    case 0xE0:
        return second >= 0xA0 && second <= 0xBF;
    case 0xED:
        return second >= 0x80 && second <= 0x9F;
    case 0xF0:
        return second >= 0x90 && second <= 0xBF;
    case 0xF4:
        return second >= 0x80 && second <= 0x8F;
    default:
        return second >= 0x80 && second <= 0xBF;
    }
}

} // namespace

std::string encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Utf8Bom:
        return "UTF-8 (BOM)";
    case TextEncoding::Windows1251:
        return "Windows-1251";
    }
    return "UTF-8";
}

std::optional<TextEncoding> parseEncodingName(std::string_view name)
{
    const std::string lower = values::lowerAscii(name);
    if (lower.empty() || lower == "auto") {
        return std::nullopt;
    }
    if (lower == "utf-8" || lower == "utf8") {
        return TextEncoding::Utf8;
    }
    if (lower == "cp1251" || lower == "windows-1251" || lower == "win1251" || lower == "cp-1251") {
        return TextEncoding::Windows1251;
    }
    throw Error(
        Error::Code::InvalidArgument,
        trArgs(QCoreApplication::translate("RecordReader", "unknown encoding \"%1\" (use utf-8, cp1251 or auto)"),
               name));
}

TextEncoding detectEncoding(std::string_view sample)
{
    // UTF-32 LE starts with the UTF-16 LE BOM, so it is checked first.
    if (startsWith(sample, std::string_view("\xFF\xFE\x00\x00", 4)) ||
        startsWith(sample, std::string_view("\x00\x00\xFE\xFF", 4))) {
        throw Error(Error::Code::InvalidArgument,
                    trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "UTF-32 text is not supported; save the "
                                                                             "file as UTF-8 or Windows-1251")));
    }
    if (startsWith(sample, "\xFF\xFE") || startsWith(sample, "\xFE\xFF")) {
        throw Error(Error::Code::InvalidArgument,
                    trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "UTF-16 text is not supported; save the "
                                                                             "file as UTF-8 or Windows-1251")));
    }
    if (startsWith(sample, "\xEF\xBB\xBF")) {
        return TextEncoding::Utf8Bom;
    }
    if (std::memchr(sample.data(), 0, sample.size()) != nullptr) {
        throw Error(Error::Code::InvalidArgument,
                    trText("RecordReader", QT_TRANSLATE_NOOP("RecordReader", "not a text file (binary data)")));
    }
    if (!firstInvalidUtf8(sample, true)) {
        return TextEncoding::Utf8;
    }
    return TextEncoding::Windows1251;
}

std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes, bool allowTruncatedTail)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
    const std::size_t size = bytes.size();
    std::size_t i = 0;
    while (i < size) {
        // ASCII runs dominate real files: test eight bytes at a time.
        while (i + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, data + i, sizeof word);
            if ((word & 0x8080808080808080ULL) != 0) {
                break;
            }
            i += 8;
        }
        if (i >= size) {
            break;
        }
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        const int length = sequenceLength(lead);
        if (length == 0) {
            return i;
        }
        for (int k = 1; k < length; ++k) {
            if (i + static_cast<std::size_t>(k) >= size) {
                if (allowTruncatedTail) {
                    return std::nullopt;
                }
                return i;
            }
            const unsigned char next = data[i + static_cast<std::size_t>(k)];
            const bool ok = k == 1 ? secondByteOk(lead, next) : (next & 0xC0) == 0x80;
            if (!ok) {
                return i;
            }
        }
        i += static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

void appendCp1251AsUtf8(std::string& out, std::string_view cp1251)
{
    const char* p = cp1251.data();
    const char* end = p + cp1251.size();
    while (p < end) {
        const char* run = p;
        while (p < end && static_cast<unsigned char>(*p) < 0x80) {
            ++p;
        }
        out.append(run, p);
        while (p < end && static_cast<unsigned char>(*p) >= 0x80) {
            const Utf8Char& u = kCp1251ToUtf8[static_cast<unsigned char>(*p) - 0x80];
            out.append(u.bytes.data(), u.size);
            ++p;
        }
    }
}

} // namespace kestrel::core
