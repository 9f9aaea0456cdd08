#include "etl/csv_reader.h"

#include "etl/text_stream.h"
#include "etl_test_files.h"

#include <gtest/gtest.h>

using kestrel::core::CsvReader;
using kestrel::core::FileFormat;
using kestrel::core::openRecordReader;
using kestrel::core::ReaderOptions;
using kestrel::core::Record;
using kestrel::core::TextEncoding;
using kestrel::core::TextStream;
using kestrel::test::errorOf;
using kestrel::test::readAll;
using kestrel::test::TempFiles;
using kestrel::test::whereOf;
using Strings = std::vector<std::string>;

namespace {

std::unique_ptr<CsvReader> openCsv(const std::string& path, std::size_t chunkSize = TextStream::kDefaultChunkSize,
                                   char delimiter = 0)
{
    return std::make_unique<CsvReader>(std::make_unique<TextStream>(path, std::nullopt, chunkSize), delimiter);
}

} // namespace

TEST(CsvReader, DetectsEachDelimiter)
{
    EXPECT_EQ(CsvReader::detectDelimiter("a,b,c\n1,2,3\n4,5,6\n", true), ',');
    EXPECT_EQ(CsvReader::detectDelimiter("a;b;c\n1;2;3\n", true), ';');
    EXPECT_EQ(CsvReader::detectDelimiter("a\tb\n1\t2\n", true), '\t');
    // Russian Excel: ';' between fields, ',' as the decimal point.
    EXPECT_EQ(CsvReader::detectDelimiter("x;y\n1,5;2,5\n3,25;4\n", true), ';');
    // Quotes are respected: the commas inside them do not count.
    EXPECT_EQ(CsvReader::detectDelimiter("name;note\n\"a, b, c\";\"d,e\"\nx;y\n", true), ';');
    EXPECT_EQ(CsvReader::detectDelimiter("name,note\n\"a; b\",x\n\"c; d\",y\n", true), ',');
    // One column: nothing splits the header.
    EXPECT_EQ(CsvReader::detectDelimiter("email\na@b.c\nd@e.f\n", true), ',');
    // A cut last record of an incomplete sample is ignored.
    EXPECT_EQ(CsvReader::detectDelimiter("a;b\n1;2\n3;4\n5", false), ';');
}

TEST(CsvReader, ReadsPlainUtf8WithoutBom)
{
    TempFiles files;
    const auto path = files.write("people.csv", "id,name,city\n1,Анна,Москва\n2,Bob,Paris\n");
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->format(), FileFormat::Csv);
    EXPECT_EQ(reader->encoding(), TextEncoding::Utf8);
    EXPECT_EQ(reader->delimiter(), ',');
    EXPECT_EQ(reader->columns(), (Strings{"id", "name", "city"}));
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].line, 2);
    EXPECT_EQ(records[0].values, (Strings{"1", "Анна", "Москва"}));
    EXPECT_EQ(records[1].line, 3);
    EXPECT_EQ(records[1].values, (Strings{"2", "Bob", "Paris"}));
    EXPECT_EQ(reader->bytesRead(), reader->fileSize());
}

TEST(CsvReader, BomIsNotPartOfTheFirstName)
{
    TempFiles files;
    const auto path = files.write("bom.csv", "\xEF\xBB\xBF"
                                             "id;email\r\n7;a@b.c\r\n");
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->encoding(), TextEncoding::Utf8Bom);
    EXPECT_EQ(reader->delimiter(), ';');
    EXPECT_EQ(reader->columns(), (Strings{"id", "email"}));
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].values, (Strings{"7", "a@b.c"}));
}

TEST(CsvReader, DecodesCp1251CyrillicHeader)
{
    TempFiles files;
    // "Имя;Почта\nИван;ivan@mail.ru\nЁлка;№5\n" in Windows-1251.
    const auto path = files.write("ru.csv", "\xC8\xEC\xFF;\xCF\xEE\xF7\xF2\xE0\r\n\xC8\xE2\xE0\xED;ivan@mail.ru\r\n"
                                            "\xA8\xEB\xEA\xE0;\xB9"
                                            "5\r\n");
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->encoding(), TextEncoding::Windows1251);
    EXPECT_EQ(reader->delimiter(), ';');
    EXPECT_EQ(reader->columns(), (Strings{"Имя", "Почта"}));
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].values, (Strings{"Иван", "ivan@mail.ru"}));
    EXPECT_EQ(records[1].values, (Strings{"Ёлка", "№5"}));
    EXPECT_EQ(records[1].line, 3);
}

