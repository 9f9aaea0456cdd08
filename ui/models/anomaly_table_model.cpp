#include "models/anomaly_table_model.h"

#include "exports/export_types.h"
#include "models/anomaly_texts.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>

#include <cmath>

namespace kestrel::ui {
namespace {

bool isNumeric(int column)
{
    return column == AnomalyTableModel::Value || column == AnomalyTableModel::Baseline ||
           column == AnomalyTableModel::Deviation || column == AnomalyTableModel::Score;
}

} // namespace

AnomalyTableModel::AnomalyTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void AnomalyTableModel::setRows(std::vector<AnomalyRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AnomalyTableModel::rowOf(std::int64_t id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int AnomalyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AnomalyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnomalyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"day",       "metric",      "value",       "baseline",
                                                      "deviation", "score",       "direction",   "severity",
                                                      "status",    "reviewed_by", "reviewed_at", "note"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == DataTableView::ColumnKindRole) {
        if (section == Day)
            return static_cast<int>(core::ColumnKind::Date);
        if (section == ReviewedAt)
            return static_cast<int>(core::ColumnKind::Timestamp);
        return static_cast<int>(isNumeric(section) ? core::ColumnKind::Decimal : core::ColumnKind::Text);
    }
    if (role == DataTableView::ColumnDecimalsRole)
        return section == Score ? 2 : 4;
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Baseline:
            return tr("What the day was expected to be: the median of the same weekday in the weeks before it");
        case Deviation:
            return tr("How far the day was from its baseline, in percent of the baseline");
        case Score:
            return tr("How unusual the day was: its distance from the baseline in units of the usual spread of "
                      "that weekday (a robust z-score); from the run's threshold on, a day is an anomaly");
        case Severity:
            return tr("Low below a score of 5, medium below 8, high from 8 on");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Day:
        return tr("Day");
    case Metric:
        return tr("Metric");
    case Value:
        return tr("Value");
    case Baseline:
        return tr("Baseline");
    case Deviation:
        return tr("Deviation");
    case Score:
        return tr("Score");
    case Direction:
        return tr("Direction");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Reviewer:
        return tr("Reviewer");
    case ReviewedAt:
        return tr("Reviewed");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

QVariant AnomalyTableModel::rawValue(const AnomalyRow& r, int column) const
{
    switch (column) {
    case Day:
        return r.day;
    case Metric:
        return AnomalyTexts::metric(r.metric, r.eventType);
    case Value:
        return r.value;
    case Baseline:
        return r.baseline;
    case Deviation: {
        const double d = r.deviation();
        return std::isfinite(d) ? QVariant(d) : QVariant(QMetaType::fromType<double>());
    }
    case Score:
        return r.score;
    case Direction:
        return AnomalyTexts::direction(r.direction);
    case Severity:
        return AnomalyTexts::severity(r.severity);
    case Status:
        return AnomalyTexts::status(r.status);
    case Reviewer:
        return r.reviewedBy;
    case ReviewedAt:
        return r.reviewedAt.isValid() ? QVariant(r.reviewedAt) : QVariant(QMetaType::fromType<QDateTime>());
    case Note:
        return r.note;
    default:
        return {};
    }
}

QVariant AnomalyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const AnomalyRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case AnomalyIdRole:
        return static_cast<qlonglong>(r.id);
    case StatusKeyRole:
        return r.status;
    case SeverityKeyRole:
        return r.severity;
    case Qt::EditRole:
        return rawValue(r, index.column());
    case Qt::TextAlignmentRole:
        return QVariant((isNumeric(index.column()) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Note && !r.note.isEmpty())
            return r.note;
        if (index.column() == Score)
            return tr("Expected range %1 – %2 (run %3)")
                .arg(AnomalyTexts::value(r.metric, r.lowerBound), AnomalyTexts::value(r.metric, r.upperBound))
                .arg(r.runId);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Day:
        return QLocale().toString(r.day, QLocale::ShortFormat);
    case Value:
        return AnomalyTexts::value(r.metric, r.value);
    case Baseline:
        return AnomalyTexts::value(r.metric, r.baseline);
    case Deviation:
        return AnomalyTexts::deviation(r.deviation());
    case Score:
        return QLocale().toString(r.score, 'f', 2);
    case ReviewedAt:
        return r.reviewedAt.isValid() ? QLocale().toString(r.reviewedAt.toLocalTime(), QLocale::ShortFormat)
                                      : QString();
    default:
        return rawValue(r, index.column());
    }
}

} // namespace kestrel::ui
