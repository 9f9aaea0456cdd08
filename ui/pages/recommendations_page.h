#pragma once

#include "models/model_jobs.h"
#include "models/recommend_snapshot.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

#include <cstdint>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

class Banner;
class RecommendEvaluationPanel;
class RecommendFileDialog;
class RecommendHeader;
class RecommendLookUp;
class RecommendMixView;
class RecommendModel;
class RecommendRunBar;

/// The Recommendations module: the hybrid recommender's newest succeeded run — its header (as-of,
/// users with a list, cold users, products recommended out of the catalogue, duration, warnings),
/// how good the lists are on a time split of this database (precision, recall, NDCG and MAP at K
/// and catalogue coverage per model, the hybrid against plain popularity), what was recommended
/// (reasons, parts of the hybrid, the most recommended products) and a look-up of one user's list
/// with the reasons in words (and a button that asks for the user card). "Evaluate a transactions
/// file…" measures the same recommender on a CSV and shows it in the same charts, switchable with
/// the database's evaluation. The run bar starts RecommendService as a job (ModelJobs: progress and
/// Cancel here and in the status area); success reloads the page, a failure or cancel leaves the
/// stored run shown. With no run yet the page says to press Run; a failed run shows its error.
class RecommendationsPage : public QWidget {
    Q_OBJECT
public:
    explicit RecommendationsPage(ModelJobs& jobs, QWidget* parent = nullptr);
    ~RecommendationsPage() override;

    void setConnection(const core::ConnectionParams& params);
    /// Reads the newest run again.
    void reload();
    /// Starts a run with the run bar's settings; returns the job id (0 when none was started).
    int startRun();
    void cancelRun();
    /// Opens (or raises) the file evaluation dialog.
    RecommendFileDialog* openFileEvaluation();
    /// The open file evaluation dialog, null when none is open.
    RecommendFileDialog* fileDialog() const;
    /// Looks a user's list up as the id box does.
    void lookUpUser(std::int64_t userId);

    RecommendSnapshotPtr snapshot() const { return m_snapshot; }
    /// The run shown, 0 when none.
    std::int64_t shownRunId() const;
    int runningJob() const { return m_job; }
    bool isLoading() const;
    bool isLookingUp() const;
    /// The most recommended products of the run shown are still being counted over its rows.
    bool isTopProductsPending() const;
    bool isEmptyStateVisible() const;
    QString emptyStateTitle() const;
    QString emptyStateText() const;
    QPushButton* emptyStateRunButton() const { return m_emptyRun; }
    QPushButton* emptyStateFileButton() const { return m_emptyFile; }
    QString statusText() const;
    /// A load error (database away, SQL error).
    bool isErrorVisible() const;
    QString errorText() const;
    /// The newest run failed after the one shown: its stored error, above the results.
    bool isRunFailureVisible() const;
    QString runFailureText() const;

    QPushButton* refreshButton() const { return m_refresh; }
    RecommendRunBar* runBar() const { return m_runBar; }
    QScrollArea* scrollArea() const { return m_scroll; }
    RecommendHeader* header() const { return m_header; }
    RecommendEvaluationPanel* evaluation() const { return m_evaluation; }
    RecommendMixView* mix() const { return m_mix; }
    RecommendLookUp* lookUp() const { return m_lookUp; }

signals:
    /// A fresh snapshot is shown (with or without a run).
    void loaded();
    void loadFailed(const QString& message);
    /// A run started here ended; the page reloads.
    void runFinished(kestrel::ui::ModelOutcomePtr outcome);
    /// A look-up was answered (or failed).
    void lookUpFinished();
    /// The most recommended products arrived after the rest of the run (counted over its rows).
    void topProductsShown();
    /// A file evaluation finished and is shown (or failed: its error is in the dialog).
    void fileEvaluationFinished(bool succeeded);
    /// The user asked for a customer's card (the look-up's button).
    void customerActivated(qint64 userId);

private:
    QWidget* buildContent();
    QWidget* buildEmptyState();
    void onLoaded(RecommendSnapshotPtr snapshot);
    void onFailed(const QString& message, const QString& details);
    void onJobFinished(int job, const ModelOutcomePtr& outcome);
    void updateEmptyState();
    void showContent();

    ModelJobs& m_jobs;
    RecommendModel* m_model = nullptr;
    RecommendSnapshotPtr m_snapshot;
    QPointer<RecommendFileDialog> m_fileDialog;
    QString m_lastFile;
    int m_job = 0;
    bool m_hasConnection = false;
    bool m_keepStatus = false; // a failed or cancelled run's status outlives the reload after it

    QLabel* m_status = nullptr;
    QPushButton* m_refresh = nullptr;
    RecommendRunBar* m_runBar = nullptr;
    Banner* m_error = nullptr;
    Banner* m_runFailure = nullptr;
    QStackedWidget* m_stack = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_empty = nullptr;
    QLabel* m_emptyTitle = nullptr;
    QLabel* m_emptyText = nullptr;
    QPushButton* m_emptyRun = nullptr;
    QPushButton* m_emptyFile = nullptr;
    RecommendHeader* m_header = nullptr;
    RecommendEvaluationPanel* m_evaluation = nullptr;
    RecommendMixView* m_mix = nullptr;
    RecommendLookUp* m_lookUp = nullptr;
};

} // namespace kestrel::ui
