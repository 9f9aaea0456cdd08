#pragma once

#include "models/user_card_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The products a user bought (paid, shipped and delivered orders): product, category, units,
/// orders, spend and when last bought; the largest spend first.
class CardProductsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Product, Category, Quantity, Orders, Spend, LastBought, ColumnCount };

    explicit CardProductsModel(QObject* parent = nullptr);

    void setProducts(std::vector<CardProduct> products);
    const CardProduct& product(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<CardProduct> m_rows;
};

} // namespace kestrel::ui
