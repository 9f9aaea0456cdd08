#include "import/load_page.h"

#include "import/import_session.h"
#include "import/load_texts.h"

#include <QtCore/QFileInfo>
#include <QtCore/QTimer>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>
#include <QtWidgets/QWizard>

#include <cmath>

namespace kestrel::ui {

LoadPage::LoadPage(std::shared_ptr<ImportSession> session, LoadJobs& jobs, QWidget* parent)
    : QWizardPage(parent), m_sessionOwner(session), m_session(*session), m_jobs(jobs)
{
    setObjectName(QStringLiteral("importLoadPage"));
    setTitle(tr("Loading"));
    setSubTitle(tr("The load is one transaction: if it fails or you cancel it, the table stays as it was."));

    m_what = new QLabel(this);
    m_what->setObjectName(QStringLiteral("loadWhat"));
    m_what->setWordWrap(true);
    m_expected = new QLabel(this);
    m_expected->setObjectName(QStringLiteral("hint"));
    m_expected->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("hint"));
    m_cancel = new QPushButton(tr("Cancel load"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLoad"));

    auto* row = new QHBoxLayout;
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_what);
    layout->addSpacing(6);
    layout->addLayout(row);
    layout->addWidget(m_text);
    layout->addSpacing(10);
    layout->addWidget(m_expected);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, &LoadPage::cancelLoad);
    connect(&m_jobs, &LoadJobs::progress, this, &LoadPage::onProgress);
    connect(&m_jobs, &LoadJobs::importFinished, this, &LoadPage::onFinished);
}

LoadPage::~LoadPage() = default;

void LoadPage::initializePage()
{
    m_session.result.reset();
    const QString file = QFileInfo(m_session.path).fileName();
    m_what->setText(tr("Loading %1 into %2 (%3)…")
                        .arg(file, LoadTexts::entity(m_session.entity), LoadTexts::mode(m_session.mode).toLower()));
    if (m_session.dryRun && m_session.dryRun->report) {
        const core::LoadReport& r = *m_session.dryRun->report;
        QString expected = tr("The check expected %1 rows to insert, %2 to update, %3 unchanged")
                               .arg(LoadTexts::count(r.rowsInserted), LoadTexts::count(r.rowsUpdated),
                                    LoadTexts::count(r.rowsUnchanged));
        if (m_session.mode == core::LoadMode::Replace)
            expected += tr(", %1 to delete").arg(LoadTexts::count(r.rowsDeleted));
        expected += r.rowsRejected > 0
                        ? tr(" and %1 rejected rows, which are skipped.").arg(LoadTexts::count(r.rowsRejected))
                        : tr("; no row is rejected.");
        m_expected->setText(expected);
    } else {
        m_expected->clear();
    }
    m_progress->setValue(0);
    m_text->setText(tr("Starting…"));
    m_cancel->setEnabled(true);
    m_job = m_jobs.startImport(m_session.request(false));
}

bool LoadPage::isComplete() const
{
    return m_job == 0 && m_session.result != nullptr;
}

void LoadPage::cancelLoad()
{
    if (!m_job)
        return;
    m_jobs.cancel(m_job);
    m_cancel->setEnabled(false);
    m_text->setText(tr("Cancelling… the changes are being rolled back."));
}

QString LoadPage::progressText() const
{
    return m_text->text();
}

void LoadPage::onProgress(int job, double fraction, const QString& text)
{
    if (job != m_job)
        return;
    m_progress->setValue(static_cast<int>(std::lround(fraction * 1000)));
    if (!text.isEmpty() && m_cancel->isEnabled())
        m_text->setText(text);
}

void LoadPage::onFinished(int job, ImportOutcomePtr outcome)
{
    if (job != m_job)
        return;
    m_job = 0;
    m_session.result = outcome;
    m_cancel->setEnabled(false);
    if (outcome->ok())
        m_progress->setValue(1000);
    emit completeChanged();
    emit loadFinished(outcome);
    // Straight on to the result; queued so the wizard finishes handling this signal first.
    QTimer::singleShot(0, this, [this] {
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
    });
}

} // namespace kestrel::ui
