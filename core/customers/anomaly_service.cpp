#include "customers/anomaly_service.h"

#include "common/error.h"
#include "common/translate.h"
#include "customers/model_run_log.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"
#include "modeling/metrics_json.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

namespace kestrel::core {
namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

std::string number(double v)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", v);
    return text;
}

std::string shortNumber(double v)
{
    char text[40];
    std::snprintf(text, sizeof text, "%g", v);
    return text;
}

std::int64_t todayUtc()
{
    using namespace std::chrono;
    return floor<days>(system_clock::now()).time_since_epoch().count();
}

const char* directionKey(analytics::AnomalyDirection d)
{
    return d == analytics::AnomalyDirection::Spike ? "spike" : "drop";
}

const char* severityKey(analytics::AnomalySeverity s)
{
    switch (s) {
    case analytics::AnomalySeverity::Low:
        return "low";
    case analytics::AnomalySeverity::Medium:
        return "medium";
    case analytics::AnomalySeverity::High:
        return "high";
    }
    return "low";
}

/// A day of the period given as an option; Error(InvalidArgument) naming the option when it is not a date.
std::optional<std::int64_t> periodDay(const std::string& text, const char* option)
{
    if (text.empty())
        return std::nullopt;
    const auto day = parseIsoDate(text);
    if (!day)
        throw Error(
            Error::Code::InvalidArgument,
            trArgs(QCoreApplication::translate("Anomalies", "%1 '%2' is not a date like 2026-03-31"), option, text));
    return day;
}

/// One anomalous day of a series, as staged for ml.anomalies.
struct Found {
    const AnomalySeries* series;
    analytics::AnomalyDay day;
};

constexpr const char* kStage =
    "CREATE TEMP TABLE anomaly_stage (metric text NOT NULL, event_type text NOT NULL, day date NOT NULL, "
    "value float8 NOT NULL, baseline float8 NOT NULL, lower_bound float8 NOT NULL, upper_bound float8 NOT NULL, "
    "score float8 NOT NULL, direction text NOT NULL, severity text NOT NULL) ON COMMIT DROP";

// New anomalies are inserted; known ones get the run's numbers, never a change to their review.
constexpr const char* kUpsert = R"SQL(
WITH up AS (
    INSERT INTO ml.anomalies AS a (run_id, metric, event_type, day, value, baseline, lower_bound, upper_bound,
                                   score, direction, severity)
    SELECT $1, metric, event_type, day, value, baseline, lower_bound, upper_bound, score, direction, severity
      FROM anomaly_stage
    ON CONFLICT (metric, event_type, day) DO UPDATE
       SET run_id = EXCLUDED.run_id, value = EXCLUDED.value, baseline = EXCLUDED.baseline,
           lower_bound = EXCLUDED.lower_bound, upper_bound = EXCLUDED.upper_bound, score = EXCLUDED.score,
           direction = EXCLUDED.direction, severity = EXCLUDED.severity
    RETURNING (xmax = 0) AS inserted)
SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM up
)SQL";

// Days of the period that are no longer anomalous: unreviewed rows go, reviewed ones stay.
constexpr const char* kNoLonger = "FROM ml.anomalies a WHERE a.day BETWEEN $1::date AND $2::date AND NOT EXISTS "
                                  "(SELECT 1 FROM anomaly_stage s WHERE s.metric = a.metric AND "
                                  "s.event_type = a.event_type AND s.day = a.day)";

constexpr const char* kRecordColumns =
    "anomaly_id, coalesce(run_id, 0), metric, event_type, day::text, value, baseline, lower_bound, upper_bound, "
    "score, direction, severity, status, coalesce(reviewed_by, ''), coalesce(reviewed_at::text, ''), "
    "coalesce(note, ''), detected_at::text";

