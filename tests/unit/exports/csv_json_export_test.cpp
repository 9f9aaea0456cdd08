// CSV bytes exactly and JSON parsed back: the two text formats of TableExportWriter.
#include "common/error.h"
#include "export_test_support.h"
#include "exports/table_export_writer.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <gtest/gtest.h>

using namespace kestrel;
using core::ColumnKind;
using core::ExportFormat;
using core::ExportOptions;
using core::ExportRow;
using core::TableExportWriter;

namespace {

const std::vector<core::ExportColumn> kColumns = {
    {"Name", ColumnKind::Text, 0},        {"Orders", ColumnKind::Integer, 0}, {"Revenue", ColumnKind::Decimal, 2},
    {"First order", ColumnKind::Date, 0}, {"Seen", ColumnKind::Timestamp, 0}, {"Active", ColumnKind::Boolean, 0},
};

const std::vector<ExportRow> kRows = {
    {"Иван Петров", "12", "1234.5", "2025-03-01", "2025-03-01 10:20:30+00", "t"},
    {"a;b \"quoted\"\nnext line", "-3", "0.25", std::nullopt, std::nullopt, "f"},
    {std::nullopt, std::nullopt, "1e3", "2024-02-29", "2024-02-29 23:59:59+03", std::nullopt},
};

core::ExportSummary writeAll(const std::filesystem::path& path, ExportFormat format, const ExportOptions& options)
{
    return TableExportWriter::write(
        path, format, kColumns,
        [](const core::ExportRowSink& sink) {
            for (const ExportRow& r : kRows)
                sink(r);
        },
        options);
}

} // namespace

TEST(CsvExport, BytesWithBomSemicolonQuotingAndCyrillic)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "customers.csv";
    ExportOptions options;
    options.csvDelimiter = ';';
    const auto summary = writeAll(path, ExportFormat::Csv, options);

    const std::string expected = "\xEF\xBB\xBF"
                                 "Name;Orders;Revenue;First order;Seen;Active\n"
                                 "Иван Петров;12;1234.5;2025-03-01;2025-03-01 10:20:30+00;t\n"
                                 "\"a;b \"\"quoted\"\"\nnext line\";-3;0.25;;;f\n"
                                 ";;1e3;2024-02-29;2024-02-29 23:59:59+03;\n";
    EXPECT_EQ(test::readFile(path), expected);
    EXPECT_EQ(summary.rows, 3u);
    EXPECT_EQ(summary.sheets, 1);
    EXPECT_EQ(summary.bytes, expected.size());
    EXPECT_EQ(test::entries(test::dirPath(dir)), std::vector<std::string>{"customers.csv"}); // no temp file left
}

TEST(CsvExport, WithoutBomCommaDelimiterAndCrlf)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "plain.csv";
    ExportOptions options;
    options.csvBom = false;
    options.csvCrlf = true;
    TableExportWriter w(path, ExportFormat::Csv, {{"a", ColumnKind::Text, 0}, {"b,c", ColumnKind::Text, 0}}, options);
    w.writeRow({"x,y", "carriage\rreturn"});
    w.writeRow({"", std::nullopt});
    w.finish();
    EXPECT_EQ(test::readFile(path), "a,\"b,c\"\r\n\"x,y\",\"carriage\rreturn\"\r\n,\r\n");
}

TEST(CsvExport, RejectsAQuoteAsDelimiter)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.csvDelimiter = '"';
    EXPECT_THROW(TableExportWriter(test::dirPath(dir) / "x.csv", ExportFormat::Csv, kColumns, options), core::Error);
    EXPECT_TRUE(test::entries(test::dirPath(dir)).empty());
}

TEST(JsonExport, ParsesBackToTypedValues)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "customers.json";
    const auto summary = writeAll(path, ExportFormat::Json, {});
    EXPECT_EQ(summary.rows, 3u);

    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(test::readFile(path)), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    ASSERT_TRUE(doc.isArray());
    const QJsonArray rows = doc.array();
    ASSERT_EQ(rows.size(), 3);

    const QJsonObject first = rows[0].toObject();
    EXPECT_EQ(first.keys().size(), 6);
    EXPECT_EQ(first[QStringLiteral("Name")], QJsonValue(QStringLiteral("Иван Петров")));
    EXPECT_TRUE(first[QStringLiteral("Orders")].isDouble());
    EXPECT_EQ(first[QStringLiteral("Orders")].toInteger(), 12);
    EXPECT_DOUBLE_EQ(first[QStringLiteral("Revenue")].toDouble(), 1234.5);
    EXPECT_EQ(first[QStringLiteral("First order")], QJsonValue(QStringLiteral("2025-03-01")));
    EXPECT_EQ(first[QStringLiteral("Seen")], QJsonValue(QStringLiteral("2025-03-01 10:20:30+00")));
    EXPECT_EQ(first[QStringLiteral("Active")], QJsonValue(true));

    const QJsonObject second = rows[1].toObject();
    EXPECT_EQ(second[QStringLiteral("Name")], QJsonValue(QStringLiteral("a;b \"quoted\"\nnext line")));
    EXPECT_EQ(second[QStringLiteral("Orders")].toInteger(), -3);
    EXPECT_TRUE(second[QStringLiteral("First order")].isNull());
    EXPECT_TRUE(second[QStringLiteral("Seen")].isNull());
    EXPECT_EQ(second[QStringLiteral("Active")], QJsonValue(false));

    const QJsonObject third = rows[2].toObject();
    EXPECT_TRUE(third[QStringLiteral("Name")].isNull());
    EXPECT_TRUE(third[QStringLiteral("Orders")].isNull());
    EXPECT_DOUBLE_EQ(third[QStringLiteral("Revenue")].toDouble(), 1000.0);
    EXPECT_TRUE(third[QStringLiteral("Active")].isNull());
}

