#pragma once

#include "models/recommend_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The most recommended products of a run as a table: place, product id, name, category, users it
/// was recommended to (and their share of all users with a list), mean rank on those lists.
/// DisplayRole is formatted text; EditRole the raw value, so sorting and export use numbers.
class RecommendProductsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Place, ProductId, Product, Category, Users, Share, MeanRank, ColumnCount };

    explicit RecommendProductsModel(QObject* parent = nullptr);

    /// users: all users with a list in the run (for the share).
    void setProducts(std::vector<RecommendProductStat> products, std::int64_t users);
    void clear();
    const RecommendProductStat& product(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const RecommendProductStat& p, int row, int column) const;

    std::vector<RecommendProductStat> m_rows;
    std::int64_t m_users = 0;
};

} // namespace kestrel::ui
