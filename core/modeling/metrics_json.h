#pragma once

#include "analytics/binary_metrics.h"
#include "analytics/clv.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <string>
#include <vector>

namespace kestrel::core {

/// The binary-classifier curves as JSON, one shape for the CLI's output and ml.model_runs.metrics:
/// [{lower, upper, mean_predicted, observed_rate, count}] and [{fraction, rows, positive_rate, lift,
/// capture}].
QJsonArray reliabilityJson(const std::vector<ReliabilityBin>& bins);
QJsonArray liftJson(const std::vector<LiftPoint>& points);

/// Texts (notes, warnings) as a JSON array of strings.
QJsonArray stringsJson(const std::vector<std::string>& texts);

/// A BG/NBD or Gamma-Gamma fit as JSON, one shape for `kestrel fit clv` and the ltv run's metrics:
/// the parameters (r, alpha, a, b or p, q, gamma) and log_likelihood, customers, distinct_rows,
/// iterations, evaluations, starts, converged, gradient_norm, seconds, notes.
QJsonObject bgNbdFitJson(const analytics::BgNbdFit& fit);
QJsonObject gammaGammaFitJson(const analytics::GammaGammaFit& fit);

} // namespace kestrel::core
