#include "cli/analyze_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "common/error.h"
#include "customers/rfm_service.h"
#include "customers/segmentation_service.h"
#include "db/database.h"
#include "db/migrator.h"
#include "jobs/job_runner.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

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
                    static_cast<long long>(r.noise), r.eps, args.eps > 0 ? "" : ", the k-distance knee", r.minSamples,
                    r.featureSeconds, static_cast<double>(r.durationMs) / 1000);
    else
        std::printf("segments run %lld as of %s: %lld users in %d k-means segments%s, written to ml.segments and "
                    "ml.user_metrics.segment_id (inertia %.1f, %d iterations; features %.2f s, total %.2f s)\n",
                    static_cast<long long>(r.runId), r.asOf.c_str(), static_cast<long long>(r.users), r.k,
                    r.kSuggested ? " (k suggested by silhouette)" : "", r.inertia, r.iterations, r.featureSeconds,
                    static_cast<double>(r.durationMs) / 1000);
    for (const auto& p : r.scan)
        std::printf("  k=%-3d inertia %.1f silhouette %.3f\n", p.k, p.inertia, p.silhouette);
    for (const auto& s : r.segments)
        std::printf("  segment %d: %lld users, %.1f%% of revenue — %s\n", s.segmentId, static_cast<long long>(s.size),
                    s.revenueShare * 100, s.profile.c_str());
    for (const auto& w : r.warnings)
        std::printf("  warning: %s\n", w.message.c_str());
    return 0;
}

} // namespace kestrel::cli
