#include "etl/record_reader.h"

#include "etl_test_files.h"

#include <gtest/gtest.h>

#include <fstream>

using kestrel::core::Error;
using kestrel::core::FileFormat;
using kestrel::core::fileSha256Hex;
using kestrel::core::openRecordReader;
using kestrel::core::ReaderOptions;
using kestrel::core::Record;
using kestrel::core::TextEncoding;
using kestrel::test::errorOf;
using kestrel::test::readAll;
using kestrel::test::TempFiles;
using Strings = std::vector<std::string>;

TEST(RecordReader, FormatByExtensionThenContent)
{
    TempFiles files;
    EXPECT_EQ(openRecordReader(files.write("a.csv", "x,y\n1,2\n"))->format(), FileFormat::Csv);
    EXPECT_EQ(openRecordReader(files.write("a.TXT", "x;y\n1;2\n"))->format(), FileFormat::Csv);
    EXPECT_EQ(openRecordReader(files.write("a.json", "[{\"x\":1}]"))->format(), FileFormat::Json);
    EXPECT_EQ(openRecordReader(files.write("a.jsonl", "{\"x\":1}\n"))->format(), FileFormat::Json);
    EXPECT_EQ(openRecordReader(files.write("a.NDJSON", "{\"x\":1}\n"))->format(), FileFormat::Json);
    // No known extension: the first non-blank character decides.
    EXPECT_EQ(openRecordReader(files.write("export.dat", "\n  [{\"x\":1}]"))->format(), FileFormat::Json);
    EXPECT_EQ(openRecordReader(files.write("export", "{\"x\":1}\n"))->format(), FileFormat::Json);
    EXPECT_EQ(openRecordReader(files.write("export.out", "x,y\n1,2\n"))->format(), FileFormat::Csv);
    // An explicit format wins over the extension.
    ReaderOptions options;
    options.format = FileFormat::Json;
    auto reader = openRecordReader(files.write("really_json.csv", "{\"x\":\"a,b\"}\n"), options);
    EXPECT_EQ(reader->format(), FileFormat::Json);
    EXPECT_EQ(reader->columns(), (Strings{"x"}));
}

TEST(RecordReader, NotCsvOrJson)
{
    TempFiles files;
    EXPECT_EQ(errorOf([&] {
                  openRecordReader(files.write("page.csv", "\n<!DOCTYPE html>\n<html><body>Login</body></html>"));
              }),
              "page.csv: not a CSV or JSON file (it looks like an HTML page)");
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("page2.csv", "<HTML><head></head></HTML>")); }),
              "page2.csv: not a CSV or JSON file (it looks like an HTML page)");
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("feed.json", "<?xml version=\"1.0\"?><rss/>")); }),
              "feed.json: not a CSV or JSON file (it looks like an XML document)");
    EXPECT_EQ(
        errorOf([&] { openRecordReader(files.write("img.csv", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16))); }),
        "img.csv: not a CSV or JSON file (binary data)");
    EXPECT_EQ(errorOf([&] { openRecordReader(files.write("w.csv", std::string("\xFF\xFEi\0d\0\n\0", 8))); }),
              "w.csv: UTF-16 text is not supported; save the file as UTF-8 or Windows-1251");
}

TEST(RecordReader, ErrorsAreTyped)
{
    TempFiles files;
    try {
        openRecordReader(files.path("missing.csv"));
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::Io);
        EXPECT_EQ(e.where(), files.path("missing.csv"));
    }
    try {
        openRecordReader(files.write("empty.json", ""));
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::InvalidArgument);
        EXPECT_EQ(std::string(e.what()), "empty.json: the file is empty");
        EXPECT_EQ(e.where(), "empty.json");
    }
}

TEST(RecordReader, ShaMatchesTheWholeFile)
{
    TempFiles files;
    const auto path = files.write("abc.csv", "abc\n");
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->columns(), (Strings{"abc"}));
    Record record;
    EXPECT_FALSE(reader->next(record));
    EXPECT_EQ(reader->sha256Hex(), "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
    EXPECT_EQ(fileSha256Hex(path), "edeaaff3f1774ad2888673770c6d64097e391bc362d7d6fb34982ddf0efd18cb");
}

// Guards the streaming path: a file far larger than one chunk goes through in bounded memory.
TEST(RecordReader, StreamsA50MegabyteCsv)
{
    TempFiles files;
    const std::string path = files.path("big.csv");
    std::int64_t rows = 0;
    {
        std::ofstream out(path, std::ios::binary);
        out << "\xEF\xBB\xBF"
               "id;name;amount;created_at;note\r\n";
        std::string block;
        std::uint64_t written = 0;
        while (written < 50'000'000) {
            block.clear();
            for (int k = 0; k < 1000; ++k, ++rows) {
                block += std::to_string(rows + 1);
                block += ";Пользователь ";
                block += std::to_string(rows % 977);
                block += ";1 234,";
                block += std::to_string(rows % 90 + 10);
                block += ";2025-03-01 10:20:30;";
                block += rows % 100 == 0 ? "\"multi;\r\nline \"\"note\"\"\"" : "plain";
                block += "\r\n";
            }
            out << block;
            written += block.size();
        }
    }
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->encoding(), TextEncoding::Utf8Bom);
    EXPECT_EQ(reader->delimiter(), ';');
    ASSERT_EQ(reader->columns().size(), 5u);
    Record record;
    std::int64_t count = 0;
    std::int64_t line = 2;
    bool valuesOk = true;
    while (reader->next(record)) {
        valuesOk = valuesOk && record.line == line && record.values[0] == std::to_string(count + 1);
        if (count % 100 == 0) {
            valuesOk = valuesOk && record.values[4] == "multi;\r\nline \"note\"";
        }
        line += count % 100 == 0 ? 2 : 1;
        ++count;
    }
    EXPECT_TRUE(valuesOk);
    EXPECT_EQ(count, rows);
    EXPECT_EQ(record.values[1], "Пользователь " + std::to_string((rows - 1) % 977));
    EXPECT_EQ(record.values[2], "1 234," + std::to_string((rows - 1) % 90 + 10));
    EXPECT_GT(reader->fileSize(), 50'000'000u);
    EXPECT_EQ(reader->bytesRead(), reader->fileSize());
    EXPECT_EQ(reader->sha256Hex(), fileSha256Hex(path));
}
