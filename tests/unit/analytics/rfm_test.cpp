// RFM scoring without a database: quintiles with ties, recency inverted, segment rule table, bad input.
#include "analytics/rfm.h"
#include "common/error.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>

using namespace kestrel::core;
using namespace kestrel::core::analytics;

TEST(Rfm, QuintilesOfDistinctValues)
{
    const std::vector<double> v{10, 1, 9, 2, 8, 3, 7, 4, 6, 5};
    const std::vector<std::uint8_t> up{5, 1, 5, 1, 4, 2, 4, 2, 3, 3};
    EXPECT_EQ(quintileScores(v, true), up);
    // Lower is better: 1 day scores 5, 10 days scores 1.
    const std::vector<std::uint8_t> down{1, 5, 1, 5, 2, 4, 2, 4, 3, 3};
    EXPECT_EQ(quintileScores(v, false), down);
}

TEST(Rfm, TiesGetOneScoreWhateverTheirOrder)
{
    // Ten customers, frequency with heavy ties at 1 (as real order counts are).
    const std::vector<double> f{1, 1, 1, 1, 1, 2, 2, 3, 5, 9};
    // below: 1→0, 2→5, 3→7, 5→8, 9→9; score = 1 + ⌊5·below/10⌋.
    const std::vector<std::uint8_t> expected{1, 1, 1, 1, 1, 3, 3, 4, 5, 5};
    EXPECT_EQ(quintileScores(f, true), expected);
    std::vector<double> reversed(f.rbegin(), f.rend());
    std::vector<std::uint8_t> reversedExpected(expected.rbegin(), expected.rend());
    EXPECT_EQ(quintileScores(reversed, true), reversedExpected);
    // Recency ties: two customers bought 3 days ago; worse = more days.
    const std::vector<double> r{3, 3, 0, 30, 100};
    // above: 3→2, 0→4, 30→1, 100→0 of 5.
    const std::vector<std::uint8_t> rExpected{3, 3, 5, 2, 1};
    EXPECT_EQ(quintileScores(r, false), rExpected);
}

TEST(Rfm, ScoresASmallTableAndNamesSegments)
{
    const std::vector<double> recency{1, 2, 200, 250, 40, 5, 300, 60, 3, 120};
    const std::vector<double> frequency{20, 1, 15, 1, 3, 8, 2, 4, 1, 6};
    const std::vector<double> monetary{900, 20, 700, 10, 150, 400, 15, 160, 25, 300};
    const RfmResult r = scoreRfm({recency, frequency, monetary});
    ASSERT_EQ(r.segments.size(), 10u);
    // Recency above-counts: 1→9 (5), 2→8 (5), 200→2 (2), 250→1 (1), 40→5 (3), 5→6 (4), 300→0 (1),
    // 60→4 (3), 3→7 (4), 120→3 (2).
    EXPECT_EQ(r.recency, (std::vector<std::uint8_t>{5, 5, 2, 1, 3, 4, 1, 3, 4, 2}));
    // Frequency below-counts: 20→9, 1→0 (three ties), 15→8, 3→4, 8→7, 2→3, 4→5, 6→6.
    EXPECT_EQ(r.frequency, (std::vector<std::uint8_t>{5, 1, 5, 1, 3, 4, 2, 3, 1, 4}));
    EXPECT_EQ(r.monetary, (std::vector<std::uint8_t>{5, 2, 5, 1, 3, 4, 1, 3, 2, 4}));
    const std::vector<std::string_view> names{"Champions",      "New customers", "Cannot lose them", "Lost",
                                              "Need attention", "Loyal",         "Hibernating",      "Need attention",
                                              "Promising",      "At risk"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        EXPECT_EQ(rfmSegmentName(r.segments[i]), names[i]) << "row " << i;
    }
}

TEST(Rfm, RuleTableCoversEveryCell)
{
    std::map<RfmSegment, int> cells;
    for (int rr = 1; rr <= 5; ++rr) {
        for (int ff = 1; ff <= 5; ++ff) {
            ++cells[rfmSegmentOf(rr, ff)];
        }
    }
    EXPECT_EQ(cells.size(), 11u); // all eleven segments are reachable
    EXPECT_EQ(rfmSegmentOf(5, 5), RfmSegment::Champions);
    EXPECT_EQ(rfmSegmentOf(1, 1), RfmSegment::Lost);
    EXPECT_EQ(rfmSegmentOf(2, 2), RfmSegment::Hibernating);
    EXPECT_EQ(rfmSegmentOf(1, 5), RfmSegment::CannotLoseThem);
    EXPECT_EQ(rfmSegmentOf(3, 3), RfmSegment::NeedAttention);
    EXPECT_EQ(rfmSegmentOf(3, 2), RfmSegment::AboutToSleep);
    EXPECT_EQ(rfmSegmentName(RfmSegment::PotentialLoyalists), "Potential loyalists");
}

TEST(Rfm, BadInputNamesFieldAndRow)
{
    const std::vector<double> ok{1, 2, 3};
    const std::vector<double> nan{1, NAN, 3};
    const std::vector<double> negative{1, 2, -4};
    const std::vector<double> shorter{1, 2};
    auto message = [](const RfmInput& in) {
        try {
            scoreRfm(in);
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), Error::Code::InvalidArgument);
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message({ok, nan, ok}), "rfm: frequency of row 1 is not a number");
    EXPECT_NE(message({negative, ok, ok}).find("recency of row 2"), std::string::npos);
    EXPECT_NE(message({ok, ok, shorter}).find("differ in length"), std::string::npos);
    EXPECT_EQ(scoreRfm({ok, ok, ok}).warnings.size(), 3u); // 3 customers cannot fill 5 quintiles
}
