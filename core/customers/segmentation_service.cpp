#include "customers/segmentation_service.h"

#include "analytics/kmeans.h"
#include "analytics/standardise.h"
#include "common/error.h"
#include "common/translate.h"
#include "customers/feature_builder.h"
#include "customers/model_run_log.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>

namespace kestrel::core {
namespace {

using analytics::RowMatrix;

std::int64_t elapsedMs(std::chrono::steady_clock::time_point since)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - since).count();
}

/// The clustering matrix: transformed so heavy tails do not own the distances.
RowMatrix transformed(const CustomerFeatures& f)
{
    const auto& names = SegmentationService::segmentFeatures();
    const int cTenure = f.column("tenure_days");
    RowMatrix x(f.values.rows(), static_cast<Eigen::Index>(names.size()));
    for (std::size_t j = 0; j < names.size(); ++j) {
        const int c = f.column(names[j]);
        for (Eigen::Index i = 0; i < f.values.rows(); ++i) {
            double v = f.values(i, c);
            if (names[j] == "recency_days" && std::isnan(v))
                v = f.values(i, cTenure); // never ordered: as if the last chance was signup
            if (std::isnan(v))
                v = 0;
            v = names[j] == "activity_trend" ? std::log(std::max(v, 1e-9)) : std::log1p(std::max(v, 0.0));
            x(i, static_cast<Eigen::Index>(j)) = v;
        }
    }
    return x;
}

std::string phraseList(const std::vector<std::string>& parts)
{
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty())
            out += ", ";
        out += p;
    }
    return out;
}

/// "high spend, buys monthly, bought recently, 40% of revenue" from the centroid's z-scores and the
/// members' own order cadence.
std::string profileOf(const SegmentSummary& s, double meanFrequency, double shareRepeat, double meanGapDays)
{
    auto zOf = [&](const char* name) {
        for (const auto& c : s.centroid)
            if (c.name == name)
                return c.z;
        return 0.0;
    };
    std::vector<std::string> parts;
    if (meanFrequency < 0.5) {
        parts.push_back(QCoreApplication::translate("Segments", "mostly no orders").toStdString());
    } else {
        const double spend = zOf("monetary");
        parts.push_back(spend >= 0.5    ? QCoreApplication::translate("Segments", "high spend").toStdString()
                        : spend <= -0.5 ? QCoreApplication::translate("Segments", "low spend").toStdString()
                                        : QCoreApplication::translate("Segments", "medium spend").toStdString());
        if (shareRepeat < 0.5)
            parts.push_back(QCoreApplication::translate("Segments", "mostly one-time buyers").toStdString());
        else if (meanGapDays <= 10)
            parts.push_back(QCoreApplication::translate("Segments", "buys weekly").toStdString());
        else if (meanGapDays <= 45)
            parts.push_back(QCoreApplication::translate("Segments", "buys monthly").toStdString());
        else if (meanGapDays <= 120)
            parts.push_back(QCoreApplication::translate("Segments", "buys quarterly").toStdString());
        else
            parts.push_back(QCoreApplication::translate("Segments", "buys rarely").toStdString());
        const double recency = zOf("recency_days");
        if (recency <= -0.5)
            parts.push_back(QCoreApplication::translate("Segments", "bought recently").toStdString());
        else if (recency >= 0.5)
            parts.push_back(QCoreApplication::translate("Segments", "lapsed").toStdString());
    }
    const double sessions = zOf("sessions_30d");
    if (sessions >= 0.5)
        parts.push_back(QCoreApplication::translate("Segments", "visits often").toStdString());
    else if (sessions <= -0.5)
        parts.push_back(QCoreApplication::translate("Segments", "rarely visits").toStdString());
    parts.push_back(trArgs(QCoreApplication::translate("Segments", "%1% of revenue"),
                           static_cast<long long>(std::lround(s.revenueShare * 100))));
    return phraseList(parts);
}

std::string tooFew(std::int64_t users, int k, const std::string& asOf)
{
    return trArgs(QCoreApplication::translate(
                      "Segments", "%1 segments need at least %2 users; %3 signed up before %4 (nothing was written)"),
                  k, k, users, asOf);
}

} // namespace

const std::vector<std::string>& SegmentationService::segmentFeatures()
{
    static const std::vector<std::string> names = {"monetary",        "frequency",    "recency_days",  "avg_basket",
                                                   "category_spread", "sessions_30d", "activity_trend"};
    return names;
}