AnomalyRecord recordOf(const pqxx::row& row)
{
    AnomalyRecord r;
    r.id = row[0].as<std::int64_t>();
    r.runId = row[1].as<std::int64_t>();
    r.metric = row[2].as<std::string>();
    r.eventType = row[3].as<std::string>();
    r.day = row[4].as<std::string>();
    r.value = row[5].as<double>();
    r.baseline = row[6].as<double>();
    r.lowerBound = row[7].as<double>();
    r.upperBound = row[8].as<double>();
    r.score = row[9].as<double>();
    r.direction = row[10].as<std::string>();
    r.severity = row[11].as<std::string>();
    r.status = row[12].as<std::string>();
    r.reviewedBy = row[13].as<std::string>();
    r.reviewedAt = row[14].as<std::string>();
    r.note = row[15].as<std::string>();
    r.detectedAt = row[16].as<std::string>();
    return r;
}

} // namespace

QJsonObject AnomalyService::metricsJson(const AnomalyReport& r)
{
    QJsonObject m;
    m[QStringLiteral("from")] = QString::fromStdString(r.from);
    m[QStringLiteral("to")] = QString::fromStdString(r.to);
    m[QStringLiteral("threshold")] = r.threshold;
    m[QStringLiteral("weeks")] = r.weeks;
    m[QStringLiteral("min_sessions")] = r.minSessions;
    QJsonArray series;
    for (const auto& s : r.series) {
        QJsonObject o;
        o[QStringLiteral("metric")] = QString::fromLatin1(anomalyMetricKey(s.metric));
        o[QStringLiteral("event_type")] = QString::fromStdString(s.eventType);
        o[QStringLiteral("days")] = static_cast<double>(s.days);
        o[QStringLiteral("verdicts")] = static_cast<double>(s.verdicts);
        o[QStringLiteral("anomalies")] = static_cast<double>(s.anomalies);
        o[QStringLiteral("spikes")] = static_cast<double>(s.spikes);
        o[QStringLiteral("drops")] = static_cast<double>(s.drops);
        o[QStringLiteral("low")] = static_cast<double>(s.low);
        o[QStringLiteral("medium")] = static_cast<double>(s.medium);
        o[QStringLiteral("high")] = static_cast<double>(s.high);
        o[QStringLiteral("unit")] = s.unit;
        series.append(o);
    }
    m[QStringLiteral("series")] = series;
    m[QStringLiteral("anomalies")] = static_cast<double>(r.anomalies);
    m[QStringLiteral("inserted")] = static_cast<double>(r.inserted);
    m[QStringLiteral("updated")] = static_cast<double>(r.updated);
    m[QStringLiteral("removed")] = static_cast<double>(r.removed);
    m[QStringLiteral("reviewed_kept")] = static_cast<double>(r.reviewedKept);
    m[QStringLiteral("warnings")] = stringsJson(r.warnings);
    QJsonObject timings;
    timings[QStringLiteral("read_seconds")] = r.readSeconds;
    timings[QStringLiteral("detect_seconds")] = r.detectSeconds;
    timings[QStringLiteral("write_seconds")] = r.writeSeconds;
    m[QStringLiteral("timings")] = timings;
    return m;
}

