// XLSX through libxlsxwriter: the produced file is unzipped and its XML read back (sheets, values,
// bold header style, frozen first row, number formats), splitting at an injected row limit, and
// the refusals that keep an export from ever cutting rows silently.
#include "common/error.h"
#include "export_test_support.h"
#include "exports/table_export_writer.h"
#include "xlsx_contents.h"

#include <QtCore/QXmlStreamReader>
#include <gtest/gtest.h>

#include <cmath>
#include <regex>
#include <set>

using namespace kestrel;
using core::ColumnKind;
using core::ExportFormat;
using core::ExportOptions;
using core::TableExportWriter;

namespace {

struct Cell {
    std::string type;  // t attribute: "", "inlineStr", "b", "s"
    int style = 0;     // s attribute
    std::string value; // <v> or inline <t>
};

struct Sheet {
    std::map<std::string, Cell> cells; // by reference, "B2"
    std::map<std::string, std::string> pane;
    int cols = 0; // <col> elements (widths)
};

Sheet parseSheet(const std::string& xml)
{
    Sheet sheet;
    QXmlStreamReader r(QByteArray::fromStdString(xml));
    std::string ref;
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = r.name();
        const auto attr = [&](const char* a) {
            return r.attributes().value(QLatin1String(a)).toString().toStdString();
        };
        if (name == QLatin1String("c")) {
            ref = attr("r");
            sheet.cells[ref] = {attr("t"), std::atoi(attr("s").c_str()), {}};
        } else if (name == QLatin1String("v") || name == QLatin1String("t")) {
            sheet.cells[ref].value = r.readElementText().toStdString();
        } else if (name == QLatin1String("pane")) {
            for (const auto& a : r.attributes())
                sheet.pane[a.name().toString().toStdString()] = a.value().toString().toStdString();
        } else if (name == QLatin1String("col")) {
            ++sheet.cols;
        }
    }
    EXPECT_FALSE(r.hasError()) << r.errorString().toStdString();
    return sheet;
}

struct Styles {
    std::vector<bool> fontBold; // by font index
    std::vector<int> xfFont;    // cellXfs: font of each style index
    std::vector<int> xfNumFmt;  // cellXfs: number format id
    std::map<int, std::string> numFmts;

    bool bold(int style) const
    {
        return fontBold.at(static_cast<std::size_t>(xfFont.at(static_cast<std::size_t>(style))));
    }
    std::string format(int style) const
    {
        const int id = xfNumFmt.at(static_cast<std::size_t>(style));
        return numFmts.count(id) ? numFmts.at(id) : "builtin " + std::to_string(id);
    }
};

Styles parseStyles(const std::string& xml)
{
    Styles s;
    QXmlStreamReader r(QByteArray::fromStdString(xml));
    bool inFonts = false, inCellXfs = false;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const auto name = r.name();
        if (token == QXmlStreamReader::EndElement) {
            if (name == QLatin1String("fonts"))
                inFonts = false;
            if (name == QLatin1String("cellXfs"))
                inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (name == QLatin1String("fonts"))
            inFonts = true;
        else if (name == QLatin1String("cellXfs"))
            inCellXfs = true;
        else if (inFonts && name == QLatin1String("font"))
            s.fontBold.push_back(false);
        else if (inFonts && name == QLatin1String("b"))
            s.fontBold.back() = true;
        else if (inCellXfs && name == QLatin1String("xf")) {
            s.xfFont.push_back(r.attributes().value(QLatin1String("fontId")).toInt());
            s.xfNumFmt.push_back(r.attributes().value(QLatin1String("numFmtId")).toInt());
        } else if (name == QLatin1String("numFmt"))
            s.numFmts[r.attributes().value(QLatin1String("numFmtId")).toInt()] =
                r.attributes().value(QLatin1String("formatCode")).toString().toStdString();
    }
    return s;
}

