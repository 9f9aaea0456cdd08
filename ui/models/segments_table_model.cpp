#include "models/segments_table_model.h"

#include "charts/chart_palette.h"
#include "exports/export_types.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtGui/QColor>

namespace kestrel::ui {

SegmentsTableModel::SegmentsTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void SegmentsTableModel::setSegments(std::vector<SegmentRow> segments)
{
    beginResetModel();
    m_rows = std::move(segments);
    m_total = 0;
    for (const SegmentRow& s : m_rows)
        m_total += s.size;
    endResetModel();
}

void SegmentsTableModel::clear()
{
    setSegments({});
}

QString SegmentsTableModel::segmentName(int segmentId)
{
    return segmentId < 0 ? tr("Noise") : tr("Segment %1").arg(segmentId);
}

int SegmentsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SegmentsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"segment_id", "size", "user_share", "revenue_share", "profile"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Segment:
        case Users:
            return static_cast<int>(core::ColumnKind::Integer);
        case UserShare:
        case RevenueShare:
            return static_cast<int>(core::ColumnKind::Decimal);
        default:
            return static_cast<int>(core::ColumnKind::Text);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole && (section == UserShare || section == RevenueShare))
        return 4;
    if (role == Qt::TextAlignmentRole) {
        const bool number = section == Users || section == UserShare || section == RevenueShare;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Segment:
        return tr("Segment");
    case Users:
        return tr("Users");
    case UserShare:
        return tr("Share of users");
    case RevenueShare:
        return tr("Share of revenue");
    case Profile:
        return tr("Profile");
    default:
        return {};
    }
}

QVariant SegmentsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const SegmentRow& s = m_rows[static_cast<std::size_t>(index.row())];
    const double share = m_total > 0 ? static_cast<double>(s.size) / static_cast<double>(m_total) : 0.0;
    if (role == SegmentIdRole)
        return s.segmentId;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Segment:
            return s.segmentId;
        case Users:
            return static_cast<qlonglong>(s.size);
        case UserShare:
            return share;
        case RevenueShare:
            return s.revenueShare;
        case Profile:
            return s.profile;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Segment:
            return segmentName(s.segmentId);
        case Users:
            return format::count(static_cast<double>(s.size));
        case UserShare:
            return format::percent(share, 1);
        case RevenueShare:
            return format::percent(s.revenueShare, 1);
        case Profile:
            return s.profile;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Segment)
        return s.segmentId < 0 ? chartMutedColor() : chartColor(s.segmentId);
    if (role == Qt::TextAlignmentRole)
        return QVariant((index.column() == Segment || index.column() == Profile ? Qt::AlignLeft : Qt::AlignRight) |
                        Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Profile)
        return s.profile;
    return {};
}

} // namespace kestrel::ui
