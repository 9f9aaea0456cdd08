#pragma once

#include "models/load_jobs.h"

#include <QtWidgets/QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

class DataTableView;
class FilterPresetBar;
class LoadsModel;

/// The Loads module: the import history, newest first, in a DataTableView (filter, sort, column
/// chooser, copy, export, presets), with Import…, Roll back (confirmed, run as a job), the rejects
/// file of a load, and Refresh. When the database is away the table keeps its last rows; the main
/// window's banner says why.
class LoadsPage : public QWidget {
    Q_OBJECT
public:
    /// Asks the user; returns true to go ahead. Tests inject one that answers by itself.
    using ConfirmFn = std::function<bool(const QString& title, const QString& text, const QString& acceptText)>;

    explicit LoadsPage(LoadJobs& jobs, QWidget* parent = nullptr);
    ~LoadsPage() override;

    void setConnection(const core::ConnectionParams& params);
    void reload();
    void setConfirm(ConfirmFn confirm);

    LoadsModel* model() const { return m_model; }
    DataTableView* table() const { return m_table; }
    QTableView* tableView() const;
    FilterPresetBar* presetBar() const { return m_presets; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* rollbackButton() const { return m_rollback; }
    QPushButton* rejectsButton() const { return m_rejects; }
    QPushButton* refreshButton() const { return m_refresh; }
    QString statusText() const;

    /// Selects the row of a load; false when it is not listed.
    bool selectLoad(std::int64_t loadId);
    std::optional<core::LoadRecord> selectedLoad() const;
    /// Asks for confirmation, then starts the rollback of the selected load; returns the job id
    /// (0 when nothing was started).
    int rollBackSelected();
    void openSelectedRejects();
    /// What the confirmation says: the rows the rollback restores, removes and puts back.
    static QString rollbackQuestion(const core::LoadRecord& load);

signals:
    void importRequested();
    /// The table shows a fresh read of the history.
    void loaded();

private:
    void onLoaded();
    void onFailed(const QString& message, const QString& details);
    void updateButtons();

    LoadJobs& m_jobs;
    LoadsModel* m_model = nullptr;
    DataTableView* m_table = nullptr;
    FilterPresetBar* m_presets = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_rollback = nullptr;
    QPushButton* m_rejects = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    ConfirmFn m_confirm;
    std::int64_t m_selectedId = 0; // kept across reloads
    int m_rollbackJob = 0;
};

} // namespace kestrel::ui