std::vector<std::string> sheetNames(const std::string& workbookXml)
{
    std::vector<std::string> names;
    const std::regex re("<sheet name=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(workbookXml.begin(), workbookXml.end(), re); it != std::sregex_iterator(); ++it)
        names.push_back((*it)[1]);
    return names;
}

int worksheetCount(const std::map<std::string, std::string>& members)
{
    int n = 0;
    for (const auto& [name, _] : members)
        n += std::regex_match(name, std::regex("xl/worksheets/sheet[0-9]+\\.xml"));
    return n;
}

// A cell reference such as "B12" (built by append: GCC 12 warns wrongly on "A" + std::string).
std::string cellRef(char column, int row)
{
    std::string ref(1, column);
    ref.append(std::to_string(row));
    return ref;
}

double num(const Cell& c)
{
    return std::stod(c.value);
}

void expectFrozenHeader(const Sheet& sheet, const Styles& styles, std::size_t columns)
{
    EXPECT_EQ(sheet.pane.at("state"), "frozen");
    EXPECT_EQ(sheet.pane.at("ySplit"), "1");
    EXPECT_EQ(sheet.pane.at("topLeftCell"), "A2");
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string ref = cellRef(static_cast<char>('A' + c), 1);
        ASSERT_TRUE(sheet.cells.count(ref)) << ref;
        EXPECT_TRUE(styles.bold(sheet.cells.at(ref).style)) << ref << " is not bold";
    }
    EXPECT_EQ(sheet.cols, static_cast<int>(columns)); // a fitted width per column
}

const std::vector<core::ExportColumn> kColumns = {
    {"Name", ColumnKind::Text, 0},        {"Orders", ColumnKind::Integer, 0}, {"Revenue", ColumnKind::Decimal, 2},
    {"First order", ColumnKind::Date, 0}, {"Seen", ColumnKind::Timestamp, 0}, {"Active", ColumnKind::Boolean, 0},
};

} // namespace

TEST(XlsxExport, OneSheetWithTypedCellsBoldFrozenHeaderAndFormats)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "customers.xlsx";
    TableExportWriter w(path, ExportFormat::Xlsx, kColumns);
    w.writeRow({"Иван Петров", "12", "1234.5", "2025-03-01", "2025-03-01 10:20:30+00", "t"});
    w.writeRow({"a & <b>", "-3", "0.25", std::nullopt, "2024-02-29 23:59:59+03", "f"});
    w.writeRow({std::nullopt, "not a number", "1e3", "1899-12-31", "yesterday", "perhaps"});
    const auto summary = w.finish();
    EXPECT_EQ(summary.rows, 3u);
    EXPECT_EQ(summary.sheets, 1);
    EXPECT_EQ(summary.bytes, std::filesystem::file_size(path));
    EXPECT_EQ(test::entries(test::dirPath(dir)), std::vector<std::string>{"customers.xlsx"});

    const auto zip = test::readZipMembers(path);
    EXPECT_EQ(worksheetCount(zip), 1);
    EXPECT_EQ(sheetNames(zip.at("xl/workbook.xml")), std::vector<std::string>{"Data"});
    const Styles styles = parseStyles(zip.at("xl/styles.xml"));
    const Sheet sheet = parseSheet(zip.at("xl/worksheets/sheet1.xml"));
    expectFrozenHeader(sheet, styles, kColumns.size());

    const auto& c = sheet.cells;
    EXPECT_EQ(c.at("A1").value, "Name");
    EXPECT_EQ(c.at("F1").value, "Active");
    // Text (constant-memory mode writes inline strings)
    EXPECT_EQ(c.at("A2").type, "inlineStr");
    EXPECT_EQ(c.at("A2").value, "Иван Петров");
    EXPECT_EQ(c.at("A3").value, "a & <b>");
    EXPECT_FALSE(c.count("A4")); // null: no cell at all
    // Numbers with their formats
    EXPECT_EQ(c.at("B2").type, "");
    EXPECT_EQ(num(c.at("B2")), 12);
    EXPECT_EQ(styles.format(c.at("B2").style), "#,##0");
    EXPECT_EQ(num(c.at("B3")), -3);
    EXPECT_DOUBLE_EQ(num(c.at("C2")), 1234.5);
    EXPECT_EQ(styles.format(c.at("C2").style), "#,##0.00");
    EXPECT_DOUBLE_EQ(num(c.at("C4")), 1000);
    // Dates are Excel serials: 2025-03-01 is day 45717; an offset is converted to UTC.
    EXPECT_DOUBLE_EQ(num(c.at("D2")), 45717);
    EXPECT_EQ(styles.format(c.at("D2").style), "yyyy-mm-dd");
    EXPECT_NEAR(num(c.at("E2")), 45717 + (10 * 3600 + 20 * 60 + 30) / 86400.0, 1e-9);
    EXPECT_EQ(styles.format(c.at("E2").style), "yyyy-mm-dd hh:mm:ss");
    EXPECT_NEAR(num(c.at("E3")), 45351 + (20 * 3600 + 59 * 60 + 59) / 86400.0, 1e-9);
    EXPECT_FALSE(c.count("D3"));
    // Booleans
    EXPECT_EQ(c.at("F2").type, "b");
    EXPECT_EQ(c.at("F2").value, "1");
    EXPECT_EQ(c.at("F3").value, "0");
    // Values that are not their kind are kept as text, never dropped.
    EXPECT_EQ(c.at("B4").type, "inlineStr");
    EXPECT_EQ(c.at("B4").value, "not a number");
    EXPECT_EQ(c.at("D4").value, "1899-12-31");
    EXPECT_EQ(c.at("E4").value, "yesterday");
    EXPECT_EQ(c.at("F4").value, "perhaps");
}

