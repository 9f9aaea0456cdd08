#include "import/validation_page.h"

#include "import/import_session.h"
#include "import/load_texts.h"
#include "widgets/count_tile.h"
#include "widgets/file_opener.h"

#include <QtCore/QLocale>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <cmath>

namespace kestrel::ui {
namespace {

QTableWidget* smallTable(QWidget* parent, const QStringList& headers, const char* objectName)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(objectName));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

} // namespace

ValidationPage::ValidationPage(std::shared_ptr<ImportSession> session, LoadJobs& jobs, QWidget* parent)
    : QWizardPage(parent), m_sessionOwner(session), m_session(*session), m_jobs(jobs)
{
    setObjectName(QStringLiteral("importValidationPage"));
    setTitle(tr("Check and choose how to load"));
    setSubTitle(tr("The whole file is read and checked against the table as a trial run; nothing is written."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Load"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(200);
    m_cancel = new QPushButton(tr("Cancel check"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCheck"));
    m_again = new QPushButton(tr("Check again"), this);
    m_again->setObjectName(QStringLiteral("checkAgain"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    statusRow->addWidget(m_cancel);
    statusRow->addWidget(m_again);

    const struct {
        QString title, definition;
    } tiles[kCounts] = {
        {tr("Rows read"), tr("Data rows in the file (the header not counted).")},
        {tr("To insert"), tr("Rows whose key is not stored yet.")},
        {tr("To update"), tr("Stored rows the file changes.")},
        {tr("Unchanged"), tr("Rows stored already with the same values.")},
        {tr("To delete"), tr("Stored rows that are not in the file (replace mode only).")},
        {tr("Rejected"), tr("Rows with a value that cannot be stored; see the reasons below.")},
    };
    auto* tileRow = new QHBoxLayout;
    tileRow->setSpacing(10);
    for (int i = 0; i < kCounts; ++i) {
        m_tiles[static_cast<std::size_t>(i)] = new CountTile(tiles[i].title, tiles[i].definition, this);
        tileRow->addWidget(m_tiles[static_cast<std::size_t>(i)]);
    }

    m_previous = new QFrame(this);
    m_previous->setObjectName(QStringLiteral("noticeFrame"));
    m_previousText = new QLabel(m_previous);
    m_previousText->setWordWrap(true);
    m_force = new QCheckBox(tr("Load this file again anyway (force)"), m_previous);
    m_force->setObjectName(QStringLiteral("forceLoad"));
    auto* previousLayout = new QVBoxLayout(m_previous);
    previousLayout->setContentsMargins(12, 8, 12, 8);
    previousLayout->addWidget(m_previousText);
    previousLayout->addWidget(m_force);
    m_previous->hide();

    auto* body = new QHBoxLayout;
    body->setSpacing(12);
    body->addWidget(buildOptions());
    body->addWidget(buildRejects(), 1);

    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("errorText"));
    m_gate->setWordWrap(true);
    m_gate->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(statusRow);
    layout->addLayout(tileRow);
    layout->addWidget(m_previous);
    layout->addLayout(body, 1);
    layout->addWidget(m_gate);

    connect(m_cancel, &QPushButton::clicked, this, &ValidationPage::cancelCheck);
    connect(m_again, &QPushButton::clicked, this, &ValidationPage::startCheck);
    connect(m_force, &QCheckBox::toggled, this, [this](bool on) {
        m_session.force = on;
        updateGate();
    });
    connect(&m_jobs, &LoadJobs::progress, this, &ValidationPage::onProgress);
    connect(&m_jobs, &LoadJobs::importFinished, this, &ValidationPage::onFinished);
}

ValidationPage::~ValidationPage()
{
    if (m_job)
        m_jobs.cancel(m_job);
}

QWidget* ValidationPage::buildOptions()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* modeBox = new QGroupBox(tr("Mode"), column);
    auto* modeLayout = new QVBoxLayout(modeBox);
    modeLayout->setSpacing(2);
    m_modes = new QButtonGroup(this);
    for (core::LoadMode mode : {core::LoadMode::Append, core::LoadMode::Upsert, core::LoadMode::Replace}) {
        auto* radio = new QRadioButton(LoadTexts::mode(mode), modeBox);
        radio->setObjectName(QStringLiteral("mode_%1").arg(QString::fromStdString(core::loadModeName(mode))));
        auto* explanation = new QLabel(LoadTexts::modeExplanation(mode), modeBox);
        explanation->setObjectName(QStringLiteral("hint"));
        explanation->setWordWrap(true);
        explanation->setContentsMargins(22, 0, 0, 6);
        m_modes->addButton(radio, static_cast<int>(mode));
        modeLayout->addWidget(radio);
        modeLayout->addWidget(explanation);
    }
    m_modes->button(static_cast<int>(core::LoadMode::Upsert))->setChecked(true);

    auto* policyBox = new QGroupBox(tr("If rows are rejected"), column);
    auto* policyLayout = new QVBoxLayout(policyBox);
    m_policies = new QButtonGroup(this);
    auto* good = new QRadioButton(tr("Load the good rows, skip the rejected ones"), policyBox);
    good->setObjectName(QStringLiteral("policyGoodRows"));
    auto* nothing = new QRadioButton(tr("Load nothing"), policyBox);
    nothing->setObjectName(QStringLiteral("policyNothing"));
    m_policies->addButton(good, static_cast<int>(core::RejectPolicy::LoadGoodRows));
    m_policies->addButton(nothing, static_cast<int>(core::RejectPolicy::LoadNothing));
    nothing->setChecked(true);
    policyLayout->addWidget(good);
    policyLayout->addWidget(nothing);

    layout->addWidget(modeBox);
    layout->addWidget(policyBox);
    layout->addStretch(1);
    column->setFixedWidth(330);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on || static_cast<core::LoadMode>(id) == m_session.mode)
            return;
        m_session.mode = static_cast<core::LoadMode>(id);
        if (isVisible() || m_job || m_outcome)
            startCheck(); // the numbers depend on the mode
    });
    connect(m_policies, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (!on)
            return;
        m_session.rejects = static_cast<core::RejectPolicy>(id);
        updateGate();
    });
    return column;
}

