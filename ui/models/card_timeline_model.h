#pragma once

#include "models/user_card_snapshot.h"

#include <QtCore/QAbstractTableModel>

#include <vector>

namespace kestrel::ui {

/// The user card's timeline as a table, newest first: time, what happened (an event type in words
/// or "Order #id"), the product or the order's lines, the status and amount of an order, and the
/// session. It holds the pages read so far; canFetchMore/fetchMore ask the card for the next one
/// (moreRequested), which arrives through append().
class CardTimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, What, Detail, Status, Amount, Session, ColumnCount };

    explicit CardTimelineModel(QObject* parent = nullptr);

    /// The first page (replaces everything).
    void reset(std::vector<CardTimelineItem> items, bool more);
    void append(const std::vector<CardTimelineItem>& items, bool more);
    /// A page was asked for and has not arrived (or failed: call setWaiting(false)).
    void setWaiting(bool waiting) { m_waiting = waiting; }
    bool hasMore() const { return m_more; }
    const CardTimelineItem& item(int row) const { return m_items[static_cast<std::size_t>(row)]; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void moreRequested();

private:
    std::vector<CardTimelineItem> m_items;
    bool m_more = false;
    bool m_waiting = false;
};

} // namespace kestrel::ui
