#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel recommend evaluate --transactions-csv FILE --user-col C --item-col C --time-col C [--qty-col C]
/// [--price-col C] [--category-col C] [--cut-date D] [--top N]`: the offline evaluation of the hybrid
/// recommender on a file of purchase lines (no database).
int runRecommendEvaluate(const ParsedArgs& args);

/// `kestrel recommend user ID`: the stored recommendations of a user with their reasons in words.
int runRecommendUser(const ParsedArgs& args);

/// `kestrel analyze recommend [--top N] [--as-of DATE] [--half-life-days D]`: the hybrid recommender's
/// run into ml.recommendations, with its evaluation on the database's own data.
int runAnalyzeRecommend(const ParsedArgs& args);

} // namespace kestrel::cli
