#pragma once

#include "models/load_jobs.h"

#include <QtWidgets/QWizard>

#include <memory>

namespace kestrel::ui {

class FilePage;
class LoadPage;
class PreviewPage;
class ResultPage;
class ValidationPage;
struct ImportSession;

/// Import a CSV or JSON file into one of the entity tables: choose the file and table, check
/// how it is read and mapped, check it against the table (dry run), load it, see the result.
/// All reading and database work runs off the GUI thread; imports go through LoadJobs so the main
/// window reports them (toasts) and refreshes the pages.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FileStep, PreviewStep, ValidationStep, LoadStep, ResultStep };

    explicit ImportWizard(LoadJobs& jobs, QWidget* parent = nullptr);
    ~ImportWizard() override;

    FilePage* filePage() const { return m_file; }
    PreviewPage* previewPage() const { return m_preview; }
    ValidationPage* validationPage() const { return m_validation; }
    LoadPage* loadPage() const { return m_load; }
    ResultPage* resultPage() const { return m_result; }
    const ImportSession& session() const { return *m_session; }

public slots:
    /// While a load runs, closing asks it to stop instead (the result page then says so);
    /// a running check is cancelled and the wizard closes.
    void reject() override;

private:
    std::shared_ptr<ImportSession> m_session; // shared with the pages, which QWizard deletes after us
    FilePage* m_file = nullptr;
    PreviewPage* m_preview = nullptr;
    ValidationPage* m_validation = nullptr;
    LoadPage* m_load = nullptr;
    ResultPage* m_result = nullptr;
};

} // namespace kestrel::ui
