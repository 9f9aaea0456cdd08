#include "models/segments_queries.h"

#include "common/error.h"
#include "common/logging.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <initializer_list>
#include <map>

namespace kestrel::ui {
namespace {

// Numbers in params and metrics are JSON numbers; ::numeric first, so 2000 and 2000.0 both read.
constexpr const char* kRuns = R"(
SELECT run_id,
       coalesce(params->>'method', metrics->>'method', 'kmeans'),
       coalesce((metrics->>'k')::numeric::int, 0),
       coalesce((metrics->>'users')::numeric::bigint, 0),
       coalesce((metrics->>'noise')::numeric::bigint, 0),
       coalesce(params->>'as_of', ''),
       finished_at,
       coalesce(duration_ms, 0)
  FROM ml.model_runs
 WHERE model = 'segments' AND status = 'succeeded'
 ORDER BY started_at DESC, run_id DESC
 LIMIT ?)";

constexpr const char* kRun = R"(
SELECT params::text, metrics::text, finished_at, coalesce(duration_ms, 0)
  FROM ml.model_runs
 WHERE run_id = ? AND model = 'segments' AND status = 'succeeded')";

constexpr const char* kSegments = R"(
SELECT segment_id, size, revenue_share, centroid::text, profile
  FROM ml.segments
 WHERE run_id = ?
 ORDER BY segment_id < 0, segment_id)";

QSqlQuery execute(QSqlDatabase& db, const char* sql, std::initializer_list<QVariant> args)
{
    QElapsedTimer timer;
    timer.start();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString text = QString::fromUtf8(sql);
    bool ok = q.prepare(text);
    if (ok) {
        for (const QVariant& a : args)
            q.addBindValue(a);
        ok = q.exec();
    }
    if (!ok) {
        const QSqlError err = q.lastError();
        core::logging::get("ui")->debug("segments query failed: {} | {}", err.text().toStdString(),
                                        text.simplified().toStdString());
        throw core::Error(core::Error::Code::Sql, err.text().trimmed().toStdString(), text.simplified().toStdString(),
                          err.nativeErrorCode().toStdString());
    }
    core::logging::get("ui")->debug("{} ms: {}", timer.elapsed(), text.simplified().toStdString());
    return q;
}

QJsonObject object(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object();
}

std::optional<double> number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

int integer(const QJsonObject& o, const char* key)
{
    return static_cast<int>(number(o, key).value_or(0));
}

void readParams(const QJsonObject& p, SegmentRunDetail& d)
{
    if (p.contains(QLatin1String("method")))
        d.info.method = p.value(QLatin1String("method")).toString();
    d.info.asOf = p.value(QLatin1String("as_of")).toString();
    d.kRequested = integer(p, "k");
    d.kMin = integer(p, "k_min");
    d.kMax = integer(p, "k_max");
    d.epsRequested = number(p, "eps");
    if (const auto m = number(p, "min_samples"))
        d.minSamples = static_cast<int>(*m);
    d.seed = p.value(QLatin1String("seed")).toVariant().toString();
    for (const QJsonValue& f : p.value(QLatin1String("features")).toArray())
        d.features << f.toString();
}

