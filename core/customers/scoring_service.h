#pragma once

#include "analytics/binary_metrics.h"

#include <QtCore/QJsonArray>

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace kestrel::core {

class Database;
class JobContext;

/// What a purchase-propensity or churn run asks for.
struct ScoringOptions {
    enum class Kind { Propensity, Churn };
    Kind kind = Kind::Propensity;
    /// The moment scored (timestamptz text or a bare date = 00:00 UTC); empty = the end of the data
    /// (the day after the last order or event), so an imported history is scored where it ends.
    std::string asOf;
    int horizonDays = 30; ///< propensity: "buys within this many days"
    int churnDays = 0;    ///< churn: "no purchase and no session within N days"; 0 = the stored setting
    std::uint64_t seed = 42;
    bool randomForest = false; ///< XGBoost with num_parallel_tree instead of boosting
    int rounds = 0;            ///< boosting rounds (forest: trees); 0 = default (boosting 120, forest 300)
    int maxDepth = 0;          ///< 0 = default (boosting 3, forest 8)
    double eta = 0;            ///< boosting only; 0 = 0.08
};

/// One reason of a score: a feature that pushed it up, with the user's value (NaN = missing) and its
/// SHAP contribution in log-odds.
struct ScoreReason {
    std::string feature;
    double value = 0;
    double contribution = 0;
};

struct ScoredUser {
    std::int64_t userId = 0;
    double score = 0;
    std::vector<ScoreReason> reasons;
};

/// Reasons as stored in ml.user_metrics: [{feature, value (null when missing), contribution}].
QJsonArray scoreReasonsJson(const std::vector<ScoreReason>& reasons);

/// What a run measured and wrote.
struct ScoringReport {
    std::int64_t runId = 0;
    ScoringOptions::Kind kind = ScoringOptions::Kind::Propensity;
    bool randomForest = false;
    int windowDays = 0; ///< the horizon (propensity) or the churn definition's N
    std::string trainAsOf, validAsOf, scoreAsOf;
    std::int64_t trainRows = 0, validRows = 0, scoredUsers = 0;
    double trainPositiveRate = 0, validPositiveRate = 0;
    double rocAuc = 0, prAuc = 0, logLoss = 0; ///< on the validation window
    std::vector<std::pair<double, double>> roc;
    std::vector<ReliabilityBin> reliability;
    std::vector<LiftPoint> lift;
    std::vector<std::pair<std::string, double>> importance; ///< (feature, gain), descending
    std::array<std::int64_t, 20> histogram{};               ///< stored scores in 20 bins of 0.05
    std::array<std::int64_t, 3> bands{};                    ///< low < 0.3 ≤ medium < 0.6 ≤ high
    std::vector<ScoredUser> top;                            ///< the 10 highest scores with reasons
    int rounds = 0;
    double featureSeconds = 0, trainSeconds = 0;
    double scoreSeconds = 0; ///< predictions and SHAP contributions of the scored users
    std::int64_t durationMs = 0;
    std::vector<std::string> warnings;
};

/// Score drift between two runs of the same model.
struct ScoreDrift {
    std::int64_t runA = 0, runB = 0;
    std::string model;
    std::int64_t usersA = 0, usersB = 0, common = 0;
    double meanA = 0, meanB = 0;
    double psi = 0; ///< population stability index over the 20 bins (> 0.25 is usually a real shift)
    std::array<std::int64_t, 20> histogramA{}, histogramB{};
    std::array<std::array<std::int64_t, 3>, 3> bandMoves{}; ///< [band in A][band in B], users in both
    double bandChangeShare = 0;                              ///< users in both runs whose band changed
};

/// A row of the run history.
struct ScoringRun {
    std::int64_t runId = 0;
    std::string model, status, startedAt, asOf, mode;
    double rocAuc = 0, prAuc = 0, logLoss = 0; ///< NaN unless succeeded
    std::int64_t scoredUsers = 0, durationMs = 0;
    int windowDays = 0;
};

/// Purchase propensity (buys within the horizon) and churn (no purchase and no session within N
/// days) as XGBoost binary models with an honest time split, on the FeatureBuilder's features:
/// train on features as of S − 2W labelled by [S − 2W, S − W), validate on features as of S − W
/// labelled by [S − W, S), then score every user as of S with the validated model (W = horizon or N).
/// Churn concerns users who were active (a purchase or a session) in the W days before each cut;
/// propensity, every user who signed up before it. Each score's top reasons come from SHAP
/// contributions. Writes ml.user_metrics (score, reasons, run id; users not scored by this run lose
/// the old value), ml.scores (every score, for comparisons) and the run with its metrics, model
/// artifact and seed in ml.model_runs — one transaction, so a cancel or an error keeps the previous
/// scores. The same data, options and seed give identical scores.
class ScoringService {
public:
    /// Throws Error(InvalidArgument) before writing anything when the options are out of range, the
    /// database has no users or activity, or a window has too little history or only one class;
    /// Error(Cancelled) when stopped.
    static ScoringReport run(JobContext& ctx, const ScoringOptions& options);

    /// Compares the scores of two succeeded runs of the same model (propensity or churn).
    /// Error(InvalidArgument) for unknown, unfinished or mismatched runs.
    static ScoreDrift compare(Database& db, std::int64_t runA, std::int64_t runB);

    /// The newest runs of a model ("propensity", "churn", or empty for both), newest first.
    static std::vector<ScoringRun> history(Database& db, const std::string& model, int limit = 20);

    /// The churn definition's N: ops.settings 'churn.inactive_days', 60 when unset.
    static int churnDays(Database& db);
    /// Stores N (1..730); Error(InvalidArgument) outside that range.
    static void setChurnDays(Database& db, int days);

    static const char* modelName(ScoringOptions::Kind kind);
    /// 0 low, 1 medium, 2 high.
    static int bandOf(double score);
};

} // namespace kestrel::core
