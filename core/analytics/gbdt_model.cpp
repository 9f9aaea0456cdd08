#include "analytics/gbdt_model.h"

#include "common/error.h"

#include <xgboost/c_api.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace kestrel::core {
namespace {

void check(int rc, const char* call)
{
    if (rc != 0)
        throw Error(Error::Code::Internal, std::string("XGBoost: ") + call + ": " + XGBGetLastError());
}

struct DMatrixDeleter {
    void operator()(void* h) const { XGDMatrixFree(h); }
};
using DMatrixPtr = std::unique_ptr<void, DMatrixDeleter>;

struct BoosterDeleter {
    void operator()(void* h) const { XGBoosterFree(h); }
};
using BoosterPtr = std::unique_ptr<void, BoosterDeleter>;

int chooseThreads(int requested, std::size_t rows)
{
    if (requested > 0)
        return requested;
    if (rows < 20000)
        return 1;
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

DMatrixPtr makeMatrix(const DenseMatrixView& x, int nthread)
{
    DMatrixHandle h = nullptr;
    check(XGDMatrixCreateFromMat_omp(x.data, x.rows, x.cols, std::nanf(""), &h, nthread), "XGDMatrixCreateFromMat");
    return DMatrixPtr(h);
}

void checkLabels(std::span<const float> labels, std::size_t rows, const char* what)
{
    if (labels.size() != rows)
        throw Error(Error::Code::InvalidArgument, std::string(what) + ": " + std::to_string(labels.size()) +
                                                      " labels for " + std::to_string(rows) + " rows");
    for (float v : labels)
        if (v != 0.0f && v != 1.0f)
            throw Error(Error::Code::InvalidArgument, std::string(what) + ": labels must be 0 or 1");
}

void setLabels(void* m, std::span<const float> labels)
{
    check(XGDMatrixSetFloatInfo(m, "label", labels.data(), labels.size()), "XGDMatrixSetFloatInfo");
}

void setParam(void* b, const char* name, const std::string& value)
{
    check(XGBoosterSetParam(b, name, value.c_str()), "XGBoosterSetParam");
}

std::string num(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

} // namespace

struct GbdtModel::Handles {
    BoosterPtr booster;
};

GbdtModel::GbdtModel(std::unique_ptr<Handles> handles, std::size_t features)
    : m_h(std::move(handles)), m_features(features)
{
}

GbdtModel::~GbdtModel() = default;

GbdtTrainResult GbdtModel::train(const DenseMatrixView& x, std::span<const float> labels, const GbdtParams& params,
                                 const ProgressFn& progress, const std::atomic<bool>* stop,
                                 const DenseMatrixView* evalX, std::span<const float> evalY)
{
    if (x.rows == 0 || x.cols == 0)
        throw Error(Error::Code::InvalidArgument, "gbdt: no rows or no columns to train on");
    checkLabels(labels, x.rows, "gbdt");
    if (evalX) {
        if (evalX->cols != x.cols)
            throw Error(Error::Code::InvalidArgument, "gbdt: the eval set has " + std::to_string(evalX->cols) +
                                                          " columns, the training set " + std::to_string(x.cols));
        checkLabels(evalY, evalX->rows, "gbdt eval set");
    }
    if (params.rounds < 1 || params.maxDepth < 1 || params.numParallelTree < 1)
        throw Error(Error::Code::InvalidArgument, "gbdt: rounds, max_depth and num_parallel_tree must be at least 1");

    GbdtTrainResult result;
    const int nthread = chooseThreads(params.nthread, x.rows);
    DMatrixPtr train = makeMatrix(x, nthread);
    setLabels(train.get(), labels);
    DMatrixPtr eval;
    if (evalX && evalX->rows > 0) {
        eval = makeMatrix(*evalX, nthread);
        setLabels(eval.get(), evalY);
    }

    std::vector<DMatrixHandle> cache{train.get()};
    if (eval)
        cache.push_back(eval.get());
    BoosterHandle raw = nullptr;
    check(XGBoosterCreate(cache.data(), cache.size(), &raw), "XGBoosterCreate");
    auto handles = std::make_unique<Handles>();
    handles->booster.reset(raw);
    void* b = raw;

    GbdtParams p = params;
    if (p.numParallelTree > 1 && p.subsample >= 1.0 && p.colsampleByNode >= 1.0 && p.colsampleByTree >= 1.0) {
        result.warnings.push_back("random forest without row or column subsampling: every tree is the same; "
                                  "subsample set to 0.632");
        p.subsample = 0.632;
    }
    setParam(b, "objective", "binary:logistic");
    setParam(b, "eval_metric", "logloss");
    setParam(b, "tree_method", "hist");
    setParam(b, "max_depth", std::to_string(p.maxDepth));
    setParam(b, "eta", num(p.eta));
    setParam(b, "subsample", num(p.subsample));
    setParam(b, "colsample_bytree", num(p.colsampleByTree));
    setParam(b, "colsample_bynode", num(p.colsampleByNode));
    setParam(b, "min_child_weight", num(p.minChildWeight));
    setParam(b, "lambda", num(p.lambda));
    setParam(b, "seed", std::to_string(p.seed));
    setParam(b, "nthread", std::to_string(nthread));
    setParam(b, "num_parallel_tree", std::to_string(p.numParallelTree));
    setParam(b, "verbosity", "0");

    const char* evalName = "eval";
    for (int round = 0; round < p.rounds; ++round) {
        if (stop && stop->load())
            throw Error(Error::Code::Cancelled, "training stopped after " + std::to_string(round) + " of " +
                                                    std::to_string(p.rounds) + " rounds");
        check(XGBoosterUpdateOneIter(b, round, train.get()), "XGBoosterUpdateOneIter");
        if (eval) {
            DMatrixHandle evals[] = {eval.get()};
            const char* out = nullptr;
            check(XGBoosterEvalOneIter(b, round, evals, &evalName, 1, &out), "XGBoosterEvalOneIter");
            // "[3]\teval-logloss:0.412"
            const char* colon = std::strrchr(out, ':');
            result.evalLogLoss.push_back(colon ? std::strtod(colon + 1, nullptr) : std::nan(""));
        }
        if (progress)
            progress(double(round + 1) / p.rounds,
                     "round " + std::to_string(round + 1) + " of " + std::to_string(p.rounds));
    }
    result.model.reset(new GbdtModel(std::move(handles), x.cols));
    return result;
}

std::unique_ptr<GbdtModel> GbdtModel::load(const std::vector<std::uint8_t>& bytes)
{
    BoosterHandle raw = nullptr;
    check(XGBoosterCreate(nullptr, 0, &raw), "XGBoosterCreate");
    auto handles = std::make_unique<Handles>();
    handles->booster.reset(raw);
    if (bytes.empty() || XGBoosterLoadModelFromBuffer(raw, bytes.data(), bytes.size()) != 0)
        throw Error(Error::Code::InvalidArgument,
                    std::string("not a saved model: ") + (bytes.empty() ? "no bytes" : XGBGetLastError()));
    bst_ulong features = 0;
    check(XGBoosterGetNumFeature(raw, &features), "XGBoosterGetNumFeature");
    return std::unique_ptr<GbdtModel>(new GbdtModel(std::move(handles), features));
}

std::vector<float> GbdtModel::predictType(const DenseMatrixView& x, int type, std::size_t perRow) const
{
    if (x.cols != m_features)
        throw Error(Error::Code::InvalidArgument, "gbdt: the model has " + std::to_string(m_features) +
                                                      " features, the data " + std::to_string(x.cols));
    if (x.rows == 0)
        return {};
    DMatrixPtr m = makeMatrix(x, chooseThreads(0, x.rows));
    const std::string config = "{\"type\": " + std::to_string(type) +
                               ", \"training\": false, \"iteration_begin\": 0, \"iteration_end\": 0, "
                               "\"strict_shape\": false}";
    const bst_ulong* shape = nullptr;
    bst_ulong dim = 0;
    const float* out = nullptr;
    check(XGBoosterPredictFromDMatrix(m_h->booster.get(), m.get(), config.c_str(), &shape, &dim, &out),
          "XGBoosterPredictFromDMatrix");
    bst_ulong total = 1;
    for (bst_ulong i = 0; i < dim; ++i)
        total *= shape[i];
    if (total != x.rows * perRow)
        throw Error(Error::Code::Internal, "XGBoost: unexpected prediction size " + std::to_string(total));
    return std::vector<float>(out, out + total);
}

std::vector<float> GbdtModel::predict(const DenseMatrixView& x) const
{
    return predictType(x, 0, 1);
}

std::vector<float> GbdtModel::predictMargin(const DenseMatrixView& x) const
{
    return predictType(x, 1, 1);
}

std::vector<float> GbdtModel::contributions(const DenseMatrixView& x, bool approximate) const
{
    return predictType(x, approximate ? 3 : 2, m_features + 1);
}

std::vector<FeatureImportance> GbdtModel::importance() const
{
    std::vector<FeatureImportance> out(m_features);
    for (std::size_t i = 0; i < m_features; ++i)
        out[i].feature = i;
    bst_ulong n = 0, dim = 0;
    const char** names = nullptr;
    const bst_ulong* shape = nullptr;
    const float* scores = nullptr;
    check(
        XGBoosterFeatureScore(m_h->booster.get(), "{\"importance_type\": \"gain\"}", &n, &names, &dim, &shape, &scores),
        "XGBoosterFeatureScore");
    for (bst_ulong i = 0; i < n; ++i) {
        // Without feature names XGBoost calls them f0, f1, …
        if (names[i][0] != 'f')
            continue;
        const unsigned long idx = std::strtoul(names[i] + 1, nullptr, 10);
        if (idx < m_features)
            out[idx].gain = scores[i];
    }
    return out;
}

std::vector<std::uint8_t> GbdtModel::save() const
{
    bst_ulong len = 0;
    const char* data = nullptr;
    check(XGBoosterSaveModelToBuffer(m_h->booster.get(), "{\"format\": \"ubj\"}", &len, &data),
          "XGBoosterSaveModelToBuffer");
    return std::vector<std::uint8_t>(data, data + len);
}

int GbdtModel::boostedRounds() const
{
    int rounds = 0;
    check(XGBoosterBoostedRounds(m_h->booster.get(), &rounds), "XGBoosterBoostedRounds");
    return rounds;
}

} // namespace kestrel::core
