#include "models/elasticity_table_model.h"

#include "exports/export_types.h"
#include "models/pricing_texts.h"
#include "widgets/data_table_view.h"

#include <QtCore/QLocale>
#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtWidgets/QApplication>
#include <QtWidgets/QStyle>

namespace kestrel::ui {
namespace {

const QColor kMuted(0x8a, 0x94, 0xa6); // unreliable rows: present, but visibly not to be used

QVariant optionalDouble(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

bool isNumeric(int column)
{
    return column == ElasticityTableModel::Elasticity || column == ElasticityTableModel::RSquared ||
           column == ElasticityTableModel::Observations || column == ElasticityTableModel::PriceLevels ||
           column == ElasticityTableModel::Interval;
}

QString productText(const PricingRow& r)
{
    if (!r.product)
        return {};
    return r.productName.isEmpty() ? QString::number(r.productId)
                                   : QStringLiteral("%1 · %2").arg(QString::number(r.productId), r.productName);
}

} // namespace

ElasticityTableModel::ElasticityTableModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void ElasticityTableModel::setRows(PricingSnapshotPtr snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    refilter();
    endResetModel();
}

void ElasticityTableModel::clear()
{
    setRows(nullptr);
}

void ElasticityTableModel::setLevelFilter(LevelFilter level)
{
    if (level == m_level)
        return;
    beginResetModel();
    m_level = level;
    refilter();
    endResetModel();
}

void ElasticityTableModel::setCategoryFilter(const QString& category)
{
    if (category == m_category)
        return;
    beginResetModel();
    m_category = category;
    refilter();
    endResetModel();
}

void ElasticityTableModel::setReliableOnly(bool reliableOnly)
{
    if (reliableOnly == m_reliableOnly)
        return;
    beginResetModel();
    m_reliableOnly = reliableOnly;
    refilter();
    endResetModel();
}

void ElasticityTableModel::refilter()
{
    m_shown.clear();
    if (!m_snapshot)
        return;
    const auto& rows = m_snapshot->rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const PricingRow& r = rows[i];
        if ((m_level == LevelFilter::Categories && r.product) || (m_level == LevelFilter::Products && !r.product))
            continue;
        if (!m_category.isEmpty() && r.category != m_category)
            continue;
        if (m_reliableOnly && !r.reliable)
            continue;
        m_shown.push_back(static_cast<int>(i));
    }
}

const PricingRow& ElasticityTableModel::row(int row) const
{
    return m_snapshot->rows[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(row)])];
}

int ElasticityTableModel::tableRowOf(int snapshotRow) const
{
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (m_shown[i] == snapshotRow)
            return static_cast<int>(i);
    return -1;
}

int ElasticityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ElasticityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ElasticityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"level",        "category",     "product",
                                                      "elasticity",   "ci_95",        "r_squared",
                                                      "observations", "price_points", "reliability"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Elasticity:
        case RSquared:
            return static_cast<int>(core::ColumnKind::Decimal);
        case Observations:
        case PriceLevels:
            return static_cast<int>(core::ColumnKind::Integer);
        default:
            return static_cast<int>(core::ColumnKind::Text);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole)
        return section == RSquared ? 3 : 4;
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Elasticity:
            return tr("Price elasticity of demand: the % change in units sold for a 1% higher price, with "
                      "trend and season taken out. −1.5 means 1% dearer sells 1.5% fewer units.");
        case Interval:
            return tr("The 95% confidence interval of the elasticity (heteroskedasticity-robust standard error)");
        case RSquared:
            return tr("The share of the week-to-week ups and downs of units sold (within each product) that price, "
                      "trend and season explain");
        case Observations:
            return tr("Product-weeks with sales used in the regression");
        case PriceLevels:
            return tr("Different prices (to the cent) seen within the products");
        case Reliability:
            return tr("Whether the estimate can be used; hover a row's cell for the reason");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Level:
        return tr("Level");
    case Category:
        return tr("Category");
    case Product:
        return tr("Product");
    case Elasticity:
        return tr("Elasticity");
    case Interval:
        return tr("95% interval");
    case RSquared:
        return tr("R²");
    case Observations:
        return tr("Observations");
    case PriceLevels:
        return tr("Prices");
    case Reliability:
        return tr("Reliability");
    default:
        return {};
    }
}

QVariant ElasticityTableModel::rawValue(const PricingRow& r, int column) const
{
    switch (column) {
    case Level:
        return PricingTexts::levelName(r.product);
    case Category:
        return r.category;
    case Product:
        return productText(r);
    case Elasticity:
        return optionalDouble(r.elasticity);
    case Interval:
        return optionalDouble(r.ciLow);
    case RSquared:
        return optionalDouble(r.rSquared);
    case Observations:
        return static_cast<qlonglong>(r.observations);
    case PriceLevels:
        return r.priceLevels;
    case Reliability:
        return PricingTexts::flagName(r.flag);
    default:
        return {};
    }
}

QVariant ElasticityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PricingRow& r = row(index.row());
    const int column = index.column();
    switch (role) {
    case RowIndexRole:
        return m_shown[static_cast<std::size_t>(index.row())];
    case ReliableRole:
        return r.reliable;
    case Qt::EditRole:
        return rawValue(r, column);
    case DataTableView::ExportValueRole:
        return column == Interval ? QVariant(PricingTexts::interval(r.ciLow, r.ciHigh)) : rawValue(r, column);
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (column) {
        case Elasticity:
            return PricingTexts::elasticity(r.elasticity);
        case Interval:
            return PricingTexts::interval(r.ciLow, r.ciHigh);
        case RSquared:
            return r.rSquared ? locale.toString(*r.rSquared, 'f', 2) : QStringLiteral("—");
        case Observations:
            return locale.toString(static_cast<qlonglong>(r.observations));
        default:
            return rawValue(r, column);
        }
    }
    case Qt::TextAlignmentRole:
        return QVariant((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return r.reliable ? QVariant() : QVariant(QBrush(kMuted));
    case Qt::DecorationRole:
        if (column == Reliability && !r.reliable)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole:
        if (column == Reliability || !r.reliable)
            return PricingTexts::flagName(r.flag) + QStringLiteral(": ") + PricingTexts::flagExplanation(r.flag);
        if (column == Elasticity && r.elasticity)
            return PricingTexts::meaning(*r.elasticity);
        return {};
    default:
        return {};
    }
}

} // namespace kestrel::ui