AnomalyReport AnomalyService::run(JobContext& ctx, const AnomalyRunOptions& options)
{
    const auto started = Clock::now();
    if (!(options.threshold >= 1 && options.threshold <= 50))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Anomalies", "the threshold must be 1 to 50, not %1"),
                           shortNumber(options.threshold)));
    if (options.weeks < 4 || options.weeks > 52)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Anomalies", "the look-back must be 4 to 52 weeks, not %1"),
                           options.weeks));
    if (options.minSessions < 1)
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Anomalies", "the minimum sessions must be 1 or more, not %1"),
                           options.minSessions));
    const auto givenFrom = periodDay(options.from, "--from");
    const auto givenTo = periodDay(options.to, "--to");
    if (givenFrom && givenTo && *givenFrom > *givenTo)
        throw Error(
            Error::Code::InvalidArgument,
            trArgs(QCoreApplication::translate("Anomalies", "--from %1 is after --to %2"), options.from, options.to));

    AnomalyReport report;
    report.threshold = options.threshold;
    report.weeks = options.weeks;
    report.minSessions = options.minSessions;

    ctx.progress(0.02, QCoreApplication::translate("Anomalies", "Reading daily metrics").toStdString());
    const auto readStarted = Clock::now();
    std::vector<AnomalySeries> series;
    std::int64_t from = 0, to = 0;
    ctx.db().read([&](pqxx::work& tx) {
        tx.exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
        const auto bounds = anomalyDataBounds(tx);
        if (!bounds)
            throw Error(Error::Code::InvalidArgument,
                        QCoreApplication::translate("Anomalies",
                                                    "there is no data to check: no orders, users or events yet "
                                                    "(nothing was written)")
                            .toStdString());
        from = givenFrom.value_or(bounds->first);
        // Never past the data (days after it are not days without sales); and today is not over, so
        // by default the period ends yesterday at the latest.
        to = givenTo ? std::min(*givenTo, bounds->second) : std::min(bounds->second, todayUtc() - 1);
        if (from > to)
            throw Error(
                Error::Code::InvalidArgument,
                trArgs(QCoreApplication::translate("Anomalies", "no complete day to check from %1 to %2 (nothing was "
                                                                "written)"),
                       isoDate(from), isoDate(to)));
        // The history before the period counts, but not before the business had any activity.
        AnomalySeriesRequest request;
        request.fromDay = std::max(from - 7 * static_cast<std::int64_t>(options.weeks), bounds->first);
        request.toDay = to;
        request.minSessions = options.minSessions;
        series = readAnomalySeries(tx, request);
    });
    report.from = isoDate(from);
    report.to = isoDate(to);
    report.readSeconds = seconds(readStarted);
    ctx.throwIfStopped();

    ctx.progress(0.6, QCoreApplication::translate("Anomalies", "Comparing days with their baselines").toStdString());
    const auto detectStarted = Clock::now();
    std::vector<Found> found;
    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    for (const AnomalySeries& s : series) {
        const analytics::AnomalyResult result = analytics::detectAnomalies(
            s.days, s.values, anomalyKernelOptions(s.metric, options.threshold, options.weeks, s.unit), control,
            s.metric == AnomalyMetric::Conversion ? s.sessions : std::vector<double>{});
        AnomalySeriesSummary summary;
        summary.metric = s.metric;
        summary.eventType = s.eventType;
        summary.unit = s.unit;
        for (const auto& d : result.days) {
            if (d.day < from)
                continue;
            ++summary.days;
            summary.verdicts += d.hasVerdict() ? 1 : 0;
            if (!d.anomalous)
                continue;
            ++summary.anomalies;
            ++(d.direction == analytics::AnomalyDirection::Spike ? summary.spikes : summary.drops);
            ++(d.severity == analytics::AnomalySeverity::High     ? summary.high
               : d.severity == analytics::AnomalySeverity::Medium ? summary.medium
                                                                  : summary.low);
            found.push_back({&s, d});
        }
        report.anomalies += summary.anomalies;
        report.series.push_back(std::move(summary));
    }
    report.detectSeconds = seconds(detectStarted);
    if (std::none_of(report.series.begin(), report.series.end(), [](const auto& s) { return s.verdicts > 0; }))
        report.warnings.push_back(trArgs(
            QCoreApplication::translate("Anomalies", "no day could be judged: a day needs the same weekday in at "
                                                     "least 4 of the %1 weeks before it"),
            options.weeks));
    ctx.throwIfStopped();

    QJsonObject params;
    params[QStringLiteral("from")] = QString::fromStdString(report.from);
    params[QStringLiteral("to")] = QString::fromStdString(report.to);
    params[QStringLiteral("threshold")] = options.threshold;
    params[QStringLiteral("weeks")] = options.weeks;
    params[QStringLiteral("min_sessions")] = options.minSessions;
    const std::int64_t runId = ModelRunLog::start(ctx.db(), "anomalies", params, isoDate(to + 1) + " 00:00:00+00");
    report.runId = runId;
    ModelRunLog::guard(ctx.db(), runId, started, [&] {
        ctx.progress(0.7, QCoreApplication::translate("Anomalies", "Writing anomalies").toStdString());
        const auto writeStarted = Clock::now();
        ctx.db().transact([&](pqxx::work& tx) {
            tx.exec0(kStage);
            {
                CopyStream copy(tx, "anomaly_stage",
                                {"metric", "event_type", "day", "value", "baseline", "lower_bound", "upper_bound",
                                 "score", "direction", "severity"});
                for (const Found& f : found) {
                    std::string& row = copy.row();
                    row += anomalyMetricKey(f.series->metric);
                    row += '\t';
                    CopyStream::escape(row, f.series->eventType);
                    row += '\t';
                    row += isoDate(f.day.day);
                    for (const double v : {f.day.value, f.day.baseline, f.day.lower, f.day.upper, f.day.score}) {
                        row += '\t';
                        row += number(v);
                    }
                    row += '\t';
                    row += directionKey(f.day.direction);
                    row += '\t';
                    row += severityKey(f.day.severity);
                    copy.endRow();
                }
                copy.complete();
            }
            ctx.throwIfStopped();
            const auto counts = tx.exec_params1(kUpsert, runId);
            report.inserted = counts[0].as<std::int64_t>();
            report.updated = counts[1].as<std::int64_t>();
            report.reviewedKept =
                tx.exec_params1(std::string("SELECT count(*) ") + kNoLonger + " AND a.status <> 'new'", report.from,
                                report.to)[0]
                    .as<std::int64_t>();
            report.removed = tx.exec_params1(std::string("WITH gone AS (DELETE ") + kNoLonger +
                                                 " AND a.status = 'new' RETURNING 1) SELECT count(*) FROM gone",
                                             report.from, report.to)[0]
                                 .as<std::int64_t>();
            ctx.throwIfStopped();
            report.writeSeconds = seconds(writeStarted);
            report.durationMs = ModelRunLog::elapsedMs(started);
            ModelRunLog::succeed(tx, runId, metricsJson(report), report.durationMs);
        });
    });
    ctx.progress(1.0, QCoreApplication::translate("Anomalies", "Anomalies written").toStdString());
    return report;
}