TEST(CsvReader, ForcedUtf8OnCp1251NamesTheLine)
{
    TempFiles files;
    const auto path = files.write("ru.csv", "id;name\n1;x\n2;\xC8\xE2\xE0\xED\n");
    ReaderOptions options;
    options.encoding = TextEncoding::Utf8;
    EXPECT_EQ(errorOf([&] { openRecordReader(path, options); }),
              "ru.csv: line 3: invalid UTF-8 byte sequence — the file is not UTF-8 (try --encoding cp1251)");
}

TEST(CsvReader, QuotedFieldsWithNewlinesDelimitersAndQuotes)
{
    TempFiles files;
    const auto path = files.write("notes.csv", "id,note,qty\n"
                                               "1,\"first line\nsecond, with \"\"quotes\"\"\nthird\",3\n"
                                               "2,\"\",4\n"
                                               "3,\"a;b\",\"\"\"\"\n"
                                               "4,plain,5\n");
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->delimiter(), ',');
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 4u);
    EXPECT_EQ(records[0].line, 2);
    EXPECT_EQ(records[0].values, (Strings{"1", "first line\nsecond, with \"quotes\"\nthird", "3"}));
    EXPECT_EQ(records[1].line, 5);
    EXPECT_EQ(records[1].values, (Strings{"2", "", "4"}));
    EXPECT_EQ(records[2].line, 6);
    EXPECT_EQ(records[2].values, (Strings{"3", "a;b", "\""}));
    EXPECT_EQ(records[3].line, 7);
    EXPECT_EQ(records[3].values, (Strings{"4", "plain", "5"}));
}

TEST(CsvReader, CrLfAndLoneCrLineEnds)
{
    TempFiles files;
    const auto crlf = files.write("crlf.csv", "a,b\r\n1,2\r\n\r\n3,\"x\r\ny\"\r\n5,6\r\n");
    auto reader = openRecordReader(crlf);
    auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].values, (Strings{"1", "2"}));
    EXPECT_EQ(records[1].line, 4);
    EXPECT_EQ(records[1].values, (Strings{"3", "x\r\ny"}));
    EXPECT_EQ(records[2].line, 6);
    EXPECT_EQ(records[2].values, (Strings{"5", "6"}));

    const auto cr = files.write("cr.csv", "a,b\r1,2\r3,4");
    reader = openRecordReader(cr);
    records = readAll(*reader);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].line, 3);
    EXPECT_EQ(records[1].values, (Strings{"3", "4"}));
}

TEST(CsvReader, LineNumbersSurviveChunkBorders)
{
    TempFiles files;
    std::string text = "id;text\r\n";
    for (int i = 0; i < 20000; ++i) {
        text += std::to_string(i) + ";\"v" + std::to_string(i) + "\r\nЖ\"\r\n"; // each record spans two lines
        if (i % 7 == 0) {
            text += "\r\n"; // a blank line
        }
    }
    const auto path = files.write("chunks.csv", text);
    auto reader = openCsv(path, 4097);
    Record record;
    std::int64_t line = 2;
    for (int i = 0; i < 20000; ++i) {
        ASSERT_TRUE(reader->next(record));
        ASSERT_EQ(record.line, line) << "record " << i;
        ASSERT_EQ(record.values[0], std::to_string(i));
        std::string expected = "v";
        expected.append(std::to_string(i)).append("\r\nЖ");
        ASSERT_EQ(record.values[1], expected);
        line += i % 7 == 0 ? 3 : 2;
    }
    EXPECT_FALSE(reader->next(record));
    EXPECT_EQ(reader->sha256Hex(), kestrel::core::fileSha256Hex(path));
}

TEST(CsvReader, BlankLinesPaddingAndWhitespace)
{
    TempFiles files;
    const auto path = files.write("pad.csv", "\n\n  id , name ,  note\n\n1, Ann ,x\n   \n2,Bob\n3\n");
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->columns(), (Strings{"id", "name", "note"}));
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].line, 5);
    EXPECT_EQ(records[0].values, (Strings{"1", " Ann ", "x"}));
    EXPECT_EQ(records[1].line, 7);
    EXPECT_EQ(records[1].values, (Strings{"2", "Bob", ""}));
    EXPECT_EQ(records[2].line, 8);
    EXPECT_EQ(records[2].values, (Strings{"3", "", ""}));
}

