#include "models/card_timeline_model.h"

#include "exports/export_types.h"
#include "models/customer_texts.h"
#include "widgets/data_table_view.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QTimeZone>
#include <QtGui/QColor>
#include <QtGui/QFont>

namespace kestrel::ui {

CardTimelineModel::CardTimelineModel(QObject* parent) : QAbstractTableModel(parent)
{
}

void CardTimelineModel::reset(std::vector<CardTimelineItem> items, bool more)
{
    beginResetModel();
    m_items = std::move(items);
    m_more = more;
    m_waiting = false;
    endResetModel();
}

void CardTimelineModel::append(const std::vector<CardTimelineItem>& items, bool more)
{
    m_waiting = false;
    m_more = more;
    if (items.empty())
        return;
    const int first = static_cast<int>(m_items.size());
    beginInsertRows({}, first, first + static_cast<int>(items.size()) - 1);
    m_items.insert(m_items.end(), items.begin(), items.end());
    endInsertRows();
}

bool CardTimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && !m_waiting;
}

void CardTimelineModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_waiting = true;
    emit moreRequested();
}

int CardTimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int CardTimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CardTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == DataTableView::ColumnKeyRole) {
        static const char* const keys[ColumnCount] = {"time", "what", "detail", "status", "amount", "session"};
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QVariant();
    }
    if (role == DataTableView::ColumnKindRole) {
        switch (section) {
        case Time:
            return static_cast<int>(core::ColumnKind::Timestamp);
        case Amount:
            return static_cast<int>(core::ColumnKind::Decimal);
        case Session:
            return static_cast<int>(core::ColumnKind::Integer);
        default:
            return static_cast<int>(core::ColumnKind::Text);
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant((section == Amount || section == Session ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time (UTC)");
    case What:
        return tr("What");
    case Detail:
        return tr("Product or order");
    case Status:
        return tr("Status");
    case Amount:
        return tr("Amount");
    case Session:
        return tr("Session");
    default:
        return {};
    }
}

QVariant CardTimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CardTimelineItem& it = m_items[static_cast<std::size_t>(index.row())];
    const bool order = it.kind == CardTimelineItem::Kind::Order;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Time:
            return it.at;
        case What:
            return order ? tr("Order #%1").arg(it.id) : CustomerTexts::eventType(it.eventType);
        case Detail:
            if (order)
                return tr("%n items", nullptr, it.items);
            if (!it.productName.isEmpty())
                return it.productName;
            return it.detail.isEmpty() ? QVariant() : QVariant(it.detail);
        case Status:
            return order ? QVariant(CustomerTexts::orderStatus(it.status)) : QVariant();
        case Amount:
            return it.amount ? QVariant(*it.amount) : QVariant();
        case Session:
            return order ? QVariant() : QVariant(static_cast<qlonglong>(it.sessionId));
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time: {
            const QDateTime utc = it.at.toTimeZone(QTimeZone::utc());
            return QLocale().toString(utc.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                   utc.time().toString(QStringLiteral("HH:mm"));
        }
        case Amount:
            return it.amount ? format::money(*it.amount) : QString();
        case Session:
            return order ? QString() : QString::number(it.sessionId);
        default:
            return data(index, Qt::EditRole);
        }
    }
    if (role == Qt::FontRole && order) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ForegroundRole && order &&
        (it.status == QLatin1String("cancelled") || it.status == QLatin1String("refunded")))
        return QColor(0x99, 0x1b, 0x1b);
    if (role == Qt::TextAlignmentRole) {
        const int c = index.column();
        return QVariant((c == Amount || c == Session ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && !order && !it.detail.isEmpty())
        return it.detail;
    return {};
}

} // namespace kestrel::ui
