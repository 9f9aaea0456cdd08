#include "import/load_notifier.h"

#include "import/load_texts.h"
#include "widgets/file_opener.h"
#include "widgets/toast_overlay.h"

#include <QtCore/QFileInfo>

namespace kestrel::ui {

LoadNotifier::LoadNotifier(LoadJobs& jobs, QWidget* host) : QObject(host), m_jobs(jobs), m_host(host)
{
    connect(&m_jobs, &LoadJobs::importFinished, this, &LoadNotifier::onImportFinished);
    connect(&m_jobs, &LoadJobs::rollbackFinished, this, &LoadNotifier::onRollbackFinished);
}

QString LoadNotifier::importText(const ImportOutcome& o)
{
    const QString file = QFileInfo(QString::fromStdString(o.request.path)).fileName();
    const QString entity = LoadTexts::entity(o.request.entity);
    if (o.cancelled)
        return tr("The import of %1 was cancelled; nothing was stored.").arg(file);
    if (!o.ok())
        return tr("The import of %1 into %2 failed: %3").arg(file, entity, o.error);
    const core::LoadReport& r = *o.report;
    QString text = tr("%1 loaded into %2: %3 inserted, %4 updated.")
                       .arg(file, entity, LoadTexts::count(r.rowsInserted), LoadTexts::count(r.rowsUpdated));
    if (r.rowsDeleted > 0)
        text += QLatin1Char(' ') + tr("%1 deleted.").arg(LoadTexts::count(r.rowsDeleted));
    if (r.rowsRejected > 0)
        text += QLatin1Char(' ') + tr("%n rows rejected.", nullptr, static_cast<int>(r.rowsRejected));
    return text;
}

QString LoadNotifier::rollbackText(const RollbackOutcome& o)
{
    if (o.cancelled)
        return tr("The rollback of load %1 was cancelled; nothing changed.").arg(o.loadId);
    if (!o.ok())
        return tr("Load %1 could not be rolled back: %2").arg(o.loadId).arg(o.error);
    const core::RollbackReport& r = *o.report;
    QString text = tr("Load %1 (%2) rolled back: %3 rows restored, %4 removed.")
                       .arg(r.loadId)
                       .arg(o.label, LoadTexts::count(r.rowsRestored), LoadTexts::count(r.rowsDeleted));
    if (r.rowsReinserted > 0)
        text += QLatin1Char(' ') + tr("%1 put back.").arg(LoadTexts::count(r.rowsReinserted));
    return text;
}

void LoadNotifier::onImportFinished(int, const ImportOutcomePtr& outcome)
{
    if (outcome->request.dryRun || !m_host)
        return;
    QList<Toast::Action> actions;
    Toast::Kind kind = Toast::Kind::Success;
    if (outcome->ok()) {
        const std::string rejects = outcome->report->rejectsPath;
        if (outcome->report->rowsRejected > 0 && !rejects.empty())
            actions.append({tr("Open rejects"), [path = QString::fromStdString(rejects)] { openLocalFile(path); }});
    } else {
        kind = outcome->cancelled ? Toast::Kind::Info : Toast::Kind::Error;
        // The same request again; the outcome keeps it, so the wizard need not be open.
        actions.append({tr("Retry"), [jobs = &m_jobs, request = outcome->request] { jobs->startImport(request); }});
    }
    Toast* toast = ToastOverlay::of(m_host)->show(kind, importText(*outcome), actions);
    if (!outcome->ok() && !outcome->cancelled)
        toast->setDetails(outcome->details);
}

void LoadNotifier::onRollbackFinished(int, const RollbackOutcomePtr& outcome)
{
    if (!m_host)
        return;
    QList<Toast::Action> actions;
    Toast::Kind kind = Toast::Kind::Success;
    if (!outcome->ok()) {
        kind = outcome->cancelled ? Toast::Kind::Info : Toast::Kind::Error;
        actions.append({tr("Retry"), [jobs = &m_jobs, id = outcome->loadId, label = outcome->label] {
                            jobs->startRollback(id, label);
                        }});
    }
    Toast* toast = ToastOverlay::of(m_host)->show(kind, rollbackText(*outcome), actions);
    if (!outcome->ok() && !outcome->cancelled)
        toast->setDetails(outcome->details);
}

} // namespace kestrel::ui
