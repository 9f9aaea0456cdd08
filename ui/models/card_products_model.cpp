#include "models/card_products_model.h"

#include "exports/export_types.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>

namespace kestrel::ui {

CardProductsModel::CardProductsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CardProductsModel::setProducts(std::vector<CardProduct> products)
{
    beginResetModel();
    m_rows = std::move(products);
    endResetModel();
}

int CardProductsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CardProductsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardProductsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool number = section == Quantity || section == Orders || section == Spend;
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"product", "category", "quantity",
                                                      "orders",  "spend",    "last_bought"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
    }
    if (role == DataTableView::ColumnKindRole) {
        if (section == Quantity || section == Orders)
            return static_cast<int>(core::ColumnKind::Integer);
        if (section == Spend)
            return static_cast<int>(core::ColumnKind::Decimal);
        if (section == LastBought)
            return static_cast<int>(core::ColumnKind::Timestamp);
        return static_cast<int>(core::ColumnKind::Text);
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Product:
        return tr("Product");
    case Category:
        return tr("Category");
    case Quantity:
        return tr("Units");
    case Orders:
        return tr("Orders");
    case Spend:
        return tr("Spend");
    case LastBought:
        return tr("Last bought");
    default:
        return {};
    }
}

QVariant CardProductsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CardProduct& p = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Product:
            return p.name;
        case Category:
            return p.category;
        case Quantity:
            return static_cast<qlonglong>(p.quantity);
        case Orders:
            return p.orders;
        case Spend:
            return p.spend;
        case LastBought:
            return p.lastBought;
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Quantity:
        case Orders:
            return format::count(data(index, Qt::EditRole).toDouble());
        case Spend:
            return format::money(p.spend);
        case LastBought:
            return QLocale().toString(p.lastBought.toTimeZone(QTimeZone::utc()).date(), QLocale::ShortFormat);
        default:
            return data(index, Qt::EditRole);
        }
    }
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return QVariant((c == Quantity || c == Orders || c == Spend ? Qt::AlignRight : Qt::AlignLeft) |
                        Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Product)
        return tr("Product %1").arg(p.productId);
    return {};
}

} // namespace kestrel::ui