std::vector<AnomalyRecord> AnomalyService::list(Database& db, const AnomalyFilter& f)
{
    for (const auto& [text, option] : {std::pair{&f.from, "--from"}, std::pair{&f.to, "--to"}})
        periodDay(*text, option);
    if (!f.status.empty() && f.status != "new" && f.status != "accepted" && f.status != "dismissed")
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate("Anomalies", "unknown status '%1': new, accepted or dismissed"),
                           f.status));
    if (!f.metric.empty() && !anomalyMetricFromKey(f.metric))
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate(
                               "Anomalies", "unknown metric '%1': revenue, orders, new_users, conversion or events"),
                           f.metric));
    std::vector<AnomalyRecord> out;
    db.read([&](pqxx::work& tx) {
        const auto rows = tx.exec_params(
            std::string("SELECT ") + kRecordColumns +
                " FROM ml.anomalies WHERE ($1 = '' OR status = $1) AND ($2 = '' OR metric = $2) "
                "AND ($3 = '' OR event_type = $3) AND ($4 = '' OR day >= $4::date) AND ($5 = '' OR day <= $5::date) "
                "ORDER BY day DESC, metric, event_type LIMIT $6",
            f.status, f.metric, f.eventType, f.from, f.to, std::max(1, f.limit));
        for (const auto& row : rows)
            out.push_back(recordOf(row));
    });
    return out;
}

