#include "etl/text_stream.h"

#include "etl/record_reader.h"
#include "etl_test_files.h"

#include <gtest/gtest.h>

using kestrel::core::Error;
using kestrel::core::fileSha256Hex;
using kestrel::core::firstInvalidUtf8;
using kestrel::core::TextEncoding;
using kestrel::core::TextStream;
using kestrel::test::errorOf;
using kestrel::test::TempFiles;
using kestrel::test::whereOf;

namespace {

std::string readText(TextStream& stream, std::size_t* chunks = nullptr)
{
    std::string text;
    std::string_view chunk;
    std::size_t count = 0;
    while (stream.next(chunk)) {
        EXPECT_FALSE(chunk.empty());
        EXPECT_EQ(firstInvalidUtf8(chunk, false), std::nullopt) << "chunk " << count << " cuts a character";
        text.append(chunk);
        ++count;
    }
    if (chunks != nullptr) {
        *chunks = count;
    }
    return text;
}

std::string cyrillicLines(std::size_t bytes)
{
    std::string text;
    for (int i = 0; text.size() < bytes; ++i) {
        text += "строка " + std::to_string(i) + ": Ёжик в тумане €😀\n";
    }
    return text;
}

} // namespace

TEST(EncodingStream, CarriesCharactersCutByChunkBorders)
{
    TempFiles files;
    const std::string text = cyrillicLines(600 * 1024);
    const std::string path = files.write("cyr.txt", text);
    TextStream stream(path, std::nullopt, 4099); // an odd size cuts many characters
    EXPECT_EQ(stream.encoding(), TextEncoding::Utf8);
    std::size_t chunks = 0;
    EXPECT_EQ(readText(stream, &chunks), text);
    EXPECT_GT(chunks, 50u);
    EXPECT_EQ(stream.bytesRead(), text.size());
    EXPECT_EQ(stream.fileSize(), text.size());
    EXPECT_EQ(stream.sha256Hex(), fileSha256Hex(path));
}

TEST(EncodingStream, StripsBomAndHashesIt)
{
    TempFiles files;
    const std::string path = files.write("bom.csv", "\xEF\xBB\xBF"
                                                    "abc\n");
    TextStream stream(path, std::nullopt);
    EXPECT_EQ(stream.encoding(), TextEncoding::Utf8Bom);
    EXPECT_EQ(stream.head(), "abc\n");
    EXPECT_EQ(readText(stream), "abc\n");
    EXPECT_EQ(stream.sha256Hex(), fileSha256Hex(path));
    EXPECT_EQ(stream.sha256Hex().size(), 64u);

    TextStream forced(path, TextEncoding::Utf8); // a forced UTF-8 still drops the BOM
    EXPECT_EQ(forced.encoding(), TextEncoding::Utf8Bom);
    EXPECT_EQ(readText(forced), "abc\n");
}