QWidget* ValidationPage::buildRejects()
{
    auto* box = new QGroupBox(tr("Rejected rows"), this);
    m_rejectsTitle = new QLabel(box);
    m_rejectsTitle->setObjectName(QStringLiteral("hint"));
    m_rejects = smallTable(box, {tr("Line"), tr("Column"), tr("Value"), tr("Reason")}, "rejectsTable");
    m_rejects->setColumnWidth(0, 60);
    m_rejects->setColumnWidth(1, 110);
    m_rejects->setColumnWidth(2, 140);
    m_reasons = smallTable(box, {tr("Rows"), tr("Reason")}, "reasonsTable");
    m_reasons->setColumnWidth(0, 70);
    m_reasons->setMaximumHeight(110);
    m_openRejects = new QPushButton(tr("Open the full list…"), box);
    m_openRejects->setObjectName(QStringLiteral("openDryRunRejects"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_rejectsTitle, 1);
    top->addWidget(m_openRejects);
    m_noRejects = new QLabel(box);
    m_noRejects->setObjectName(QStringLiteral("hint"));
    m_noRejects->setAlignment(Qt::AlignCenter);
    m_noRejects->hide();
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(top);
    layout->addWidget(m_rejects, 3);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(m_noRejects, 1);
    connect(m_openRejects, &QPushButton::clicked, this, [this] {
        if (m_outcome && m_outcome->report)
            openLocalFile(QString::fromStdString(m_outcome->report->rejectsPath));
    });
    return box;
}

void ValidationPage::initializePage()
{
    m_modes->button(static_cast<int>(m_session.mode))->setChecked(true);
    m_policies->button(static_cast<int>(m_session.rejects))->setChecked(true);
    m_force->setChecked(m_session.force);
    // The file, its reading options or the mapping may have changed since the last visit.
    startCheck();
}

void ValidationPage::cleanupPage()
{
    cancelCheck();
}

void ValidationPage::startCheck()
{
    if (m_job)
        m_jobs.cancel(m_job); // its answer is ignored below
    clearOutcome();
    m_status->setText(tr("Checking the file against %1…").arg(LoadTexts::entity(m_session.entity)));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_again->hide();
    m_job = m_jobs.startImport(m_session.request(true));
    updateGate();
}

void ValidationPage::cancelCheck()
{
    if (m_job)
        m_jobs.cancel(m_job);
}

void ValidationPage::onProgress(int job, double fraction, const QString& text)
{
    if (job != m_job)
        return;
    m_progress->setValue(static_cast<int>(std::lround(fraction * 1000)));
    if (!text.isEmpty())
        m_status->setText(text);
}

void ValidationPage::onFinished(int job, ImportOutcomePtr outcome)
{
    if (job != m_job)
        return;
    m_job = 0;
    m_outcome = std::move(outcome);
    m_session.dryRun = m_outcome;
    m_progress->hide();
    m_cancel->hide();
    m_again->show();
    showOutcome();
    updateGate();
    emit checked(m_outcome->ok());
}

void ValidationPage::clearOutcome()
{
    m_outcome.reset();
    for (CountTile* t : m_tiles)
        t->setValue(std::nullopt);
    m_previous->hide();
    m_rejects->setRowCount(0);
    m_reasons->setRowCount(0);
    m_rejectsTitle->setText(QString());
    m_openRejects->hide();
    m_noRejects->hide();
    m_rejects->show();
    m_reasons->show();
}

void ValidationPage::showOutcome()
{
    const ImportOutcome& o = *m_outcome;
    if (!o.ok()) {
        m_status->setText(o.cancelled ? tr("The check was cancelled.") : tr("The check failed."));
        m_rejectsTitle->setText(QString());
        return;
    }
    const core::LoadReport& r = *o.report;
    m_status->setText(tr("Checked in %1 — nothing was written.").arg(LoadTexts::duration(r.seconds)));
    using Tone = CountTile::Tone;
    tile(Count::Read)->setValue(r.rowsRead);
    tile(Count::Insert)->setValue(r.rowsInserted, r.rowsInserted ? Tone::Good : Tone::Plain);
    tile(Count::Update)->setValue(r.rowsUpdated);
    tile(Count::Unchanged)->setValue(r.rowsUnchanged);
    tile(Count::Delete)->setValue(r.rowsDeleted, r.rowsDeleted ? Tone::Warning : Tone::Plain);
    tile(Count::Rejected)->setValue(r.rowsRejected, r.rowsRejected ? Tone::Bad : Tone::Plain);

    if (o.previousLoad) {
        m_previousText->setText(tr("This file was loaded into %1 before: load %2 on %3 (inserted %4, updated %5). "
                                   "Loading it again is refused unless you ask for it.")
                                    .arg(LoadTexts::entity(o.previousLoad->entity))
                                    .arg(o.previousLoad->loadId)
                                    .arg(LoadTexts::timestamp(o.previousLoad->startedAt),
                                         LoadTexts::count(o.previousLoad->rowsInserted),
                                         LoadTexts::count(o.previousLoad->rowsUpdated)));
        m_previous->show();
    }

    m_rejects->setRowCount(static_cast<int>(r.sampleRejects.size()));
    for (std::size_t i = 0; i < r.sampleRejects.size(); ++i) {
        const core::Reject& rej = r.sampleRejects[i];
        const int row = static_cast<int>(i);
        m_rejects->setItem(row, 0, cell(QString::number(rej.line), Qt::AlignRight | Qt::AlignVCenter));
        m_rejects->setItem(row, 1, cell(QString::fromStdString(rej.column)));
        m_rejects->setItem(row, 2, cell(QString::fromStdString(rej.value)));
        m_rejects->setItem(row, 3, cell(QString::fromStdString(rej.reason)));
    }
    m_reasons->setRowCount(static_cast<int>(r.rejectReasons.size()));
    int row = 0;
    for (const auto& [reason, n] : r.rejectReasons) {
        m_reasons->setItem(row, 0, cell(LoadTexts::count(n), Qt::AlignRight | Qt::AlignVCenter));
        m_reasons->setItem(row, 1, cell(QString::fromStdString(reason)));
        ++row;
    }
    // Empty tables say less than a sentence.
    m_rejects->setVisible(r.rowsRejected > 0);
    m_reasons->setVisible(r.rowsRejected > 0);
    m_noRejects->setVisible(r.rowsRejected == 0);
    m_noRejects->setText(tr("Every row of the file can be stored: no row is rejected."));
    if (r.rowsRejected == 0)
        m_rejectsTitle->clear();
    else if (r.sampleRejects.size() < static_cast<std::size_t>(r.rowsRejected))
        m_rejectsTitle->setText(tr("%1 rows rejected; the first %2 problems are listed.")
                                    .arg(LoadTexts::count(r.rowsRejected))
                                    .arg(r.sampleRejects.size()));
    else
        m_rejectsTitle->setText(tr("%n rows rejected.", nullptr, static_cast<int>(r.rowsRejected)));
    m_openRejects->setVisible(!r.rejectsPath.empty());
}

void ValidationPage::setMode(core::LoadMode mode)
{
    m_modes->button(static_cast<int>(mode))->setChecked(true);
}

void ValidationPage::setRejectPolicy(core::RejectPolicy policy)
{
    m_policies->button(static_cast<int>(policy))->setChecked(true);
}

QString ValidationPage::statusText() const
{
    return m_status->text();
}

QString ValidationPage::previousLoadText() const
{
    return m_previous->isVisibleTo(this) ? m_previousText->text() : QString();
}

QString ValidationPage::blockingText() const
{
    return m_gate->text();
}

void ValidationPage::updateGate()
{
    QString why;
    if (m_job) {
        why = QString();
    } else if (!m_outcome) {
        why = tr("Run the check first.");
    } else if (!m_outcome->ok()) {
        why = m_outcome->cancelled ? tr("The check was cancelled; check again to continue.")
                                   : tr("The file cannot be loaded: %1").arg(m_outcome->error);
    } else {
        const core::LoadReport& r = *m_outcome->report;
        if (m_outcome->previousLoad && !m_session.force)
            why = tr("This file was loaded before; tick “Load this file again anyway” to load it once more.");
        else if (r.rowsRead == r.rowsRejected)
            why = r.rowsRead == 0 ? tr("The file has no rows to load.")
                                  : tr("Every row is rejected; nothing can be loaded.");
        else if (r.rowsRejected > 0 && m_session.rejects == core::RejectPolicy::LoadNothing)
            why = tr("With “Load nothing”, this load would fail: %n rows are rejected. Load the good rows, or fix "
                     "the file and go back.",
                     nullptr, static_cast<int>(r.rowsRejected));
    }
    m_gate->setText(why);
    m_gate->setVisible(!why.isEmpty());
    emit completeChanged();
}

bool ValidationPage::isComplete() const
{
    return m_job == 0 && m_outcome && m_outcome->ok() && m_gate->text().isEmpty();
}

bool ValidationPage::validatePage()
{
    return isComplete();
}

} // namespace kestrel::ui
