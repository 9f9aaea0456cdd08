#include "modeling/csv_dataset.h"

#include "../etl/etl_test_files.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace kestrel::core {
namespace {

using test::errorOf;
using test::TempFiles;

CsvDataset load(const std::string& path, const std::string& target, std::vector<std::string> drop = {})
{
    CsvDatasetOptions o;
    o.target = target;
    o.drop = std::move(drop);
    return CsvDataset::load(path, o);
}

std::size_t featureIndex(const CsvDataset& d, const std::string& name)
{
    const auto it = std::find(d.featureNames.begin(), d.featureNames.end(), name);
    EXPECT_NE(it, d.featureNames.end()) << name;
    return static_cast<std::size_t>(it - d.featureNames.begin());
}

bool hasNote(const CsvDataset& d, const std::string& part)
{
    return std::any_of(d.notes.begin(), d.notes.end(),
                       [&](const auto& n) { return n.find(part) != std::string::npos; });
}

TEST(CsvDataset, InfersNumericCategoricalAndIdColumns)
{
    TempFiles files;
    const auto path = files.write("t.csv", "id,tenure,total,plan,churn\n"
                                           "A-1,1,29.85,basic,Yes\n"
                                           "A-2,34, ,pro,No\n"
                                           "A-3,2,108.15,basic,Yes\n"
                                           "A-4,45,1840.75,,No\n");
    const auto d = load(path, "churn");
    EXPECT_EQ(d.rows, 4u);
    EXPECT_EQ(d.featureNames, (std::vector<std::string>{"tenure", "total", "plan=basic", "plan=pro"}));
    EXPECT_EQ(d.y, (std::vector<float>{1, 0, 1, 0}));
    EXPECT_EQ(d.positiveLabel, "Yes");
    EXPECT_EQ(d.negativeLabel, "No");
    EXPECT_TRUE(hasNote(d, "\"id\" left out: a different value in every row"));
    EXPECT_TRUE(hasNote(d, "1 text columns one-hot encoded into 2 features"));
    const auto w = d.cols();
    EXPECT_FLOAT_EQ(d.x[0 * w + featureIndex(d, "total")], 29.85f);
    EXPECT_TRUE(std::isnan(d.x[1 * w + featureIndex(d, "total")])); // " " is missing
    EXPECT_FLOAT_EQ(d.x[1 * w + featureIndex(d, "plan=pro")], 1.0f);
    EXPECT_FLOAT_EQ(d.x[1 * w + featureIndex(d, "plan=basic")], 0.0f);
    EXPECT_TRUE(std::isnan(d.x[3 * w + featureIndex(d, "plan=basic")])); // blank category is missing
}

TEST(CsvDataset, UnderstandsBinaryTargets)
{
    TempFiles files;
    EXPECT_EQ(load(files.write("a.csv", "x,y\n1,true\n2,False\n3,true\n"), "y").y, (std::vector<float>{1, 0, 1}));
    EXPECT_EQ(load(files.write("b.csv", "x,y\n1,0\n2,1\n3,0\n"), "y").y, (std::vector<float>{0, 1, 0}));
    const auto other = load(files.write("c.csv", "x,y\n1,cat\n2,dog\n3,cat\n"), "y");
    EXPECT_EQ(other.positiveLabel, "dog");
    EXPECT_EQ(other.y, (std::vector<float>{0, 1, 0}));
}

TEST(CsvDataset, DropLeavesColumnsOutAndConstantsAreNoted)
{
    TempFiles files;
    const auto path = files.write("d.csv", "a,b,k,y\n1,5,same,Yes\n2,6,same,No\n3,7,same,No\n");
    const auto d = load(path, "y", {"b"});
    EXPECT_EQ(d.featureNames, (std::vector<std::string>{"a"}));
    EXPECT_TRUE(hasNote(d, "\"k\" left out: it is the same in every row"));
    EXPECT_EQ(errorOf([&] { load(path, "y", {"nope"}); }), "d.csv: no column \"nope\" (columns: a, b, k, y)");
}

TEST(CsvDataset, CapsOneHotLevels)
{
    TempFiles files;
    std::string csv = "city,y\n";
    for (int i = 0; i < 30; ++i) {
        // Appended piece by piece: GCC 12 warns (-Wrestrict) about "c" + std::to_string(…) here.
        csv.append("c").append(std::to_string(i % 12)).append(i % 2 ? ",Yes\n" : ",No\n");
    }
    CsvDatasetOptions o;
    o.target = "y";
    o.maxLevels = 5;
    const auto d = CsvDataset::load(files.write("cap.csv", csv), o);
    EXPECT_EQ(d.cols(), 5u);
    EXPECT_TRUE(hasNote(d, "\"city\": 12 values, one-hot encoded for the 5 most frequent"));
}

TEST(CsvDataset, MissingTargetColumnIsNamed)
{
    TempFiles files;
    EXPECT_EQ(errorOf([&] { load(files.write("m.csv", "a,b\n1,2\n"), "Churn"); }),
              "m.csv: no column \"Churn\" (columns: a, b)");
}

TEST(CsvDataset, OneClassTargetIsRefused)
{
    TempFiles files;
    EXPECT_EQ(errorOf([&] { load(files.write("o.csv", "a,Churn\n1,No\n2,No\n"), "Churn"); }),
              "o.csv: the target column \"Churn\" has one class only: every row is \"No\"");
}

TEST(CsvDataset, BlankOrThirdTargetValueNamesTheLine)
{
    TempFiles files;
    EXPECT_EQ(errorOf([&] { load(files.write("b.csv", "a,y\n1,Yes\n2,\n"), "y"); }),
              "b.csv: line 3: the target column \"y\" is blank");
    const std::string third = errorOf([&] { load(files.write("t.csv", "a,y\n1,Yes\n2,No\n3,Maybe\n"), "y"); });
    EXPECT_EQ(third.rfind("t.csv: line 4: the target column \"y\" has a third value \"Maybe\"", 0), 0u) << third;
}

TEST(CsvDataset, JunkInANumericColumnNamesColumnAndLine)
{
    TempFiles files;
    std::string csv = "amount,y\n";
    for (int i = 0; i < 40; ++i)
        csv.append(i == 17 ? std::string("12abc") : std::to_string(i)).append(i % 2 ? ",Yes\n" : ",No\n");
    EXPECT_EQ(errorOf([&] { load(files.write("j.csv", csv), "y"); }),
              "j.csv: line 19: column \"amount\": not a number: 12abc (1 of its 40 values are not numbers; fix "
              "them or leave the column out with --drop)");
}

TEST(CsvDataset, EmptyFileAndHeaderOnly)
{
    TempFiles files;
    EXPECT_EQ(errorOf([&] { load(files.write("e.csv", ""), "y"); }), "e.csv: the file is empty");
    EXPECT_EQ(errorOf([&] { load(files.write("h.csv", "a,y\n"), "y"); }), "h.csv: no rows to learn from");
}

} // namespace
} // namespace kestrel::core
