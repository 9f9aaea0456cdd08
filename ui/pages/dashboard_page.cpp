#include "pages/dashboard_page.h"

#include "charts/time_series_chart.h"
#include "common/logging.h"
#include "common/settings.h"
#include "db/connection_params.h"
#include "models/anomaly_texts.h"
#include "models/dashboard_model.h"
#include "models/sql_connection.h"
#include "widgets/banner.h"
#include "widgets/date_range_bar.h"
#include "widgets/kpi_tile.h"

#include <QtCore/QLocale>
#include <QtCore/QTime>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QScrollArea>
#include <QtWidgets/QVBoxLayout>
#include <spdlog/spdlog.h>

#include <algorithm>

namespace kestrel::ui {
namespace {

bool allZero(const std::vector<double>& values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return v == 0.0; });
}

} // namespace

DashboardPage::DashboardPage(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_model = new DashboardModel(this);
    connect(m_model, &DashboardModel::loaded, this, &DashboardPage::onLoaded);
    connect(m_model, &DashboardModel::failed, this, &DashboardPage::onFailed);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("pageContent"));
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(18, 14, 18, 16);
    layout->setSpacing(12);

    auto* title = new QLabel(tr("Dashboard"), content);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* subtitle = new QLabel(tr("Customers, orders and activity · days in UTC"), content);
    subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    auto* heading = new QHBoxLayout;
    heading->setSpacing(12);
    heading->addWidget(title);
    heading->addWidget(subtitle, 1, Qt::AlignBottom);
    m_anomalyLink = new QPushButton(content);
    m_anomalyLink->setObjectName(QStringLiteral("anomalyLink"));
    m_anomalyLink->setCursor(Qt::PointingHandCursor);
    m_anomalyLink->setToolTip(tr("Days on which a daily metric left its usual range and nobody has accepted or "
                                 "dismissed them yet. Open the Anomalies page to review them."));
    m_anomalyLink->hide();
    heading->addWidget(m_anomalyLink, 0, Qt::AlignBottom);
    layout->addLayout(heading);

    m_filter = new DateRangeBar(content);
    layout->addWidget(m_filter);
    m_error = new Banner(content);
    layout->addWidget(m_error);
    layout->addWidget(buildTiles());

    m_revenue = TimeSeriesChart::create(TimeSeriesChart::Style::Area, format::Kind::Money, content);
    m_revenue->setTitle(tr("Revenue per day"));
    m_newUsers = TimeSeriesChart::create(TimeSeriesChart::Style::Area, format::Kind::Count, content);
    m_newUsers->setTitle(tr("New users per day"));
    m_events = TimeSeriesChart::create(TimeSeriesChart::Style::Line, format::Kind::Count, content);
    m_events->setTitle(tr("Events per day by type"));
    m_events->setToolTip(tr("Click a legend entry to hide or show that event type."));
    for (TimeSeriesChart* chart : {m_revenue, m_newUsers, m_events})
        chart->showMessage(tr("Loading…"));

    auto* charts = new QGridLayout;
    charts->setSpacing(12);
    charts->addWidget(m_revenue, 0, 0);
    charts->addWidget(m_newUsers, 0, 1);
    charts->addWidget(m_events, 1, 0, 1, 2);
    charts->setColumnStretch(0, 3);
    charts->setColumnStretch(1, 2);
    charts->setRowStretch(0, 1);
    charts->setRowStretch(1, 1);
    layout->addLayout(charts, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_filter, &DateRangeBar::rangeChanged, this, [this](const DayRange& r) { load(r); });
    connect(m_filter, &DateRangeBar::presetChosen, this, [](int days) { core::settings::kDashboardDays.set(days); });
    connect(m_filter, &DateRangeBar::refreshRequested, this, &DashboardPage::reload);
    connect(m_anomalyLink, &QPushButton::clicked, this, &DashboardPage::anomaliesRequested);
}

DashboardPage::~DashboardPage() = default;

