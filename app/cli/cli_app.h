#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::cli {

/// Everything the command line said, parsed before any Qt application exists.
struct ParsedArgs {
    bool headless = false;       ///< a subcommand was given
    std::string command;         ///< "db start", "db stop", "db status", "db migrate", "generate"
    std::string dsn;
    std::string logLevel;
    bool json = false;
    int port = 0;
    std::int64_t users = 1000, products = 100, events = 0;
    int days = 180;
    std::uint64_t seed = 42;
    std::string endDate;
    bool replace = false;
    bool ifEmpty = false;
    // import / loads
    std::string entity, file, mode = "upsert", encoding = "auto", delimiter = "auto", rejectsPath;
    std::vector<std::string> mappings;  ///< "Source column=field" or "Source column=" (ignore)
    bool force = false, skipRejects = false, ignoreUnknown = false, dryRun = false;
    std::int64_t loadId = 0;
    int limit = 50;
    // model cv
    std::string csv, target, modelMode = "gbdt";
    std::vector<std::string> drops;
    int folds = 5, rounds = 0, maxDepth = 0;  ///< 0 = the mode's default
    double eta = 0;                           ///< 0 = the mode's default
    // analyze (seed above is shared with generate and model cv)
    std::string asOf;                         ///< empty = now
    int k = 0, kMin = 2, kMax = 8;            ///< k 0 = scan kMin..kMax
    std::string segmentMethod = "kmeans";     ///< kmeans | dbscan
    double eps = 0;                           ///< DBSCAN; 0 = the k-distance knee
    int minSamples = 0;                       ///< DBSCAN; 0 = 2 × features
    int horizonDays = 30;                     ///< analyze propensity
    int churnDays = 0;                        ///< analyze churn; 0 = the stored setting
    std::vector<std::int64_t> runIds;         ///< analyze compare: two run ids
    std::string runModel;                     ///< analyze runs: propensity | churn | empty = both
    // fit clv
    std::string summaryCsv;
    // analyze ltv
    int clvMonths = 12;                       ///< predicted CLV horizon in months
    double discountMonthly = 0.01;            ///< monthly discount rate of the predicted CLV
    int holdoutDays = 0;                      ///< calibration check's holdout; 0 = the default
    bool ifMissing = false;                   ///< analyze ltv: only when no LTV run has succeeded yet
    // analyze elasticity
    std::string elasticityFrom, elasticityTo; ///< YYYY-MM-DD; empty = the first / last day with a sale
    int minWeeks = 12;                        ///< weeks with sales a product needs for its own row
    // recommend evaluate / analyze recommend / recommend user
    std::string transactionsCsv, userCol, itemCol, timeCol, qtyCol, priceCol, categoryCol, cutDate;
    int top = 10;                             ///< items per user
    double halfLifeDays = 60;                 ///< time decay of the implicit feedback
    int evalDays = 30;                        ///< analyze recommend: the evaluation's test window
    std::int64_t recommendUserId = 0;         ///< recommend user
    // analyze anomalies, anomalies list | accept | dismiss | reset
    std::string periodFrom, periodTo;         ///< --from / --to, YYYY-MM-DD
    double threshold = 3.5;                   ///< |robust z-score| of an anomaly
    int weeks = 8;                            ///< same-weekday weeks in the baseline
    int minSessions = 20;                     ///< conversion: days with fewer sessions are not judged
    std::string anomalyStatus, anomalyMetric; ///< list filters
    int anomalyLimit = 1000;
    std::int64_t anomalyId = 0;
    std::string note;
    bool hasNote = false; ///< --note was given (an empty one clears the stored note)
};

/// Parses argv. Returns -1 to go on, or an exit code (0 after --help, 2 after a usage error,
/// which has been printed as one line on stderr).
int parse(int argc, char** argv, ParsedArgs& out);

/// Runs the headless subcommand; returns the process exit code.
int run(const ParsedArgs& args);

}  // namespace kestrel::cli
