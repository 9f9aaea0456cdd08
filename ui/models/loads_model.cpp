#include "models/loads_model.h"

#include "common/error.h"
#include "common/logging.h"
#include "db/database.h"
#include "import/load_texts.h"
#include "widgets/data_table_view.h"

#include <QtCore/QDateTime>
#include <QtGui/QColor>
#include <spdlog/spdlog.h>

namespace kestrel::ui {

LoadsModel::LoadsModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_pool.setMaxThreadCount(1);
}

LoadsModel::~LoadsModel()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

void LoadsModel::setConnection(const core::ConnectionParams& params)
{
    m_params = params;
    m_hasConnection = true;
    reload();
}

void LoadsModel::reload()
{
    if (!m_hasConnection)
        return;
    if (m_loading) {
        m_again = true;
        return;
    }
    start();
}

void LoadsModel::start()
{
    m_loading = true;
    m_again = false;
    const int generation = ++m_generation;
    const core::ConnectionParams params = m_params;
    m_pool.start([this, params, generation] {
        std::shared_ptr<std::vector<core::LoadRecord>> records;
        QString message, details;
        try {
            // Fail fast when the server is away: the main window's banner says so, and the next
            // reload (on reconnect) tries again.
            core::RetryPolicy policy;
            policy.attempts = 2;
            core::Database db(params, policy);
            records = std::make_shared<std::vector<core::LoadRecord>>(core::LoadHistory::list(db));
        } catch (const core::Error& e) {
            message = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
            details = QString::fromStdString(e.where());
        } catch (const std::exception& e) {
            message = QString::fromStdString(e.what()).section(QLatin1Char('\n'), 0, 0);
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, records = std::shared_ptr<const std::vector<core::LoadRecord>>(records), message,
             details] { deliver(generation, records, message, details); },
            Qt::QueuedConnection);
    });
}

void LoadsModel::deliver(int generation, std::shared_ptr<const std::vector<core::LoadRecord>> records,
                         const QString& message, const QString& details)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    if (records) {
        beginResetModel();
        m_records = *records;
        endResetModel();
        emit loaded();
    } else {
        core::logging::get("ui")->warn("load history not read: {}", message.toStdString());
        emit failed(message, details);
    }
    if (m_again)
        start();
}

int LoadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_records.size());
}

int LoadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LoadsModel::rowOf(std::int64_t loadId) const
{
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        if (m_records[i].loadId == loadId)
            return static_cast<int>(i);
    }
    return -1;
}

QVariant LoadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        // Stable keys (presets keep them across languages), as in ops.loads where they exist.
        static const char* const keys[ColumnCount] = {
            "load_id",      "status",        "entity",     "mode",       "file_name",  "rows_read", "rows_inserted",
            "rows_updated", "rows_deleted", "rows_rejected", "started_at", "duration_s", "created_by", "error"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Id:
        case Read:
        case Inserted:
        case Updated:
        case Deleted:
        case Rejected:
            return static_cast<int>(core::ColumnKind::Integer);
        case Started:
            return static_cast<int>(core::ColumnKind::Timestamp);
        case Duration:
            return static_cast<int>(core::ColumnKind::Decimal);
        default:
            return static_cast<int>(core::ColumnKind::Text);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole && section == Duration)
        return 1;
    if (role == Qt::TextAlignmentRole) { // numbers' headers over their right-aligned values
        const bool number = section == Id || (section >= Read && section <= Rejected) || section == Duration;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Load");
    case Status:
        return tr("Status");
    case Entity:
        return tr("Table");
    case Mode:
        return tr("Mode");
    case File:
        return tr("File");
    case Read:
        return tr("Read");
    case Inserted:
        return tr("Inserted");
    case Updated:
        return tr("Updated");
    case Deleted:
        return tr("Removed");
    case Rejected:
        return tr("Rejected");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Who:
        return tr("By");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

QVariant LoadsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::LoadRecord& r = m_records[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == LoadIdRole)
        return static_cast<qlonglong>(r.loadId);
    if (role == StatusKeyRole)
        return QString::fromStdString(r.status);
    const bool running = r.status == "running";
    const auto count = [&](std::int64_t n) -> QVariant {
        if (role == Qt::EditRole)
            return static_cast<qlonglong>(n);
        return LoadTexts::count(n);
    };

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Id:
            return static_cast<qlonglong>(r.loadId);
        case Status:
            return LoadTexts::status(r.status);
        case Entity:
            return LoadTexts::entity(r.entity);
        case Mode:
            if (r.rollbackOf && role == Qt::DisplayRole)
                return tr("Rollback of %1").arg(r.rollbackOf);
            return LoadTexts::mode(r.mode);
        case File:
            return QString::fromStdString(r.fileName);
        case Read:
            return count(r.rowsRead);
        case Inserted:
            return count(r.rowsInserted);
        case Updated:
            return count(r.rowsUpdated);
        case Deleted:
            return count(r.rowsDeleted);
        case Rejected:
            return count(r.rowsRejected);
        case Started: {
            const QDateTime t = QDateTime::fromString(QString::fromStdString(r.startedAt), Qt::ISODate);
            if (role == Qt::EditRole)
                return t;
            return LoadTexts::timestamp(r.startedAt);
        }
        case Duration:
            if (role == Qt::EditRole)
                return r.durationSeconds;
            return running ? tr("%1 so far").arg(LoadTexts::duration(r.durationSeconds))
                           : LoadTexts::duration(r.durationSeconds);
        case Who:
            return QString::fromStdString(r.who);
        case Error:
            return QString::fromStdString(r.error);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole) {
        if (column == Id || (column >= Read && column <= Rejected) || column == Duration)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole) {
        if (column == Rejected && r.rowsRejected > 0)
            return QColor(0xb9, 0x1c, 0x1c);
        if (column == Error) // a cancelled load's note is not an error
            return r.status == "failed" ? QColor(0x99, 0x1b, 0x1b) : QColor(0x64, 0x74, 0x8b);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Status:
            if (r.rolledBackBy)
                return tr("Undone by load %1").arg(r.rolledBackBy);
            return {};
        case File:
            return QString::fromStdString(r.fileName);
        case Error:
            return r.error.empty() ? QVariant() : QString::fromStdString(r.error);
        case Started:
            return QString::fromStdString(r.startedAt);
        case Rejected:
            return r.errorLogPath.empty() ? QVariant()
                                          : tr("Rejects file: %1").arg(QString::fromStdString(r.errorLogPath));
        default:
            return {};
        }
    }
    return {};
}

} // namespace kestrel::ui
