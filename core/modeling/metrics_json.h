#pragma once

#include "analytics/binary_metrics.h"

#include <QtCore/QJsonArray>

#include <vector>

namespace kestrel::core {

/// The binary-classifier curves as JSON, one shape for the CLI's output and ml.model_runs.metrics:
/// [{lower, upper, mean_predicted, observed_rate, count}] and [{fraction, rows, positive_rate, lift,
/// capture}].
QJsonArray reliabilityJson(const std::vector<ReliabilityBin>& bins);
QJsonArray liftJson(const std::vector<LiftPoint>& points);

} // namespace kestrel::core
