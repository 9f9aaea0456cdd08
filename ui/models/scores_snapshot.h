#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace kestrel::ui {

/// One run of a scoring model (any status), as the run history lists it.
struct ScoreRunInfo {
    std::int64_t runId = 0;
    QString model;  ///< "propensity" or "churn"
    QString status; ///< running, succeeded, failed, cancelled
    QDateTime startedAt;
    QDateTime finishedAt;
    QString asOf;                                 ///< params.as_of: the moment scored (timestamptz text)
    QString mode;                                 ///< params.mode: "gbdt" or "random_forest"
    int windowDays = 0;                           ///< params.horizon_days (propensity) or params.churn_days (churn)
    std::optional<double> rocAuc, prAuc, logLoss; ///< on the validation window; succeeded runs only
    std::int64_t scoredUsers = 0;
    std::int64_t durationMs = 0;
    QString error; ///< why a failed run failed
};

/// metrics.reliability: validation rows whose score fell in [lower, upper).
struct ReliabilityPoint {
    double lower = 0, upper = 0;
    double meanPredicted = 0;
    double observedRate = 0;
    std::int64_t count = 0;
};

/// metrics.lift: the top `fraction` of validation rows by score.
struct LiftRow {
    double fraction = 0;
    std::int64_t rows = 0;
    double positiveRate = 0;
    double lift = 0;
    double capture = 0;
};

/// Everything a succeeded run stored in ml.model_runs (keys: core/customers/README.md, "What the
/// runs store"); a key the run did not store stays empty.
struct ScoreRunDetail {
    ScoreRunInfo info;
    QString seed;
    int rounds = 0;
    int maxDepth = 0;
    QString trainAsOf, validAsOf, scoreAsOf;
    std::int64_t trainRows = 0, validRows = 0;
    double trainPositiveRate = 0, validPositiveRate = 0;
    std::vector<std::pair<double, double>> roc; ///< (false-positive rate, true-positive rate)
    std::vector<ReliabilityPoint> reliability;
    std::vector<LiftRow> lift;
    std::vector<std::pair<QString, double>> importance; ///< (feature, gain), as stored (descending)
    std::vector<std::int64_t> histogram;                ///< users per score bin of 0.05 (20 bins)
    std::array<std::int64_t, 3> bands{};                ///< low < 0.3 ≤ medium < 0.6 ≤ high
    double featureSeconds = 0, trainSeconds = 0, scoreSeconds = 0;
};

/// One reason of a user's score, as stored in ml.user_metrics.*_reasons.
struct ScoreReasonValue {
    QString feature;
    std::optional<double> value; ///< empty when the feature was missing for the user
    double contribution = 0;     ///< SHAP contribution in log-odds
};

/// A user of the top list: the current score (ml.user_metrics) with its reasons.
struct ScoredUser {
    std::int64_t userId = 0;
    QString name;
    QString email;
    double score = 0;
    std::vector<ScoreReasonValue> reasons;
    std::int64_t runId = 0; ///< the run that wrote the score
};

/// What the Scores page shows for one model: its runs (newest first), the details of the run
/// picked (the newest succeeded unless another was asked for) and the users with the highest
/// current scores. Immutable once made; crosses threads.
struct ScoresSnapshot {
    QString model;
    std::vector<ScoreRunInfo> runs;
    std::optional<ScoreRunDetail> run; ///< empty when no run of the model succeeded yet
    std::int64_t newestRunId = 0;      ///< the newest succeeded run; 0 when none
    std::vector<ScoredUser> top;       ///< highest score first
    int generation = 0;
    double elapsedMs = 0;
};
using ScoresSnapshotPtr = std::shared_ptr<const ScoresSnapshot>;

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::ScoresSnapshotPtr)
