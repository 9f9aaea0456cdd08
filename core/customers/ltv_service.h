#pragma once

#include "analytics/clv.h"
#include "customers/ltv_history.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

class Database;
class JobContext;

/// What `kestrel analyze ltv` asks for.
struct LtvOptions {
    /// The cut (timestamptz text, or a bare date = 00:00 UTC); only orders before it are read.
    /// Empty = the day after the last order.
    std::string asOf;
    int clvMonths = 12;           ///< predicted CLV horizon, 1..120 months
    double monthlyDiscount = 0.01; ///< discount rate per month, 0..0.5
    /// The calibration check's holdout window in days (7..730); 0 = a quarter of the history,
    /// between 7 and 90 days.
    int holdoutDays = 0;
};

/// The holdout check of BG/NBD by frequency in the calibration period: mean repeat purchases per
/// customer that the model fitted on the calibration period predicts for the holdout, and what the
/// customers actually did.
struct LtvCalibrationBucket {
    int frequencyMin = 0, frequencyMax = 0; ///< frequencyMax −1 = open-ended ("7+")
    std::int64_t customers = 0;
    double predicted = 0, actual = 0;
};

struct LtvCalibration {
    std::string calibrationEnd; ///< date: calibration is before it, the holdout from it to as-of
    int holdoutDays = 0;
    std::int64_t customers = 0; ///< customers whose first purchase is before the calibration end
    analytics::BgNbdFit fit;    ///< BG/NBD on the calibration period
    std::vector<LtvCalibrationBucket> buckets;
    double predictedTotal = 0, actualTotal = 0; ///< repeat purchases in the holdout, all customers
};

/// A customer's predicted value, as written to ml.user_metrics.
struct LtvPredictedCustomer {
    std::int64_t userId = 0;
    double frequency = 0;      ///< repeat purchase days
    double pAlive = 0;
    double expected30 = 0, expected90 = 0, expected365 = 0;
    double expectedAov = 0;    ///< NaN when Gamma-Gamma could not be fitted
    double clv = 0;            ///< NaN when Gamma-Gamma could not be fitted
};

/// The predicted part of a run: BG/NBD and Gamma-Gamma on every customer's history (in days).
struct LtvPrediction {
    std::int64_t customers = 0, repeatBuyers = 0;
    std::optional<analytics::BgNbdFit> bgNbd;         ///< absent when nobody bought twice
    std::optional<analytics::GammaGammaFit> gammaGamma; ///< absent with fewer than two repeat buyers
    std::optional<LtvCalibration> calibration;        ///< absent when the history is too short
    double clvTotal = 0, clvMean = 0, clvMedian = 0, pAliveMean = 0, aovMean = 0;
    double expected30Total = 0, expected90Total = 0, expected365Total = 0;
    std::vector<double> clvEdges;                     ///< histogram of CLV: bucket edges (last open-ended)
    std::vector<std::int64_t> clvCounts;
    std::vector<LtvPredictedCustomer> top;            ///< the 10 highest CLVs
    double summarySeconds = 0, fitSeconds = 0, predictSeconds = 0;
};

/// What a run measured and wrote.
struct LtvReport {
    std::int64_t runId = 0;
    std::string asOf;
    int clvMonths = 12;
    double monthlyDiscount = 0.01;
    LtvHistory history;
    LtvPrediction prediction;
    QJsonArray insights;               ///< [{kind, …}], see ltvInsightText
    std::vector<std::string> warnings; ///< translated
    double historySeconds = 0, writeSeconds = 0;
    std::int64_t durationMs = 0;
};

/// Customer value, looking back and forward, into ml.user_metrics and one ml.model_runs row
/// (model `ltv`):
/// - historical LTV over 3/6/12 months from each customer's first purchase, cohorts and channel
///   curves, CAC and payback from crm.channel_spend (LtvHistoryBuilder);
/// - BG/NBD + Gamma-Gamma fitted on every customer's repeat-purchase summary in days (purchase days:
///   same-day orders count once; spend = mean of the repeat days' totals): expected purchases in
///   30/90/365 days, P(alive), expected order value and the discounted CLV over clvMonths;
/// - a holdout check: BG/NBD refitted on the history before (as-of − holdout) predicts each
///   customer's repeat purchases in the holdout, compared by calibration frequency;
/// - insights (LTV:CAC, payback, concentration, valuable customers probably gone).
/// Everything is written in one transaction with the run's success: a cancel or an error leaves the
/// previous values. Predicted columns stay NULL (never NaN) where a model could not be fitted, and
/// the run says why in its warnings.
class LtvService {
public:
    /// Error(InvalidArgument) before anything is written: options out of range, a bad as-of, no
    /// customer before as-of. Error(Cancelled) when stopped.
    static LtvReport run(JobContext& ctx, const LtvOptions& options);

    /// The newest succeeded LTV run, 0 when there is none.
    static std::int64_t newestRun(Database& db);

    /// The run's metrics as stored in ml.model_runs (see core/customers/README.md).
    static QJsonObject metricsJson(const LtvReport& report);
};

/// A stored insight in the user's language: "12-month LTV of channel paid_search is 2.8× its CAC".
std::string ltvInsightText(const QJsonObject& insight);

} // namespace kestrel::core
