#pragma once

#include "models/segments_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The segments of one run as a table: id, users, share of users, revenue share, profile.
/// DisplayRole is formatted text; EditRole the raw value, so sorting and export use numbers.
class SegmentsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Segment, Users, UserShare, RevenueShare, Profile, ColumnCount };
    /// data(): the segment id of the row, on every column.
    static constexpr int SegmentIdRole = Qt::UserRole + 1;

    explicit SegmentsTableModel(QObject* parent = nullptr);

    void setSegments(std::vector<SegmentRow> segments);
    void clear();
    const SegmentRow& segment(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// "Segment 2", or "Noise" for −1.
    static QString segmentName(int segmentId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SegmentRow> m_rows;
    std::int64_t m_total = 0;
};

} // namespace kestrel::ui
