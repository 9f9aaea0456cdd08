#pragma once

#include "models/dashboard_snapshot.h"

#include <QtWidgets/QWidget>

class QPushButton;

#include <array>
#include <optional>

namespace kestrel::core {
struct ConnectionParams;
}

namespace kestrel::ui {

class Banner;
class DashboardModel;
class DateRangeBar;
class KpiTile;
class TimeSeriesChart;

/// The Dashboard module: a filter bar (period, presets, refresh), KPI tiles with their change
/// against the previous period, and charts of daily revenue, new users and events by type, with the
/// stored anomalies of those metrics marked (to review in amber, accepted in grey; dismissed ones
/// not) and a link to the anomalies still to review.
/// All queries run in DashboardModel off the GUI thread.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    enum class Tile { Users, ActiveUsers, Orders, Revenue, AverageOrder, Conversion };
    static constexpr int kTileCount = 6;

    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    /// Points the page at a database and loads it.
    void setConnection(const core::ConnectionParams& params);
    /// Reloads the current period (or the default one before the first load).
    void reload();
    /// Shows why there is nothing to show (e.g. the database is not ready yet).
    void showUnavailable(const QString& message);

    DayRange range() const;
    SnapshotPtr snapshot() const { return m_snapshot; }
    bool isLoading() const;
    bool isErrorVisible() const;
    QString errorText() const;

    KpiTile* tile(Tile t) const { return m_tiles[static_cast<std::size_t>(t)]; }
    TimeSeriesChart* revenueChart() const { return m_revenue; }
    TimeSeriesChart* newUsersChart() const { return m_newUsers; }
    TimeSeriesChart* eventsChart() const { return m_events; }
    DateRangeBar* filterBar() const { return m_filter; }
    /// "N anomalies to review": shown while there are any, opens the Anomalies page.
    QPushButton* anomalyLink() const { return m_anomalyLink; }

    /// The readable name of an event type as stored in crm.events ("page_view" → "Page views").
    static QString eventTypeLabel(const QString& type);

signals:
    /// Tiles and charts show a fresh, complete snapshot.
    void loaded();
    /// Any snapshot was painted; complete is false for the early one (distinct counts pending).
    void updated(bool complete);
    void loadFailed(const QString& message);
    /// The user asked for the anomalies to review (the link by the title).
    void anomaliesRequested();

private:
    void load(std::optional<DayRange> range);
    void onLoaded(SnapshotPtr snapshot);
    void onFailed(const QString& message, const QString& details);
    void showCharts(const DashboardSnapshot& s);
    void markAnomalies(const DashboardSnapshot& s);
    QWidget* buildTiles();

    DashboardModel* m_model = nullptr;
    DateRangeBar* m_filter = nullptr;
    Banner* m_error = nullptr;
    std::array<KpiTile*, kTileCount> m_tiles{};
    TimeSeriesChart* m_revenue = nullptr;
    TimeSeriesChart* m_newUsers = nullptr;
    TimeSeriesChart* m_events = nullptr;
    QPushButton* m_anomalyLink = nullptr;
    SnapshotPtr m_snapshot;
    std::optional<DayRange> m_requested; // the user's period; empty = the default one
    bool m_driverMissing = false;
};

} // namespace kestrel::ui
