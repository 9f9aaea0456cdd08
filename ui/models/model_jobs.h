#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QMetaType>
#include <QtCore/QObject>
#include <QtCore/QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {
class JobContext;
class JobRunner;
struct AnomalyRunOptions;
enum class AnomalyReview;
struct LtvOptions;
struct PriceElasticityOptions;
struct RecommendCsvOptions;
struct RecommendServiceOptions;
struct ScoringOptions;
struct SegmentationOptions;
} // namespace kestrel::core

namespace kestrel::ui {

/// How a model run ended.
struct ModelOutcome {
    QString model;          ///< ml.model_runs.model: "segments", "propensity", "churn", "ltv", "elasticity",
                            ///< "anomalies", "recommend" (and "recommend_file": a file evaluation, not stored)
    std::int64_t runId = 0; ///< the stored run; 0 unless it succeeded
    bool succeeded = false;
    bool cancelled = false;
    QString summary; ///< on success, one line on what was stored ("4 segments of 2,000 users")
    QString error;   ///< one readable line; empty on success
    QString details; ///< the full message, where it happened, SQLSTATE, the log folder
};
using ModelOutcomePtr = std::shared_ptr<const ModelOutcome>;

/// Runs model fits (core services that write ml.*) as jobs — progress and Cancel in the status
/// area — and reports each outcome once, on the GUI thread. A page starts its model here and
/// reloads on finished(); one instance serves every page, so a page can see a run another
/// started. A cancelled or failed run stores nothing: the previous results stay.
class ModelJobs : public QObject {
    Q_OBJECT
public:
    /// The work of a job: runs the service, fills runId and summary on success.
    using Work = std::function<void(core::JobContext&, ModelOutcome&)>;

    explicit ModelJobs(core::JobRunner& jobs, QObject* parent = nullptr);
    ~ModelJobs() override;

    /// Starts SegmentationService::run(options); returns the job id.
    int startSegmentation(const core::SegmentationOptions& options);
    /// Starts ScoringService::run(options) (model "propensity" or "churn"); returns the job id.
    int startScoring(const core::ScoringOptions& options);
    /// Starts LtvService::run(options) (model "ltv"); returns the job id.
    int startLtv(const core::LtvOptions& options);
    /// Starts ElasticityService::run(options) (model "elasticity"); returns the job id.
    int startElasticity(const core::PriceElasticityOptions& options);
    /// Starts RecommendService::run(options) (model "recommend"); returns the job id.
    int startRecommend(const core::RecommendServiceOptions& options);
    /// Starts the recommender's evaluation on a transactions file (core::evaluateTransactionsCsv,
    /// model "recommend_file": nothing is stored); on success result holds its JSON (the shape of
    /// `kestrel recommend evaluate --json`). Returns the job id.
    int startRecommendEvaluation(const core::RecommendCsvOptions& options, std::shared_ptr<QJsonObject> result);
    /// Starts AnomalyService::run(options) (model "anomalies"); returns the job id.
    int startAnomalies(const core::AnomalyRunOptions& options);
    /// Starts AnomalyService::review of the anomalies (model key "anomaly_review"; the summary says
    /// what changed); returns the job id.
    int startAnomalyReview(std::vector<std::int64_t> ids, core::AnomalyReview action, std::optional<std::string> note);
    /// Starts any model job under a status-bar title; returns the job id.
    int start(const QString& model, const QString& title, Work work);

    void cancel(int job);
    bool isRunning(int job) const { return m_running.contains(job); }
    /// The running job of a model, 0 when none.
    int runningJob(const QString& model) const;

signals:
    void started(int job, const QString& model);
    void progress(int job, double fraction, const QString& text);
    void finished(int job, kestrel::ui::ModelOutcomePtr outcome);

private:
    struct Running;
    void onFinished(int job, bool ok, bool cancelled, const QString& message);

    core::JobRunner& m_jobs;
    QMap<int, std::shared_ptr<Running>> m_running;
};

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::ModelOutcomePtr)