TEST(EncodingStream, ShaOfKnownText)
{
    TempFiles files;
    const std::string path = files.write("abc.txt", "abc\n");
    EXPECT_EQ(fileSha256Hex(path), "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
    TextStream stream(path, std::nullopt);
    readText(stream);
    EXPECT_EQ(stream.sha256Hex(), "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
    EXPECT_EQ(fileSha256Hex(files.write("empty.txt", "")),
              "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(EncodingStream, ConvertsCp1251AcrossChunks)
{
    TempFiles files;
    std::string raw;
    std::string expected;
    for (int i = 0; raw.size() < 300 * 1024; ++i) {
        raw += "\xC8\xEC\xFF;\xCF\xEE\xF7\xF2\xE0;\xA8\xB8\xB9\n";
        expected += "Имя;Почта;Ёё№\n";
    }
    const std::string path = files.write("cp.csv", raw);
    TextStream stream(path, std::nullopt, 1000);
    EXPECT_EQ(stream.encoding(), TextEncoding::Windows1251);
    EXPECT_EQ(readText(stream), expected);
    EXPECT_EQ(stream.sha256Hex(), fileSha256Hex(path));
}

TEST(EncodingStream, InvalidUtf8LaterInTheFileNamesTheLine)
{
    TempFiles files;
    std::string text;
    // Lines of mixed endings so the count covers LF, CRLF and a lone CR; 1.1 MB so the bad line is
    // past the first chunk the encoding is detected from.
    for (int line = 1; line < 5210; ++line) {
        text += std::string(210, 'a') + (line % 3 == 0 ? "\r\n" : line == 7 ? "\r" : "\n");
    }
    text += "\xC8\xEC\xFF;x\n";
    const std::string path = files.write("data.csv", text);
    TextStream stream(path, std::nullopt);
    EXPECT_EQ(stream.encoding(), TextEncoding::Utf8);
    EXPECT_EQ(errorOf([&] { readText(stream); }),
              "data.csv: line 5210: invalid UTF-8 byte sequence — the file is not UTF-8 (try --encoding cp1251)");
    TextStream again(path, std::nullopt);
    EXPECT_EQ(whereOf([&] { readText(again); }), "data.csv:5210");
}

TEST(EncodingStream, ForcedUtf8OnCp1251Fails)
{
    TempFiles files;
    const std::string path = files.write("cp.csv", "id;name\n1;ok\n2;\xC8\xE2\xE0\xED\n");
    EXPECT_EQ(errorOf([&] { TextStream stream(path, TextEncoding::Utf8); }),
              "cp.csv: line 3: invalid UTF-8 byte sequence — the file is not UTF-8 (try --encoding cp1251)");
    TextStream cp(path, TextEncoding::Windows1251);
    EXPECT_EQ(readText(cp), "id;name\n1;ok\n2;Иван\n");
}

TEST(EncodingStream, UtfTruncatedAtEndOfFileIsInvalid)
{
    TempFiles files;
    const std::string path = files.write("cut.csv", "a\nb\xD0");
    EXPECT_EQ(errorOf([&] { TextStream stream(path, TextEncoding::Utf8); }),
              "cut.csv: line 2: invalid UTF-8 byte sequence — the file is not UTF-8 (try --encoding cp1251)");
}

TEST(EncodingStream, RefusesWideAndBinaryFiles)
{
    TempFiles files;
    const std::string u16 = files.write("u16.csv", std::string("\xFF\xFE"
                                                               "a\0,\0b\0\n\0",
                                                               10));
    EXPECT_EQ(errorOf([&] { TextStream s(u16, std::nullopt); }),
              "u16.csv: UTF-16 text is not supported; save the file as UTF-8 or Windows-1251");
    EXPECT_EQ(errorOf([&] { TextStream s(u16, TextEncoding::Windows1251); }),
              "u16.csv: UTF-16 text is not supported; save the file as UTF-8 or Windows-1251");
    const std::string bin = files.write("bin.csv", std::string("\x7F"
                                                               "ELF\x02\x01\x01\0\0\0",
                                                               10));
    EXPECT_EQ(errorOf([&] { TextStream s(bin, std::nullopt); }), "bin.csv: not a CSV or JSON file (binary data)");
    const std::string xlsx = files.write("book.csv", std::string("PK\x03\x04\x14\0\x06\0", 8));
    EXPECT_EQ(errorOf([&] { TextStream s(xlsx, std::nullopt); }),
              "book.csv: not a CSV or JSON file (a ZIP archive, e.g. an Excel .xlsx workbook; save it as CSV)");
}

TEST(EncodingStream, NulByteLaterInTheFileNamesTheLine)
{
    TempFiles files;
    std::string text;
    for (int line = 1; line < 6000; ++line) {
        text += std::string(199, 'x') + "\n";
    }
    text += std::string("ok\0", 3);
    const std::string path = files.write("late.csv", text);
    TextStream stream(path, std::nullopt);
    EXPECT_EQ(errorOf([&] { readText(stream); }), "late.csv: line 6000: binary data (a NUL byte) in the text");
}

TEST(EncodingStream, MissingFileIsAnIoError)
{
    TempFiles files;
    const std::string path = files.path("nope.csv");
    try {
        TextStream stream(path, std::nullopt);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::Io);
        EXPECT_EQ(std::string(e.what()), "cannot open " + path + ": No such file or directory");
    }
    try {
        fileSha256Hex(path);
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::Io);
    }
}
