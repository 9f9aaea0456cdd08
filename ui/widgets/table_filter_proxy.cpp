#include "widgets/table_filter_proxy.h"

namespace kestrel::ui {

TableFilterProxy::TableFilterProxy(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(Qt::EditRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void TableFilterProxy::setQuickFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void TableFilterProxy::setIgnoredColumns(const QSet<int>& columns)
{
    if (columns == m_ignored)
        return;
    m_ignored = columns;
    if (!m_terms.isEmpty())
        invalidateRowsFilter();
}

void TableFilterProxy::setServerSide(bool on)
{
    if (on == m_serverSide)
        return;
    m_serverSide = on;
    QSortFilterProxyModel::sort(-1);
    invalidateRowsFilter();
}

void TableFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (!m_serverSide) {
        QSortFilterProxyModel::sort(column, order);
        return;
    }
    // Keep the source's order here; the source re-reads its rows in the new order.
    QSortFilterProxyModel::sort(-1);
    if (sourceModel())
        sourceModel()->sort(column, order);
}

QVariant TableFilterProxy::data(const QModelIndex& index, int role) const
{
    QVariant value = QSortFilterProxyModel::data(index, role);
    if (role != Qt::TextAlignmentRole || value.isValid())
        return value;
    switch (QSortFilterProxyModel::data(index, Qt::EditRole).metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return value;
    }
}

bool TableFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_terms.isEmpty() || m_serverSide)
        return true;
    const QAbstractItemModel* model = sourceModel();
    const int columns = model->columnCount(sourceParent);
    QStringList cells;
    cells.reserve(columns);
    for (int c = 0; c < columns; ++c) {
        if (!m_ignored.contains(c))
            cells.append(model->index(sourceRow, c, sourceParent).data(Qt::DisplayRole).toString());
    }
    for (const QString& term : m_terms) {
        bool found = false;
        for (const QString& cell : cells) {
            if (cell.contains(term, Qt::CaseInsensitive)) {
                found = true;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace kestrel::ui