std::vector<AnomalyRecord> AnomalyService::review(Database& db, const std::vector<std::int64_t>& ids,
                                                  AnomalyReview action, const std::optional<std::string>& note)
{
    if (ids.empty())
        throw Error(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Anomalies", "no anomaly was chosen").toStdString());
    std::string array = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            array += ',';
        array += std::to_string(ids[i]);
    }
    array += "}";
    const std::string status = action == AnomalyReview::Accept    ? "accepted"
                               : action == AnomalyReview::Dismiss ? "dismissed"
                                                                  : "new";
    std::vector<AnomalyRecord> out;
    db.transact([&](pqxx::work& tx) {
        const auto missing = tx.exec_params1("SELECT min(id) FROM unnest($1::bigint[]) AS id WHERE NOT EXISTS "
                                             "(SELECT 1 FROM ml.anomalies WHERE anomaly_id = id)",
                                             array)[0];
        if (!missing.is_null())
            throw Error(
                Error::Code::InvalidArgument,
                trArgs(QCoreApplication::translate("Anomalies", "no anomaly with id %1"), missing.as<std::int64_t>()));
        const auto rows = tx.exec_params(
            std::string("WITH changed AS (UPDATE ml.anomalies SET status = $2, "
                        "reviewed_by = CASE WHEN $2 = 'new' THEN NULL ELSE current_user END, "
                        "reviewed_at = CASE WHEN $2 = 'new' THEN NULL ELSE now() END, "
                        "note = CASE WHEN $3 THEN NULLIF($4, '') ELSE note END "
                        "WHERE anomaly_id = ANY($1::bigint[]) RETURNING *), "
                        "audit AS (INSERT INTO ops.audit_log (action, object_type, object_id, details) "
                        "SELECT 'anomaly.' || CASE WHEN $2 = 'new' THEN 'reset' ELSE $2 END, 'anomaly', "
                        "anomaly_id::text, jsonb_build_object('metric', metric, 'event_type', event_type, "
                        "'day', day, 'note', note) FROM changed) "
                        "SELECT ") +
                kRecordColumns + " FROM changed ORDER BY day DESC, metric, event_type",
            array, status, note.has_value(), note.value_or(std::string()));
        for (const auto& row : rows)
            out.push_back(recordOf(row));
    });
    return out;
}

std::int64_t AnomalyService::newestRun(Database& db)
{
    std::int64_t id = 0;
    db.read([&](pqxx::work& tx) {
        id = tx.exec1("SELECT coalesce(max(run_id), 0) FROM ml.model_runs "
                      "WHERE model = 'anomalies' AND status = 'succeeded'")[0]
                 .as<std::int64_t>();
    });
    return id;
}

AnomalyService::Profile AnomalyService::profile(Database& db, AnomalyMetric metric, const std::string& eventType,
                                                std::int64_t fromDay, std::int64_t toDay, double threshold, int weeks,
                                                int minSessions, double unit)
{
    Profile p;
    db.read([&](pqxx::work& tx) {
        const auto bounds = anomalyDataBounds(tx);
        if (!bounds)
            return;
        AnomalySeriesRequest request;
        request.fromDay = std::max(fromDay - 7 * static_cast<std::int64_t>(weeks), bounds->first);
        request.toDay = toDay;
        request.minSessions = minSessions;
        request.metric = metric;
        request.eventType = eventType;
        auto all = readAnomalySeries(tx, request);
        for (auto& s : all)
            if (s.eventType == eventType)
                p.series = std::move(s);
    });
    p.series.metric = metric;
    p.series.eventType = eventType;
    if (p.series.days.empty())
        return p;
    if (unit > 0)
        p.series.unit = unit;
    const auto result = analytics::detectAnomalies(
        p.series.days, p.series.values, anomalyKernelOptions(metric, threshold, weeks, p.series.unit), {},
        metric == AnomalyMetric::Conversion ? p.series.sessions : std::vector<double>{});
    // Keep the days from fromDay on; the ones before were history only.
    AnomalySeries kept;
    kept.metric = metric;
    kept.eventType = eventType;
    kept.unit = p.series.unit;
    for (std::size_t i = 0; i < p.series.days.size(); ++i) {
        if (p.series.days[i] < fromDay)
            continue;
        kept.days.push_back(p.series.days[i]);
        kept.values.push_back(p.series.values[i]);
        if (!p.series.sessions.empty()) {
            kept.sessions.push_back(p.series.sessions[i]);
            kept.buyingSessions.push_back(p.series.buyingSessions[i]);
        }
        p.days.push_back(result.days[i]);
    }
    p.series = std::move(kept);
    return p;
}

} // namespace kestrel::core
