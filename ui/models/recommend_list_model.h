#pragma once

#include "models/recommend_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// One user's recommendations as a table: rank, product id, name, category, the reason in words
/// ("Bought together with …"), the part of the hybrid and the score. DisplayRole is formatted text;
/// EditRole the raw value.
class RecommendListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, ProductId, Product, Category, Reason, Source, Score, ColumnCount };

    explicit RecommendListModel(QObject* parent = nullptr);

    void setItems(std::vector<RecommendListItem> items);
    void clear();
    const RecommendListItem& item(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const RecommendListItem& item, int column) const;

    std::vector<RecommendListItem> m_rows;
};

} // namespace kestrel::ui
