#pragma once

#include "models/load_jobs.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>

class QWidget;

namespace kestrel::ui {

/// Turns the outcomes of imports and rollbacks into toasts in the host window's corner: what a
/// load did, "Open rejects" when it rejected rows, and "Retry" (the same request again) when it
/// failed or was cancelled. Dry runs are the wizard's business and make no toast.
class LoadNotifier : public QObject {
    Q_OBJECT
public:
    LoadNotifier(LoadJobs& jobs, QWidget* host);

    /// The text of an import's toast.
    static QString importText(const ImportOutcome& outcome);
    static QString rollbackText(const RollbackOutcome& outcome);

private:
    void onImportFinished(int job, const ImportOutcomePtr& outcome);
    void onRollbackFinished(int job, const RollbackOutcomePtr& outcome);

    LoadJobs& m_jobs;
    QPointer<QWidget> m_host;
};

} // namespace kestrel::ui
