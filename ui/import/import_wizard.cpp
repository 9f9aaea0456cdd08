#include "import/import_wizard.h"

#include "import/file_page.h"
#include "import/import_session.h"
#include "import/load_page.h"
#include "import/preview_page.h"
#include "import/result_page.h"
#include "import/validation_page.h"

namespace kestrel::ui {

ImportWizard::ImportWizard(LoadJobs& jobs, QWidget* parent)
    : QWizard(parent), m_session(std::make_shared<ImportSession>())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::DisabledBackButtonOnLastPage |
               QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("Close"));

    m_file = new FilePage(m_session, this);
    m_preview = new PreviewPage(m_session, this);
    m_validation = new ValidationPage(m_session, jobs, this);
    m_load = new LoadPage(m_session, jobs, this);
    m_result = new ResultPage(m_session, this);
    setPage(FileStep, m_file);
    setPage(PreviewStep, m_preview);
    setPage(ValidationStep, m_validation);
    setPage(LoadStep, m_load);
    setPage(ResultStep, m_result);
    setStartId(FileStep);
    // Every page paints the same background (the style sheet's), whatever QWizard does for the last one.
    for (int id : pageIds())
        page(id)->setAutoFillBackground(true);

    setMinimumSize(900, 620);
    resize(1040, 720);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::reject()
{
    if (m_load->isLoading()) {
        m_load->cancelLoad();
        return;
    }
    m_validation->cancelCheck();
    QWizard::reject();
}

} // namespace kestrel::ui
