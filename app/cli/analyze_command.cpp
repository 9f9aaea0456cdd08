#include "cli/analyze_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "common/error.h"
#include "customers/ltv_service.h"
#include "customers/rfm_service.h"
#include "customers/scoring_service.h"
#include "customers/segmentation_service.h"
#include "db/database.h"
#include "db/migrator.h"
#include "jobs/job_runner.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cmath>
#include <cstdio>

namespace kestrel::cli {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonArray warningsJson(const std::vector<core::analytics::KernelWarning>& warnings)
{
    QJsonArray out;
    for (const auto& w : warnings) {
        QJsonObject o;
        o[QStringLiteral("code")] = q(w.code);
        o[QStringLiteral("message")] = q(w.message);
        out.append(o);
    }
    return out;
}

template <typename Fn> void runWithProgress(core::Database& db, Fn&& fn)
{
    TerminalProgress progress;
    core::runJobHere(db, fn, [&](double f, const std::string& text) { progress.update(f, text); });
    progress.finish();
}

} // namespace

int runAnalyzeRfm(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::RfmOptions options;
    options.asOf = args.asOf;
    core::RfmReport r;
    runWithProgress(db, [&](core::JobContext& ctx) { r = core::RfmService::run(ctx, options); });

    if (args.json) {
        QJsonObject out, segments;
        out[QStringLiteral("run_id")] = static_cast<double>(r.runId);
        out[QStringLiteral("as_of")] = q(r.asOf);
        out[QStringLiteral("users_scored")] = static_cast<double>(r.usersScored);
        out[QStringLiteral("users_no_orders")] = static_cast<double>(r.usersNoOrders);
        for (const auto& [name, count] : r.segments)
            segments[q(name)] = static_cast<double>(count);
        out[QStringLiteral("segments")] = segments;
        out[QStringLiteral("feature_seconds")] = r.featureSeconds;
        out[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
        out[QStringLiteral("warnings")] = warningsJson(r.warnings);
        printJson(out);
        return 0;
    }
    std::printf("RFM run %lld as of %s: scored %lld customers into ml.user_metrics; %lld users without orders "
                "have no scores (features %.2f s, total %.2f s)\n",
                static_cast<long long>(r.runId), r.asOf.c_str(), static_cast<long long>(r.usersScored),
                static_cast<long long>(r.usersNoOrders), r.featureSeconds, static_cast<double>(r.durationMs) / 1000);
    for (const auto& [name, count] : r.segments)
        std::printf("  %-20s %lld\n", name.c_str(), static_cast<long long>(count));
    for (const auto& w : r.warnings)
        std::printf("  warning: %s\n", w.message.c_str());
    return 0;
}

int runAnalyzeSegments(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::SegmentationOptions options;
    options.asOf = args.asOf;
    options.k = args.k;
    options.kMin = args.kMin;
    options.kMax = args.kMax;
    options.seed = args.seed;
    const bool dbscan = args.segmentMethod == "dbscan";
    if (dbscan && (args.k != 0 || args.kMin != 2 || args.kMax != 8))
        throw core::Error(core::Error::Code::InvalidArgument, "--k, --k-min and --k-max are for --method kmeans");
    if (!dbscan && (args.eps != 0 || args.minSamples != 0))
        throw core::Error(core::Error::Code::InvalidArgument, "--eps and --min-samples are for --method dbscan");
    options.method = dbscan ? core::SegmentationOptions::Method::Dbscan : core::SegmentationOptions::Method::KMeans;
    options.eps = args.eps;
    options.minSamples = args.minSamples;
    core::SegmentationReport r;
    runWithProgress(db, [&](core::JobContext& ctx) { r = core::SegmentationService::run(ctx, options); });

    if (args.json) {
        QJsonObject out;
        out[QStringLiteral("run_id")] = static_cast<double>(r.runId);
        out[QStringLiteral("as_of")] = q(r.asOf);
        out[QStringLiteral("users")] = static_cast<double>(r.users);
        out[QStringLiteral("method")] = dbscan ? QStringLiteral("dbscan") : QStringLiteral("kmeans");
        out[QStringLiteral("k")] = r.k;
        if (dbscan) {
            out[QStringLiteral("noise")] = static_cast<double>(r.noise);
            out[QStringLiteral("eps")] = r.eps;
            out[QStringLiteral("eps_suggested")] = r.kDistance.epsSuggested;
            out[QStringLiteral("min_samples")] = r.minSamples;
            out[QStringLiteral("sample_rows")] = static_cast<double>(r.sampleRows);
            QJsonArray curve;
            for (const auto& [share, distance] : r.kDistance.points)
                curve.append(QJsonArray{share, distance});
            out[QStringLiteral("k_distance")] = curve;
        } else {
            out[QStringLiteral("k_suggested")] = r.kSuggested;
            out[QStringLiteral("inertia")] = r.inertia;
            out[QStringLiteral("iterations")] = r.iterations;
            out[QStringLiteral("converged")] = r.converged;
        }
        QJsonArray scan, segments;
        for (const auto& p : r.scan) {
            QJsonObject o;
            o[QStringLiteral("k")] = p.k;
            o[QStringLiteral("inertia")] = p.inertia;
            o[QStringLiteral("silhouette")] = p.silhouette;
            scan.append(o);
        }
        for (const auto& s : r.segments) {
            QJsonObject o, centroid;
            o[QStringLiteral("segment_id")] = s.segmentId;
            o[QStringLiteral("size")] = static_cast<double>(s.size);
            o[QStringLiteral("revenue_share")] = s.revenueShare;
            o[QStringLiteral("profile")] = q(s.profile);
            for (const auto& c : s.centroid)
                centroid[q(c.name)] = c.mean;
            o[QStringLiteral("centroid")] = centroid;
            segments.append(o);
        }
        out[QStringLiteral("scan")] = scan;
        out[QStringLiteral("segments")] = segments;
        out[QStringLiteral("feature_seconds")] = r.featureSeconds;
        out[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
        out[QStringLiteral("warnings")] = warningsJson(r.warnings);
        printJson(out);
        return 0;
    }
    if (dbscan)
        std::printf("segments run %lld as of %s: %lld users in %d DBSCAN segments and %lld noise users (segment -1), "
                    "written to ml.segments and ml.user_metrics.segment_id (eps %.4g%s, min samples %d; features "
                    "%.2f s, total %.2f s)\n",
                    static_cast<long long>(r.runId), r.asOf.c_str(), static_cast<long long>(r.users), r.k,
                    static_cast<long long>(r.noise), r.eps, args.eps > 0 ? "" : ", suggested by the k-distance curve", r.minSamples,
                    r.featureSeconds, static_cast<double>(r.durationMs) / 1000);
    else
        std::printf("segments run %lld as of %s: %lld users in %d k-means segments%s, written to ml.segments and "
                    "ml.user_metrics.segment_id (inertia %.1f, %d iterations; features %.2f s, total %.2f s)\n",
                    static_cast<long long>(r.runId), r.asOf.c_str(), static_cast<long long>(r.users), r.k,
                    r.kSuggested ? " (k suggested by silhouette)" : "", r.inertia, r.iterations, r.featureSeconds,
                    static_cast<double>(r.durationMs) / 1000);
    if (dbscan && r.sampleRows > 0)
        std::printf("  clustered an evenly spaced sample of %lld users; the others joined the segment of the nearest "
                    "core user within eps\n",
                    static_cast<long long>(r.sampleRows));
    for (const auto& p : r.scan)
        std::printf("  k=%-3d inertia %.1f silhouette %.3f\n", p.k, p.inertia, p.silhouette);
    for (const auto& s : r.segments)
        std::printf("  segment %d: %lld users, %.1f%% of revenue — %s\n", s.segmentId, static_cast<long long>(s.size),
                    s.revenueShare * 100, s.profile.c_str());
    for (const auto& w : r.warnings)
        std::printf("  warning: %s\n", w.message.c_str());
    return 0;
}

namespace {

std::string reasonsText(const std::vector<core::ScoreReason>& reasons)
{
    std::string out;
    for (const auto& r : reasons) {
        char part[160];
        if (std::isnan(r.value))
            std::snprintf(part, sizeof part, "%s%s (none, +%.2f)", out.empty() ? "" : ", ", r.feature.c_str(),
                          r.contribution);
        else
            std::snprintf(part, sizeof part, "%s%s = %.4g (+%.2f)", out.empty() ? "" : ", ", r.feature.c_str(), r.value,
                          r.contribution);
        out += part;
    }
    return out.empty() ? "-" : out;
}

/// NaN (a metric that could not be computed) as JSON null.
QJsonValue number(double v)
{
    return std::isnan(v) ? QJsonValue() : QJsonValue(v);
}

} // namespace

int runAnalyzeScores(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::ScoringOptions options;
    options.kind = args.command == "analyze churn" ? core::ScoringOptions::Kind::Churn
                                                   : core::ScoringOptions::Kind::Propensity;
    options.asOf = args.asOf;
    options.horizonDays = args.horizonDays;
    options.churnDays = args.churnDays;
    options.seed = args.seed;
    options.randomForest = args.modelMode == "rf";
    options.rounds = args.rounds;
    options.maxDepth = args.maxDepth;
    options.eta = args.eta;
    core::ScoringReport r;
    runWithProgress(db, [&](core::JobContext& ctx) { r = core::ScoringService::run(ctx, options); });
    const bool churn = options.kind == core::ScoringOptions::Kind::Churn;

    if (args.json) {
        QJsonObject out;
        out[QStringLiteral("run_id")] = static_cast<double>(r.runId);
        out[QStringLiteral("model")] = QString::fromLatin1(core::ScoringService::modelName(r.kind));
        out[QStringLiteral("mode")] = r.randomForest ? QStringLiteral("random_forest") : QStringLiteral("gbdt");
        out[churn ? QStringLiteral("churn_days") : QStringLiteral("horizon_days")] = r.windowDays;
        out[QStringLiteral("train_as_of")] = q(r.trainAsOf);
        out[QStringLiteral("valid_as_of")] = q(r.validAsOf);
        out[QStringLiteral("score_as_of")] = q(r.scoreAsOf);
        out[QStringLiteral("train_rows")] = static_cast<double>(r.trainRows);
        out[QStringLiteral("train_positive_rate")] = r.trainPositiveRate;
        out[QStringLiteral("valid_rows")] = static_cast<double>(r.validRows);
        out[QStringLiteral("valid_positive_rate")] = r.validPositiveRate;
        out[QStringLiteral("scored_users")] = static_cast<double>(r.scoredUsers);
        out[QStringLiteral("roc_auc")] = number(r.rocAuc);
        out[QStringLiteral("pr_auc")] = number(r.prAuc);
        out[QStringLiteral("log_loss")] = number(r.logLoss);
        QJsonArray lift, importance, top, bands;
        for (const auto& p : r.lift) {
            QJsonObject o;
            o[QStringLiteral("fraction")] = p.fraction;
            o[QStringLiteral("lift")] = p.lift;
            o[QStringLiteral("capture")] = p.capture;
            lift.append(o);
        }
        for (const auto& [feature, gain] : r.importance) {
            QJsonObject o;
            o[QStringLiteral("feature")] = q(feature);
            o[QStringLiteral("gain")] = gain;
            importance.append(o);
        }
        for (const auto& u : r.top) {
            QJsonObject o;
            o[QStringLiteral("user_id")] = static_cast<double>(u.userId);
            o[QStringLiteral("score")] = u.score;
            o[QStringLiteral("reasons")] = core::scoreReasonsJson(u.reasons);
            top.append(o);
        }
        for (const auto b : r.bands)
            bands.append(static_cast<double>(b));
        out[QStringLiteral("lift")] = lift;
        out[QStringLiteral("importance")] = importance;
        out[QStringLiteral("top")] = top;
        out[QStringLiteral("bands")] = bands;
        out[QStringLiteral("rounds")] = r.rounds;
        out[QStringLiteral("feature_seconds")] = r.featureSeconds;
        out[QStringLiteral("train_seconds")] = r.trainSeconds;
        out[QStringLiteral("score_seconds")] = r.scoreSeconds;
        out[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
        QJsonArray warnings;
        for (const auto& w : r.warnings)
            warnings.append(q(w));
        out[QStringLiteral("warnings")] = warnings;
        printJson(out);
        return 0;
    }
    std::printf("%s run %lld (%s): scored %lld users as of %s into ml.user_metrics.%s with reasons\n",
                core::ScoringService::modelName(r.kind), static_cast<long long>(r.runId),
                r.randomForest ? "random forest" : "gradient boosting", static_cast<long long>(r.scoredUsers),
                r.scoreAsOf.c_str(), churn ? "churn_probability" : "purchase_probability_30d");
    if (churn)
        std::printf("  churn = no purchase and no session within %d days, among users active in the %d days before\n",
                    r.windowDays, r.windowDays);
    else
        std::printf("  outcome = a paid order within %d days\n", r.windowDays);
    std::printf("  trained on %lld users as of %s (%.1f%% positive), validated on %lld users as of %s (%.1f%% "
                "positive)\n",
                static_cast<long long>(r.trainRows), r.trainAsOf.c_str(), r.trainPositiveRate * 100,
                static_cast<long long>(r.validRows), r.validAsOf.c_str(), r.validPositiveRate * 100);
    std::printf("  validation: ROC-AUC %.4f, PR-AUC %.4f, log-loss %.4f", r.rocAuc, r.prAuc, r.logLoss);
    if (!r.lift.empty())
        std::printf(", lift at top 10%% %.2f (captures %.1f%%)", r.lift.front().lift, r.lift.front().capture * 100);
    std::printf("\n  bands: %lld low (< 0.3), %lld medium, %lld high (>= 0.6); features %.2f s, training %.2f s, "
                "scoring with reasons %.2f s, total %.2f s\n",
                static_cast<long long>(r.bands[0]), static_cast<long long>(r.bands[1]),
                static_cast<long long>(r.bands[2]), r.featureSeconds, r.trainSeconds, r.scoreSeconds,
                static_cast<double>(r.durationMs) / 1000);
    std::printf("  most important: ");
    for (std::size_t i = 0; i < std::min<std::size_t>(5, r.importance.size()); ++i)
        std::printf("%s%s", i ? ", " : "", r.importance[i].first.c_str());
    std::printf("\n  highest scores:\n");
    for (const auto& u : r.top)
        std::printf("    user %lld  %.3f  %s\n", static_cast<long long>(u.userId), u.score, reasonsText(u.reasons).c_str());
    for (const auto& w : r.warnings)
        std::printf("  warning: %s\n", w.c_str());
    return 0;
}

int runAnalyzeCompare(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    const core::ScoreDrift d = core::ScoringService::compare(db, args.runIds.at(0), args.runIds.at(1));
    if (args.json) {
        QJsonObject out;
        out[QStringLiteral("model")] = q(d.model);
        out[QStringLiteral("run_a")] = static_cast<double>(d.runA);
        out[QStringLiteral("run_b")] = static_cast<double>(d.runB);
        out[QStringLiteral("users_a")] = static_cast<double>(d.usersA);
        out[QStringLiteral("users_b")] = static_cast<double>(d.usersB);
        out[QStringLiteral("common_users")] = static_cast<double>(d.common);
        out[QStringLiteral("mean_a")] = d.meanA;
        out[QStringLiteral("mean_b")] = d.meanB;
        out[QStringLiteral("psi")] = d.psi;
        out[QStringLiteral("band_change_share")] = d.bandChangeShare;
        QJsonArray moves, ha, hb;
        for (const auto& row : d.bandMoves)
            moves.append(QJsonArray{static_cast<double>(row[0]), static_cast<double>(row[1]), static_cast<double>(row[2])});
        for (std::size_t i = 0; i < 20; ++i) {
            ha.append(static_cast<double>(d.histogramA[i]));
            hb.append(static_cast<double>(d.histogramB[i]));
        }
        out[QStringLiteral("band_moves")] = moves;
        out[QStringLiteral("histogram_a")] = ha;
        out[QStringLiteral("histogram_b")] = hb;
        printJson(out);
        return 0;
    }
    std::printf("%s run %lld -> run %lld: %lld and %lld users scored, %lld in both\n", d.model.c_str(),
                static_cast<long long>(d.runA), static_cast<long long>(d.runB), static_cast<long long>(d.usersA),
                static_cast<long long>(d.usersB), static_cast<long long>(d.common));
    std::printf("  mean score %.4f -> %.4f; PSI %.4f (%s); %.1f%% of the common users changed band\n", d.meanA, d.meanB,
                d.psi, d.psi < 0.1 ? "stable" : d.psi < 0.25 ? "moderate shift" : "large shift",
                d.bandChangeShare * 100);
    const char* bands[] = {"low", "medium", "high"};
    std::printf("  band moves (rows: run %lld, columns: run %lld)\n           low   medium     high\n",
                static_cast<long long>(d.runA), static_cast<long long>(d.runB));
    for (std::size_t a = 0; a < 3; ++a)
        std::printf("  %-6s %8lld %8lld %8lld\n", bands[a], static_cast<long long>(d.bandMoves[a][0]),
                    static_cast<long long>(d.bandMoves[a][1]), static_cast<long long>(d.bandMoves[a][2]));
    return 0;
}

int runAnalyzeRuns(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    const auto runs = core::ScoringService::history(db, args.runModel, args.limit);
    if (args.json) {
        QJsonArray out;
        for (const auto& r : runs) {
            QJsonObject o;
            o[QStringLiteral("run_id")] = static_cast<double>(r.runId);
            o[QStringLiteral("model")] = q(r.model);
            o[QStringLiteral("status")] = q(r.status);
            o[QStringLiteral("started_at")] = q(r.startedAt);
            o[QStringLiteral("as_of")] = q(r.asOf);
            o[QStringLiteral("mode")] = q(r.mode);
            o[QStringLiteral("window_days")] = r.windowDays;
            o[QStringLiteral("roc_auc")] = number(r.rocAuc);
            o[QStringLiteral("pr_auc")] = number(r.prAuc);
            o[QStringLiteral("log_loss")] = number(r.logLoss);
            o[QStringLiteral("scored_users")] = static_cast<double>(r.scoredUsers);
            o[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
            out.append(o);
        }
        QJsonObject wrapped;
        wrapped[QStringLiteral("runs")] = out;
        printJson(wrapped);
        return 0;
    }
    if (runs.empty()) {
        std::printf("no propensity or churn runs yet (kestrel analyze propensity | churn)\n");
        return 0;
    }
    std::printf("%6s  %-10s  %-9s  %-16s  %-6s  %5s  %8s  %8s  %9s\n", "run", "model", "status", "started (UTC)", "mode",
                "days", "ROC-AUC", "PR-AUC", "users");
    for (const auto& r : runs) {
        char auc[16] = "-", pr[16] = "-";
        if (!std::isnan(r.rocAuc))
            std::snprintf(auc, sizeof auc, "%.4f", r.rocAuc);
        if (!std::isnan(r.prAuc))
            std::snprintf(pr, sizeof pr, "%.4f", r.prAuc);
        std::printf("%6lld  %-10s  %-9s  %-16s  %-6s  %5d  %8s  %8s  %9lld\n", static_cast<long long>(r.runId),
                    r.model.c_str(), r.status.c_str(), r.startedAt.c_str(), r.mode == "random_forest" ? "rf" : "gbdt",
                    r.windowDays, auc, pr, static_cast<long long>(r.scoredUsers));
    }
    return 0;
}

int runAnalyzeLtv(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    if (args.ifMissing && core::LtvService::newestRun(db) > 0) {
        if (args.json)
            printJson(QJsonObject{{QStringLiteral("skipped"), true}});
        else
            std::printf("an LTV run exists; nothing to do\n");
        return 0;
    }
    core::LtvOptions options;
    options.asOf = args.asOf;
    options.clvMonths = args.clvMonths;
    options.monthlyDiscount = args.discountMonthly;
    options.holdoutDays = args.holdoutDays;
    core::LtvReport r;
    runWithProgress(db, [&](core::JobContext& ctx) { r = core::LtvService::run(ctx, options); });

    if (args.json) {
        QJsonObject out = core::LtvService::metricsJson(r);
        out[QStringLiteral("run_id")] = static_cast<double>(r.runId);
        out[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
        printJson(out);
        return 0;
    }
    const auto& h = r.history;
    std::printf("LTV run %lld as of %s: %lld customers, %lld ms\n", static_cast<long long>(r.runId), r.asOf.c_str(),
                static_cast<long long>(h.customers), static_cast<long long>(r.durationMs));
    std::printf("%-8s %10s %9s %10s %10s %10s %10s %10s %8s\n", "horizon", "customers", "excluded", "mean", "median",
                "p90", "p99", "total", "top10%");
    for (const auto& s : h.horizons) {
        if (s.customers == 0) {
            std::printf("%-8s %10lld %9lld %10s\n", (std::to_string(s.months) + " m").c_str(), 0LL,
                        static_cast<long long>(s.excluded), "(none elapsed)");
            continue;
        }
        std::printf("%-8s %10lld %9lld %10.2f %10.2f %10.2f %10.2f %10.0f %7.1f%%\n",
                    (std::to_string(s.months) + " m").c_str(), static_cast<long long>(s.customers),
                    static_cast<long long>(s.excluded), s.mean, s.median, s.p90, s.p99, s.total, 100 * s.top10Share);
    }
    const auto& p = r.prediction;
    if (p.bgNbd) {
        const auto& b = *p.bgNbd;
        std::printf("BG/NBD (days)  r %.4f  alpha %.4f  a %.4f  b %.4f  LL %.2f  %s  %.1f ms\n", b.params.r,
                    b.params.alpha, b.params.a, b.params.b, b.diagnostics.logLikelihood,
                    b.diagnostics.converged ? "converged" : "NOT converged", b.diagnostics.seconds * 1000);
    }
    if (p.gammaGamma) {
        const auto& g = *p.gammaGamma;
        std::printf("Gamma-Gamma    p %.4f  q %.4f  gamma %.4f  LL %.2f  %s  %.1f ms\n", g.params.p, g.params.q,
                    g.params.gamma, g.diagnostics.logLikelihood, g.diagnostics.converged ? "converged" : "NOT converged",
                    g.diagnostics.seconds * 1000);
        std::printf("predicted %d-month CLV (discount %.2f%%/month): total %.0f, mean %.2f, median %.2f; mean "
                    "P(alive) %.3f\n",
                    r.clvMonths, 100 * r.monthlyDiscount, p.clvTotal, p.clvMean, p.clvMedian, p.pAliveMean);
    }
    if (p.calibration) {
        const auto& c = *p.calibration;
        std::printf("holdout check: %d days from %s, %lld customers: predicted %.0f repeat purchases, actual %.0f\n",
                    c.holdoutDays, c.calibrationEnd.c_str(), static_cast<long long>(c.customers), c.predictedTotal,
                    c.actualTotal);
        std::printf("  %-10s %10s %10s %10s\n", "frequency", "customers", "predicted", "actual");
        for (const auto& b : c.buckets)
            std::printf("  %-10s %10lld %10.3f %10.3f\n",
                        (std::to_string(b.frequencyMin) + (b.frequencyMax < 0 ? "+" : "")).c_str(),
                        static_cast<long long>(b.customers), b.predicted, b.actual);
    }
    for (const auto& c : h.channels)
        if (std::isfinite(c.cac))
            std::printf("channel %-12s customers %8lld  CAC %8.2f  12-month LTV %8.2f  payback month %d\n",
                        c.channel.c_str(), static_cast<long long>(c.customers), c.cac, c.ltv12,
                        c.paybackMonth < 0 ? 0 : c.paybackMonth + 1);
    for (const auto& i : r.insights)
        std::printf("insight: %s\n", core::ltvInsightText(i.toObject()).c_str());
    for (const auto& w : r.warnings)
        std::printf("warning: %s\n", w.c_str());
    return 0;
}

} // namespace kestrel::cli
