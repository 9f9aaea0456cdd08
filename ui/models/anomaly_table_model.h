#pragma once

#include "models/anomaly_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// Anomalies as a table: day, metric, value, baseline, deviation, score, direction, severity,
/// status, reviewer, review time and note. DisplayRole is formatted text; EditRole the raw value (a
/// typed null where there is none), so sorting and export use numbers and dates. Read-only: reviews
/// go through AnomalyService.
class AnomalyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Day,
        Metric,
        Value,
        Baseline,
        Deviation,
        Score,
        Direction,
        Severity,
        Status,
        Reviewer,
        ReviewedAt,
        Note,
        ColumnCount
    };
    /// data() on any column: the anomaly id (qlonglong).
    static constexpr int AnomalyIdRole = Qt::UserRole + 1;
    /// data() on any column: the status key (new, accepted, dismissed), for the badge delegate.
    static constexpr int StatusKeyRole = Qt::UserRole + 2;
    /// data() on any column: the severity key (low, medium, high).
    static constexpr int SeverityKeyRole = Qt::UserRole + 3;

    explicit AnomalyTableModel(QObject* parent = nullptr);

    void setRows(std::vector<AnomalyRow> rows);
    const AnomalyRow& row(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The model row of an anomaly id, -1 when it is not listed.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant rawValue(const AnomalyRow& r, int column) const;

    std::vector<AnomalyRow> m_rows;
};

} // namespace kestrel::ui
