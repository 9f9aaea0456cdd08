#include "models/recommend_evaluation_model.h"

#include "exports/export_types.h"
#include "models/recommend_texts.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>

namespace kestrel::ui {

RecommendEvaluationModel::RecommendEvaluationModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void RecommendEvaluationModel::setEvaluation(const RecommendEvaluationView& evaluation)
{
    beginResetModel();
    m_rows.clear();
    m_k = evaluation.k;
    for (std::size_t i = 0; i < kRecommendModels; ++i) {
        if (evaluation.models[i].present)
            m_rows.push_back({static_cast<RecommendModelKind>(i), evaluation.models[i]});
    }
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Precision, Map);
}

void RecommendEvaluationModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int RecommendEvaluationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RecommendEvaluationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendEvaluationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"model", "precision", "recall", "ndcg",
                                                      "map",   "coverage",  "users"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == DataTableView::ColumnKindRole)
        return static_cast<int>(section == Model   ? core::ColumnKind::Text
                                : section == Users ? core::ColumnKind::Integer
                                                   : core::ColumnKind::Decimal);
    if (role == DataTableView::ColumnDecimalsRole)
        return 4;
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == Model ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Precision:
            return tr("Precision@%1: of the first %1 products on a list, the share the user then bought").arg(m_k);
        case Recall:
            return tr("Recall@%1: of the products a user bought in the test period, the share found in the first %1")
                .arg(m_k);
        case Ndcg:
            return tr("NDCG@%1: like recall, but a hit near the top of the list counts more").arg(m_k);
        case Map:
            return tr("MAP@%1: the precision at each hit in the first %1, averaged").arg(m_k);
        case Coverage:
            return tr("Distinct products recommended to the test users, out of the products seen in training");
        case Users:
            return tr("Test users whose lists were scored");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Model:
        return tr("Model");
    // Short headers (the chart above spells them out; the tooltips explain them).
    case Precision:
        return tr("P@%1").arg(m_k);
    case Recall:
        return tr("R@%1").arg(m_k);
    case Ndcg:
        return tr("NDCG@%1").arg(m_k);
    case Map:
        return tr("MAP@%1").arg(m_k);
    case Coverage:
        return tr("Coverage");
    case Users:
        return tr("Users");
    default:
        return {};
    }
}

QVariant RecommendEvaluationModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const RecommendModelScores& s = row.scores;
    const int column = index.column();
    if (role == Qt::EditRole) {
        switch (column) {
        case Model:
            return RecommendTexts::modelName(row.kind);
        case Precision:
            return s.precision;
        case Recall:
            return s.recall;
        case Ndcg:
            return s.ndcg;
        case Map:
            return s.map;
        case Coverage:
            return s.coverage;
        case Users:
            return static_cast<qlonglong>(s.users);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (column) {
        case Model:
            return RecommendTexts::modelName(row.kind);
        case Coverage:
            return format::percent(s.coverage, 1);
        case Users:
            return format::count(static_cast<double>(s.users));
        default:
            return locale.toString(data(index, Qt::EditRole).toDouble(), 'f', 4);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((column == Model ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Model)
        return RecommendTexts::modelTooltip(row.kind);
    if (role == Qt::ForegroundRole && column == Model)
        return RecommendTexts::modelColor(row.kind).darker(115);
    return {};
}

} // namespace kestrel::ui
