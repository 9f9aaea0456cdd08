#pragma once

#include "models/load_jobs.h"

#include <QtWidgets/QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace kestrel::ui {

struct ImportSession;

/// Step 4: the load itself, as a job: a progress bar with its text and Cancel. The wizard stays
/// responsive; when the job ends it moves on to the result by itself.
class LoadPage : public QWizardPage {
    Q_OBJECT
public:
    LoadPage(std::shared_ptr<ImportSession> session, LoadJobs& jobs, QWidget* parent = nullptr);
    ~LoadPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isLoading() const { return m_job != 0; }
    int jobId() const { return m_job; }
    /// Asks the running load to stop; its transaction rolls back.
    void cancelLoad();
    QString progressText() const;
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    void loadFinished(kestrel::ui::ImportOutcomePtr outcome);

private:
    void onProgress(int job, double fraction, const QString& text);
    void onFinished(int job, ImportOutcomePtr outcome);

    std::shared_ptr<ImportSession> m_sessionOwner; // pages outlive the wizard's members
    ImportSession& m_session;
    LoadJobs& m_jobs;
    int m_job = 0;
    QLabel* m_what = nullptr;
    QLabel* m_expected = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace kestrel::ui
