#pragma once

#include "models/ltv_snapshot.h"

#include <QtWidgets/QWidget>

#include <array>

class QFrame;
class QLabel;

namespace kestrel::ui {

/// The LTV page's summary tiles for the run shown: customers; mean and median 12-month LTV (with
/// how many customers are left out because their 12 months have not passed); mean predicted CLV
/// (and the total) over the run's horizon; mean P(alive); purchases expected in the next 90 days;
/// the share of 12-month revenue from the top 10 % of customers. Each tile says in its tooltip
/// what it measures.
class LtvSummaryTiles : public QWidget {
    Q_OBJECT
public:
    enum class Tile { Customers, MeanLtv12, MedianLtv12, MeanClv, PAlive, Expected90, Top10Share, Count };

    explicit LtvSummaryTiles(QWidget* parent = nullptr);

    void setRun(const LtvRunDetail& run);
    void clear();

    QString titleText(Tile tile) const;
    /// The big value as shown ("$123.45", "1,234", "—").
    QString valueText(Tile tile) const;
    /// The line under the value ("median … · 120 not yet 12 months").
    QString captionText(Tile tile) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Parts {
        QFrame* frame = nullptr;
        QLabel* title = nullptr;
        QLabel* value = nullptr;
        QLabel* caption = nullptr;
    };
    void set(Tile tile, const QString& value, const QString& caption, const QString& tooltip = {});
    const Parts& parts(Tile tile) const { return m_tiles[static_cast<std::size_t>(tile)]; }

    std::array<Parts, static_cast<std::size_t>(Tile::Count)> m_tiles{};
    std::array<QString, static_cast<std::size_t>(Tile::Count)> m_definitions{};
};

} // namespace kestrel::ui