QWidget* DashboardPage::buildTiles()
{
    auto* box = new QWidget;
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    const struct {
        QString title;
        format::Kind kind;
        QString definition;
    } specs[kTileCount] = {
        {tr("Users"), format::Kind::Count, tr("Users registered on or before the last day of the period.")},
        {tr("Active users 30d"), format::Kind::Count,
         tr("Distinct users with any event in the 30 days ending on the last day of the period; compared "
            "with the 30 days before.")},
        {tr("Orders"), format::Kind::Count, tr("Completed orders (paid, shipped or delivered) in the period.")},
        {tr("Revenue"), format::Kind::Money, tr("Total amount of completed orders in the period, in US dollars.")},
        {tr("Average order"), format::Kind::Money, tr("Revenue divided by the number of completed orders.")},
        {tr("Conversion"), format::Kind::Ratio,
         tr("Purchase conversion: distinct buyers (users with a completed order in the period) divided by "
            "distinct users active in the period.")},
    };
    for (int i = 0; i < kTileCount; ++i) {
        m_tiles[static_cast<std::size_t>(i)] = new KpiTile(specs[i].title, specs[i].kind, specs[i].definition, box);
        grid->addWidget(m_tiles[static_cast<std::size_t>(i)], 0, i);
        grid->setColumnStretch(i, 1);
    }
    return box;
}

void DashboardPage::setConnection(const core::ConnectionParams& params)
{
    m_snapshot.reset();
    m_error->hide();
    m_driverMissing = !SqlConnection::driverAvailable();
    if (m_driverMissing) {
        const QString message =
            tr("The PostgreSQL driver for Qt (QPSQL) is not installed, so the dashboard cannot read the database. "
               "Install the package libqt6sql6-psql and restart Kestrel.");
        core::logging::get("ui")->error("QPSQL driver missing; available: {}",
                                        QSqlDatabase::drivers().join(QStringLiteral(", ")).toStdString());
        showUnavailable(message);
        emit loadFailed(message);
        return;
    }
    m_model->setConnection(params);
    load(m_requested);
}

void DashboardPage::reload()
{
    if (m_driverMissing || !m_model->hasConnection())
        return;
    load(m_requested);
}

void DashboardPage::showUnavailable(const QString& message)
{
    m_error->showMessage(Banner::Kind::Error, message);
    for (TimeSeriesChart* chart : {m_revenue, m_newUsers, m_events}) {
        if (!m_snapshot)
            chart->showMessage(tr("No data"));
    }
}

void DashboardPage::load(std::optional<DayRange> range)
{
    m_requested = range;
    m_filter->setStatus(tr("Loading…"));
    if (!m_snapshot) {
        for (KpiTile* t : m_tiles)
            t->setPending();
    }
    m_model->load(range, core::settings::kDashboardDays.get());
}

DayRange DashboardPage::range() const
{
    return m_snapshot ? m_snapshot->range : m_filter->range();
}

bool DashboardPage::isLoading() const
{
    return m_model->isLoading();
}

bool DashboardPage::isErrorVisible() const
{
    return m_error->isVisibleTo(this);
}

QString DashboardPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString DashboardPage::eventTypeLabel(const QString& type)
{
    static const struct {
        const char* key;
        const char* label;
    } names[] = {
        {"session_start", QT_TR_NOOP("Sessions")},
        {"page_view", QT_TR_NOOP("Page views")},
        {"search", QT_TR_NOOP("Searches")},
        {"product_view", QT_TR_NOOP("Product views")},
        {"add_to_cart", QT_TR_NOOP("Added to cart")},
        {"remove_from_cart", QT_TR_NOOP("Removed from cart")},
        {"checkout_start", QT_TR_NOOP("Checkouts started")},
        {"purchase", QT_TR_NOOP("Purchases")},
        {"bot_command", QT_TR_NOOP("Bot commands")},
    };
    for (const auto& n : names) {
        if (type == QLatin1String(n.key))
            return tr(n.label);
    }
    return type;
}

