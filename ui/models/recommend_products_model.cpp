#include "models/recommend_products_model.h"

#include "exports/export_types.h"
#include "models/recommend_texts.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>

namespace kestrel::ui {
namespace {

bool isNumeric(int column)
{
    return column != RecommendProductsModel::Product && column != RecommendProductsModel::Category;
}

} // namespace

RecommendProductsModel::RecommendProductsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RecommendProductsModel::setProducts(std::vector<RecommendProductStat> products, std::int64_t users)
{
    beginResetModel();
    m_rows = std::move(products);
    m_users = users;
    endResetModel();
}

void RecommendProductsModel::clear()
{
    setProducts({}, 0);
}

int RecommendProductsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecommendProductsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"place", "product_id", "product",  "category",
                                                      "users", "share",      "mean_rank"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Place:
        case ProductId:
        case Users:
            return static_cast<int>(core::ColumnKind::Integer);
        case Product:
        case Category:
            return static_cast<int>(core::ColumnKind::Text);
        default:
            return static_cast<int>(core::ColumnKind::Decimal);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole)
        return section == Share ? 4 : 2;
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Users:
            return tr("How many users have this product on their list");
        case Category:
            return tr("The product's category");
        case Share:
            return tr("Those users as a share of all users with a list");
        case MeanRank:
            return tr("The average place of the product on those lists (1 = first)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Place:
        return tr("#");
    case ProductId:
        return tr("Product ID");
    case Product:
        return tr("Product");
    case Category:
        return tr("Category");
    case Users:
        return tr("Users");
    case Share:
        return tr("Share");
    case MeanRank:
        return tr("Mean rank");
    default:
        return {};
    }
}

QVariant RecommendProductsModel::rawValue(const RecommendProductStat& p, int row, int column) const
{
    switch (column) {
    case Place:
        return row + 1;
    case ProductId:
        return static_cast<qlonglong>(p.productId);
    case Product:
        return RecommendTexts::productLabel(p.productId, p.name);
    case Category:
        return p.category;
    case Users:
        return static_cast<qlonglong>(p.users);
    case Share:
        return m_users > 0 ? static_cast<double>(p.users) / static_cast<double>(m_users) : 0.0;
    case MeanRank:
        return p.meanRank;
    default:
        return {};
    }
}

QVariant RecommendProductsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RecommendProductStat& p = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::EditRole)
        return rawValue(p, index.row(), column);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case ProductId:
            return QString::number(p.productId); // an id, not an amount
        case Users:
            return format::count(static_cast<double>(p.users));
        case Share:
            return format::percent(rawValue(p, index.row(), column).toDouble(), 1);
        case MeanRank:
            return QLocale().toString(p.meanRank, 'f', 2);
        default:
            return rawValue(p, index.row(), column);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return {};
}

} // namespace kestrel::ui
