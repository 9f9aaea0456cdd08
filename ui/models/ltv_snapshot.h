#pragma once

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// One LTV run (any status) as ml.model_runs holds it.
struct LtvRunInfo {
    std::int64_t runId = 0;
    QString status; ///< running, succeeded, failed, cancelled
    QDateTime startedAt;
    QDateTime finishedAt;
    std::int64_t durationMs = 0;
    QString error; ///< why a failed run failed
};

/// history.horizons[].buckets: customers with lower <= LTV < upper.
struct LtvValueBucket {
    double lower = 0;
    std::optional<double> upper; ///< empty = open-ended (the last bucket)
    std::int64_t customers = 0;
};

/// history.horizons[]: historical LTV over the first `months` months after the first purchase, of
/// the customers for whom that horizon has elapsed. A statistic the run stored as null is empty.
struct LtvHorizon {
    int months = 0;
    std::int64_t customers = 0;
    std::int64_t excluded = 0; ///< customers whose horizon has not elapsed yet
    std::optional<double> mean, median, p25, p75, p90, p95, p99, top10Share, total;
    std::vector<LtvValueBucket> buckets;
};

/// history.cohorts: acquisition month × months since the first purchase; NaN where the stored
/// matrix has null (that month has not fully elapsed for the cohort).
struct LtvCohorts {
    QStringList months; ///< "YYYY-MM", ascending
    std::vector<std::int64_t> sizes;
    int maxOffset = 0;
    std::vector<std::vector<double>> revenuePerCustomer;
    std::vector<std::vector<double>> retention;
};

/// history.channels[]: LTV and acquisition cost of one acquisition channel.
struct LtvChannel {
    QString channel; ///< crm.users.acquisition_channel key ("paid_search")
    std::int64_t customers = 0;
    std::vector<double> curve; ///< cumulative revenue per customer by month offset; NaN for null
    std::optional<double> ltv3, ltv6, ltv12;
    std::optional<double> spend, cac, ltvCac12;
    std::int64_t spendCustomers = 0;
    int paybackMonth = -1; ///< 0-based month offset; −1 = not reached (or no CAC)
};

/// The diagnostics every CLV fit stores.
struct LtvFitDiagnostics {
    double logLikelihood = 0;
    std::int64_t customers = 0;
    std::int64_t distinctRows = 0;
    int iterations = 0;
    int evaluations = 0;
    int starts = 0;
    bool converged = false;
    std::optional<double> gradientNorm;
    double seconds = 0;
    QStringList notes;
};

/// prediction.bg_nbd: the purchase-process model (α in days).
struct LtvBgNbd {
    double r = 0, alpha = 0, a = 0, b = 0;
    LtvFitDiagnostics diagnostics;
};

/// prediction.gamma_gamma: the spend model.
struct LtvGammaGamma {
    double p = 0, q = 0, gamma = 0;
    LtvFitDiagnostics diagnostics;
};

/// prediction.calibration.buckets[]: mean repeat purchases per customer in the holdout.
struct LtvCalibrationBucket {
    int frequencyMin = 0;
    std::optional<int> frequencyMax; ///< empty = open-ended ("7+")
    std::int64_t customers = 0;
    double predicted = 0, actual = 0;
};

/// prediction.calibration: BG/NBD refitted before the holdout, checked on it.
struct LtvCalibration {
    QString calibrationEnd; ///< date text: the calibration period is before it
    int holdoutDays = 0;
    std::int64_t customers = 0;
    LtvBgNbd fit;
    std::vector<LtvCalibrationBucket> buckets;
    double predictedTotal = 0, actualTotal = 0;
};

/// prediction.totals; the CLV figures are empty without Gamma-Gamma.
struct LtvTotals {
    double expected30 = 0, expected90 = 0, expected365 = 0;
    double pAliveMean = 0;
    std::optional<double> clvTotal, clvMean, clvMedian, aovMean;
};

/// Everything a succeeded LTV run stored (keys: core/customers/README.md, "ltv").
struct LtvRunDetail {
    LtvRunInfo info;
    // params
    QString asOf; ///< timestamptz text
    int clvMonths = 12;
    double monthlyDiscount = 0.01;
    int holdoutDays = 0;
    // metrics.history
    std::int64_t customers = 0;
    std::array<LtvHorizon, 3> horizons; ///< 3, 6, 12 months
    LtvCohorts cohorts;
    std::vector<LtvChannel> channels; ///< by customers, descending
    // metrics.prediction
    std::int64_t predictedCustomers = 0;
    std::int64_t repeatBuyers = 0;
    std::optional<LtvBgNbd> bgNbd;
    std::optional<LtvGammaGamma> gammaGamma;
    std::optional<LtvCalibration> calibration;
    LtvTotals totals;
    std::vector<double> clvEdges; ///< bucket lower bounds, the last open-ended
    std::vector<std::int64_t> clvCounts;
    // metrics
    std::vector<QJsonObject> insights; ///< structured; LtvTexts::insight makes the sentence
    QStringList warnings;              ///< already in the language of the run
    double historySeconds = 0, summarySeconds = 0, fitSeconds = 0, predictSeconds = 0, writeSeconds = 0;
};

/// A customer of the top list by predicted CLV (ml.user_metrics joined to crm.users).
struct LtvCustomer {
    std::int64_t userId = 0;
    QString name;
    QString email;
    QString channel;
    std::optional<double> clv, pAlive, expected90, expected365, expectedAov, ltv12;
    QDateTime firstPurchaseAt;
};

/// What the LTV page shows: the newest succeeded run, the newest finished run when it failed after
/// that (its error is shown), and the customers with the highest predicted CLV. Immutable once
/// made; crosses threads.
struct LtvSnapshot {
    std::optional<LtvRunDetail> run;       ///< empty when no LTV run succeeded yet
    std::optional<LtvRunInfo> failedAfter; ///< the newest run, when it failed (after `run`, if any)
    std::vector<LtvCustomer> top;          ///< highest CLV first
    int generation = 0;
    double elapsedMs = 0;
};
using LtvSnapshotPtr = std::shared_ptr<const LtvSnapshot>;

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::LtvSnapshotPtr)