TEST(CsvReader, StrayAndLeadingSpaceQuotes)
{
    TempFiles files;
    const auto path = files.write("q.csv", "a,b,c\n5\" screen,\"x\"y, \"p,q\"\n");
    auto reader = openRecordReader(path);
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].values, (Strings{"5\" screen", "xy", "p,q"}));
}

TEST(CsvReader, TooManyFieldsNamesTheLine)
{
    TempFiles files;
    const auto path = files.write("wide.csv", "a,b,c,d,e\n1,2,3,4,5\n1,2,3,4,5,6,7\n");
    auto reader = openRecordReader(path);
    Record record;
    ASSERT_TRUE(reader->next(record));
    EXPECT_EQ(errorOf([&] { reader->next(record); }), "wide.csv: line 3: 7 fields, the header has 5");
    reader = openRecordReader(path);
    reader->next(record);
    EXPECT_EQ(whereOf([&] { reader->next(record); }), "wide.csv:3");
}

TEST(CsvReader, UnterminatedQuoteAtEndOfFile)
{
    TempFiles files;
    const auto path = files.write("cut.csv", "id,note\n1,ok\n2,\"this was\ncut off");
    auto reader = openRecordReader(path);
    Record record;
    ASSERT_TRUE(reader->next(record));
    EXPECT_EQ(errorOf([&] { reader->next(record); }),
              "cut.csv: line 3: unterminated quoted field starting here (the file may be truncated)");
}

TEST(CsvReader, EmptyAndHeaderOnlyFiles)
{
    TempFiles files;
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("zero.csv", "")); }), "zero.csv: the file is empty");
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("bom.csv", "\xEF\xBB\xBF")); }), "bom.csv: the file is empty");
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("ws.csv", "\n  \r\n\t\n")); }), "ws.csv: the file is empty");

    auto reader = openRecordReader(files.write("header.csv", "id;name;email\r\n"));
    EXPECT_EQ(reader->delimiter(), ';');
    EXPECT_EQ(reader->columns(), (Strings{"id", "name", "email"}));
    Record record;
    EXPECT_FALSE(reader->next(record));
    EXPECT_EQ(reader->sha256Hex(), kestrel::core::fileSha256Hex(files.path("header.csv")));
}

TEST(CsvReader, SingleColumnFile)
{
    TempFiles files;
    auto reader = openRecordReader(files.write("one.csv", "email\na@b.c\n\nd@e.f\n"));
    EXPECT_EQ(reader->delimiter(), ',');
    EXPECT_EQ(reader->columns(), (Strings{"email"}));
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[1].values, (Strings{"d@e.f"}));
    EXPECT_EQ(records[1].line, 4);
}

TEST(CsvReader, BadHeaderNames)
{
    TempFiles files;
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("dup.csv", "name,email, name\n1,2,3\n")); }),
              "dup.csv: line 1: column 3 \"name\" of the header repeats the name of column 1");
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("gap.csv", "\nid;;email\n1;2;3\n")); }),
              "gap.csv: line 2: column 2 of the header has an empty name");
}

TEST(CsvReader, ExplicitDelimiterAndTsvExtension)
{
    TempFiles files;
    ReaderOptions options;
    options.delimiter = ';';
    auto reader = openRecordReader(files.write("x.csv", "a,b;c\n1,5;2\n"), options);
    EXPECT_EQ(reader->columns(), (Strings{"a,b", "c"}));

    reader = openRecordReader(files.write("t.tsv", "a b\tc\n1\t2\n"));
    EXPECT_EQ(reader->delimiter(), '\t');
    EXPECT_EQ(reader->columns(), (Strings{"a b", "c"}));
}

TEST(CsvReader, LargeQuotedFieldAcrossManyChunks)
{
    TempFiles files;
    std::string big;
    for (int i = 0; i < 50000; ++i) {
        big += "line " + std::to_string(i) + ", \"\"q\"\"\n";
    }
    std::string expected;
    for (int i = 0; i < 50000; ++i) {
        expected += "line " + std::to_string(i) + ", \"q\"\n";
    }
    const auto path = files.write("big.csv", "id,body\n1,\"" + big + "\"\n2,after\n");
    auto reader = openCsv(path, 65536);
    Record record;
    ASSERT_TRUE(reader->next(record));
    EXPECT_EQ(record.line, 2);
    EXPECT_EQ(record.values[1], expected);
    ASSERT_TRUE(reader->next(record));
    EXPECT_EQ(record.line, 50003);
    EXPECT_EQ(record.values, (Strings{"2", "after"}));
    EXPECT_FALSE(reader->next(record));
}
