#pragma once

#include "db/connection_params.h"
#include "etl/load_history.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QThreadPool>

#include <vector>

namespace kestrel::ui {

/// ops.loads as a table, newest first (LoadHistory::list, read on a worker thread with its own
/// connection). DisplayRole is formatted text; EditRole the raw value (numbers, date-times) so
/// a sorting proxy orders by value. A failed reload keeps the rows it had.
class LoadsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Status,
        Entity,
        Mode,
        File,
        Read,
        Inserted,
        Updated,
        Deleted,
        Rejected,
        Started,
        Duration,
        Who,
        Error,
        ColumnCount
    };
    /// data(): the status key ("succeeded", "rolled_back" …) for the badge delegate.
    static constexpr int StatusKeyRole = Qt::UserRole + 1;
    /// data(): the load id of the row, on every column.
    static constexpr int LoadIdRole = Qt::UserRole + 2;

    explicit LoadsModel(QObject* parent = nullptr);
    ~LoadsModel() override;

    void setConnection(const core::ConnectionParams& params);
    bool hasConnection() const { return m_hasConnection; }
    /// Reads the history again; a reload asked for while one runs follows it.
    void reload();
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const core::LoadRecord& record(int row) const { return m_records[static_cast<std::size_t>(row)]; }
    /// Row of a load id, -1 when not listed.
    int rowOf(std::int64_t loadId) const;

signals:
    void loaded();
    void failed(const QString& message, const QString& details);

private:
    void start();
    void deliver(int generation, std::shared_ptr<const std::vector<core::LoadRecord>> records, const QString& message,
                 const QString& details);

    core::ConnectionParams m_params;
    bool m_hasConnection = false;
    std::vector<core::LoadRecord> m_records;
    QThreadPool m_pool;
    int m_generation = 0;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace kestrel::ui
