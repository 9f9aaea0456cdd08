#include "customers/segmentation_service.h"

#include "analytics/dbscan.h"
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

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace kestrel::core {
namespace {

using analytics::RowMatrix;

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
/// spendRatio: the segment's spend per buying member over everyone's spend per buyer (1 = typical),
/// so "high spend" compares buyers with buyers rather than with the many who never ordered.
std::string profileOf(const SegmentSummary& s, double meanFrequency, double shareRepeat, double meanGapDays,
                      double spendRatio)
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
        parts.push_back(spendRatio >= 1.5    ? QCoreApplication::translate("Segments", "high spend").toStdString()
                        : spendRatio <= 0.67 ? QCoreApplication::translate("Segments", "low spend").toStdString()
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

/// Rows asked for their k-distance when suggesting eps (enough for the curve's shape).
constexpr std::int64_t kDistanceQueries = 20000;
/// Users above which DBSCAN clusters a sample (see run()).
constexpr std::int64_t kDbscanSampleRows = 200000;

KDistanceSummary thinCurve(const std::vector<double>& curve, int k)
{
    KDistanceSummary out;
    out.k = k;
    // The knee, but no lower than the 90th percentile: customer data is a dense crowd of light users
    // and a sparse tail of buyers, and the knee of such a curve sits inside the crowd, which would
    // leave most buyers (and most revenue) as noise. At the 90th percentile at least 90% of users
    // are core, so noise stays under a tenth.
    const double p90 = curve.empty() ? 0.0 : curve[(curve.size() - 1) * 9 / 10];
    out.epsSuggested = std::max(analytics::kDistanceKnee(curve), p90);
    const std::size_t n = curve.size();
    const std::size_t shown = std::min<std::size_t>(n, 200);
    for (std::size_t i = 0; i < shown; ++i) {
        const std::size_t at = shown > 1 ? i * (n - 1) / (shown - 1) : 0;
        out.points.emplace_back(n > 1 ? static_cast<double>(at) / static_cast<double>(n - 1) : 1.0, curve[at]);
    }
    return out;
}

/// Users projected on the first two principal components of z (eigenvectors of its covariance; each
/// axis's sign fixed so its largest loading is positive, which keeps runs comparable).
SegmentSample projectSample(const RowMatrix& z, const std::vector<int>& labels, const std::vector<int>& idOf)
{
    SegmentSample out;
    const Eigen::Index n = z.rows();
    if (n == 0 || z.cols() < 2)
        return out;
    const Eigen::MatrixXd cov = (z.transpose() * z) / static_cast<double>(n);
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
    const Eigen::Index d = cov.rows();
    const double total = std::max(eig.eigenvalues().sum(), 1e-12);
    Eigen::MatrixXd axes(d, 2);
    for (int a = 0; a < 2; ++a) {
        Eigen::VectorXd v = eig.eigenvectors().col(d - 1 - a); // eigenvalues ascend
        Eigen::Index big = 0;
        v.cwiseAbs().maxCoeff(&big);
        if (v(big) < 0)
            v = -v;
        axes.col(a) = v;
        out.variance[a] = std::max(eig.eigenvalues()(d - 1 - a), 0.0) / total;
    }
    const Eigen::Index shown = std::min<Eigen::Index>(n, 2000);
    for (Eigen::Index i = 0; i < shown; ++i) {
        const Eigen::Index row = i * n / shown;
        const Eigen::RowVector2d p = z.row(row) * axes;
        out.points.push_back({p(0), p(1), idOf[labels[static_cast<std::size_t>(row)] + 1]});
    }
    return out;
}

std::string shortNumber(double v)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.4g", v);
    return text;
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
    const bool dbscan = options.method == SegmentationOptions::Method::Dbscan;
    if (!dbscan && (options.k < 0 || (options.k == 0 && (options.kMin < 2 || options.kMax < options.kMin))))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate(
                               "Segments", "k must be at least 1, or the range %1..%2 must start at 2 or more"),
                           options.kMin, options.kMax));
    if (dbscan && (!(options.eps >= 0) || !std::isfinite(options.eps) || options.minSamples < 0))
        throw Error(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Segments",
                                                "DBSCAN needs eps of 0 (suggest) or more and min samples of 0 (2 × "
                                                "features) or more")
                        .toStdString());

    CustomerFeatures f = FeatureBuilder::build(ctx, options.asOf);
    SegmentationReport report;
    report.method = options.method;
    report.asOf = f.asOf;
    report.users = f.rows();
    report.featureSeconds = f.seconds;
    const auto n = f.rows();
    const auto& names = segmentFeatures();
    const int minSamples = options.minSamples > 0 ? options.minSamples : 2 * static_cast<int>(names.size());
    if (!dbscan && options.k > 0 && n < options.k)
        throw Error(Error::Code::InvalidArgument, tooFew(n, options.k, f.asOf));
    // The silhouette needs a k below the number of rows.
    if (!dbscan && options.k == 0 && n < options.kMin + 1)
        throw Error(Error::Code::InvalidArgument, tooFew(n, options.kMin + 1, f.asOf));
    if (dbscan && n < minSamples)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Segments", "DBSCAN with min samples %1 needs at least %2 "
                                                                   "users; %3 signed up before %4 (nothing was "
                                                                   "written)"),
                           minSamples, minSamples, n, f.asOf));

    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    control.progress = [&ctx](double fraction) {
        ctx.progress(fraction, QCoreApplication::translate("Segments", "Clustering customers").toStdString());
    };
    const RowMatrix raw = transformed(f);
    analytics::Standardised z = analytics::standardise(raw);
    report.warnings = z.warnings;

    // labels: 0..k−1 per user, −1 for DBSCAN noise.
    std::vector<int> labels;
    if (dbscan) {
        report.minSamples = minSamples;
        // Above kDbscanSampleRows users DBSCAN runs on an evenly spaced sample (eps, min samples and
        // the suggested eps all refer to it), and every other user joins the segment of the nearest
        // core sample user within eps: the exact expansion grows with the square of a dense crowd and
        // would take many minutes on a million customers. (Scaling min samples down with the sample
        // instead broke the crowd into a thousand specks.)
        const bool sampled = n > kDbscanSampleRows;
        RowMatrix sample;
        std::vector<std::int64_t> sampleRows;
        const int used = minSamples;
        if (sampled) {
            sample.resize(kDbscanSampleRows, z.data.cols());
            for (std::int64_t i = 0; i < kDbscanSampleRows; ++i) {
                sampleRows.push_back(i * n / kDbscanSampleRows);
                sample.row(i) = z.data.row(sampleRows.back());
            }
            report.sampleRows = kDbscanSampleRows;
        }
        const RowMatrix& clustered = sampled ? sample : z.data;
        const std::vector<double> curve =
            analytics::kDistanceCurve(clustered, used, control.sub(0.0, 0.2), kDistanceQueries);
        report.kDistance = thinCurve(curve, used);
        report.eps = options.eps > 0 ? options.eps : std::max(report.kDistance.epsSuggested, 1e-6);
        analytics::DbscanOptions o;
        o.eps = report.eps;
        o.minSamples = used;
        analytics::DbscanResult result = analytics::dbscan(clustered, o, control.sub(0.2, sampled ? 0.8 : 0.95));
        report.k = result.clusterCount;
        if (result.clusterCount == 0)
            throw Error(Error::Code::InvalidArgument,
                        trArgs(QCoreApplication::translate(
                                   "Segments", "DBSCAN found no segment with eps %1 and min samples %2: every user is "
                                               "noise; raise eps or lower min samples (nothing was written)"),
                               shortNumber(report.eps), minSamples));
        labels = sampled ? analytics::extendLabels(z.data, sample, sampleRows, result, report.eps, control.sub(0.8, 0.95))
                         : std::move(result.labels);
        report.noise = std::count(labels.begin(), labels.end(), -1);
    } else {
        analytics::KMeansOptions km;
        km.seed = options.seed;
        km.k = options.k;
        if (options.k == 0) {
            const int kMax = static_cast<int>(std::min<std::int64_t>(options.kMax, n - 1));
            const analytics::KScan scan =
                analytics::scanK(z.data, options.kMin, kMax, km, 5000, control.sub(0.0, 0.7));
            report.scan = scan.points;
            report.warnings.insert(report.warnings.end(), scan.warnings.begin(), scan.warnings.end());
            km.k = scan.suggestedK;
            report.kSuggested = true;
        }
        analytics::KMeansResult result =
            analytics::kmeans(z.data, km, control.sub(options.k == 0 ? 0.7 : 0.0, 0.95));
        report.warnings.insert(report.warnings.end(), result.warnings.begin(), result.warnings.end());
        report.k = km.k;
        report.inertia = result.inertia;
        report.iterations = result.iterations;
        report.converged = result.converged;
        labels = std::move(result.labels);
    }
    ctx.throwIfStopped();

    // Per-group sums; group g = label + 1, so group 0 is DBSCAN noise (empty for k-means).
    const int k = report.k;
    const int groups = k + 1;
    const auto dims = static_cast<Eigen::Index>(names.size());
    const int cM = f.column("monetary"), cF = f.column("frequency"), cGap = f.column("days_between_orders");
    std::vector<double> money(groups, 0.0), orders(groups, 0.0), gapSum(groups, 0.0);
    std::vector<std::int64_t> size(groups, 0), buyers(groups, 0), repeat(groups, 0);
    RowMatrix zSum = RowMatrix::Zero(groups, dims);
    double totalMoney = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const int g = labels[static_cast<std::size_t>(i)] + 1;
        ++size[g];
        money[g] += f.values(i, cM);
        orders[g] += f.values(i, cF);
        zSum.row(g) += z.data.row(i);
        totalMoney += f.values(i, cM);
        if (f.values(i, cF) >= 1)
            ++buyers[g];
        if (!std::isnan(f.values(i, cGap))) {
            ++repeat[g];
            gapSum[g] += f.values(i, cGap);
        }
    }
    // Segment ids by descending revenue (then size, then label), so id 0 is the most valuable; noise
    // stays −1 and is listed last.
    std::vector<int> order(k);
    std::iota(order.begin(), order.end(), 1);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (money[a] != money[b])
            return money[a] > money[b];
        if (size[a] != size[b])
            return size[a] > size[b];
        return a < b;
    });
    if (size[0] > 0)
        order.push_back(0);
    std::int64_t allBuyers = 0;
    for (const auto b : buyers)
        allBuyers += b;
    const double allSpendPerBuyer = allBuyers > 0 ? totalMoney / static_cast<double>(allBuyers) : 0.0;
    std::vector<int> idOf(groups, -1);
    for (std::size_t rank = 0; rank < order.size(); ++rank) {
        const int g = order[rank];
        const int id = g == 0 ? -1 : static_cast<int>(rank);
        idOf[g] = id;
        SegmentSummary s;
        s.segmentId = id;
        s.size = size[g];
        s.revenueShare = totalMoney > 0 ? std::clamp(money[g] / totalMoney, 0.0, 1.0) : 0.0;
        for (Eigen::Index j = 0; j < dims; ++j) {
            const double zMean = size[g] > 0 ? zSum(g, j) / static_cast<double>(size[g]) : 0.0;
            // Back to original units: undo the standardisation, then the log.
            const double t = zMean * z.stds(j) + z.means(j);
            const auto& name = names[static_cast<std::size_t>(j)];
            const double mean = name == "activity_trend" ? std::exp(t) : std::expm1(t);
            s.centroid.push_back({name, mean, zMean});
        }
        const double meanFreq = size[g] > 0 ? orders[g] / static_cast<double>(size[g]) : 0.0;
        const double shareRepeat =
            buyers[g] > 0 ? static_cast<double>(repeat[g]) / static_cast<double>(buyers[g]) : 0.0;
        const double meanGap = repeat[g] > 0 ? gapSum[g] / static_cast<double>(repeat[g]) : 0.0;
        const double spendPerBuyer = buyers[g] > 0 ? money[g] / static_cast<double>(buyers[g]) : 0.0;
        s.profile = profileOf(s, meanFreq, shareRepeat, meanGap,
                              allSpendPerBuyer > 0 ? spendPerBuyer / allSpendPerBuyer : 1.0);
        if (id < 0)
            s.profile = QCoreApplication::translate("Segments", "outliers in no segment").toStdString() + ", " +
                        s.profile;
        report.segments.push_back(std::move(s));
    }
    report.sample = projectSample(z.data, labels, idOf);

    QJsonObject params;
    const QString method = dbscan ? QStringLiteral("dbscan") : QStringLiteral("kmeans");
    params[QStringLiteral("method")] = method;
    params[QStringLiteral("as_of")] = QString::fromStdString(f.asOf);
    if (dbscan) {
        params[QStringLiteral("eps")] = options.eps;
        params[QStringLiteral("min_samples")] = minSamples;
    } else {
        params[QStringLiteral("k")] = options.k;
        params[QStringLiteral("k_min")] = options.kMin;
        params[QStringLiteral("k_max")] = options.kMax;
    }
    params[QStringLiteral("seed")] = QString::number(options.seed);
    QJsonArray featureList;
    for (const auto& name : names)
        featureList.append(QString::fromStdString(name));
    params[QStringLiteral("features")] = featureList;
    const std::int64_t runId = ModelRunLog::start(ctx.db(), "segments", params, f.asOf);
    report.runId = runId;
    ModelRunLog::guard(ctx.db(), runId, started, [&] {
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
                                "profile) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)",
                                runId, s.segmentId, method.toStdString(), s.size, s.revenueShare,
                                QJsonDocument(centroid).toJson(QJsonDocument::Compact).toStdString(), s.profile);
            }
            tx.exec0("CREATE TEMP TABLE segment_stage (user_id bigint PRIMARY KEY, segment_id integer) ON COMMIT DROP");
            {
                CopyStream copy(tx, "segment_stage", {"user_id", "segment_id"});
                for (Eigen::Index i = 0; i < n; ++i) {
                    copy.row() += std::to_string(f.userIds[static_cast<std::size_t>(i)]);
                    copy.row() += '\t';
                    copy.row() += std::to_string(idOf[labels[static_cast<std::size_t>(i)] + 1]);
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
            metrics[QStringLiteral("method")] = method;
            metrics[QStringLiteral("k")] = report.k;
            metrics[QStringLiteral("noise")] = static_cast<double>(report.noise);
            if (dbscan) {
                metrics[QStringLiteral("eps")] = report.eps;
                metrics[QStringLiteral("min_samples")] = report.minSamples;
                metrics[QStringLiteral("sample_rows")] = static_cast<double>(report.sampleRows);
                QJsonObject kd;
                kd[QStringLiteral("k")] = report.kDistance.k;
                kd[QStringLiteral("eps_suggested")] = report.kDistance.epsSuggested;
                QJsonArray points;
                for (const auto& [share, distance] : report.kDistance.points)
                    points.append(QJsonArray{share, distance});
                kd[QStringLiteral("points")] = points;
                metrics[QStringLiteral("k_distance")] = kd;
            }
            QJsonObject sample;
            sample[QStringLiteral("variance")] = QJsonArray{report.sample.variance[0], report.sample.variance[1]};
            QJsonArray samplePoints;
            for (const auto& p : report.sample.points)
                samplePoints.append(QJsonArray{p.x, p.y, p.segmentId});
            sample[QStringLiteral("points")] = samplePoints;
            metrics[QStringLiteral("sample")] = sample;
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
            report.durationMs = ModelRunLog::elapsedMs(started);
            ModelRunLog::succeed(tx, runId, metrics, report.durationMs);
        });
    });
    ctx.progress(1.0, QCoreApplication::translate("Segments", "Segments written").toStdString());
    return report;
}

} // namespace kestrel::core
