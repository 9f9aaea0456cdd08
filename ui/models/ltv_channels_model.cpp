#include "models/ltv_channels_model.h"

#include "exports/export_types.h"
#include "models/ltv_texts.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtGui/QBrush>
#include <QtGui/QColor>

namespace kestrel::ui {
namespace {

QVariant optionalDouble(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QString moneyOrDash(const std::optional<double>& v)
{
    return v ? format::money(*v) : QStringLiteral("—");
}

} // namespace

LtvChannelsModel::LtvChannelsModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void LtvChannelsModel::setChannels(std::vector<LtvChannel> channels)
{
    beginResetModel();
    m_rows = std::move(channels);
    endResetModel();
}

int LtvChannelsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int LtvChannelsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LtvChannelsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"channel", "customers", "spend",       "cac",          "ltv_3m",
                                                      "ltv_6m",  "ltv_12m",   "ltv_cac_12m", "payback_month"};
        return QString::fromLatin1(keys[section]);
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Channel:
            return static_cast<int>(core::ColumnKind::Text);
        case Customers:
        case Payback:
            return static_cast<int>(core::ColumnKind::Integer);
        default:
            return static_cast<int>(core::ColumnKind::Decimal);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == Channel ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Customers:
            return tr("Customers acquired through the channel (a paid order before the as-of date)");
        case Spend:
            return tr("Acquisition spend of the channel (crm.channel_spend) over the months that have ended");
        case Cac:
            return tr("Customer acquisition cost: the spend divided by the customers acquired in the same months");
        case Ltv3:
        case Ltv6:
        case Ltv12:
            return tr("Mean revenue per customer in the first months after the first purchase, over the customers "
                      "for whom those months have passed");
        case LtvCac:
            return tr("12-month LTV divided by CAC: above 3 is healthy, below 1 the channel loses money on each "
                      "customer in the first year");
        case Payback:
            return tr("The month since the first purchase in which the cumulative revenue per customer first "
                      "covers the CAC");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Channel:
        return tr("Channel");
    case Customers:
        return tr("Customers");
    case Spend:
        return tr("Spend");
    case Cac:
        return tr("CAC");
    case Ltv3:
        return tr("LTV 3 m");
    case Ltv6:
        return tr("LTV 6 m");
    case Ltv12:
        return tr("LTV 12 m");
    case LtvCac:
        return tr("LTV:CAC 12 m");
    case Payback:
        return tr("Payback");
    default:
        return {};
    }
}

QVariant LtvChannelsModel::rawValue(const LtvChannel& c, int column) const
{
    switch (column) {
    case Channel:
        return LtvTexts::channelName(c.channel);
    case Customers:
        return static_cast<qlonglong>(c.customers);
    case Spend:
        return optionalDouble(c.spend);
    case Cac:
        return optionalDouble(c.cac);
    case Ltv3:
        return optionalDouble(c.ltv3);
    case Ltv6:
        return optionalDouble(c.ltv6);
    case Ltv12:
        return optionalDouble(c.ltv12);
    case LtvCac:
        return optionalDouble(c.ltvCac12);
    case Payback: // the month as people count it (1 = the month of the first purchase)
        return c.paybackMonth >= 0 ? QVariant(c.paybackMonth + 1) : QVariant(QMetaType::fromType<int>());
    default:
        return {};
    }
}

QVariant LtvChannelsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const LtvChannel& c = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == ChannelKeyRole)
        return c.channel;
    if (role == Qt::EditRole)
        return rawValue(c, column);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Customers:
            return format::count(static_cast<double>(c.customers));
        case Spend:
            return moneyOrDash(c.spend);
        case Cac:
            return moneyOrDash(c.cac);
        case Ltv3:
            return moneyOrDash(c.ltv3);
        case Ltv6:
            return moneyOrDash(c.ltv6);
        case Ltv12:
            return moneyOrDash(c.ltv12);
        case LtvCac:
            return c.ltvCac12 ? tr("%1×").arg(QLocale().toString(*c.ltvCac12, 'f', 1)) : QStringLiteral("—");
        case Payback:
            return LtvTexts::payback(c.paybackMonth, c.cac.has_value());
        default:
            return rawValue(c, column);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((column == Channel ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::DecorationRole && column == Channel)
        return LtvTexts::channelColor(c.channel);
    if (role == Qt::ForegroundRole && column == LtvCac && c.ltvCac12) {
        // Read at a glance: red below 1 (loses money in the first year), green from 3.
        if (*c.ltvCac12 < 1)
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        if (*c.ltvCac12 >= 3)
            return QBrush(QColor(0x15, 0x80, 0x3d));
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Cac && !c.cac)
            return tr("No acquisition spend is recorded for this channel.");
        if (column == Cac && c.cac)
            return tr("%1 spent on %2 new customers")
                .arg(moneyOrDash(c.spend), format::count(static_cast<double>(c.spendCustomers)));
        if ((column == Ltv3 || column == Ltv6 || column == Ltv12) && !rawValue(c, column).isNull())
            return {};
        if (column == Ltv3 || column == Ltv6 || column == Ltv12)
            return tr("No customer of this channel has been a customer that long yet.");
    }
    return {};
}

} // namespace kestrel::ui