SegmentationReport SegmentationService::run(JobContext& ctx, const SegmentationOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    if (options.k < 0 || (options.k == 0 && (options.kMin < 2 || options.kMax < options.kMin)))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate(
                               "Segments", "k must be at least 1, or the range %1..%2 must start at 2 or more"),
                           options.kMin, options.kMax));

    CustomerFeatures f = FeatureBuilder::build(ctx, options.asOf);
    SegmentationReport report;
    report.asOf = f.asOf;
    report.users = f.rows();
    report.featureSeconds = f.seconds;
    const auto n = f.rows();
    if (options.k > 0 && n < options.k)
        throw Error(Error::Code::InvalidArgument, tooFew(n, options.k, f.asOf));
    // The silhouette needs a k below the number of rows.
    if (options.k == 0 && n < options.kMin + 1)
        throw Error(Error::Code::InvalidArgument, tooFew(n, options.kMin + 1, f.asOf));

    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    control.progress = [&ctx](double fraction) {
        ctx.progress(fraction, QCoreApplication::translate("Segments", "Clustering customers").toStdString());
    };
    const RowMatrix raw = transformed(f);
    analytics::Standardised z = analytics::standardise(raw);
    report.warnings = z.warnings;

    analytics::KMeansOptions km;
    km.seed = options.seed;
    km.k = options.k;
    if (options.k == 0) {
        const int kMax = static_cast<int>(std::min<std::int64_t>(options.kMax, n - 1));
        const analytics::KScan scan = analytics::scanK(z.data, options.kMin, kMax, km, 5000, control.sub(0.0, 0.7));
        report.scan = scan.points;
        report.warnings.insert(report.warnings.end(), scan.warnings.begin(), scan.warnings.end());
        km.k = scan.suggestedK;
        report.kSuggested = true;
    }
    const analytics::KMeansResult result = analytics::kmeans(z.data, km, control.sub(options.k == 0 ? 0.7 : 0.0, 0.95));
    report.warnings.insert(report.warnings.end(), result.warnings.begin(), result.warnings.end());
    report.k = km.k;
    report.inertia = result.inertia;
    report.iterations = result.iterations;
    report.converged = result.converged;
    ctx.throwIfStopped();

    // Per-cluster sums for sizes, revenue and order cadence.
    const int k = km.k;
    const int cM = f.column("monetary"), cF = f.column("frequency"), cGap = f.column("days_between_orders");
    std::vector<double> money(k, 0.0), orders(k, 0.0), gapSum(k, 0.0);
    std::vector<std::int64_t> size(k, 0), buyers(k, 0), repeat(k, 0);
    double totalMoney = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const int l = result.labels[static_cast<std::size_t>(i)];
        ++size[l];
        money[l] += f.values(i, cM);
        orders[l] += f.values(i, cF);
        totalMoney += f.values(i, cM);
        if (f.values(i, cF) >= 1)
            ++buyers[l];
        if (!std::isnan(f.values(i, cGap))) {
            ++repeat[l];
            gapSum[l] += f.values(i, cGap);
        }
    }
    // Segment ids by descending revenue (then size, then label), so id 0 is the most valuable.
    std::vector<int> order(k);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (money[a] != money[b])
            return money[a] > money[b];
        if (size[a] != size[b])
            return size[a] > size[b];
        return a < b;
    });
    std::vector<int> idOf(k);
    const auto& names = segmentFeatures();
    for (int id = 0; id < k; ++id) {
        const int l = order[id];
        idOf[l] = id;
        SegmentSummary s;
        s.segmentId = id;
        s.size = size[l];
        s.revenueShare = totalMoney > 0 ? std::clamp(money[l] / totalMoney, 0.0, 1.0) : 0.0;
        for (std::size_t j = 0; j < names.size(); ++j) {
            const auto jj = static_cast<Eigen::Index>(j);
            // Back to original units: undo the standardisation, then the log.
            const double t = result.centroids(l, jj) * z.stds(jj) + z.means(jj);
            const double mean = names[j] == "activity_trend" ? std::exp(t) : std::expm1(t);
            s.centroid.push_back({names[j], mean, result.centroids(l, jj)});
        }
        const double meanFreq = size[l] > 0 ? orders[l] / static_cast<double>(size[l]) : 0.0;
        const double shareRepeat =
            buyers[l] > 0 ? static_cast<double>(repeat[l]) / static_cast<double>(buyers[l]) : 0.0;
        const double meanGap = repeat[l] > 0 ? gapSum[l] / static_cast<double>(repeat[l]) : 0.0;
        s.profile = profileOf(s, meanFreq, shareRepeat, meanGap);
        report.segments.push_back(std::move(s));
    }

    QJsonObject params;
    params[QStringLiteral("method")] = QStringLiteral("kmeans");
    params[QStringLiteral("as_of")] = QString::fromStdString(f.asOf);
    params[QStringLiteral("k")] = options.k;
    params[QStringLiteral("k_min")] = options.kMin;
    params[QStringLiteral("k_max")] = options.kMax;
    params[QStringLiteral("seed")] = QString::number(options.seed);
    QJsonArray featureList;
    for (const auto& name : names)
        featureList.append(QString::fromStdString(name));
    params[QStringLiteral("features")] = featureList;
    const std::int64_t runId = ModelRunLog::start(ctx.db(), "segments", params, f.asOf);
    report.runId = runId;
    try {
        ctx.progress(0.95, QCoreApplication::translate("Segments", "Writing segments").toStdString());
        ctx.db().transact([&](pqxx::work& tx) {
            for (const auto& s : report.segments) {
                QJsonObject centroid;
                for (const auto& c : s.centroid) {
                    QJsonObject v;
                    v[QStringLiteral("mean")] = c.mean;
                    v[QStringLiteral("z")] = c.z;
                    centroid[QString::fromStdString(c.name)] = v;
                }
                tx.exec_params0("INSERT INTO ml.segments (run_id, segment_id, method, size, revenue_share, centroid, "
                                "profile) VALUES ($1, $2, 'kmeans', $3, $4, $5::jsonb, $6)",
                                runId, s.segmentId, s.size, s.revenueShare,
                                QJsonDocument(centroid).toJson(QJsonDocument::Compact).toStdString(), s.profile);
            }
            tx.exec0("CREATE TEMP TABLE segment_stage (user_id bigint PRIMARY KEY, segment_id integer) ON COMMIT DROP");
            {
                CopyStream copy(tx, "segment_stage", {"user_id", "segment_id"});
                for (Eigen::Index i = 0; i < n; ++i) {
                    copy.row() += std::to_string(f.userIds[static_cast<std::size_t>(i)]);
                    copy.row() += '\t';
                    copy.row() += std::to_string(idOf[result.labels[static_cast<std::size_t>(i)]]);
                    copy.endRow();
                }
                copy.complete();
            }
            ctx.throwIfStopped();
            tx.exec_params0("INSERT INTO ml.user_metrics AS m (user_id, computed_at, segment_id, segment_run_id) "
                            "SELECT user_id, now(), segment_id, $1 FROM segment_stage "
                            "ON CONFLICT (user_id) DO UPDATE SET computed_at = now(), "
                            "  segment_id = EXCLUDED.segment_id, segment_run_id = EXCLUDED.segment_run_id",
                            runId);
            tx.exec_params0("UPDATE ml.user_metrics SET segment_id = NULL, segment_run_id = $1 "
                            "WHERE segment_run_id IS DISTINCT FROM $1 AND segment_id IS NOT NULL",
                            runId);
            ctx.throwIfStopped();

            QJsonObject metrics;
            metrics[QStringLiteral("k")] = report.k;
            metrics[QStringLiteral("k_suggested")] = report.kSuggested;
            metrics[QStringLiteral("users")] = static_cast<double>(n);
            metrics[QStringLiteral("inertia")] = report.inertia;
            metrics[QStringLiteral("iterations")] = report.iterations;
            metrics[QStringLiteral("converged")] = report.converged;
            QJsonArray scan, sizes;
            for (const auto& p : report.scan) {
                QJsonObject o;
                o[QStringLiteral("k")] = p.k;
                o[QStringLiteral("inertia")] = p.inertia;
                o[QStringLiteral("silhouette")] = p.silhouette;
                scan.append(o);
            }
            for (const auto& s : report.segments)
                sizes.append(static_cast<double>(s.size));
            metrics[QStringLiteral("scan")] = scan;
            metrics[QStringLiteral("sizes")] = sizes;
            metrics[QStringLiteral("feature_seconds")] = report.featureSeconds;
            report.durationMs = elapsedMs(started);
            ModelRunLog::succeed(tx, runId, metrics, report.durationMs);
        });
    } catch (const Error& e) {
        ModelRunLog::fail(ctx.db(), runId, e.code() == Error::Code::Cancelled, e.what(), elapsedMs(started));
        throw;
    } catch (const std::exception& e) {
        ModelRunLog::fail(ctx.db(), runId, false, e.what(), elapsedMs(started));
        throw;
    }
    ctx.progress(1.0, QCoreApplication::translate("Segments", "Segments written").toStdString());
    return report;
}

} // namespace kestrel::core
