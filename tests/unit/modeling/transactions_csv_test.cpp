// The transactions file of `kestrel recommend evaluate`: columns by name, RFC 4180 quoting, gzip input
// (written here with zlib), returns and rows without a user counted, opaque ids, the three time
// formats, every bad value named by file, line and column, and the time split's errors.
#include "modeling/recommend_csv_evaluation.h"
#include "modeling/transactions_csv.h"

#include "../etl/etl_test_files.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cmath>
#include <fstream>

namespace kestrel::core {
namespace {

using test::errorOf;
using test::TempFiles;

TransactionsCsvOptions columns(const std::string& path)
{
    TransactionsCsvOptions o;
    o.path = path;
    o.userColumn = "CustomerID";
    o.itemColumn = "StockCode";
    o.timeColumn = "InvoiceDate";
    o.quantityColumn = "Quantity";
    o.priceColumn = "UnitPrice";
    return o;
}

std::string writeGzip(const TempFiles& files, const std::string& name, const std::string& text)
{
    const std::string path = files.path(name);
    gzFile f = gzopen(path.c_str(), "wb");
    EXPECT_NE(f, nullptr);
    EXPECT_EQ(gzwrite(f, text.data(), static_cast<unsigned>(text.size())), static_cast<int>(text.size()));
    gzclose(f);
    return path;
}

const std::string kSample = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                            "1,85123A,\"HEART, WHITE\",6,2010-12-01 08:26:00,2.55,17850.0\n"
                            "1,71053,\"LANTERN \"\"7\"\" SIZE\",2,2010-12-01 08:26,3.39,17850.0\n"
                            "2,85123A,HEART,-1,2010-12-02 09:00:00,2.55,17850.0\n" // a return
                            "3,22633,HAND WARMER,3,12/3/2010 10:15,1.85,\n"        // no user
                            "4,22633,HAND WARMER,1,04.12.2010 11:00,0,13047.0\n"   // price 0: unknown
                            "5,71053,LANTERN,4,2010-12-05,3.00,13047.0\n";

TEST(TransactionsCsv, ReadsQuotedFieldsReturnsAndRowsWithoutUser)
{
    TempFiles files;
    const TransactionsFile f = TransactionsFile::load(columns(files.write("retail.csv", kSample)));
    EXPECT_EQ(f.rows, 6);
    EXPECT_EQ(f.purchases, 4);
    EXPECT_EQ(f.returns, 1);
    EXPECT_EQ(f.skippedNoUser, 1);
    EXPECT_EQ(f.userIds, (std::vector<std::string>{"17850.0", "13047.0"})); // opaque, as written
    EXPECT_EQ(f.itemIds, (std::vector<std::string>{"85123A", "71053", "22633"}));
    ASSERT_EQ(f.interactions.size(), 4u);
    EXPECT_EQ(f.interactions[0].day, 14944); // 2010-12-01
    EXPECT_EQ(f.interactions[2].day, 14947); // 04.12.2010 is day-first
    EXPECT_EQ(f.interactions[3].day, 14948);
    EXPECT_EQ(f.firstDay, 14944);
    EXPECT_EQ(f.lastDay, 14948);
    EXPECT_FALSE(f.compressed);
    // Prices: the median of the item's positive unit prices before the end day.
    const auto all = f.catalogueBefore(99999);
    EXPECT_DOUBLE_EQ(all.price[0], 2.55f);
    EXPECT_NEAR(all.price[1], (3.39 + 3.00) / 2, 1e-6);
    EXPECT_TRUE(std::isnan(all.price[2])); // only a price of 0
    const auto early = f.catalogueBefore(14945);
    EXPECT_NEAR(early.price[1], 3.39, 1e-6);
}

TEST(TransactionsCsv, GzipIsReadByItsMagicBytes)
{
    TempFiles files;
    const TransactionsFile plain = TransactionsFile::load(columns(files.write("retail.csv", kSample)));
    // The name says nothing: gzip is recognised by its first bytes.
    const TransactionsFile packed = TransactionsFile::load(columns(writeGzip(files, "retail.data", kSample)));
    EXPECT_TRUE(packed.compressed);
    EXPECT_EQ(packed.rows, plain.rows);
    EXPECT_EQ(packed.purchases, plain.purchases);
    EXPECT_EQ(packed.itemIds, plain.itemIds);
    // A truncated gzip file is an error naming the file.
    std::string big = "CustomerID,StockCode,InvoiceDate\n";
    for (int i = 0; i < 20000; ++i) {
        big.append("u").append(std::to_string(i % 97)).append(",i").append(std::to_string(i % 13));
        big.append(",2011-01-0").append(std::to_string(1 + i % 9)).append("\n");
    }
    const std::string whole = writeGzip(files, "big.csv.gz", big);
    std::ifstream in(whole, std::ios::binary | std::ios::ate);
    std::string bytes(static_cast<std::size_t>(in.tellg()), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    const std::string cut = files.write("cut.csv.gz", bytes.substr(0, bytes.size() / 2));
    TransactionsCsvOptions o;
    o.path = cut;
    o.userColumn = "CustomerID";
    o.itemColumn = "StockCode";
    o.timeColumn = "InvoiceDate";
    EXPECT_EQ(errorOf([&] { TransactionsFile::load(o); }), "cut.csv.gz: the gzip data is truncated");
}

TEST(TransactionsCsv, SemicolonsAndTabsAreDetected)
{
    TempFiles files;
    const auto semi = files.write("s.csv", "user;item;time;qty\na;x;2011-01-02;1\nb;y;2011-01-03;2,5\n");
    TransactionsCsvOptions o;
    o.path = semi;
    o.userColumn = "USER"; // names match ignoring case
    o.itemColumn = "item";
    o.timeColumn = "time";
    o.quantityColumn = "qty";
    const TransactionsFile f = TransactionsFile::load(o);
    EXPECT_EQ(f.delimiter, ';');
    EXPECT_EQ(f.purchases, 2);
    o.path = files.write("t.tsv", "user\titem\ttime\tqty\na\tx\t2011-01-02\t1\n");
    EXPECT_EQ(TransactionsFile::load(o).delimiter, '\t');
}

TEST(TransactionsCsv, TimeFormats)
{
    std::int32_t day = 0;
    std::string reason;
    for (const char* t : {"2011-12-09", "2011-12-09 08:26", "2011-12-09 08:26:00", "2011-12-09T08:26:00",
                          "12/9/2011 8:26", "12/09/2011", "09.12.2011", "09.12.2011 23:59", " 2011-12-09 "}) {
        EXPECT_TRUE(parseTransactionDay(t, day, reason)) << t << ": " << reason;
        EXPECT_EQ(day, 15317) << t;
    }
    EXPECT_FALSE(parseTransactionDay("2011-02-30", day, reason));
    EXPECT_EQ(reason, "no such date: 2011-02-30");
    EXPECT_FALSE(parseTransactionDay("13/1/2011 8:00", day, reason)); // M/D: there is no month 13
    EXPECT_EQ(reason, "no such date: 13/1/2011 8:00");
    EXPECT_FALSE(parseTransactionDay("2011-12-09 24:00", day, reason));
    EXPECT_EQ(reason, "no such time: 2011-12-09 24:00");
    EXPECT_FALSE(parseTransactionDay("yesterday", day, reason));
    EXPECT_EQ(reason, "not a date or time: yesterday (expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY H:MM or "
                      "DD.MM.YYYY[ HH:MM])");
    EXPECT_FALSE(parseTransactionDay("2011-12-09 8", day, reason));
}

TEST(TransactionsCsv, EveryBadValueNamesFileLineAndColumn)
{
    TempFiles files;
    const std::string header = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID\n";
    const std::string good = "1,A,x,1,2011-01-01,1.0,7\n";
    const auto load = [&](const std::string& bad) {
        return errorOf([&] { TransactionsFile::load(columns(files.write("bad.csv", header + good + bad))); });
    };
    EXPECT_EQ(load("2,B,x,1,2011-13-01,1.0,7\n"),
              "bad.csv: line 3: column \"InvoiceDate\" (--time-col): no such date: 2011-13-01");
    EXPECT_EQ(load("2,B,x,1,,1.0,7\n"), "bad.csv: line 3: column \"InvoiceDate\" (--time-col): missing value");
    EXPECT_EQ(load("2,B,x,12abc,2011-01-02,1.0,7\n"),
              "bad.csv: line 3: column \"Quantity\" (--qty-col): not a number: 12abc");
    EXPECT_EQ(load("2,B,x,1,2011-01-02,cheap,7\n"),
              "bad.csv: line 3: column \"UnitPrice\" (--price-col): not a number: cheap");
    EXPECT_EQ(load("2,,x,1,2011-01-02,1.0,7\n"), "bad.csv: line 3: column \"StockCode\" (--item-col): missing value");
    TransactionsCsvOptions o = columns(files.write("ok.csv", header + good));
    o.categoryColumn = "Category";
    EXPECT_EQ(errorOf([&] { TransactionsFile::load(o); }),
              "ok.csv: no column \"Category\" (--category-col); the columns are: InvoiceNo, StockCode, Description, "
              "Quantity, InvoiceDate, UnitPrice, CustomerID");
    EXPECT_EQ(load("2,B,x,-5,2011-01-02,1.0,7\n").find("(no error)"), 0u); // a return is not an error
    EXPECT_EQ(errorOf([&] {
                  TransactionsFile::load(columns(files.write("ret.csv", header + "2,B,x,-5,2011-01-02,1.0,7\n")));
              }),
              "ret.csv: no purchases: 1 rows read, 1 returns, 0 without a user id");
}

TEST(TransactionsCsv, TheTimeSplitNeedsPurchasesOnBothSidesOfTheCut)
{
    TempFiles files;
    RecommendCsvOptions o;
    o.file = columns(files.write("retail.csv", kSample));
    o.cutDate = "2011-01-01";
    EXPECT_EQ(errorOf([&] { evaluateTransactionsCsv(o); }),
              "retail.csv: no purchases on or after the cut date 2011-01-01: the purchases run from 2010-12-01 to "
              "2010-12-05, so there is nothing to test on (choose an earlier --cut-date)");
    o.cutDate = "2010-12-01";
    EXPECT_NE(errorOf([&] { evaluateTransactionsCsv(o); }).find("no purchases before the cut date 2010-12-01"),
              std::string::npos);
    o.cutDate = "1.12.2010";
    EXPECT_EQ(errorOf([&] { evaluateTransactionsCsv(o); }), "--cut-date must be a date YYYY-MM-DD, not '1.12.2010'");
    // The default cut leaves the last 30 days: here the whole file is within them, so nothing trains.
    o.cutDate.clear();
    EXPECT_NE(errorOf([&] { evaluateTransactionsCsv(o); }).find("no purchases before the cut date 2010-11-06"),
              std::string::npos);
    o.cutDate = "2010-12-04";
    const RecommendCsvEvaluation r = evaluateTransactionsCsv(o);
    EXPECT_EQ(r.cutDate, "2010-12-04");
    EXPECT_FALSE(r.defaultCut);
    EXPECT_EQ(r.evaluation.trainPurchases, 2);
    EXPECT_EQ(r.evaluation.testUsers, 1); // 13047.0
    EXPECT_EQ(r.evaluation.coldTestUsers, 1);
    EXPECT_EQ(r.contentFeatures, (std::vector<std::string>{"price_band"}));
    EXPECT_EQ(r.evaluation.popular.users, 1);
}

} // namespace
} // namespace kestrel::core
