#include "models/recommend_list_model.h"

#include "exports/export_types.h"
#include "models/recommend_texts.h"
#include "widgets/data_table_view.h"

#include <QtCore/QLocale>

namespace kestrel::ui {
namespace {

bool isNumeric(int column)
{
    return column == RecommendListModel::Rank || column == RecommendListModel::ProductId ||
           column == RecommendListModel::Score;
}

} // namespace

RecommendListModel::RecommendListModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RecommendListModel::setItems(std::vector<RecommendListItem> items)
{
    beginResetModel();
    m_rows = std::move(items);
    endResetModel();
}

void RecommendListModel::clear()
{
    setItems({});
}

int RecommendListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecommendListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"rank",   "product_id", "product", "category",
                                                      "reason", "source",     "score"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Rank:
        case ProductId:
            return static_cast<int>(core::ColumnKind::Integer);
        case Score:
            return static_cast<int>(core::ColumnKind::Decimal);
        default:
            return static_cast<int>(core::ColumnKind::Text);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole)
        return 4;
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Source:
            return tr("The part of the hybrid that put the product on the list");
        case Score:
            return tr("The blended score the list is ordered by (0 to 1)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case ProductId:
        return tr("Product ID");
    case Product:
        return tr("Product");
    case Category:
        return tr("Category");
    case Reason:
        return tr("Why");
    case Source:
        return tr("Part");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}

QVariant RecommendListModel::rawValue(const RecommendListItem& item, int column) const
{
    switch (column) {
    case Rank:
        return item.rank;
    case ProductId:
        return static_cast<qlonglong>(item.productId);
    case Product:
        return RecommendTexts::productLabel(item.productId, item.productName);
    case Category:
        return item.category;
    case Reason:
        return RecommendTexts::reasonSentence(item);
    case Source:
        return RecommendTexts::sourceName(item.source);
    case Score:
        return item.score;
    default:
        return {};
    }
}

QVariant RecommendListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RecommendListItem& item = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::EditRole)
        return rawValue(item, column);
    if (role == Qt::DisplayRole) {
        if (column == ProductId)
            return QString::number(item.productId);
        if (column == Score)
            return QLocale().toString(item.score, 'f', 3);
        return rawValue(item, column);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Reason)
            return RecommendTexts::reasonTooltip(item.reasonKind);
        if (column == Source)
            return RecommendTexts::sourceTooltip(item.source);
    }
    return {};
}

} // namespace kestrel::ui
