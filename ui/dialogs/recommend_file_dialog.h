#pragma once

#include "models/model_jobs.h"
#include "models/recommend_snapshot.h"
#include "pages/recommend_run_bar.h"

#include <QtCore/QStringList>
#include <QtWidgets/QDialog>

#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace kestrel::ui {

class FilePreviewLoader;

/// "Evaluate a transactions file": pick a CSV (or gzip-compressed CSV) of purchase lines, say which
/// columns hold the user, the product and the time (and optionally quantity, unit price and
/// category; the combos are pre-filled from the header's names), optionally a cut date, and the
/// recommender's time-split evaluation (core::evaluateTransactionsCsv, the same as `kestrel
/// recommend evaluate`) runs as a job — progress and Cancel here and in the status area, never on
/// the GUI thread. Success emits evaluated() and closes; a bad file, a bad value or no purchases
/// after the cut is shown in the dialog with the core's words, and the dialog stays to fix it.
class RecommendFileDialog : public QDialog {
    Q_OBJECT
public:
    enum Field { User, Item, Time, Quantity, Price, Category, FieldCount };

    RecommendFileDialog(ModelJobs& jobs, RecommendRunSettings settings, QWidget* parent = nullptr);
    ~RecommendFileDialog() override;

    /// Reads the file's header (off the GUI thread) and fills the combos.
    void setFile(const QString& path);
    QString file() const;
    /// The column picked for a field; empty for none.
    QString column(Field field) const;
    void setColumn(Field field, const QString& column);
    /// The cut date (YYYY-MM-DD) or empty for the default (the last 30 days are the test).
    void setCutDate(const QString& isoDate);
    QString cutDate() const;
    /// Starts the evaluation; false (with the reason shown) when the form is not complete.
    bool evaluate();
    void cancelEvaluation();
    /// Closes the dialog; a running evaluation is cancelled (nobody would see its result).
    void reject() override;

    bool isRunning() const { return m_job != 0; }
    int job() const { return m_job; }
    QStringList columns() const { return m_columns; }
    QString errorText() const;
    bool isErrorVisible() const;
    QComboBox* combo(Field field) const { return m_combos[static_cast<std::size_t>(field)]; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* evaluateButton() const { return m_evaluate; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QTableWidget* previewTable() const { return m_preview; }

    /// The column a field most likely is, by its name (CustomerID → user, StockCode → item,
    /// InvoiceDate → time …), among columns not yet taken; −1 when none fits.
    static int guessColumn(Field field, const QStringList& columns, const std::vector<bool>& taken);

signals:
    /// The header was read (or failed: columns() is empty and the error is shown).
    void columnsLoaded();
    /// The evaluation succeeded; the dialog closes.
    void evaluated(kestrel::ui::RecommendEvaluationPtr evaluation);
    /// The evaluation failed or was cancelled (the reason is shown).
    void evaluationFailed(const QString& message);

private:
    void browse();
    void onJobFinished(int job, const ModelOutcomePtr& outcome);
    void showError(const QString& text, const QString& details = {});
    void setRunning(bool running);
    void updateButtons();

    ModelJobs& m_jobs;
    RecommendRunSettings m_settings;
    FilePreviewLoader* m_loader = nullptr;
    QStringList m_columns;
    QString m_loadedPath;
    int m_job = 0;
    std::shared_ptr<QJsonObject> m_result;

    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QTableWidget* m_preview = nullptr;
    std::array<QComboBox*, FieldCount> m_combos{};
    QCheckBox* m_cutCheck = nullptr;
    QDateEdit* m_cut = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_stage = nullptr;
    QPushButton* m_evaluate = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace kestrel::ui
