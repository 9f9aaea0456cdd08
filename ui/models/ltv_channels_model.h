#pragma once

#include "models/ltv_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// Channel economics of an LTV run as a table: channel, customers, acquisition spend, CAC,
/// historical LTV over 3/6/12 months, LTV:CAC over 12 months and the payback month. DisplayRole is
/// formatted text; EditRole the raw value (a typed null where the run stored none), so sorting and
/// export use numbers.
class LtvChannelsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Channel, Customers, Spend, Cac, Ltv3, Ltv6, Ltv12, LtvCac, Payback, ColumnCount };
    /// data() on the Channel column: the channel's key ("paid_search").
    static constexpr int ChannelKeyRole = Qt::UserRole + 1;

    explicit LtvChannelsModel(QObject* parent = nullptr);

    void setChannels(std::vector<LtvChannel> channels);
    const LtvChannel& channel(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const LtvChannel& c, int column) const;

    std::vector<LtvChannel> m_rows;
};

} // namespace kestrel::ui
