#include "cli/model_command.h"

#include "analytics/binary_metrics.h"
#include "analytics/cross_validation.h"
#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "common/error.h"
#include "jobs/job_runner.h"
#include "modeling/csv_dataset.h"
#include "modeling/metrics_json.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <cstdio>

namespace kestrel::cli {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonObject foldJson(const core::FoldMetrics& m)
{
    QJsonObject o;
    if (m.fold >= 0)
        o[QStringLiteral("fold")] = m.fold + 1;
    o[QStringLiteral("train_rows")] = static_cast<double>(m.trainRows);
    o[QStringLiteral("test_rows")] = static_cast<double>(m.testRows);
    o[QStringLiteral("roc_auc")] = m.rocAuc;
    o[QStringLiteral("pr_auc")] = m.prAuc;
    o[QStringLiteral("log_loss")] = m.logLoss;
    o[QStringLiteral("train_seconds")] = m.trainSeconds;
    o[QStringLiteral("predict_seconds")] = m.predictSeconds;
    return o;
}

} // namespace

int runModelCv(const ParsedArgs& args)
{
    core::CsvDatasetOptions options;
    options.target = args.target;
    options.drop = args.drops;
    const core::CsvDataset data = core::CsvDataset::load(args.csv, options);
    const core::GbdtParams params =
        core::GbdtParams::forMode(args.modelMode == "rf", args.seed, args.rounds, args.maxDepth, args.eta);
    const auto positives = static_cast<std::size_t>(std::count(data.y.begin(), data.y.end(), 1.0f));
    const std::size_t smaller = std::min(positives, data.rows - positives);
    if (smaller < static_cast<std::size_t>(args.folds)) {
        const std::string& label = positives < data.rows - positives ? data.positiveLabel : data.negativeLabel;
        throw core::Error(core::Error::Code::InvalidArgument,
                          args.csv + ": the target column \"" + args.target + "\" is \"" + label + "\" in " +
                              std::to_string(smaller) + " rows, fewer than the " + std::to_string(args.folds) +
                              " folds" + (smaller >= 2 ? " (use --folds " + std::to_string(smaller) + ")" : ""));
    }

    TerminalProgress progress;
    const core::DenseMatrixView x{data.x.data(), data.rows, data.cols()};
    core::CrossValidationResult cv;
    try {
        // Ctrl+C stops between boosting rounds.
        core::runInterruptibly([&](const std::atomic<bool>& stop) {
            cv = core::crossValidate(x, data.y, args.folds, params,
                                     [&](double f, const std::string& text) { progress.update(f, text); }, &stop);
        });
    } catch (...) {
        progress.finish();
        throw;
    }
    progress.finish();

    // Pooled over the out-of-fold predictions: every row scored by a model that did not see it.
    const auto reliability = core::binary_metrics::reliabilityCurve(data.y, cv.outOfFold, 10);
    const auto lift = core::binary_metrics::liftAtDeciles(data.y, cv.outOfFold, 10);
    std::vector<std::string> notes = data.notes;
    notes.insert(notes.end(), cv.warnings.begin(), cv.warnings.end());
    if (args.json) {
        QJsonObject o;
        o[QStringLiteral("file")] = q(args.csv);
        o[QStringLiteral("target")] = q(args.target);
        o[QStringLiteral("positive_class")] = q(data.positiveLabel);
        o[QStringLiteral("rows")] = static_cast<double>(data.rows);
        o[QStringLiteral("positives")] = static_cast<double>(positives);
        o[QStringLiteral("features")] = static_cast<double>(data.cols());
        o[QStringLiteral("mode")] = q(args.modelMode);
        QJsonObject p;
        p[QStringLiteral("rounds")] = params.rounds;
        p[QStringLiteral("max_depth")] = params.maxDepth;
        p[QStringLiteral("eta")] = params.eta;
        p[QStringLiteral("subsample")] = params.subsample;
        p[QStringLiteral("colsample_bytree")] = params.colsampleByTree;
        p[QStringLiteral("colsample_bynode")] = params.colsampleByNode;
        p[QStringLiteral("num_parallel_tree")] = params.numParallelTree;
        p[QStringLiteral("seed")] = static_cast<double>(params.seed);
        o[QStringLiteral("params")] = p;
        QJsonArray folds;
        for (const auto& f : cv.folds)
            folds.append(foldJson(f));
        o[QStringLiteral("folds")] = folds;
        o[QStringLiteral("mean")] = foldJson(cv.mean);
        o[QStringLiteral("reliability")] = core::reliabilityJson(reliability);
        o[QStringLiteral("lift")] = core::liftJson(lift);
        o[QStringLiteral("notes")] = core::stringsJson(notes);
        printJson(o);
        return 0;
    }
    std::printf("%s: %zu rows, %zu features, target %s (positive: %s), %d-fold %s\n", args.csv.c_str(), data.rows,
                data.cols(), args.target.c_str(), data.positiveLabel.c_str(), args.folds,
                args.modelMode == "rf" ? "random forest" : "gradient boosting");
    std::printf("%-6s %8s %8s %8s %9s %9s\n", "FOLD", "ROC-AUC", "PR-AUC", "LOG-LOSS", "TRAIN s", "PREDICT s");
    for (const auto& f : cv.folds)
        std::printf("%-6d %8.4f %8.4f %8.4f %9.3f %9.3f\n", f.fold + 1, f.rocAuc, f.prAuc, f.logLoss, f.trainSeconds,
                    f.predictSeconds);
    const auto& m = cv.mean;
    std::printf("%-6s %8.4f %8.4f %8.4f %9.3f %9.3f\n", "mean", m.rocAuc, m.prAuc, m.logLoss, m.trainSeconds,
                m.predictSeconds);
    if (lift.size() >= 3)
        std::printf("lift (out of fold): top 10%% %.2f, top 20%% %.2f, top 30%% %.2f\n", lift[0].lift, lift[1].lift,
                    lift[2].lift);
    for (const auto& s : notes)
        std::printf("note: %s\n", s.c_str());
    return 0;
}

} // namespace kestrel::cli
