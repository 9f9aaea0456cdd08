#include "etl/text_encoding.h"

#include "common/error.h"
#include "etl_test_files.h"

#include <gtest/gtest.h>

using kestrel::core::appendCp1251AsUtf8;
using kestrel::core::detectEncoding;
using kestrel::core::encodingName;
using kestrel::core::Error;
using kestrel::core::firstInvalidUtf8;
using kestrel::core::parseEncodingName;
using kestrel::core::TextEncoding;
using kestrel::test::errorOf;

TEST(TextEncoding, NamesAndUserSpellings)
{
    EXPECT_EQ(encodingName(TextEncoding::Utf8), "UTF-8");
    EXPECT_EQ(encodingName(TextEncoding::Utf8Bom), "UTF-8 (BOM)");
    EXPECT_EQ(encodingName(TextEncoding::Windows1251), "Windows-1251");
    EXPECT_EQ(parseEncodingName("utf-8"), TextEncoding::Utf8);
    EXPECT_EQ(parseEncodingName("UTF8"), TextEncoding::Utf8);
    EXPECT_EQ(parseEncodingName("cp1251"), TextEncoding::Windows1251);
    EXPECT_EQ(parseEncodingName("Windows-1251"), TextEncoding::Windows1251);
    EXPECT_EQ(parseEncodingName("auto"), std::nullopt);
    EXPECT_EQ(errorOf([] { parseEncodingName("koi8-r"); }), "unknown encoding \"koi8-r\" (use utf-8, cp1251 or auto)");
}

TEST(TextEncoding, DetectsBomUtf8AndCp1251)
{
    EXPECT_EQ(detectEncoding("\xEF\xBB\xBFname,email\n"), TextEncoding::Utf8Bom);
    EXPECT_EQ(detectEncoding("\xD0\x98\xD0\xBC\xD1\x8F;x\n"), TextEncoding::Utf8); // "Имя;x"
    EXPECT_EQ(detectEncoding("plain ascii\n"), TextEncoding::Utf8);
    EXPECT_EQ(detectEncoding("\xC8\xEC\xFF;\xCF\xEE\xF7\xF2\xE0\n"), TextEncoding::Windows1251); // "Имя;Почта"
    // A sample cut in the middle of a two-byte sequence is still UTF-8.
    EXPECT_EQ(detectEncoding("\xD0\x98\xD0"), TextEncoding::Utf8);
}

TEST(TextEncoding, RefusesUtf16Utf32AndBinary)
{
    EXPECT_EQ(errorOf([] { detectEncoding(std::string_view("\xFF\xFEn\0a\0", 6)); }),
              "UTF-16 text is not supported; save the file as UTF-8 or Windows-1251");
    EXPECT_EQ(errorOf([] { detectEncoding(std::string_view("\xFE\xFF\0n\0a", 6)); }),
              "UTF-16 text is not supported; save the file as UTF-8 or Windows-1251");
    EXPECT_EQ(errorOf([] { detectEncoding(std::string_view("\xFF\xFE\0\0n\0\0\0", 8)); }),
              "UTF-32 text is not supported; save the file as UTF-8 or Windows-1251");
    EXPECT_EQ(errorOf([] { detectEncoding(std::string_view("ab\0cd", 5)); }), "not a text file (binary data)");
}

TEST(TextEncoding, FindsFirstInvalidUtf8Byte)
{
    EXPECT_EQ(firstInvalidUtf8("hello \xD0\x96 \xE2\x82\xAC \xF0\x9F\x98\x80", false), std::nullopt);
    EXPECT_EQ(firstInvalidUtf8("abcdefghij\xFFxyz", false), 10u);
    EXPECT_EQ(firstInvalidUtf8("\xC0\x80", false), 0u);            // overlong NUL
    EXPECT_EQ(firstInvalidUtf8("a\xE0\x80\xAF", false), 1u);       // overlong '/'
    EXPECT_EQ(firstInvalidUtf8("ab\xED\xA0\x80", false), 2u);      // UTF-16 surrogate
    EXPECT_EQ(firstInvalidUtf8("\xF4\x90\x80\x80", false), 0u);    // above U+10FFFF
    EXPECT_EQ(firstInvalidUtf8("x\xD0y", false), 1u);              // lead without continuation
    EXPECT_EQ(firstInvalidUtf8("x\x80", false), 1u);               // lone continuation byte
    EXPECT_EQ(firstInvalidUtf8("ok\xE2\x82", false), 2u);          // cut at the end
    EXPECT_EQ(firstInvalidUtf8("ok\xE2\x82", true), std::nullopt); // ... allowed as a chunk tail
    EXPECT_EQ(firstInvalidUtf8("ok\xE2\x41", true), 2u);           // a broken sequence is not a tail
}

TEST(TextEncoding, ConvertsEveryCp1251Byte)
{
    std::string out;
    appendCp1251AsUtf8(out, "\xC8\xEC\xFF;\xCF\xEE\xF7\xF2\xE0");
    EXPECT_EQ(out, "Имя;Почта");

    out.clear();
    appendCp1251AsUtf8(out, "\xA8\xB8\xB9\x88\xC0\xDF\xE0\xFF\x98\xA0\x96\x97\xAB\xBB\x85\x99");
    EXPECT_EQ(out, "Ёё№€АЯая\xEF\xBF\xBD\xC2\xA0–—«»…™");

    // The whole upper half, checked against the code page's published table.
    std::string all;
    for (int b = 0x80; b <= 0xFF; ++b) {
        all.push_back(static_cast<char>(b));
    }
    out.assign(1, 'x');
    appendCp1251AsUtf8(out, all);
    EXPECT_EQ(out, "xЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\xEF\xBF\xBD™љ›њќћџ\xC2\xA0ЎўЈ¤Ґ¦§Ё©Є«¬\xC2\xAD®Ї°±Ііґµ¶·ё№є»јЅѕї"
                   "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя");
}
