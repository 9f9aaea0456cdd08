#pragma once

#include "models/recommend_snapshot.h"

#include <QtWidgets/QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace kestrel::ui {

class CategoryBarChart;
class DataTableView;
class InfoTiles;
class RecommendEvaluationModel;
class SegmentedSwitch;

/// How good the recommendations are, measured offline on a time split (train before a cut date,
/// test on what users bought from then on): tiles (the hybrid's NDCG against plain popularity's,
/// the hybrid's precision, the cut date, the test users), a grouped bar chart of precision@K,
/// recall@K, NDCG@K and MAP@K per model, a chart of catalogue coverage per model and the exact
/// numbers in a table. A switch shows
/// either the evaluation the run stored for this database or the latest evaluation of a
/// transactions file (labelled with the file's name); "Evaluate a transactions file…" asks for one.
class RecommendEvaluationPanel : public QWidget {
    Q_OBJECT
public:
    enum Tile { Lift, Precision, CutDate, TestUsers, TileCount };
    static inline const QString kDatabase = QStringLiteral("database");
    static inline const QString kFile = QStringLiteral("file");

    explicit RecommendEvaluationPanel(QWidget* parent = nullptr);

    /// The run's own evaluation; empty with a note saying why (or no run at all: hasRun false).
    void setDatabaseEvaluation(bool hasRun, const std::optional<RecommendEvaluationView>& evaluation,
                               const QString& note);
    /// A file's evaluation; shown at once (the switch moves to it).
    void setFileEvaluation(RecommendEvaluationPtr evaluation);
    RecommendEvaluationPtr fileEvaluation() const { return m_file; }
    /// Shows the database's or the file's evaluation (kDatabase / kFile).
    void showSource(const QString& key);
    QString currentSource() const;
    /// The evaluation shown, null when none.
    const RecommendEvaluationView* shown() const;

    SegmentedSwitch* sourceSwitch() const { return m_switch; }
    QPushButton* fileButton() const { return m_fileButton; }
    InfoTiles* tiles() const { return m_tiles; }
    CategoryBarChart* metricsChart() const { return m_metrics; }
    CategoryBarChart* coverageChart() const { return m_coverage; }
    /// The shown evaluation's exact numbers, a row per model.
    DataTableView* table() const { return m_table; }
    RecommendEvaluationModel* tableModel() const { return m_tableModel; }
    /// The line under the switch: what was split where, or the file's facts.
    QString descriptionText() const;

signals:
    void fileEvaluationRequested();

private:
    void refresh();
    void showEvaluation(const RecommendEvaluationView& evaluation);
    void showNothing(const QString& message);

    bool m_hasRun = false;
    std::optional<RecommendEvaluationView> m_database;
    QString m_databaseNote;
    RecommendEvaluationPtr m_file;
    SegmentedSwitch* m_switch = nullptr;
    QPushButton* m_fileButton = nullptr;
    QLabel* m_description = nullptr;
    InfoTiles* m_tiles = nullptr;
    CategoryBarChart* m_metrics = nullptr;
    CategoryBarChart* m_coverage = nullptr;
    DataTableView* m_table = nullptr;
    RecommendEvaluationModel* m_tableModel = nullptr;
};

} // namespace kestrel::ui
