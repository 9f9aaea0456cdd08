#include "pages/ltv_overview.h"

#include "charts/category_bar_chart.h"
#include "charts/heat_map_chart.h"
#include "charts/xy_chart.h"
#include "models/ltv_texts.h"
#include "pages/ltv_chart_data.h"
#include "widgets/segmented_switch.h"

#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QVBoxLayout>

namespace kestrel::ui {
namespace {

constexpr int kChartHeight = 330;

const QString kClv = QStringLiteral("clv");
const QString kRevenue = QStringLiteral("revenue");
const QString kRetention = QStringLiteral("retention");
const QString kChannels = QStringLiteral("channels");
const QString kCohorts = QStringLiteral("cohorts");

} // namespace

LtvOverview::LtvOverview(QWidget* parent) : QWidget(parent)
{
    m_histogramSwitch = new SegmentedSwitch(this);
    m_histogramSwitch->setObjectName(QStringLiteral("histogramSwitch"));
    for (const int months : {3, 6, 12})
        m_histogramSwitch->addOption(
            QString::number(months), LtvTexts::months(months),
            tr("Historical LTV over the first %n months after the first purchase", nullptr, months));
    m_histogramSwitch->addOption(kClv, tr("Predicted CLV"),
                                 tr("The value the model predicts for each customer over the run's horizon"));
    m_histogramSwitch->setCurrent(QStringLiteral("12"));
    m_histogram = CategoryBarChart::create(CategoryBarChart::Orientation::Vertical, format::Kind::Count, this);
    m_histogram->setValueAxisTitle(tr("Customers"));
    m_histogram->setCategoryAxisTitle(tr("Value per customer"));
    m_histogram->setToolTip(tr("How many customers brought how much. The three horizons share their buckets, so "
                               "switching shows how value grows with time."));
    m_histogram->setMinimumHeight(kChartHeight);

    m_horizons = CategoryBarChart::create(CategoryBarChart::Orientation::Vertical, format::Kind::Money, this);
    m_horizons->setTitle(tr("LTV by horizon"));
    m_horizons->setValueAxisTitle(tr("Revenue per customer"));
    m_horizons->setCategoryAxisTitle(tr("Months after the first purchase"));
    m_horizons->setToolTip(tr("Mean, median and the 75th and 90th percentiles of historical LTV after 3, 6 and 12 "
                              "months; click a legend entry to hide or show it."));
    m_horizons->setMinimumHeight(kChartHeight);

    m_heatSwitch = new SegmentedSwitch(this);
    m_heatSwitch->setObjectName(QStringLiteral("heatMapSwitch"));
    m_heatSwitch->addOption(kRevenue, tr("Revenue per customer"),
                            tr("Cumulative revenue per customer of each cohort, month by month"));
    m_heatSwitch->addOption(kRetention, tr("Retention"), tr("Share of each cohort that bought in that month"));
    m_heatMap = new HeatMapChart(this);
    m_heatMap->setToolTip(tr("Customers grouped by the month of their first purchase (rows). Empty cells are months "
                             "that have not passed yet. Hover a cell for its value."));

    m_curvesSwitch = new SegmentedSwitch(this);
    m_curvesSwitch->setObjectName(QStringLiteral("curvesSwitch"));
    m_curvesSwitch->addOption(kChannels, tr("By channel"),
                              tr("One line per acquisition channel, with the channel's CAC dashed"));
    m_curvesSwitch->addOption(kCohorts, tr("By cohort"),
                              tr("The latest %n acquisition months", nullptr, LtvChartData::kCohortCurves));
    m_curves = XyChart::create(this);
    m_curves->setToolTip(tr("Where a channel's line crosses its dashed CAC line, its customers have paid back what "
                            "acquiring them cost. The last months rest on the earliest cohorts only. Click a legend "
                            "entry to hide or show a channel with its CAC."));
    m_curves->setMinimumHeight(kChartHeight + 40);

    m_calibration = CategoryBarChart::create(CategoryBarChart::Orientation::Vertical, format::Kind::Number, this);
    m_calibration->setCategoryAxisTitle(tr("Repeat purchases before the holdout"));
    m_calibration->setValueAxisTitle(tr("Per customer in the holdout"));
    m_calibration->setToolTip(tr("The model is fitted again without the last days of history and predicts them: the "
                                 "closer the bars of each pair, the better it forecasts."));
    m_calibration->setMinimumHeight(kChartHeight + 40);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(8);
    grid->addWidget(switched(m_histogramSwitch, tr("Distribution"), m_histogram), 0, 0);
    grid->addWidget(switched(nullptr, QString(), m_horizons), 0, 1);
    grid->addWidget(switched(m_heatSwitch, tr("Cohorts"), m_heatMap), 1, 0, 1, 2);
    grid->addWidget(switched(m_curvesSwitch, tr("LTV curves"), m_curves), 2, 0);
    grid->addWidget(switched(nullptr, QString(), m_calibration), 2, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_histogramSwitch, &SegmentedSwitch::currentChanged, this, &LtvOverview::showHistogram);
    connect(m_heatSwitch, &SegmentedSwitch::currentChanged, this, &LtvOverview::showHeatMap);
    connect(m_curvesSwitch, &SegmentedSwitch::currentChanged, this, &LtvOverview::showCurves);
}

QWidget* LtvOverview::switched(SegmentedSwitch* control, const QString& label, QWidget* chart)
{
    // A switch row above the chart; a chart without one gets an empty row of the same height, so
    // the cards of a row start level.
    auto* box = new QWidget(this);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(6);
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    auto* title = new QLabel(label, box);
    title->setObjectName(QStringLiteral("sectionTitle"));
    row->addWidget(title);
    if (control)
        row->addWidget(control);
    row->addStretch(1);
    auto* rowWidget = new QWidget(box);
    rowWidget->setLayout(row);
    row->setContentsMargins(0, 0, 0, 0);
    rowWidget->setFixedHeight(m_histogramSwitch->sizeHint().height());
    column->addWidget(rowWidget);
    column->addWidget(chart, 1);
    return box;
}

void LtvOverview::setSnapshot(LtvSnapshotPtr snapshot)
{
    m_snapshot = std::move(snapshot);
    if (!m_snapshot || !m_snapshot->run) {
        showMessage(tr("No data"));
        return;
    }
    const LtvRunDetail& run = *m_snapshot->run;
    const bool hasClv = run.totals.clvMean.has_value() && !run.clvEdges.empty();
    m_histogramSwitch->setOptionEnabled(kClv, hasClv);
    if (m_histogramSwitch->current() == kClv && !hasClv)
        m_histogramSwitch->setCurrent(QStringLiteral("12"));
    m_histogramSwitch->button(kClv)->setToolTip(
        hasClv ? tr("The value the model predicts for each customer over the next %n months", nullptr, run.clvMonths)
               : tr("This run predicted no CLV (see the warnings above)."));
    showHistogram();

    m_horizons->setData(LtvChartData::horizons(run));
    showHeatMap();
    showCurves();
    showCalibration();
}

void LtvOverview::showMessage(const QString& text)
{
    m_histogram->showMessage(text);
    m_horizons->showMessage(text);
    m_heatMap->showMessage(text);
    m_curves->showMessage(text);
    m_calibration->showMessage(text);
}

void LtvOverview::showHistogram()
{
    if (!m_snapshot || !m_snapshot->run)
        return;
    const LtvRunDetail& run = *m_snapshot->run;
    const QString key = m_histogramSwitch->current();
    if (key == kClv) {
        m_histogram->setTitle(LtvChartData::clvHistogramTitle(run));
        m_histogram->setData(LtvChartData::clvHistogram(run));
        return;
    }
    const int horizon = key == QLatin1String("3") ? 0 : key == QLatin1String("6") ? 1 : 2;
    const LtvHorizon& h = run.horizons[static_cast<std::size_t>(horizon)];
    m_histogram->setTitle(LtvChartData::valueHistogramTitle(run, horizon));
    if (h.customers == 0 || h.buckets.empty())
        m_histogram->showMessage(tr("No customer has completed %1 since the first purchase yet (%Ln are on the way).",
                                    nullptr, static_cast<int>(h.excluded))
                                     .arg(LtvTexts::months(h.months)));
    else
        m_histogram->setData(LtvChartData::valueHistogram(run, horizon));
}

void LtvOverview::showHeatMap()
{
    if (!m_snapshot || !m_snapshot->run)
        return;
    const LtvRunDetail& run = *m_snapshot->run;
    const bool retention = m_heatSwitch->current() == kRetention;
    m_heatMap->setTitle(retention ? tr("Retention by cohort: share of customers buying in each month")
                                  : tr("Cumulative revenue per customer by cohort"));
    if (run.cohorts.months.isEmpty())
        m_heatMap->showMessage(tr("No cohort has a month of history yet."));
    else
        m_heatMap->setData(retention ? LtvChartData::cohortRetention(run) : LtvChartData::cohortRevenue(run));
}

void LtvOverview::showCurves()
{
    if (!m_snapshot || !m_snapshot->run)
        return;
    const LtvRunDetail& run = *m_snapshot->run;
    const bool cohorts = m_curvesSwitch->current() == kCohorts;
    m_curves->setTitle(cohorts ? tr("LTV curves of the latest cohorts")
                               : tr("LTV curves by acquisition channel, with CAC"));
    XyData lines = cohorts ? LtvChartData::cohortCurves(run) : LtvChartData::channelCurves(run);
    if (lines.series.empty())
        m_curves->showMessage(tr("No customer has a full month of history yet."));
    else
        m_curves->setData(std::move(lines));
}

void LtvOverview::showCalibration()
{
    const LtvRunDetail& run = *m_snapshot->run;
    m_calibration->setTitle(LtvChartData::calibrationTitle(run));
    if (!run.calibration)
        m_calibration->showMessage(
            tr("No holdout check in this run: the history is too short to set the last %n days aside and still "
               "learn from the rest.",
               nullptr, run.holdoutDays));
    else
        m_calibration->setData(LtvChartData::calibration(run));
}

} // namespace kestrel::ui
