#pragma once

#include "cli/cli_app.h"

namespace kestrel::cli {

/// `kestrel analyze rfm [--as-of DATE]`: RFM scores and segments into ml.user_metrics.
int runAnalyzeRfm(const ParsedArgs& args);

/// `kestrel analyze segments [--k N | --k-min A --k-max B] [--seed N] [--as-of DATE]`: k-means
/// segments into ml.segments and ml.user_metrics.segment_id.
int runAnalyzeSegments(const ParsedArgs& args);

/// `kestrel analyze propensity|churn [--as-of] [--horizon-days N | --churn-days N] [--seed] [--mode]`:
/// trains on an earlier window, validates on the next, scores as of the date.
int runAnalyzeScores(const ParsedArgs& args);

/// `kestrel analyze compare RUN_A RUN_B`: score drift between two runs of the same model.
int runAnalyzeCompare(const ParsedArgs& args);

/// `kestrel analyze runs [--model propensity|churn] [--limit N]`: the run history.
int runAnalyzeRuns(const ParsedArgs& args);

/// `kestrel analyze ltv`: historical LTV, cohorts, BG/NBD + Gamma-Gamma predictions, the holdout
/// check and insights into ml.user_metrics and ml.model_runs.
int runAnalyzeLtv(const ParsedArgs& args);

} // namespace kestrel::cli
