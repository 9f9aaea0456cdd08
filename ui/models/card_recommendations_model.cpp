#include "models/card_recommendations_model.h"

#include "exports/export_types.h"
#include "models/customer_texts.h"
#include "widgets/data_table_view.h"

namespace kestrel::ui {

CardRecommendationsModel::CardRecommendationsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CardRecommendationsModel::setRecommendations(std::vector<CardRecommendation> items)
{
    beginResetModel();
    m_rows = std::move(items);
    endResetModel();
}

QString CardRecommendationsModel::reasonText(int row) const
{
    const CardRecommendation& r = m_rows[static_cast<std::size_t>(row)];
    // A reason product that is gone from the catalogue is still named by its id.
    const QString product = r.reasonProductName.isEmpty() && r.reasonProductId
                                ? tr("product %1").arg(*r.reasonProductId)
                                : r.reasonProductName;
    return CustomerTexts::recommendationReason(r.reasonKind, product, r.reasonCategory);
}

int CardRecommendationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CardRecommendationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardRecommendationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"rank", "product", "category", "source", "reason"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
    }
    if (role == DataTableView::ColumnKindRole)
        return static_cast<int>(section == Rank ? core::ColumnKind::Integer : core::ColumnKind::Text);
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == Rank ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Product:
        return tr("Product");
    case Category:
        return tr("Category");
    case Reason:
        return tr("Why");
    case Source:
        return tr("Part of the model");
    default:
        return {};
    }
}

QVariant CardRecommendationsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CardRecommendation& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Rank:
            return r.rank;
        case Product:
            return r.name;
        case Category:
            return r.category;
        case Reason:
            return reasonText(index.row());
        case Source:
            return CustomerTexts::recommendationSource(r.source);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((index.column() == Rank ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Product)
        return tr("Product %1").arg(r.productId);
    return {};
}

} // namespace kestrel::ui
