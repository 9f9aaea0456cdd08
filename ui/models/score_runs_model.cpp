#include "models/score_runs_model.h"

#include "exports/export_types.h"
#include "import/load_texts.h"
#include "models/score_texts.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtGui/QFont>

namespace kestrel::ui {
namespace {

QVariant optionalValue(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QString metricText(const std::optional<double>& v)
{
    return v ? QLocale().toString(*v, 'f', 3) : QStringLiteral("—");
}

} // namespace

ScoreRunsModel::ScoreRunsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ScoreRunsModel::setRuns(std::vector<ScoreRunInfo> runs)
{
    beginResetModel();
    m_rows = std::move(runs);
    endResetModel();
}

void ScoreRunsModel::clear()
{
    setRuns({});
}

int ScoreRunsModel::rowOf(std::int64_t runId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].runId == runId)
            return static_cast<int>(i);
    }
    return -1;
}

void ScoreRunsModel::setShownRun(std::int64_t runId)
{
    if (runId == m_shown)
        return;
    m_shown = runId;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole});
}

int ScoreRunsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ScoreRunsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScoreRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"run_id",  "started_at", "as_of",        "mode",  "window_days",
                                                      "roc_auc", "pr_auc",     "scored_users", "status"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Run:
        case Window:
        case Users:
            return static_cast<int>(core::ColumnKind::Integer);
        case RocAuc:
        case PrAuc:
            return static_cast<int>(core::ColumnKind::Decimal);
        case Started:
            return static_cast<int>(core::ColumnKind::Timestamp);
        default:
            return static_cast<int>(core::ColumnKind::Text);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole && (section == RocAuc || section == PrAuc))
        return 4;
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Run || section == RocAuc || section == PrAuc || section == Users;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case AsOf:
            return tr("The moment scored: the data before it was used");
        case Window:
            return tr("The purchase horizon, or the churn window (no purchase and no session within it)");
        case RocAuc:
            return tr("ROC-AUC on the held-out validation window: 0.5 is chance, 1 is perfect");
        case PrAuc:
            return tr("PR-AUC (average precision) on the held-out validation window");
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Run:
        return tr("Run");
    case Started:
        return tr("Started");
    case AsOf:
        return tr("As of");
    case Mode:
        return tr("Mode");
    case Window:
        return tr("Window");
    case RocAuc:
        return tr("ROC-AUC");
    case PrAuc:
        return tr("PR-AUC");
    case Users:
        return tr("Users");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

QVariant ScoreRunsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ScoreRunInfo& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == RunIdRole)
        return static_cast<qlonglong>(r.runId);
    if (role == StatusKeyRole)
        return r.status;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Run:
            return static_cast<qlonglong>(r.runId);
        case Started:
            return r.startedAt;
        case AsOf:
            return r.asOf;
        case Mode:
            return r.mode;
        case Window:
            return r.windowDays;
        case RocAuc:
            return optionalValue(r.rocAuc);
        case PrAuc:
            return optionalValue(r.prAuc);
        case Users:
            return static_cast<qlonglong>(r.scoredUsers);
        case Status:
            return r.status;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Run:
            return QString::number(r.runId);
        case Started:
            return QLocale().toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
        case AsOf:
            return r.asOf.isEmpty() ? QString() : format::instant(r.asOf);
        case Mode:
            return ScoreTexts::modeName(r.mode);
        case Window:
            return r.windowDays > 0 ? ScoreTexts::days(r.windowDays) : QString();
        case RocAuc:
            return metricText(r.rocAuc);
        case PrAuc:
            return metricText(r.prAuc);
        case Users:
            return r.status == QLatin1String("succeeded") ? format::count(static_cast<double>(r.scoredUsers))
                                                          : QStringLiteral("—");
        case Status:
            return LoadTexts::status(r.status.toStdString());
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && r.runId == m_shown && m_shown != 0) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        const bool number = c == Run || c == RocAuc || c == PrAuc || c == Users;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && !r.error.isEmpty())
        return r.error;
    return {};
}

} // namespace kestrel::ui