void readMetrics(const QJsonObject& m, SegmentRunDetail& d)
{
    if (d.info.method.isEmpty())
        d.info.method = m.value(QLatin1String("method")).toString(QStringLiteral("kmeans"));
    d.info.clusters = integer(m, "k");
    d.info.users = static_cast<std::int64_t>(number(m, "users").value_or(0));
    d.info.noise = static_cast<std::int64_t>(number(m, "noise").value_or(0));
    // What DBSCAN used (params hold what was asked: 0 = suggest).
    if (const auto eps = number(m, "eps"))
        d.epsUsed = *eps;
    if (const auto ms = number(m, "min_samples"))
        d.minSamples = static_cast<int>(*ms);
    if (d.info.method != QLatin1String("dbscan"))
        d.inertia = number(m, "inertia");
    if (const auto it = number(m, "iterations"))
        d.iterations = static_cast<int>(*it);
    if (m.value(QLatin1String("converged")).isBool())
        d.converged = m.value(QLatin1String("converged")).toBool();
    for (const QJsonValue& v : m.value(QLatin1String("scan")).toArray()) {
        const QJsonObject o = v.toObject();
        d.scan.push_back({integer(o, "k"), number(o, "inertia").value_or(0), number(o, "silhouette").value_or(0)});
    }
    const QJsonObject kd = m.value(QLatin1String("k_distance")).toObject();
    if (!kd.isEmpty()) {
        KDistanceCurve curve;
        curve.k = integer(kd, "k");
        curve.epsSuggested = number(kd, "eps_suggested").value_or(0);
        for (const QJsonValue& v : kd.value(QLatin1String("points")).toArray()) {
            const QJsonArray p = v.toArray();
            if (p.size() >= 2)
                curve.points.emplace_back(p.at(0).toDouble(), p.at(1).toDouble());
        }
        d.kDistance = std::move(curve);
    }
    const QJsonObject sample = m.value(QLatin1String("sample")).toObject();
    if (!sample.isEmpty()) {
        SampleProjection projection;
        const QJsonArray variance = sample.value(QLatin1String("variance")).toArray();
        projection.variance1 = variance.size() > 0 ? variance.at(0).toDouble() : 0.0;
        projection.variance2 = variance.size() > 1 ? variance.at(1).toDouble() : 0.0;
        for (const QJsonValue& v : sample.value(QLatin1String("points")).toArray()) {
            const QJsonArray p = v.toArray();
            if (p.size() >= 3)
                projection.points.push_back({p.at(0).toDouble(), p.at(1).toDouble(), p.at(2).toInt()});
        }
        d.sample = std::move(projection);
    }
}

/// The centroid's features in the run's feature order (jsonb keeps keys in its own order).
std::vector<SegmentFeatureValue> readCentroid(const QJsonObject& c, const QStringList& order)
{
    std::vector<SegmentFeatureValue> out;
    const auto add = [&](const QString& name) {
        const QJsonObject v = c.value(name).toObject();
        out.push_back({name, v.value(QLatin1String("mean")).toDouble(), v.value(QLatin1String("z")).toDouble()});
    };
    for (const QString& name : order) {
        if (c.contains(name))
            add(name);
    }
    for (auto it = c.begin(); it != c.end(); ++it) {
        if (!order.contains(it.key()))
            add(it.key());
    }
    return out;
}

} // namespace

std::vector<SegmentRunInfo> SegmentsQueries::runs(int limit)
{
    std::vector<SegmentRunInfo> out;
    QSqlQuery q = execute(m_db, kRuns, {limit});
    while (q.next()) {
        SegmentRunInfo r;
        r.runId = q.value(0).toLongLong();
        r.method = q.value(1).toString();
        r.clusters = q.value(2).toInt();
        r.users = q.value(3).toLongLong();
        r.noise = q.value(4).toLongLong();
        r.asOf = q.value(5).toString();
        r.finishedAt = q.value(6).toDateTime();
        r.durationMs = q.value(7).toLongLong();
        out.push_back(std::move(r));
    }
    return out;
}

std::optional<SegmentRunDetail> SegmentsQueries::run(std::int64_t runId)
{
    SegmentRunDetail d;
    d.info.runId = runId;
    {
        QSqlQuery q = execute(m_db, kRun, {static_cast<qlonglong>(runId)});
        if (!q.next())
            return std::nullopt;
        readParams(object(q.value(0)), d);
        readMetrics(object(q.value(1)), d);
        d.info.finishedAt = q.value(2).toDateTime();
        d.info.durationMs = q.value(3).toLongLong();
    }
    QSqlQuery q = execute(m_db, kSegments, {static_cast<qlonglong>(runId)});
    while (q.next()) {
        SegmentRow s;
        s.segmentId = q.value(0).toInt();
        s.size = q.value(1).toLongLong();
        s.revenueShare = q.value(2).toDouble();
        s.centroid = readCentroid(object(q.value(3)), d.features);
        s.profile = q.value(4).toString();
        d.segments.push_back(std::move(s));
    }
    if (d.info.clusters == 0) { // a run that stored no k: count the clusters (noise is not one)
        for (const SegmentRow& s : d.segments)
            d.info.clusters += s.segmentId >= 0 ? 1 : 0;
    }
    return d;
}

} // namespace kestrel::ui
