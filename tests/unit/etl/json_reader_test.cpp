#include "etl/json_reader.h"

#include "etl/text_stream.h"
#include "etl_test_files.h"

#include <gtest/gtest.h>

using kestrel::core::FileFormat;
using kestrel::core::JsonReader;
using kestrel::core::openRecordReader;
using kestrel::core::Record;
using kestrel::core::TextStream;
using kestrel::test::errorOf;
using kestrel::test::readAll;
using kestrel::test::TempFiles;
using kestrel::test::whereOf;
using Strings = std::vector<std::string>;

namespace {

std::vector<Record> readJson(const TempFiles& files, const std::string& text, const std::string& name = "data.json")
{
    auto reader = openRecordReader(files.write(name, text));
    return readAll(*reader);
}

std::string jsonError(const TempFiles& files, const std::string& text, const std::string& name = "data.json")
{
    return errorOf([&] { readJson(files, text, name); });
}

} // namespace

TEST(JsonReader, ArrayOfObjects)
{
    TempFiles files;
    const auto path = files.write("orders.json", "[\n  {\"id\": 1, \"name\": \"Анна\", \"paid\": true},\n"
                                                 "  {\"id\": 2, \"name\": \"Bob\", \"paid\": false}\n]\n");
    auto reader = openRecordReader(path);
    EXPECT_EQ(reader->format(), FileFormat::Json);
    EXPECT_EQ(reader->delimiter(), 0);
    EXPECT_EQ(reader->columns(), (Strings{"id", "name", "paid"})); // known before the first next()
    const auto records = readAll(*reader);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(records[0].line, 2);
    EXPECT_EQ(records[0].values, (Strings{"1", "Анна", "true"}));
    EXPECT_EQ(records[1].line, 3);
    EXPECT_EQ(records[1].values, (Strings{"2", "Bob", "false"}));
    EXPECT_EQ(reader->sha256Hex(), kestrel::core::fileSha256Hex(path));
    EXPECT_EQ(reader->bytesRead(), reader->fileSize());
}

TEST(JsonReader, JsonLinesWithBlankLines)
{
    TempFiles files;
    const auto records =
        readJson(files, "{\"a\":1,\"b\":\"x\"}\n\n{\"a\":2,\"b\":null}\r\n   \n{\"b\":\"z\",\"a\":3}", "e.jsonl");
    ASSERT_EQ(records.size(), 3u);
    EXPECT_EQ(records[0].line, 1);
    EXPECT_EQ(records[1].line, 3);
    EXPECT_EQ(records[1].values, (Strings{"2", ""}));
    EXPECT_EQ(records[2].line, 5);
    EXPECT_EQ(records[2].values, (Strings{"3", "z"}));
}

TEST(JsonReader, NestedValuesAreCompactJson)
{
    TempFiles files;
    const auto records = readJson(
        files,
        "{\"id\": 1, \"properties\": { \"a\" : 1 , \"b\" : [ 1 , 2 ], \"c\": {\"d\": null, \"e\": \"x\\\"y\\u0416\"},"
        " \"f\": [], \"g\": {}, \"h\": [true, false, -1.5e3] }, \"tags\": [\"x\", \"y\"]}\n",
        "nested.ndjson");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].values[1],
              "{\"a\":1,\"b\":[1,2],\"c\":{\"d\":null,\"e\":\"x\\\"yЖ\"},\"f\":[],\"g\":{},\"h\":[true,false,-1.5e3]}");
    EXPECT_EQ(records[0].values[2], "[\"x\",\"y\"]");

    // Escapes are decoded, then written back minimally.
    const auto escaped = readJson(files, R"({"p": {"s": "a\u0001b\nc\/d\u00e9\"", "k\"ey": 1}})", "escaped.json");
    ASSERT_EQ(escaped.size(), 1u);
    EXPECT_EQ(escaped[0].values[0], R"({"s":"a\u0001b\nc/dé\"","k\"ey":1})");
}

TEST(JsonReader, StringEscapesAndSurrogatePairs)
{
    TempFiles files;
    const auto records = readJson(
        files, R"([{"s": "\u0416\u00e9\ud83d\ude00 \"q\" \\ \/ \n\t\b\f\r end", "raw": "Ёжик 😀", "k\u00e9y": 1}])");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].values[0], "Жé😀 \"q\" \\ / \n\t\b\f\r end");
    EXPECT_EQ(records[0].values[1], "Ёжик 😀");
    auto reader = openRecordReader(files.path("data.json"));
    EXPECT_EQ(reader->columns(), (Strings{"s", "raw", "kéy"}));
}

TEST(JsonReader, ScalarsKeptAsWritten)
{
    TempFiles files;
    const auto records = readJson(
        files,
        R"({"n": 1.50, "z": -0, "e": 1E+5, "big": 123456789012345678901234567890, "t": true, "f": false, "x": null})");
    ASSERT_EQ(records.size(), 1u);
    EXPECT_EQ(records[0].values,
              (Strings{"1.50", "-0", "1E+5", "123456789012345678901234567890", "true", "false", ""}));
}

TEST(JsonReader, ColumnsGrowWhileReading)
{
    TempFiles files;
    auto reader = openRecordReader(files.write("grow.jsonl", "{\"a\":1}\n{\"b\":2,\"a\":3}\n{\"c\":4}\n"));
    EXPECT_EQ(reader->columns(), (Strings{"a"}));
    Record record;
    ASSERT_TRUE(reader->next(record));
    EXPECT_EQ(record.values, (Strings{"1"}));
    ASSERT_TRUE(reader->next(record));
    EXPECT_EQ(reader->columns(), (Strings{"a", "b"}));
    EXPECT_EQ(record.values, (Strings{"3", "2"}));
    ASSERT_TRUE(reader->next(record));
    EXPECT_EQ(reader->columns(), (Strings{"a", "b", "c"}));
    EXPECT_EQ(record.values, (Strings{"", "", "4"}));
    EXPECT_FALSE(reader->next(record));
}

