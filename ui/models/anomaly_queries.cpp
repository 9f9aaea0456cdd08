#include "models/anomaly_queries.h"

#include "common/error.h"
#include "common/logging.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <spdlog/spdlog.h>

#include <initializer_list>

namespace kestrel::ui {
namespace {

constexpr const char* kNewestRun = R"(
SELECT run_id, status, started_at, finished_at, coalesce(error, ''), params::text, metrics::text
  FROM ml.model_runs
 WHERE model = 'anomalies' AND (coalesce(?, '') = '' AND status IN ('succeeded', 'failed') OR status = ?)
 ORDER BY run_id DESC
 LIMIT 1)";

// The judging run's settings come with each row, and the unit its series was counted in (the run's
// metrics.series), so the page can draw the same band. Filters that are empty do not filter (an empty
// QString is bound as NULL, hence the coalesce).
constexpr const char* kRows = R"(
SELECT a.anomaly_id, coalesce(a.run_id, 0), a.metric, a.event_type, a.day, a.value, a.baseline, a.lower_bound,
       a.upper_bound, a.score, a.direction, a.severity, a.status, coalesce(a.reviewed_by, ''), a.reviewed_at,
       coalesce(a.note, ''), a.detected_at,
       coalesce((r.params->>'threshold')::float8, 3.5), coalesce((r.params->>'weeks')::int, 8),
       coalesce((r.params->>'min_sessions')::int, 20),
       coalesce((SELECT (s->>'unit')::float8 FROM jsonb_array_elements(r.metrics->'series') AS s
                  WHERE s->>'metric' = a.metric AND s->>'event_type' = a.event_type LIMIT 1), 0)
  FROM ml.anomalies a
  LEFT JOIN ml.model_runs r ON r.run_id = a.run_id
 WHERE (coalesce(?, '') = '' OR a.status = ?) AND (coalesce(?, '') = '' OR a.metric = ?)
   AND (coalesce(?, '') = '' OR a.event_type = ?)
   AND a.day >= CAST(? AS date) AND a.day <= CAST(? AS date)
 ORDER BY a.day DESC, a.metric, a.event_type
 LIMIT ?)";

constexpr const char* kEventTypes =
    "SELECT DISTINCT event_type FROM ml.anomalies WHERE metric = 'events' ORDER BY event_type";
constexpr const char* kCounts = "SELECT count(*), count(*) FILTER (WHERE status = 'new') FROM ml.anomalies";

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
        core::logging::get("ui")->debug("anomaly query failed: {} | {}", err.text().toStdString(),
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

QString isoOr(QDate d, const char* fallback)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString::fromLatin1(fallback);
}

} // namespace

std::optional<AnomalyRunInfo> AnomalyQueries::newestRun(const QString& status)
{
    QSqlQuery q = execute(m_db, kNewestRun, {status, status});
    if (!q.next())
        return std::nullopt;
    AnomalyRunInfo r;
    r.runId = q.value(0).toLongLong();
    r.status = q.value(1).toString();
    r.startedAt = q.value(2).toDateTime();
    r.finishedAt = q.value(3).toDateTime();
    r.error = q.value(4).toString();
    const QJsonObject params = object(q.value(5));
    const QJsonObject metrics = object(q.value(6));
    r.from = QDate::fromString(params.value(QLatin1String("from")).toString(), Qt::ISODate);
    r.to = QDate::fromString(params.value(QLatin1String("to")).toString(), Qt::ISODate);
    r.threshold = params.value(QLatin1String("threshold")).toDouble(3.5);
    r.weeks = params.value(QLatin1String("weeks")).toInt(8);
    r.anomalies = static_cast<std::int64_t>(metrics.value(QLatin1String("anomalies")).toDouble());
    r.inserted = static_cast<std::int64_t>(metrics.value(QLatin1String("inserted")).toDouble());
    r.updated = static_cast<std::int64_t>(metrics.value(QLatin1String("updated")).toDouble());
    r.removed = static_cast<std::int64_t>(metrics.value(QLatin1String("removed")).toDouble());
    return r;
}

std::vector<AnomalyRow> AnomalyQueries::rows(const AnomalyFilter& f, QDate from, QDate to)
{
    std::vector<AnomalyRow> out;
    QSqlQuery q = execute(m_db, kRows,
                          {f.status, f.status, f.metric, f.metric, f.eventType, f.eventType, isoOr(from, "1900-01-01"),
                           isoOr(to, "9999-12-31"), kRowLimit + 1});
    while (q.next()) {
        AnomalyRow r;
        r.id = q.value(0).toLongLong();
        r.runId = q.value(1).toLongLong();
        r.metric = q.value(2).toString();
        r.eventType = q.value(3).toString();
        r.day = q.value(4).toDate();
        r.value = q.value(5).toDouble();
        r.baseline = q.value(6).toDouble();
        r.lowerBound = q.value(7).toDouble();
        r.upperBound = q.value(8).toDouble();
        r.score = q.value(9).toDouble();
        r.direction = q.value(10).toString();
        r.severity = q.value(11).toString();
        r.status = q.value(12).toString();
        r.reviewedBy = q.value(13).toString();
        r.reviewedAt = q.value(14).toDateTime();
        r.note = q.value(15).toString();
        r.detectedAt = q.value(16).toDateTime();
        r.threshold = q.value(17).toDouble();
        r.weeks = q.value(18).toInt();
        r.minSessions = q.value(19).toInt();
        r.unit = q.value(20).toDouble();
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<QString> AnomalyQueries::eventTypes()
{
    std::vector<QString> out;
    QSqlQuery q = execute(m_db, kEventTypes, {});
    while (q.next())
        out.push_back(q.value(0).toString());
    return out;
}

std::pair<std::int64_t, std::int64_t> AnomalyQueries::counts()
{
    QSqlQuery q = execute(m_db, kCounts, {});
    if (!q.next())
        return {0, 0};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace kestrel::ui
