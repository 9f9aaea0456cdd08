#pragma once

#include "models/recommend_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// An evaluation's exact numbers as a table: one row per model (hybrid, item CF alone, content
/// alone, popularity with recency, plain popularity) with precision, recall, NDCG and MAP at K,
/// catalogue coverage and the users evaluated. DisplayRole is formatted text; EditRole the raw
/// value, so sorting, copy and export use numbers.
class RecommendEvaluationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Model, Precision, Recall, Ndcg, Map, Coverage, Users, ColumnCount };

    explicit RecommendEvaluationModel(QObject* parent = nullptr);

    void setEvaluation(const RecommendEvaluationView& evaluation);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        RecommendModelKind kind;
        RecommendModelScores scores;
    };
    std::vector<Row> m_rows;
    int m_k = 10;
};

} // namespace kestrel::ui