void DashboardPage::onLoaded(SnapshotPtr snapshot)
{
    // The complete snapshot of a load repeats the charts of its early one; keep those.
    const bool chartsShown = m_snapshot && !m_snapshot->complete && m_snapshot->generation == snapshot->generation;
    // A refresh of the same period keeps the old distinct counts on screen until the new ones
    // arrive, instead of blinking them.
    const bool keepDistinct =
        !snapshot->complete && m_snapshot && m_snapshot->complete && m_snapshot->range == snapshot->range;
    m_snapshot = snapshot;
    const DashboardSnapshot& s = *snapshot;
    m_error->hide();
    m_filter->setAnchor(s.latestDataDay.isValid() ? std::min(s.latestDataDay, QDate::currentDate())
                                                  : QDate::currentDate());
    m_filter->setRange(s.range);
    if (s.complete)
        m_filter->setStatus(tr("Updated %1 · %2 s")
                                .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                                     QLocale().toString(s.elapsedMs / 1000.0, 'f', s.elapsedMs < 1000 ? 2 : 1)));

    const KpiValue* values[kTileCount] = {&s.users,   &s.activeUsers30d, &s.orders,
                                          &s.revenue, &s.averageOrder,   &s.conversion};
    for (int i = 0; i < kTileCount; ++i) {
        KpiTile* tile = m_tiles[static_cast<std::size_t>(i)];
        const bool distinctCount = i == static_cast<int>(Tile::ActiveUsers) || i == static_cast<int>(Tile::Conversion);
        if (!s.complete && distinctCount) {
            if (!keepDistinct)
                tile->setPending();
        } else
            tile->setValues(values[i]->current, values[i]->previous, values[i]->change());
    }
    if (!chartsShown)
        showCharts(s);
    m_anomalyLink->setText(tr("%n anomalies to review", nullptr, static_cast<int>(s.anomaliesToReview)));
    m_anomalyLink->setVisible(s.anomaliesToReview > 0);
    emit updated(s.complete);
    if (s.complete)
        emit loaded();
}

void DashboardPage::showCharts(const DashboardSnapshot& s)
{
    const QString empty = tr("No data in this period");
    if (allZero(s.revenuePerDay))
        m_revenue->showMessage(empty);
    else
        m_revenue->setColumns({s.days, {{tr("Revenue"), s.revenuePerDay, QColor(0x25, 0x63, 0xeb)}}});
    if (allZero(s.newUsersPerDay))
        m_newUsers->showMessage(empty);
    else
        m_newUsers->setColumns({s.days, {{tr("New users"), s.newUsersPerDay, QColor(0x0d, 0x94, 0x88)}}});

    TimeColumns events{s.days, {}};
    for (const DailyColumn& c : s.eventsByType)
        events.series.push_back({eventTypeLabel(c.key), c.values, QColor()});
    if (events.series.empty())
        m_events->showMessage(empty);
    else
        m_events->setColumns(std::move(events));
    markAnomalies(s);
}

void DashboardPage::markAnomalies(const DashboardSnapshot& s)
{
    std::vector<ChartMarker> revenue, newUsers, events;
    for (const DashboardAnomaly& a : s.anomalies) {
        ChartMarker m{a.day, 0, AnomalyTexts::markColor(a.status),
                      AnomalyTexts::markTooltip(a.metric, a.value, a.baseline, a.score, a.direction, a.status)};
        if (a.metric == QLatin1String("revenue")) {
            revenue.push_back(std::move(m));
        } else if (a.metric == QLatin1String("new_users")) {
            newUsers.push_back(std::move(m));
        } else if (a.metric == QLatin1String("events")) {
            for (std::size_t i = 0; i < s.eventsByType.size(); ++i)
                if (s.eventsByType[i].key == a.eventType) {
                    m.series = static_cast<int>(i);
                    events.push_back(m);
                }
        }
    }
    // A chart that shows a message has no columns to mark; setMarkers keeps what fits.
    if (!allZero(s.revenuePerDay))
        m_revenue->setMarkers(std::move(revenue));
    if (!allZero(s.newUsersPerDay))
        m_newUsers->setMarkers(std::move(newUsers));
    if (!s.eventsByType.empty())
        m_events->setMarkers(std::move(events));
}

void DashboardPage::onFailed(const QString& message, const QString& details)
{
    m_filter->setStatus(tr("Not updated"));
    m_error->showMessage(Banner::Kind::Error, message, details);
    if (!m_snapshot) {
        for (KpiTile* t : m_tiles)
            t->setValues(std::nullopt, std::nullopt, std::nullopt);
        for (TimeSeriesChart* chart : {m_revenue, m_newUsers, m_events})
            chart->showMessage(tr("No data"));
    }
    emit loadFailed(message);
}

} // namespace kestrel::ui
