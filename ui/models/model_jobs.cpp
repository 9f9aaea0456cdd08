#include "models/model_jobs.h"

#include "customers/elasticity_service.h"
#include "customers/anomaly_service.h"
#include "customers/ltv_service.h"
#include "customers/recommend_service.h"
#include "customers/scoring_service.h"
#include "customers/segmentation_service.h"
#include "jobs/job_context.h"
#include "jobs/job_runner.h"
#include "modeling/recommend_csv_evaluation.h"
#include "models/job_failure.h"
#include "widgets/value_format.h"

#include <QtCore/QFileInfo>
#include <QtCore/QLocale>

namespace kestrel::ui {

struct ModelJobs::Running {
    std::shared_ptr<ModelOutcome> outcome = std::make_shared<ModelOutcome>();
    std::shared_ptr<JobFailure> failure = std::make_shared<JobFailure>();
};

ModelJobs::ModelJobs(core::JobRunner& jobs, QObject* parent) : QObject(parent), m_jobs(jobs)
{
    connect(&m_jobs, &core::JobRunner::jobProgress, this, [this](int id, double fraction, const QString& text) {
        if (m_running.contains(id))
            emit progress(id, fraction, text);
    });
    connect(&m_jobs, &core::JobRunner::jobFinished, this, &ModelJobs::onFinished);
}

ModelJobs::~ModelJobs() = default;

int ModelJobs::start(const QString& model, const QString& title, Work work)
{
    auto running = std::make_shared<Running>();
    running->outcome->model = model;
    const int id = m_jobs.start(title, [outcome = running->outcome, failure = running->failure, work = std::move(work)](
                                           core::JobContext& ctx) { failure->record([&] { work(ctx, *outcome); }); });
    m_running.insert(id, running);
    emit started(id, model);
    return id;
}

int ModelJobs::startSegmentation(const core::SegmentationOptions& options)
{
    return start(QStringLiteral("segments"), tr("Segmenting customers"),
                 [options](core::JobContext& ctx, ModelOutcome& outcome) {
                     const core::SegmentationReport report = core::SegmentationService::run(ctx, options);
                     outcome.runId = report.runId;
                     // Made on the worker: translate() is thread-safe, QLocale() is a copy.
                     outcome.summary = tr("%n segments of %1 users", nullptr, report.k)
                                           .arg(QLocale().toString(static_cast<qlonglong>(report.users)));
                 });
}

int ModelJobs::startScoring(const core::ScoringOptions& options)
{
    const bool churn = options.kind == core::ScoringOptions::Kind::Churn;
    return start(QString::fromLatin1(core::ScoringService::modelName(options.kind)),
                 churn ? tr("Scoring churn risk") : tr("Scoring purchase propensity"),
                 [options](core::JobContext& ctx, ModelOutcome& outcome) {
                     const core::ScoringReport report = core::ScoringService::run(ctx, options);
                     outcome.runId = report.runId;
                     const QLocale locale;
                     outcome.summary = tr("%1 users scored, ROC-AUC %2")
                                           .arg(locale.toString(static_cast<qlonglong>(report.scoredUsers)),
                                                locale.toString(report.rocAuc, 'f', 3));
                 });
}

int ModelJobs::startLtv(const core::LtvOptions& options)
{
    return start(QStringLiteral("ltv"), tr("Calculating customer lifetime value"),
                 [options](core::JobContext& ctx, ModelOutcome& outcome) {
                     const core::LtvReport report = core::LtvService::run(ctx, options);
                     outcome.runId = report.runId;
                     const QLocale locale;
                     const QString customers = locale.toString(static_cast<qlonglong>(report.history.customers));
                     outcome.summary =
                         report.prediction.gammaGamma
                             ? tr("%1 customers, mean predicted CLV %2 over %n months", nullptr, report.clvMonths)
                                   .arg(customers, format::money(report.prediction.clvMean))
                             : tr("%1 customers, historical LTV only").arg(customers);
                 });
}

int ModelJobs::startElasticity(const core::PriceElasticityOptions& options)
{
    return start(QStringLiteral("elasticity"), tr("Estimating price elasticities"),
                 [options](core::JobContext& ctx, ModelOutcome& outcome) {
                     const core::PriceElasticityReport report = core::ElasticityService::run(ctx, options);
                     outcome.runId = report.runId;
                     const QLocale locale;
                     outcome.summary = tr("%1 of %2 categories and %3 of %4 products reliable")
                                           .arg(locale.toString(static_cast<qlonglong>(report.reliableCategories)),
                                                locale.toString(static_cast<qlonglong>(report.categories)),
                                                locale.toString(static_cast<qlonglong>(report.reliableProducts)),
                                                locale.toString(static_cast<qlonglong>(report.products)));
                 });
}

int ModelJobs::startRecommend(const core::RecommendServiceOptions& options)
{
    return start(QStringLiteral("recommend"), tr("Recommending products"),
                 [options](core::JobContext& ctx, ModelOutcome& outcome) {
                     const core::RecommendReport report = core::RecommendService::run(ctx, options);
                     outcome.runId = report.runId;
                     const QLocale locale;
                     outcome.summary = tr("%1 users, %2 products recommended (%3 of the catalogue)")
                                           .arg(locale.toString(static_cast<qlonglong>(report.stats.users)),
                                                locale.toString(static_cast<qlonglong>(report.recommendedItems)),
                                                format::percent(report.coverage, 1));
                 });
}

int ModelJobs::startRecommendEvaluation(const core::RecommendCsvOptions& options, std::shared_ptr<QJsonObject> result)
{
    const QString file = QFileInfo(QString::fromStdString(options.file.path)).fileName();
    return start(QStringLiteral("recommend_file"), tr("Evaluating the recommender on %1").arg(file),
                 [options, result](core::JobContext& ctx, ModelOutcome& outcome) {
                     const core::RecommendCsvEvaluation r = core::evaluateTransactionsCsv(
                         options, [&ctx](double f, const std::string& text) { ctx.progress(f, text); },
                         &ctx.stopFlag());
                     *result = core::recommendCsvEvaluationJson(r, options.recommend);
                     const auto& e = r.evaluation;
                     const QLocale locale;
                     outcome.summary = tr("hybrid NDCG@%1 %2, plain popularity %3")
                                           .arg(QString::number(e.k), locale.toString(e.hybrid.ndcg, 'f', 3),
                                                locale.toString(e.popular.ndcg, 'f', 3));
                 });
}

int ModelJobs::startAnomalies(const core::AnomalyRunOptions& options)
{
    return start(QStringLiteral("anomalies"), tr("Checking daily metrics for anomalies"),
                 [options](core::JobContext& ctx, ModelOutcome& outcome) {
                     const core::AnomalyReport report = core::AnomalyService::run(ctx, options);
                     outcome.runId = report.runId;
                     const QLocale locale;
                     outcome.summary = tr("%n anomalous days, %1 new", nullptr, static_cast<int>(report.anomalies))
                                           .arg(locale.toString(static_cast<qlonglong>(report.inserted)));
                 });
}

int ModelJobs::startAnomalyReview(std::vector<std::int64_t> ids, core::AnomalyReview action,
                                  std::optional<std::string> note)
{
    const int n = static_cast<int>(ids.size());
    const QString title = action == core::AnomalyReview::Accept    ? tr("Accepting %n anomalies", nullptr, n)
                          : action == core::AnomalyReview::Dismiss ? tr("Dismissing %n anomalies", nullptr, n)
                                                                   : tr("Returning %n anomalies to review", nullptr, n);
    return start(QStringLiteral("anomaly_review"), title,
                 [ids = std::move(ids), action, note = std::move(note)](core::JobContext& ctx, ModelOutcome& outcome) {
                     const auto changed = core::AnomalyService::review(ctx.db(), ids, action, note);
                     const int count = static_cast<int>(changed.size());
                     outcome.summary =
                         action == core::AnomalyReview::Accept    ? tr("%n anomalies accepted", nullptr, count)
                         : action == core::AnomalyReview::Dismiss ? tr("%n anomalies dismissed", nullptr, count)
                                                                  : tr("%n anomalies back to review", nullptr, count);
                 });
}

void ModelJobs::cancel(int job)
{
    if (m_running.contains(job))
        m_jobs.cancel(job);
}

int ModelJobs::runningJob(const QString& model) const
{
    for (auto it = m_running.begin(); it != m_running.end(); ++it) {
        if (it.value()->outcome->model == model)
            return it.key();
    }
    return 0;
}

void ModelJobs::onFinished(int job, bool ok, bool cancelled, const QString& message)
{
    const auto running = m_running.take(job);
    if (!running)
        return;
    const JobFailure& failure = *running->failure;
    ModelOutcome& outcome = *running->outcome;
    // JobRunner calls a failed job cancelled whenever Cancel was pressed; when the work failed for
    // another reason first (too few users), that reason is what we say.
    if (failure.set && !failure.cancelled)
        cancelled = false;
    outcome.succeeded = ok;
    outcome.cancelled = !ok && cancelled;
    if (!ok) {
        outcome.runId = 0;
        outcome.summary.clear();
        if (outcome.cancelled)
            outcome.error = tr("Cancelled; nothing was stored.");
        else
            outcome.error = failure.set ? failure.what : message;
        outcome.details = failure.set ? failure.details : message;
        if (!outcome.cancelled && outcome.error.isEmpty())
            outcome.error = tr("The job failed without a message; see the log.");
    }
    emit finished(job, running->outcome);
}

} // namespace kestrel::ui
