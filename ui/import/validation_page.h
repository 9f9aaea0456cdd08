#pragma once

#include "models/load_jobs.h"

#include <QtWidgets/QWizardPage>

#include <memory>

#include <array>

class QButtonGroup;
class QCheckBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace kestrel::ui {

class CountTile;
struct ImportSession;

/// Step 3: a dry run of the load (as a job with progress and Cancel; nothing is written) and
/// what it found: rows that would be inserted, updated, left unchanged or deleted, and the
/// rejected rows with their reasons. Here the user picks the mode, what happens to rejects, and
/// whether to load a file that was loaded before. A change of mode checks again.
class ValidationPage : public QWizardPage {
    Q_OBJECT
public:
    enum class Count { Read, Insert, Update, Unchanged, Delete, Rejected };
    static constexpr int kCounts = 6;

    ValidationPage(std::shared_ptr<ImportSession> session, LoadJobs& jobs, QWidget* parent = nullptr);
    ~ValidationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    bool isChecking() const { return m_job != 0; }
    /// The newest finished check, or null.
    ImportOutcomePtr outcome() const { return m_outcome; }
    CountTile* tile(Count c) const { return m_tiles[static_cast<std::size_t>(c)]; }
    void setMode(core::LoadMode mode);
    void setRejectPolicy(core::RejectPolicy policy);
    QCheckBox* forceBox() const { return m_force; }
    QTableWidget* rejectsTable() const { return m_rejects; }
    QTableWidget* reasonsTable() const { return m_reasons; }
    QString statusText() const;
    /// Why the load cannot start yet ("" when it can).
    QString blockingText() const;
    /// "" unless the same file was loaded before.
    QString previousLoadText() const;
    void cancelCheck();

signals:
    /// A check finished (ok = it produced numbers).
    void checked(bool ok);

private:
    void startCheck();
    void onProgress(int job, double fraction, const QString& text);
    void onFinished(int job, ImportOutcomePtr outcome);
    void showOutcome();
    void clearOutcome();
    void updateGate();
    QWidget* buildOptions();
    QWidget* buildRejects();

    std::shared_ptr<ImportSession> m_sessionOwner; // pages outlive the wizard's members
    ImportSession& m_session;
    LoadJobs& m_jobs;
    int m_job = 0;
    ImportOutcomePtr m_outcome;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_again = nullptr;
    std::array<CountTile*, kCounts> m_tiles{};
    QFrame* m_previous = nullptr;
    QLabel* m_previousText = nullptr;
    QCheckBox* m_force = nullptr;
    QButtonGroup* m_modes = nullptr;
    QButtonGroup* m_policies = nullptr;
    QTableWidget* m_rejects = nullptr;
    QTableWidget* m_reasons = nullptr;
    QLabel* m_rejectsTitle = nullptr;
    QLabel* m_noRejects = nullptr;
    QPushButton* m_openRejects = nullptr;
    QLabel* m_gate = nullptr;
};

} // namespace kestrel::ui
