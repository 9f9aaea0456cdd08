#pragma once

#include <QtCore/QSet>
#include <QtCore/QSortFilterProxyModel>
#include <QtCore/QStringList>

namespace kestrel::ui {

/// The proxy under DataTableView: keeps the rows where every word of the quick filter appears
/// (case-insensitively) in some visible column's displayed text, and sorts on the edit role so
/// numbers and dates sort as values, not as text.
class TableFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit TableFilterProxy(QObject* parent = nullptr);

    void setQuickFilter(const QString& text);
    QString quickFilter() const { return m_text; }
    /// Source columns the quick filter ignores (hidden ones).
    void setIgnoredColumns(const QSet<int>& columns);
    /// For a model that holds a window of a server-side query (keyset pages): the proxy neither
    /// filters nor reorders rows, and a sort request goes to the source model, which asks the
    /// server for that order.
    void setServerSide(bool on);
    bool isServerSide() const { return m_serverSide; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Numbers are right-aligned unless the model aligns them itself.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QStringList m_terms;
    QSet<int> m_ignored;
    bool m_serverSide = false;
};

} // namespace kestrel::ui