TEST(XlsxExport, IntegersBeyondDoublePrecisionStayExactAsText)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "ids.xlsx";
    TableExportWriter w(path, ExportFormat::Xlsx, {{"id", ColumnKind::Integer, 0}});
    w.writeRow({"9223372036854775807"});
    w.writeRow({"9007199254740992"});
    w.finish();
    const Sheet sheet = parseSheet(test::readZipMembers(path).at("xl/worksheets/sheet1.xml"));
    EXPECT_EQ(sheet.cells.at("A2").type, "inlineStr");
    EXPECT_EQ(sheet.cells.at("A2").value, "9223372036854775807");
    EXPECT_EQ(sheet.cells.at("A3").type, "");
}

TEST(XlsxExport, SplitsIntoSheetsAtAnInjectedLimitWithEveryRowOnce)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "split.xlsx";
    ExportOptions options;
    options.xlsxMaxRowsPerSheet = 10; // header + 9 data rows per sheet
    options.xlsxSplitSheets = true;
    const std::vector<core::ExportColumn> columns = {{"id", ColumnKind::Integer, 0}, {"label", ColumnKind::Text, 0}};
    const auto summary = TableExportWriter::write(
        path, ExportFormat::Xlsx, columns,
        [](const core::ExportRowSink& sink) {
            for (int i = 1; i <= 25; ++i)
                sink({std::to_string(i), "row " + std::to_string(i)});
        },
        options);
    EXPECT_EQ(summary.rows, 25u);
    EXPECT_EQ(summary.sheets, 3);

    const auto zip = test::readZipMembers(path);
    EXPECT_EQ(worksheetCount(zip), 3);
    EXPECT_EQ(sheetNames(zip.at("xl/workbook.xml")), (std::vector<std::string>{"Data", "Data (2)", "Data (3)"}));
    const Styles styles = parseStyles(zip.at("xl/styles.xml"));
    std::multiset<int> seen;
    const int expectedRows[] = {9, 9, 7};
    for (int s = 1; s <= 3; ++s) {
        SCOPED_TRACE("sheet " + std::to_string(s));
        const Sheet sheet = parseSheet(zip.at("xl/worksheets/sheet" + std::to_string(s) + ".xml"));
        expectFrozenHeader(sheet, styles, columns.size());
        EXPECT_EQ(sheet.cells.at("A1").value, "id");
        EXPECT_EQ(sheet.cells.at("B1").value, "label");
        int rows = 0;
        for (int r = 2; sheet.cells.count(cellRef('A', r)); ++r) {
            const int id = static_cast<int>(num(sheet.cells.at(cellRef('A', r))));
            EXPECT_EQ(sheet.cells.at(cellRef('B', r)).value, std::string("row ").append(std::to_string(id)));
            seen.insert(id);
            ++rows;
        }
        EXPECT_EQ(rows, expectedRows[s - 1]);
        EXPECT_EQ(sheet.cells.size(), static_cast<std::size_t>((rows + 1) * 2)); // nothing past the data
    }
    ASSERT_EQ(seen.size(), 25u);
    for (int i = 1; i <= 25; ++i)
        EXPECT_EQ(seen.count(i), 1u) << "row " << i;
}

