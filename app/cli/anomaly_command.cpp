#include "cli/anomaly_command.h"

#include "cli/cli_context.h"
#include "cli/terminal_progress.h"
#include "customers/anomaly_service.h"
#include "db/database.h"
#include "db/migrator.h"
#include "jobs/job_runner.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <cstdio>
#include <string>

namespace kestrel::cli {
namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

/// "revenue", "events:page_view".
std::string seriesName(const std::string& metric, const std::string& eventType)
{
    return eventType.empty() ? metric : metric + ":" + eventType;
}

QJsonObject recordJson(const core::AnomalyRecord& r)
{
    QJsonObject o;
    o[QStringLiteral("anomaly_id")] = static_cast<double>(r.id);
    o[QStringLiteral("run_id")] = r.runId > 0 ? QJsonValue(static_cast<double>(r.runId)) : QJsonValue();
    o[QStringLiteral("metric")] = q(r.metric);
    o[QStringLiteral("event_type")] = q(r.eventType);
    o[QStringLiteral("day")] = q(r.day);
    o[QStringLiteral("value")] = r.value;
    o[QStringLiteral("baseline")] = r.baseline;
    o[QStringLiteral("lower_bound")] = r.lowerBound;
    o[QStringLiteral("upper_bound")] = r.upperBound;
    o[QStringLiteral("score")] = r.score;
    o[QStringLiteral("direction")] = q(r.direction);
    o[QStringLiteral("severity")] = q(r.severity);
    o[QStringLiteral("status")] = q(r.status);
    o[QStringLiteral("reviewed_by")] = r.reviewedBy.empty() ? QJsonValue() : QJsonValue(q(r.reviewedBy));
    o[QStringLiteral("reviewed_at")] = r.reviewedAt.empty() ? QJsonValue() : QJsonValue(q(r.reviewedAt));
    o[QStringLiteral("note")] = r.note.empty() ? QJsonValue() : QJsonValue(q(r.note));
    o[QStringLiteral("detected_at")] = q(r.detectedAt);
    return o;
}

std::string cut(std::string s, std::size_t width)
{
    if (s.size() > width)
        s = s.substr(0, width - 3) + "...";
    return s;
}

} // namespace

int runAnalyzeAnomalies(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::AnomalyRunOptions options;
    options.from = args.periodFrom;
    options.to = args.periodTo;
    options.threshold = args.threshold;
    options.weeks = args.weeks;
    options.minSessions = args.minSessions;
    core::AnomalyReport r;
    TerminalProgress progress;
    core::runJobHere(
        db, [&](core::JobContext& ctx) { r = core::AnomalyService::run(ctx, options); },
        [&](double f, const std::string& text) { progress.update(f, text); });
    progress.finish();

    if (args.json) {
        QJsonObject out = core::AnomalyService::metricsJson(r);
        out[QStringLiteral("run_id")] = static_cast<double>(r.runId);
        out[QStringLiteral("duration_ms")] = static_cast<double>(r.durationMs);
        printJson(out);
        return 0;
    }
    std::printf("anomaly run %lld over %s .. %s (threshold %.3g, %d weeks of history): %lld anomalous days — %lld "
                "new, %lld updated (reviews kept), %lld no longer anomalous and removed, %lld reviewed ones kept; "
                "%.2f s\n",
                static_cast<long long>(r.runId), r.from.c_str(), r.to.c_str(), r.threshold, r.weeks,
                static_cast<long long>(r.anomalies), static_cast<long long>(r.inserted),
                static_cast<long long>(r.updated), static_cast<long long>(r.removed),
                static_cast<long long>(r.reviewedKept), static_cast<double>(r.durationMs) / 1000);
    std::printf("%-30s %6s %7s %10s %7s %6s %5s %7s %5s\n", "metric", "days", "judged", "anomalies", "spikes", "drops",
                "high", "medium", "low");
    for (const auto& s : r.series)
        std::printf("%-30s %6lld %7lld %10lld %7lld %6lld %5lld %7lld %5lld\n",
                    seriesName(core::anomalyMetricKey(s.metric), s.eventType).c_str(), static_cast<long long>(s.days),
                    static_cast<long long>(s.verdicts), static_cast<long long>(s.anomalies),
                    static_cast<long long>(s.spikes), static_cast<long long>(s.drops), static_cast<long long>(s.high),
                    static_cast<long long>(s.medium), static_cast<long long>(s.low));
    for (const auto& w : r.warnings)
        std::printf("warning: %s\n", w.c_str());
    return 0;
}

int runAnomaliesList(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    core::AnomalyFilter filter;
    filter.status = args.anomalyStatus;
    filter.metric = args.anomalyMetric;
    filter.from = args.periodFrom;
    filter.to = args.periodTo;
    filter.limit = args.anomalyLimit;
    const auto rows = core::AnomalyService::list(db, filter);
    if (args.json) {
        QJsonArray arr;
        for (const auto& r : rows)
            arr.append(recordJson(r));
        QJsonObject o;
        o[QStringLiteral("anomalies")] = arr;
        printJson(o);
        return 0;
    }
    if (rows.empty()) {
        std::printf("no anomalies%s (kestrel analyze anomalies finds them)\n",
                    filter.status.empty() && filter.metric.empty() ? "" : " match");
        return 0;
    }
    std::printf("%7s  %-10s  %-28s %14s %14s %8s  %-5s  %-8s  %-9s  %-12s  %s\n", "ID", "DAY", "METRIC", "VALUE",
                "BASELINE", "SCORE", "DIR", "SEVERITY", "STATUS", "REVIEWER", "NOTE");
    for (const auto& r : rows)
        std::printf("%7lld  %-10s  %-28s %14.4f %14.4f %8.2f  %-5s  %-8s  %-9s  %-12s  %s\n",
                    static_cast<long long>(r.id), r.day.c_str(), cut(seriesName(r.metric, r.eventType), 28).c_str(),
                    r.value, r.baseline, r.score, r.direction.c_str(), r.severity.c_str(), r.status.c_str(),
                    cut(r.reviewedBy.empty() ? "-" : r.reviewedBy, 12).c_str(), r.note.c_str());
    return 0;
}

int runAnomalyReview(const ParsedArgs& args)
{
    core::Database db(resolveDatabase(args));
    core::Migrator(db).migrate();
    const core::AnomalyReview action = args.command == "anomalies accept"    ? core::AnomalyReview::Accept
                                       : args.command == "anomalies dismiss" ? core::AnomalyReview::Dismiss
                                                                             : core::AnomalyReview::Reset;
    const std::optional<std::string> note = args.hasNote ? std::optional<std::string>(args.note) : std::nullopt;
    const auto rows = core::AnomalyService::review(db, {args.anomalyId}, action, note);
    if (args.json) {
        printJson(recordJson(rows.at(0)));
        return 0;
    }
    const auto& r = rows.at(0);
    if (r.status == "new")
        std::printf("anomaly %lld (%s on %s) is back to review\n", static_cast<long long>(r.id),
                    seriesName(r.metric, r.eventType).c_str(), r.day.c_str());
    else
        std::printf("anomaly %lld (%s on %s) %s by %s%s%s\n", static_cast<long long>(r.id),
                    seriesName(r.metric, r.eventType).c_str(), r.day.c_str(), r.status.c_str(), r.reviewedBy.c_str(),
                    r.note.empty() ? "" : ": ", r.note.c_str());
    return 0;
}

} // namespace kestrel::cli