TEST(JsonExport, ValuesThatAreNotTheirKindStayTextAndKeysStayDistinct)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "odd.json";
    TableExportWriter w(path, ExportFormat::Json,
                        {{"v", ColumnKind::Decimal, 2}, {"v", ColumnKind::Boolean, 0}, {"c", ColumnKind::Text, 0}});
    w.writeRow({"NaN", "maybe", std::string("tab\tand\x01control")});
    w.writeRow({"1,5", "TRUE", "\\"});
    w.finish();
    const QJsonArray rows = QJsonDocument::fromJson(QByteArray::fromStdString(test::readFile(path))).array();
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows[0].toObject()[QStringLiteral("v")], QJsonValue(QStringLiteral("NaN")));
    EXPECT_EQ(rows[0].toObject()[QStringLiteral("v (2)")], QJsonValue(QStringLiteral("maybe")));
    EXPECT_EQ(rows[0].toObject()[QStringLiteral("c")], QJsonValue(QStringLiteral("tab\tand\x01control")));
    EXPECT_EQ(rows[1].toObject()[QStringLiteral("v")], QJsonValue(QStringLiteral("1,5")));
    EXPECT_EQ(rows[1].toObject()[QStringLiteral("v (2)")], QJsonValue(true));
    EXPECT_EQ(rows[1].toObject()[QStringLiteral("c")], QJsonValue(QStringLiteral("\\")));
}

TEST(JsonExport, NoRowsIsAnEmptyArray)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "empty.json";
    TableExportWriter w(path, ExportFormat::Json, kColumns);
    EXPECT_EQ(w.finish().rows, 0u);
    EXPECT_EQ(QJsonDocument::fromJson(QByteArray::fromStdString(test::readFile(path))).array().size(), 0);
}

// Failure paths: nothing half-written is ever left, and an existing file is never replaced by one.
TEST(ExportFailures, AbandonedExportLeavesNoFileAndKeepsTheOldOne)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "report.csv";
    {
        std::ofstream(path) << "old contents";
    }
    {
        TableExportWriter w(path, ExportFormat::Csv, kColumns);
        w.writeRow(kRows[0]);
        EXPECT_EQ(test::readFile(path), "old contents"); // rows go to a temporary file, not the target
    }                                                    // destroyed without finish(), as when a worker thread throws
    EXPECT_EQ(test::readFile(path), "old contents");
    EXPECT_EQ(test::entries(test::dirPath(dir)), std::vector<std::string>{"report.csv"});
}

TEST(ExportFailures, CancelledSourceLeavesNothing)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "cancelled.json";
    std::atomic<bool> stop{false};
    try {
        TableExportWriter::write(
            path, ExportFormat::Json, kColumns,
            [&](const core::ExportRowSink& sink) {
                sink(kRows[0]);
                stop = true;
                sink(kRows[1]);
                ADD_FAILURE() << "the sink must throw once stop is raised";
            },
            {}, &stop);
        FAIL() << "expected Error(Cancelled)";
    } catch (const core::Error& e) {
        EXPECT_EQ(e.code(), core::Error::Code::Cancelled);
    }
    EXPECT_TRUE(test::entries(test::dirPath(dir)).empty());
}

TEST(ExportFailures, RowOfWrongWidthFailsTheExport)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "bad.csv";
    try {
        TableExportWriter::write(path, ExportFormat::Csv, kColumns, [](const core::ExportRowSink& sink) {
            sink(kRows[0]);
            sink({"only", "three", "cells"});
        });
        FAIL() << "expected Error(InvalidArgument)";
    } catch (const core::Error& e) {
        EXPECT_EQ(e.code(), core::Error::Code::InvalidArgument);
        EXPECT_NE(std::string(e.what()).find("Row 2 has 3 cells but the export has 6 columns"), std::string::npos)
            << e.what();
    }
    EXPECT_TRUE(test::entries(test::dirPath(dir)).empty());
}

TEST(ExportFailures, UnwritableOrMissingFolderIsAnIoErrorWithThePath)
{
    // /proc refuses new files even to root, so this holds whoever runs the tests.
    for (const std::filesystem::path& path : {std::filesystem::path("/proc/kestrel-export.csv"),
                                              std::filesystem::path("/nonexistent-kestrel-folder/x.csv")}) {
        try {
            TableExportWriter w(path, ExportFormat::Csv, kColumns);
            FAIL() << "expected Error(Io) for " << path;
        } catch (const core::Error& e) {
            EXPECT_EQ(e.code(), core::Error::Code::Io) << e.what();
            EXPECT_EQ(e.where(), path.string());
            EXPECT_NE(std::string(e.what()).find(path.parent_path().string()), std::string::npos) << e.what();
        }
        EXPECT_FALSE(std::filesystem::exists(path));
    }
}

TEST(ExportFailures, TargetThatIsAFolderIsRefusedAndNothingIsLeft)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "taken";
    std::filesystem::create_directory(path);
    EXPECT_THROW(TableExportWriter(path, ExportFormat::Json, kColumns), core::Error);
    EXPECT_EQ(test::entries(test::dirPath(dir)), std::vector<std::string>{"taken"});
}

TEST(ExportFailures, NoColumnsIsRefused)
{
    QTemporaryDir dir;
    EXPECT_THROW(TableExportWriter(test::dirPath(dir) / "x.csv", ExportFormat::Csv, {}), core::Error);
}
