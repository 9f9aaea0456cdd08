#include "models/ltv_customers_model.h"

#include "exports/export_types.h"
#include "models/ltv_texts.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>

#include <functional>

namespace kestrel::ui {
namespace {

QVariant optionalDouble(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

bool isNumeric(int column)
{
    return column != LtvCustomersModel::Name && column != LtvCustomersModel::Email &&
           column != LtvCustomersModel::Channel && column != LtvCustomersModel::FirstPurchase;
}

QString optionalText(const std::optional<double>& v, const std::function<QString(double)>& format)
{
    return v ? format(*v) : QStringLiteral("—");
}

} // namespace

LtvCustomersModel::LtvCustomersModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void LtvCustomersModel::setCustomers(std::vector<LtvCustomer> customers, int clvMonths)
{
    beginResetModel();
    m_rows = std::move(customers);
    m_clvMonths = clvMonths;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Clv, Clv);
}

void LtvCustomersModel::clear()
{
    setCustomers({}, m_clvMonths);
}

int LtvCustomersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LtvCustomersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LtvCustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {
            "rank",         "user_id",       "full_name",    "email",   "acquisition_channel", "clv", "p_alive",
            "expected_90d", "expected_365d", "expected_aov", "ltv_12m", "first_purchase_at"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Rank:
        case UserId:
            return static_cast<int>(core::ColumnKind::Integer);
        case Name:
        case Email:
        case Channel:
            return static_cast<int>(core::ColumnKind::Text);
        case FirstPurchase:
            return static_cast<int>(core::ColumnKind::Timestamp);
        default:
            return static_cast<int>(core::ColumnKind::Decimal);
        }
    }
    if (role == DataTableView::ColumnDecimalsRole) {
        if (section == PAlive || section == Expected90 || section == Expected365)
            return 4;
        return 2;
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(section) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Clv:
            return tr("Predicted customer lifetime value over the next %n months, discounted: expected purchases "
                      "(BG/NBD) times the expected order value (Gamma-Gamma)",
                      nullptr, m_clvMonths);
        case PAlive:
            return tr("The chance that the customer is still buying, from how often and how recently they bought");
        case Expected90:
            return tr("Purchases (days with an order) the model expects in the next 90 days");
        case Expected365:
            return tr("Purchases (days with an order) the model expects in the next 365 days");
        case ExpectedAov:
            return tr("The order value the model expects from this customer: their own repeat orders, shrunk "
                      "towards the average of all customers");
        case Ltv12:
            return tr("Revenue of the customer's first 12 months after the first purchase; empty while those 12 "
                      "months have not passed");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case UserId:
        return tr("User ID");
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Channel:
        return tr("Channel");
    case Clv:
        return tr("CLV, %n months", nullptr, m_clvMonths);
    case PAlive:
        return tr("P(alive)");
    case Expected90:
        return tr("Purchases, 90 d");
    case Expected365:
        return tr("Purchases, 365 d");
    case ExpectedAov:
        return tr("Expected order");
    case Ltv12:
        return tr("LTV 12 m");
    case FirstPurchase:
        return tr("First purchase");
    default:
        return {};
    }
}

QVariant LtvCustomersModel::rawValue(const LtvCustomer& c, int row, int column) const
{
    switch (column) {
    case Rank:
        return row + 1;
    case UserId:
        return static_cast<qlonglong>(c.userId);
    case Name:
        return c.name;
    case Email:
        return c.email;
    case Channel:
        return LtvTexts::channelName(c.channel);
    case Clv:
        return optionalDouble(c.clv);
    case PAlive:
        return optionalDouble(c.pAlive);
    case Expected90:
        return optionalDouble(c.expected90);
    case Expected365:
        return optionalDouble(c.expected365);
    case ExpectedAov:
        return optionalDouble(c.expectedAov);
    case Ltv12:
        return optionalDouble(c.ltv12);
    case FirstPurchase:
        return c.firstPurchaseAt.isValid() ? QVariant(c.firstPurchaseAt) : QVariant(QMetaType::fromType<QDateTime>());
    default:
        return {};
    }
}

QVariant LtvCustomersModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LtvCustomer& c = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == UserIdRole)
        return static_cast<qlonglong>(c.userId);
    if (role == Qt::EditRole)
        return rawValue(c, index.row(), column);
    if (role == Qt::DisplayRole) {
        const QLocale locale;
        const auto fixed = [&locale](int decimals) {
            return [&locale, decimals](double v) { return locale.toString(v, 'f', decimals); };
        };
        switch (column) {
        case UserId:
            return QString::number(c.userId); // an id, not an amount: no group separators
        case Clv:
            return optionalText(c.clv, format::money);
        case PAlive:
            return optionalText(c.pAlive, [](double v) { return format::percent(v, 1); });
        case Expected90:
            return optionalText(c.expected90, fixed(2));
        case Expected365:
            return optionalText(c.expected365, fixed(2));
        case ExpectedAov:
            return optionalText(c.expectedAov, format::money);
        case Ltv12:
            return c.ltv12 ? format::money(*c.ltv12) : tr("not yet");
        case FirstPurchase:
            return c.firstPurchaseAt.isValid() ? locale.toString(c.firstPurchaseAt.toUTC().date(), QLocale::ShortFormat)
                                               : QStringLiteral("—");
        default:
            return rawValue(c, index.row(), column);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((isNumeric(column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Ltv12 && !c.ltv12)
            return tr("The first 12 months since this customer's first purchase have not passed yet.");
        if (column == FirstPurchase && c.firstPurchaseAt.isValid())
            return QLocale().toString(c.firstPurchaseAt.toUTC(), QLocale::LongFormat);
        return {};
    }
    return {};
}

} // namespace kestrel::ui
