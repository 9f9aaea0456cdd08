#pragma once

#include "models/ltv_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The customers with the highest predicted CLV as a table: rank, user id, name, e-mail,
/// acquisition channel, CLV, P(alive), expected purchases in 90 and 365 days, expected order value,
/// historical 12-month LTV and the first purchase. DisplayRole is formatted text; EditRole the raw
/// value (a typed null where the value is missing), so sorting and export use numbers.
class LtvCustomersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rank,
        UserId,
        Name,
        Email,
        Channel,
        Clv,
        PAlive,
        Expected90,
        Expected365,
        ExpectedAov,
        Ltv12,
        FirstPurchase,
        ColumnCount
    };
    /// data() on any column: the row's user id (qlonglong).
    static constexpr int UserIdRole = Qt::UserRole + 1;

    explicit LtvCustomersModel(QObject* parent = nullptr);

    void setCustomers(std::vector<LtvCustomer> customers, int clvMonths);
    void clear();
    const LtvCustomer& customer(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const LtvCustomer& c, int row, int column) const;

    std::vector<LtvCustomer> m_rows;
    int m_clvMonths = 12;
};

} // namespace kestrel::ui
