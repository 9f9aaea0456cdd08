#include "customers/rfm_service.h"

#include "analytics/rfm.h"
#include "common/error.h"
#include "common/translate.h"
#include "customers/feature_builder.h"
#include "customers/model_run_log.h"
#include "db/copy_stream.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <QtCore/QJsonObject>

#include <chrono>
#include <cmath>
#include <cstdio>

namespace kestrel::core {
namespace {

} // namespace

RfmReport RfmService::run(JobContext& ctx, const RfmOptions& options)
{
    const auto started = std::chrono::steady_clock::now();
    RfmReport report;

    CustomerFeatures f = FeatureBuilder::build(ctx, options.asOf);
    report.asOf = f.asOf;
    report.featureSeconds = f.seconds;
    const int cR = f.column("recency_days"), cF = f.column("frequency"), cM = f.column("monetary");

    // Customers only: users with an order.
    std::vector<Eigen::Index> rows;
    std::vector<double> recency, frequency, monetary;
    for (Eigen::Index i = 0; i < f.values.rows(); ++i) {
        if (f.values(i, cF) < 1)
            continue;
        rows.push_back(i);
        recency.push_back(std::max(0.0, std::floor(f.values(i, cR))));
        frequency.push_back(f.values(i, cF));
        monetary.push_back(std::max(0.0, f.values(i, cM)));
    }
    report.usersScored = static_cast<std::int64_t>(rows.size());
    report.usersNoOrders = f.rows() - report.usersScored;
    if (rows.empty())
        throw Error(Error::Code::InvalidArgument,
                    trArgs(QCoreApplication::translate(
                               "Rfm", "no customer has an order before %1; RFM needs orders (nothing was written)"),
                           f.asOf));

    ctx.throwIfStopped();
    analytics::KernelControl control;
    control.stop = &ctx.stopFlag();
    const analytics::RfmResult rfm = analytics::scoreRfm({recency, frequency, monetary}, control);
    report.warnings = rfm.warnings;
    for (const auto s : rfm.segments)
        ++report.segments[std::string(analytics::rfmSegmentName(s))];

    QJsonObject params;
    params[QStringLiteral("as_of")] = QString::fromStdString(f.asOf);
    const std::int64_t runId = ModelRunLog::start(ctx.db(), "rfm", params, f.asOf);
    report.runId = runId;
    ModelRunLog::guard(ctx.db(), runId, started, [&] {
        ctx.progress(0.9, QCoreApplication::translate("Rfm", "Writing RFM scores").toStdString());
        ctx.db().transact([&](pqxx::work& tx) {
            tx.exec0("CREATE TEMP TABLE rfm_stage (user_id bigint PRIMARY KEY, recency integer, frequency integer, "
                     "monetary numeric(14, 2), r smallint, f smallint, m smallint, segment text) ON COMMIT DROP");
            {
                CopyStream copy(tx, "rfm_stage",
                                {"user_id", "recency", "frequency", "monetary", "r", "f", "m", "segment"});
                char buf[160];
                for (std::size_t k = 0; k < rows.size(); ++k) {
                    std::snprintf(buf, sizeof buf, "%lld\t%.0f\t%.0f\t%.2f\t%d\t%d\t%d\t",
                                  static_cast<long long>(f.userIds[static_cast<std::size_t>(rows[k])]), recency[k],
                                  frequency[k], monetary[k], rfm.recency[k], rfm.frequency[k], rfm.monetary[k]);
                    copy.row() += buf;
                    CopyStream::escape(copy.row(), analytics::rfmSegmentName(rfm.segments[k]));
                    copy.endRow();
                }
                copy.complete();
            }
            ctx.throwIfStopped();
            // Every user in the run gets a row; those without orders get NULL scores.
            tx.exec_params0(
                "INSERT INTO ml.user_metrics AS m (user_id, computed_at, rfm_recency_days, rfm_frequency, "
                "  rfm_monetary, rfm_r, rfm_f, rfm_m, rfm_segment, rfm_run_id) "
                "SELECT u.user_id, now(), s.recency, s.frequency, s.monetary, s.r, s.f, s.m, s.segment, $1 "
                "  FROM crm.users u LEFT JOIN rfm_stage s ON s.user_id = u.user_id "
                " WHERE u.created_at < $2::timestamptz "
                "ON CONFLICT (user_id) DO UPDATE SET computed_at = now(), "
                "  rfm_recency_days = EXCLUDED.rfm_recency_days, rfm_frequency = EXCLUDED.rfm_frequency, "
                "  rfm_monetary = EXCLUDED.rfm_monetary, rfm_r = EXCLUDED.rfm_r, rfm_f = EXCLUDED.rfm_f, "
                "  rfm_m = EXCLUDED.rfm_m, rfm_segment = EXCLUDED.rfm_segment, rfm_run_id = EXCLUDED.rfm_run_id",
                runId, f.asOf);
            tx.exec_params0("UPDATE ml.user_metrics SET rfm_recency_days = NULL, rfm_frequency = NULL, "
                            "rfm_monetary = NULL, rfm_r = NULL, rfm_f = NULL, rfm_m = NULL, rfm_segment = NULL, "
                            "rfm_run_id = $1 WHERE rfm_run_id IS DISTINCT FROM $1 AND rfm_segment IS NOT NULL",
                            runId);
            ctx.throwIfStopped();

            QJsonObject metrics, segments;
            for (const auto& [name, count] : report.segments)
                segments[QString::fromStdString(name)] = static_cast<double>(count);
            metrics[QStringLiteral("segments")] = segments;
            metrics[QStringLiteral("users_scored")] = static_cast<double>(report.usersScored);
            metrics[QStringLiteral("users_no_orders")] = static_cast<double>(report.usersNoOrders);
            metrics[QStringLiteral("feature_seconds")] = report.featureSeconds;
            report.durationMs = ModelRunLog::elapsedMs(started);
            ModelRunLog::succeed(tx, runId, metrics, report.durationMs);
        });
    });
    ctx.progress(1.0, QCoreApplication::translate("Rfm", "RFM scores written").toStdString());
    return report;
}

} // namespace kestrel::core
