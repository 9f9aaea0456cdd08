#pragma once

#include "analytics/recommend_content.h"
#include "analytics/recommend_feedback.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::core {

/// Which columns of a transactions file hold what (`kestrel recommend evaluate`). Names are matched
/// exactly, else ignoring case; empty optional names = no such column.
struct TransactionsCsvOptions {
    std::string path;
    std::string userColumn, itemColumn, timeColumn;          ///< required
    std::string quantityColumn, priceColumn, categoryColumn; ///< optional
    char delimiter = 0;                                      ///< ',', ';' or '\t'; 0 = detect
};

/// A file of purchase lines (one row per line of an order: user, item, time, and optionally quantity,
/// unit price and category), read for an offline evaluation of the recommender. The file is CSV (RFC
/// 4180 quoting, a header row, delimiter detected) and may be gzip-compressed. User and item ids are
/// opaque text ("17850.0" stays "17850.0"). A row with quantity ≤ 0 is a return (counted, not a
/// purchase); a row with an empty user id is skipped (counted). Times: YYYY-MM-DD[ HH:MM[:SS]] (or
/// with a T), M/D/YYYY[ H:MM[:SS]] and DD.MM.YYYY[ HH:MM[:SS]], read as UTC days.
struct TransactionsFile {
    std::string fileName; ///< without its folder
    char delimiter = ',';
    bool compressed = false;
    std::int64_t rows = 0, purchases = 0, returns = 0, skippedNoUser = 0;
    std::vector<std::string> userIds, itemIds, categoryNames;
    /// One per purchase row (kind Purchase, count 1), in file order.
    std::vector<analytics::Interaction> interactions;
    std::vector<float> unitPrices;          ///< per interaction; NaN when unknown or not positive
    std::vector<std::int32_t> category;     ///< per item: its most frequent category, −1 = none
    std::int32_t firstDay = 0, lastDay = 0; ///< of the purchases (days since 1970-01-01)
    bool hasCategory = false, hasPrice = false;

    /// Reads the whole file. progress gets the fraction of the file read. Throws Error(InvalidArgument)
    /// naming the file, and the line and column for a bad value ("sales.csv: line 12: column
    /// "InvoiceDate" (--time-col): not a date or time: …"), a missing column ("no column "X"
    /// (--item-col)"), a file without purchases; Error(Io) when it cannot be read; Error(Cancelled)
    /// when stop is raised.
    static TransactionsFile load(const TransactionsCsvOptions& options,
                                 const std::function<void(double)>& progress = {},
                                 const std::atomic<bool>* stop = nullptr);

    /// The catalogue as the training period knows it: each item's category, and its price as the
    /// median of its positive unit prices on purchases before endDay (NaN without any). No brands or tags.
    analytics::ItemCatalogue catalogueBefore(std::int32_t endDay) const;
};

/// Parses a date or time in one of the formats above into a day number; false with a translated
/// reason ("not a date or time: …", "no such date: …", "no such time: …").
bool parseTransactionDay(std::string_view text, std::int32_t& day, std::string& reason);

} // namespace kestrel::core
