#pragma once

#include "models/pricing_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The rows of a price-elasticity run as a table: level, category, product, elasticity, 95%
/// interval, R², observations, price levels and reliability (the flag in words, explained in its
/// tooltip). Unreliable rows are greyed, their reliability cell carries a warning icon. The page's
/// filters (level, category, only reliable) choose which rows the model holds. DisplayRole is
/// formatted text; EditRole the raw value (a typed null where missing) for sorting and export; the
/// interval sorts by its lower end and exports as its text.
class ElasticityTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Level,
        Category,
        Product,
        Elasticity,
        Interval,
        RSquared,
        Observations,
        PriceLevels,
        Reliability,
        ColumnCount
    };
    enum class LevelFilter { All, Categories, Products };
    /// data() on any column: the index of the row in the snapshot's rows (int).
    static constexpr int RowIndexRole = Qt::UserRole + 1;
    /// data() on any column: whether the row is reliable (bool).
    static constexpr int ReliableRole = Qt::UserRole + 2;

    explicit ElasticityTableModel(QObject* parent = nullptr);

    void setRows(PricingSnapshotPtr snapshot);
    void clear();
    void setLevelFilter(LevelFilter level);
    /// Empty = every category.
    void setCategoryFilter(const QString& category);
    void setReliableOnly(bool reliableOnly);
    LevelFilter levelFilter() const { return m_level; }
    QString categoryFilter() const { return m_category; }
    bool reliableOnly() const { return m_reliableOnly; }

    /// The snapshot row shown in table row `row`.
    const PricingRow& row(int row) const;
    /// The table row of a snapshot row, −1 when filtered out.
    int tableRowOf(int snapshotRow) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    QVariant rawValue(const PricingRow& r, int column) const;

    PricingSnapshotPtr m_snapshot;
    std::vector<int> m_shown; ///< indices into m_snapshot->rows
    LevelFilter m_level = LevelFilter::All;
    QString m_category;
    bool m_reliableOnly = false;
};

} // namespace kestrel::ui
