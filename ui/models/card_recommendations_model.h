#pragma once

#include "models/user_card_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// Recommended products with the reason for each as a sentence ("Bought together with X",
/// "Popular in C", "Popular now"), best first.
class CardRecommendationsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Product, Category, Source, Reason, ColumnCount };

    explicit CardRecommendationsModel(QObject* parent = nullptr);

    void setRecommendations(std::vector<CardRecommendation> items);
    const CardRecommendation& recommendation(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The reason of row `row` in words.
    QString reasonText(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CardRecommendation> m_rows;
};

} // namespace kestrel::ui
