#pragma once

#include "analytics/gbdt_params.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace kestrel::core {

/// A dense row-major float matrix owned by the caller; NaN marks a missing value.
struct DenseMatrixView {
    const float* data = nullptr;
    std::size_t rows = 0;
    std::size_t cols = 0;
};

/// Per-feature importance: XGBoost's average gain of the splits on the feature (0 when unused).
struct FeatureImportance {
    std::size_t feature = 0;
    double gain = 0;
};

class GbdtModel;

/// What train() returns: the model, the log-loss on the eval set after each round (empty without
/// one) and warnings worth showing (e.g. parameters that were adjusted).
struct GbdtTrainResult {
    std::unique_ptr<GbdtModel> model;
    std::vector<double> evalLogLoss;
    std::vector<std::string> warnings;
};

/// A binary:logistic gradient-boosted tree model trained through XGBoost's C API. Handles are
/// owned (RAII); every failed call throws Error(Internal) with XGBoost's own message. Training is
/// deterministic: the same data, parameters and seed give the same model and predictions.
class GbdtModel {
public:
    using ProgressFn = std::function<void(double fraction, const std::string& text)>;

    ~GbdtModel();
    GbdtModel(const GbdtModel&) = delete;
    GbdtModel& operator=(const GbdtModel&) = delete;

    /// Trains on x (rows × cols, NaN = missing) with labels 0/1, one boosting round at a time; stop
    /// is checked before each round (Error(Cancelled) when set) and progress told after each.
    /// evalX/evalY (optional, same columns) give the per-round eval log-loss. Throws
    /// Error(InvalidArgument) for mismatched sizes, labels other than 0/1 or no rows.
    static GbdtTrainResult train(const DenseMatrixView& x, std::span<const float> labels, const GbdtParams& params,
                                 const ProgressFn& progress = {}, const std::atomic<bool>* stop = nullptr,
                                 const DenseMatrixView* evalX = nullptr, std::span<const float> evalY = {});

    /// Restores a model written by save(). Throws Error(InvalidArgument) for bytes that are not one.
    static std::unique_ptr<GbdtModel> load(const std::vector<std::uint8_t>& bytes);

    /// Probabilities of the positive class, one per row.
    std::vector<float> predict(const DenseMatrixView& x) const;
    /// Margins (log-odds), one per row.
    std::vector<float> predictMargin(const DenseMatrixView& x) const;
    /// SHAP contributions, row-major rows × (cols + 1): one per feature, then the bias; each row
    /// sums to that row's margin. approximate = true gives XGBoost's path-based (Saabas)
    /// attributions instead of exact TreeSHAP: they also sum to the margin and cost O(trees × depth)
    /// per row rather than O(trees × leaves × depth²), which matters for deep random forests.
    std::vector<float> contributions(const DenseMatrixView& x, bool approximate = false) const;
    /// Average gain per feature, for all featureCount() features (unused ones 0), in feature order.
    std::vector<FeatureImportance> importance() const;
    /// The model as bytes (XGBoost's UBJSON format), for ml.model_runs.artifact.
    std::vector<std::uint8_t> save() const;

    std::size_t featureCount() const { return m_features; }
    int boostedRounds() const;

private:
    struct Handles;
    GbdtModel(std::unique_ptr<Handles> handles, std::size_t features);
    std::vector<float> predictType(const DenseMatrixView& x, int type, std::size_t perRow) const;

    std::unique_ptr<Handles> m_h;
    std::size_t m_features = 0;
};

} // namespace kestrel::core
