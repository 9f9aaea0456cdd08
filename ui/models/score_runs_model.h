#pragma once

#include "models/scores_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The runs of one scoring model as a table: run id, started, as-of, mode, window, ROC-AUC,
/// PR-AUC, users scored, status. DisplayRole is formatted text; EditRole the raw value.
class ScoreRunsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Run, Started, AsOf, Mode, Window, RocAuc, PrAuc, Users, Status, ColumnCount };
    /// data(): the run id of the row, on every column.
    static constexpr int RunIdRole = Qt::UserRole + 1;
    /// data() on the Status column: the stored status ("succeeded" …), the badge's colour key.
    static constexpr int StatusKeyRole = Qt::UserRole + 2;

    explicit ScoreRunsModel(QObject* parent = nullptr);

    void setRuns(std::vector<ScoreRunInfo> runs);
    void clear();
    const ScoreRunInfo& run(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// The row of a run, −1 when it is not listed.
    int rowOf(std::int64_t runId) const;
    /// The run drawn in bold (the one the page shows); 0 = none.
    void setShownRun(std::int64_t runId);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ScoreRunInfo> m_rows;
    std::int64_t m_shown = 0;
};

} // namespace kestrel::ui