TEST(JsonReader, TruncatedFile)
{
    TempFiles files;
    EXPECT_EQ(jsonError(files, "[\n{\"a\":1},\n{\"a\":2,\n\"b\":\"unfinished"),
              "data.json: line 4: unexpected end of file (the file may be truncated)");
    EXPECT_EQ(jsonError(files, "[{\"a\":1},\n{\"a\":2}\n"),
              "data.json: line 3: unexpected end of file (the file may be truncated)");
    EXPECT_EQ(jsonError(files, "{\"a\":[1,2", "x.jsonl"),
              "x.jsonl: line 1: unexpected end of file (the file may be truncated)");
}

TEST(JsonReader, SyntaxErrorNamesLineAndColumn)
{
    TempFiles files;
    // Line 3, column 17 is the '"' of "c" where a ',' or '}' belongs.
    const std::string text = "[\n{\"a\": 1},\n{\"a\": 2, \"b\": 3 \"c\": 4}\n]";
    EXPECT_EQ(jsonError(files, text), "data.json: line 3, column 17: expected ',' or '}'");
    EXPECT_EQ(whereOf([&] { readJson(files, text); }), "data.json:3");
    // Columns count characters, not bytes.
    EXPECT_EQ(jsonError(files, "{\"имя\": \"Ёж\" x}"), "data.json: line 1, column 14: expected ',' or '}'");
    EXPECT_EQ(jsonError(files, "{\"a\" 1}"), "data.json: line 1, column 6: expected ':'");
    EXPECT_EQ(jsonError(files, "{\"a\": 1,}"), "data.json: line 1, column 9: expected a key in double quotes");
    EXPECT_EQ(jsonError(files, "{\"a\": tru}"), "data.json: line 1, column 10: invalid literal (expected true)");
    EXPECT_EQ(jsonError(files, "{\"a\": 01}"), "data.json: line 1, column 8: invalid number (a leading zero)");
    EXPECT_EQ(jsonError(files, "{\"a\": \"x\\qy\"}"), "data.json: line 1, column 10: invalid escape \\q");
    EXPECT_EQ(jsonError(files, "{\"a\": \"\\ud83d\"}"),
              "data.json: line 1, column 14: invalid \\u escape: a high surrogate without a low one");
    EXPECT_EQ(jsonError(files, "{\"a\": \"line\nbreak\"}"),
              "data.json: line 1, column 12: unescaped control character in a string");
    EXPECT_EQ(jsonError(files, "[{\"a\": 1}] x"),
              "data.json: line 1, column 12: unexpected text after the end of the top-level array");
    EXPECT_EQ(jsonError(files, "[{\"a\": 1} {\"a\": 2}]"), "data.json: line 1, column 11: expected ',' or ']'");
}

TEST(JsonReader, TopLevelMustHoldObjects)
{
    TempFiles files;
    EXPECT_EQ(jsonError(files, "42\n"),
              "data.json: line 1, column 1: expected an array of objects or one object per line, found a number");
    EXPECT_EQ(jsonError(files, "  \"text\""),
              "data.json: line 1, column 3: expected an array of objects or one object per line, found a string");
    EXPECT_EQ(jsonError(files, "[1, 2, 3]"),
              "data.json: line 1, column 2: expected an object in the top-level array, found a number");
    EXPECT_EQ(jsonError(files, "[{\"a\":1}, [2]]"),
              "data.json: line 1, column 11: expected an object in the top-level array, found an array");
    EXPECT_EQ(jsonError(files, "{\"a\":1}\n[2]\n", "l.jsonl"),
              "l.jsonl: line 2, column 1: expected an object (JSON lines hold one object per line), found an array");
    EXPECT_EQ(jsonError(files, "   \n", "blank.json"), "blank.json: the file is empty");
}

TEST(JsonReader, DuplicateKeyInOneObject)
{
    TempFiles files;
    EXPECT_EQ(jsonError(files, "{\"a\":1}\n{\"a\":2, \"b\":3, \"a\":4}\n"),
              "data.json: line 2, column 16: duplicate key \"a\" in one object");
}

TEST(JsonReader, EmptyArrayHasNoRecords)
{
    TempFiles files;
    auto reader = openRecordReader(files.write("none.json", " [ ] \n"));
    EXPECT_TRUE(reader->columns().empty());
    Record record;
    EXPECT_FALSE(reader->next(record));
}

TEST(JsonReader, SmallChunksGiveTheSameRecords)
{
    TempFiles files;
    std::string text = "[";
    for (int i = 0; i < 20000; ++i) {
        text += std::string(i ? "," : "") + "\n {\"id\": " + std::to_string(i) + ", \"name\": \"Ёжик \\u2116" +
                std::to_string(i) + "\", \"p\": {\"k\": [" + std::to_string(i) + "]}}";
    }
    text += "\n]\n";
    const auto path = files.write("chunks.json", text);
    JsonReader reader(std::make_unique<TextStream>(path, std::nullopt, 1031));
    Record record;
    for (int i = 0; i < 20000; ++i) {
        ASSERT_TRUE(reader.next(record));
        ASSERT_EQ(record.line, i + 2);
        ASSERT_EQ(record.values[0], std::to_string(i));
        ASSERT_EQ(record.values[1], "Ёжик №" + std::to_string(i));
        ASSERT_EQ(record.values[2], "{\"k\":[" + std::to_string(i) + "]}");
    }
    EXPECT_FALSE(reader.next(record));
    EXPECT_EQ(reader.sha256Hex(), kestrel::core::fileSha256Hex(path));
}