TEST(XlsxExport, WithoutSplittingRefusesBeforeWritingWhenTheCountIsKnown)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "refused.xlsx";
    ExportOptions options;
    options.xlsxMaxRowsPerSheet = 10;
    options.xlsxSplitSheets = false;
    options.expectedRows = 25;
    try {
        TableExportWriter w(path, ExportFormat::Xlsx, kColumns, options);
        FAIL() << "expected a refusal";
    } catch (const core::Error& e) {
        EXPECT_EQ(e.code(), core::Error::Code::InvalidArgument);
        EXPECT_STREQ(e.what(), "25 rows do not fit one XLSX sheet (9 data rows); choose split into sheets or CSV");
    }
    EXPECT_TRUE(test::entries(test::dirPath(dir)).empty());

    options.expectedRows = 9; // exactly one full sheet is fine
    TableExportWriter fits(path, ExportFormat::Xlsx, kColumns, options);
    fits.abort();

    ExportOptions real;
    real.xlsxSplitSheets = false;
    EXPECT_EQ(TableExportWriter::xlsxRefusal(2000000, real),
              "2,000,000 rows do not fit one XLSX sheet (1,048,575 data rows); choose split into sheets or CSV");
    EXPECT_FALSE(TableExportWriter::xlsxRefusal(1048575, real));
    real.xlsxSplitSheets = true;
    EXPECT_FALSE(TableExportWriter::xlsxRefusal(2000000, real));
}

TEST(XlsxExport, WithoutSplittingAnUnforeseenOverflowFailsWholeAndLeavesNothing)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "overflow.xlsx";
    ExportOptions options;
    options.xlsxMaxRowsPerSheet = 10;
    options.xlsxSplitSheets = false; // and no expectedRows: the count is not known up front
    int written = 0;
    try {
        TableExportWriter::write(
            path, ExportFormat::Xlsx, {{"id", ColumnKind::Integer, 0}},
            [&](const core::ExportRowSink& sink) {
                for (int i = 1; i <= 25; ++i) {
                    sink({std::to_string(i)});
                    written = i;
                }
            },
            options);
        FAIL() << "expected a refusal";
    } catch (const core::Error& e) {
        EXPECT_EQ(e.code(), core::Error::Code::InvalidArgument);
        EXPECT_NE(std::string(e.what()).find("do not fit one XLSX sheet (9 data rows)"), std::string::npos) << e.what();
    }
    EXPECT_EQ(written, 9);
    EXPECT_TRUE(test::entries(test::dirPath(dir)).empty());
}

TEST(XlsxExport, TextTooLongForACellFailsInsteadOfBeingCut)
{
    QTemporaryDir dir;
    const auto path = test::dirPath(dir) / "long.xlsx";
    TableExportWriter w(path, ExportFormat::Xlsx, {{"note", ColumnKind::Text, 0}});
    w.writeRow({std::string(32767, 'x')});
    try {
        w.writeRow({std::string(32768, 'y')});
        FAIL() << "expected an error";
    } catch (const core::Error& e) {
        EXPECT_NE(std::string(e.what()).find("Row 2, column \"note\""), std::string::npos) << e.what();
    }
    EXPECT_THROW(w.finish(), core::Error);
    EXPECT_TRUE(test::entries(test::dirPath(dir)).empty());
}

TEST(XlsxExport, AbandonedWorkbookLeavesNoFile)
{
    QTemporaryDir dir;
    {
        TableExportWriter w(test::dirPath(dir) / "gone.xlsx", ExportFormat::Xlsx, kColumns);
        w.writeRow({"a", "1", "2", "2025-01-01", "2025-01-01 00:00:00+00", "t"});
    }
    EXPECT_TRUE(test::entries(test::dirPath(dir)).empty());
}

TEST(XlsxExport, BadRowLimitIsRefused)
{
    QTemporaryDir dir;
    ExportOptions options;
    options.xlsxMaxRowsPerSheet = 1; // not even the header and one row
    EXPECT_THROW(TableExportWriter(test::dirPath(dir) / "x.xlsx", ExportFormat::Xlsx, kColumns, options), core::Error);
    options.xlsxMaxRowsPerSheet = core::kXlsxMaxRowsPerSheet + 1;
    EXPECT_THROW(TableExportWriter(test::dirPath(dir) / "x.xlsx", ExportFormat::Xlsx, kColumns, options), core::Error);
}
