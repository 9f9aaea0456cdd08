#include "pages/ltv_chart_data.h"

#include "charts/chart_palette.h"
#include "models/ltv_texts.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace kestrel::ui {
namespace {

QString share(std::int64_t part, std::int64_t whole)
{
    return format::percent(whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0);
}

/// A value histogram over buckets with lower bounds `lower` (the last open-ended) and counts:
/// a bar per bucket, labels on the edges (at most about seven), the open bucket named "$600+".
CategoryData bucketBars(const std::vector<double>& lower, const std::vector<std::optional<double>>& upper,
                        const std::vector<std::int64_t>& counts, const QString& seriesName, QColor color)
{
    CategoryData data;
    const auto n = static_cast<int>(std::min(lower.size(), counts.size()));
    const std::int64_t total = std::accumulate(counts.begin(), counts.begin() + n, std::int64_t{0});
    BarSeries series{seriesName, {}, color, {}};
    for (int i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const std::optional<double> top = k < upper.size() ? upper[k] : std::nullopt;
        if (top) {
            data.categories << LtvChartData::tr("%1–%2").arg(format::money(lower[k]), format::money(*top));
            data.categoryTooltips
                << LtvChartData::tr("From %1 to under %2").arg(format::money(lower[k]), format::money(*top));
        } else {
            data.categories << LtvChartData::tr("%1 and more").arg(format::money(lower[k]));
            data.categoryTooltips << LtvChartData::tr("%1 and more").arg(format::money(lower[k]));
        }
        series.values.push_back(static_cast<double>(counts[k]));
        series.tooltips.push_back(
            LtvChartData::tr("%Ln customers (%1)", nullptr, static_cast<int>(counts[k])).arg(share(counts[k], total)));
    }
    data.series.push_back(std::move(series));
    if (n > 1) {
        const int step = std::max(1, static_cast<int>(std::ceil(n / 6.0)));
        for (int i = 0; i < n - 1; i += step) {
            if (i > 0 && n - 1 - i < step / 2.0 + 0.5)
                break; // too close to the open bucket's label
            data.axisLabels.emplace_back(i - 0.5,
                                         format::axis(lower[static_cast<std::size_t>(i)], format::Kind::Money));
        }
        data.axisLabels.emplace_back(n - 1, LtvChartData::tr("%1+").arg(format::axis(
                                                lower[static_cast<std::size_t>(n - 1)], format::Kind::Money)));
    }
    return data;
}

/// Cells of a cohort matrix padded to the column count (a short row is empty at its end).
std::vector<std::vector<double>> padded(const std::vector<std::vector<double>>& rows, int columns)
{
    std::vector<std::vector<double>> out;
    for (const auto& row : rows) {
        std::vector<double> r(static_cast<std::size_t>(columns), std::numeric_limits<double>::quiet_NaN());
        std::copy_n(row.begin(), std::min(row.size(), r.size()), r.begin());
        out.push_back(std::move(r));
    }
    return out;
}

HeatMapData cohortGrid(const LtvRunDetail& run)
{
    const LtvCohorts& c = run.cohorts;
    HeatMapData data;
    int columns = c.maxOffset + 1;
    for (const auto& row : c.revenuePerCustomer)
        columns = std::max(columns, static_cast<int>(row.size()));
    for (int i = 0; i < c.months.size(); ++i) {
        const auto size = i < static_cast<int>(c.sizes.size()) ? c.sizes[static_cast<std::size_t>(i)] : 0;
        data.rowLabels << LtvChartData::tr("%1 · %2").arg(LtvTexts::cohortMonth(c.months[i]),
                                                          format::count(static_cast<double>(size)));
        data.rowHeadings << LtvChartData::tr("Cohort %1: %Ln new customers", nullptr, static_cast<int>(size))
                                .arg(LtvTexts::cohortMonth(c.months[i]));
    }
    for (int m = 0; m < columns; ++m)
        data.columnLabels << QString::number(m);
    data.rowTitle = LtvChartData::tr("Cohort · customers");
    data.columnTitle = LtvChartData::tr("Months since the first purchase (0 = the month of the first purchase)");
    return data;
}

} // namespace

CategoryData LtvChartData::valueHistogram(const LtvRunDetail& run, int horizon)
{
    const LtvHorizon& h = run.horizons[static_cast<std::size_t>(std::clamp(horizon, 0, 2))];
    std::vector<double> lower;
    std::vector<std::optional<double>> upper;
    std::vector<std::int64_t> counts;
    for (const LtvValueBucket& b : h.buckets) {
        lower.push_back(b.lower);
        upper.push_back(b.upper);
        counts.push_back(b.customers);
    }
    return bucketBars(lower, upper, counts, tr("Customers"), chartColor(0));
}

QString LtvChartData::valueHistogramTitle(const LtvRunDetail& run, int horizon)
{
    const LtvHorizon& h = run.horizons[static_cast<std::size_t>(std::clamp(horizon, 0, 2))];
    return tr("Historical %1 of %Ln customers", nullptr, static_cast<int>(h.customers))
        .arg(LtvTexts::horizonLtv(h.months));
}

CategoryData LtvChartData::clvHistogram(const LtvRunDetail& run)
{
    if (!run.totals.clvMean || run.clvEdges.empty())
        return {};
    std::vector<std::optional<double>> upper;
    for (std::size_t i = 0; i < run.clvEdges.size(); ++i)
        upper.push_back(i + 1 < run.clvEdges.size() ? std::optional<double>(run.clvEdges[i + 1]) : std::nullopt);
    return bucketBars(run.clvEdges, upper, run.clvCounts, tr("Customers"), chartColor(4));
}

QString LtvChartData::clvHistogramTitle(const LtvRunDetail& run)
{
    const std::int64_t customers = std::accumulate(run.clvCounts.begin(), run.clvCounts.end(), std::int64_t{0});
    return tr("Predicted CLV over %1 of %Ln customers", nullptr, static_cast<int>(customers))
        .arg(LtvTexts::months(run.clvMonths));
}

CategoryData LtvChartData::horizons(const LtvRunDetail& run)
{
    CategoryData data;
    for (const LtvHorizon& h : run.horizons) {
        data.categories << QString::number(h.months);
        data.categoryTooltips << tr("%1: %Ln customers whose first %2 have passed", nullptr,
                                    static_cast<int>(h.customers))
                                         .arg(LtvTexts::horizonLtv(h.months), LtvTexts::months(h.months)) +
                                     QLatin1Char(' ') + tr("(%Ln not yet)", nullptr, static_cast<int>(h.excluded));
    }
    struct Stat {
        QString name;
        std::optional<double> LtvHorizon::*value;
    };
    const Stat stats[] = {{tr("Mean"), &LtvHorizon::mean},
                          {tr("Median"), &LtvHorizon::median},
                          {tr("75th percentile"), &LtvHorizon::p75},
                          {tr("90th percentile"), &LtvHorizon::p90}};
    int index = 0;
    for (const Stat& s : stats) {
        BarSeries series{s.name, {}, chartColor(index == 0 ? 0 : index == 1 ? 2 : index == 2 ? 1 : 4), {}};
        for (const LtvHorizon& h : run.horizons) {
            const std::optional<double> v = h.*s.value;
            series.values.push_back(v.value_or(0.0));
            series.tooltips.push_back(v ? format::money(*v) : tr("no customer has reached this horizon yet"));
        }
        data.series.push_back(std::move(series));
        ++index;
    }
    return data;
}

HeatMapData LtvChartData::cohortRevenue(const LtvRunDetail& run)
{
    HeatMapData data = cohortGrid(run);
    data.values = padded(run.cohorts.revenuePerCustomer, static_cast<int>(data.columnLabels.size()));
    data.kind = format::Kind::Money;
    data.valueTitle = tr("Revenue per customer");
    data.scaleMin = 0.0;
    for (std::size_t r = 0; r < data.values.size(); ++r) {
        std::vector<QString> line;
        for (std::size_t m = 0; m < data.values[r].size(); ++m)
            line.push_back(std::isfinite(data.values[r][m])
                               ? tr("Month %1: %2 per customer so far").arg(m).arg(format::money(data.values[r][m]))
                               : QString());
        data.tooltips.push_back(std::move(line));
    }
    return data;
}

HeatMapData LtvChartData::cohortRetention(const LtvRunDetail& run)
{
    HeatMapData data = cohortGrid(run);
    data.values = padded(run.cohorts.retention, static_cast<int>(data.columnLabels.size()));
    data.kind = format::Kind::Ratio;
    data.valueTitle = tr("Customers who bought that month");
    data.scaleMin = 0.0;
    double top = 0;
    for (const auto& row : data.values)
        for (std::size_t m = 1; m < row.size(); ++m)
            if (std::isfinite(row[m]))
                top = std::max(top, row[m]);
    data.scaleMax = top > 0 ? top : 1.0;
    for (std::size_t r = 0; r < data.values.size(); ++r) {
        const std::int64_t size = r < run.cohorts.sizes.size() ? run.cohorts.sizes[r] : 0;
        std::vector<QString> line;
        for (std::size_t m = 0; m < data.values[r].size(); ++m) {
            const double v = data.values[r][m];
            line.push_back(std::isfinite(v) ? tr("Month %1: %2 of the cohort bought (about %Ln customers)", nullptr,
                                                 static_cast<int>(std::lround(v * static_cast<double>(size))))
                                                  .arg(m)
                                                  .arg(format::percent(v))
                                            : QString());
        }
        data.tooltips.push_back(std::move(line));
    }
    return data;
}

XyData LtvChartData::channelCurves(const LtvRunDetail& run)
{
    XyData data;
    data.x = {tr("Months since the first purchase"), format::Kind::Count, true, 0.0, std::nullopt};
    data.y = {tr("Cumulative revenue per customer"), format::Kind::Money, false, 0.0, std::nullopt};
    double lastX = 0;
    for (const LtvChannel& c : run.channels)
        lastX = std::max(lastX, static_cast<double>(c.curve.size()) - 1);
    // How many customers (of all channels) the late points rest on: those of the cohorts that have
    // reached that month. The last months of a curve come from the earliest cohorts alone.
    std::vector<std::int64_t> reached;
    const LtvCohorts& cohorts = run.cohorts;
    for (std::size_t r = 0; r < cohorts.revenuePerCustomer.size() && r < cohorts.sizes.size(); ++r) {
        const auto& row = cohorts.revenuePerCustomer[r];
        if (reached.size() < row.size())
            reached.resize(row.size(), 0);
        for (std::size_t m = 0; m < row.size(); ++m)
            if (std::isfinite(row[m]))
                reached[m] += cohorts.sizes[r];
    }
    std::vector<XySeries> cacLines;
    for (const LtvChannel& c : run.channels) {
        const QString name = LtvTexts::channelName(c.channel);
        XySeries curve{name, XySeries::Style::Line, {}, LtvTexts::channelColor(c.channel), {}};
        for (std::size_t m = 0; m < c.curve.size(); ++m) {
            if (!std::isfinite(c.curve[m]))
                continue;
            curve.points.emplace_back(static_cast<double>(m), c.curve[m]);
            curve.labels.push_back(
                m < reached.size() && reached[m] > 0
                    ? tr("Month %1: %2 per customer (the cohorts that have reached this month hold %Ln customers of "
                         "all channels)",
                         nullptr, static_cast<int>(reached[m]))
                          .arg(m)
                          .arg(format::money(c.curve[m]))
                    : tr("Month %1: %2 per customer").arg(m).arg(format::money(c.curve[m])));
        }
        if (curve.points.empty())
            continue;
        const int curveIndex = static_cast<int>(data.series.size());
        data.series.push_back(std::move(curve));
        if (c.cac && lastX > 0) {
            const QString payback =
                c.paybackMonth >= 0 ? tr("pays back in month %1").arg(c.paybackMonth + 1) : tr("not paid back yet");
            const QString label =
                tr("CAC %1 (%2 new customers) — %3")
                    .arg(format::money(*c.cac), format::count(static_cast<double>(c.spendCustomers)), payback);
            XySeries line{tr("%1 CAC").arg(name),
                          XySeries::Style::Reference,
                          {{0.0, *c.cac}, {lastX, *c.cac}},
                          LtvTexts::channelColor(c.channel),
                          {label, label}};
            line.follows = curveIndex; // no legend entry: hidden and shown with its channel
            cacLines.push_back(std::move(line));
        }
    }
    for (XySeries& s : cacLines)
        data.series.push_back(std::move(s));
    return data;
}

XyData LtvChartData::cohortCurves(const LtvRunDetail& run)
{
    XyData data;
    data.x = {tr("Months since the first purchase"), format::Kind::Count, true, 0.0, std::nullopt};
    data.y = {tr("Cumulative revenue per customer"), format::Kind::Money, false, 0.0, std::nullopt};
    const LtvCohorts& c = run.cohorts;
    const int rows = static_cast<int>(std::min<std::size_t>(c.revenuePerCustomer.size(), c.months.size()));
    // The latest cohorts with at least one month that has passed (the current month's has none).
    std::vector<int> picked;
    for (int r = rows - 1; r >= 0 && static_cast<int>(picked.size()) < kCohortCurves; --r) {
        const auto& row = c.revenuePerCustomer[static_cast<std::size_t>(r)];
        if (std::any_of(row.begin(), row.end(), [](double v) { return std::isfinite(v); }))
            picked.push_back(r);
    }
    std::reverse(picked.begin(), picked.end()); // oldest first, as the legend reads
    for (std::size_t i = 0; i < picked.size(); ++i) {
        const int r = picked[i];
        const auto& row = c.revenuePerCustomer[static_cast<std::size_t>(r)];
        const std::int64_t size = r < static_cast<int>(c.sizes.size()) ? c.sizes[static_cast<std::size_t>(r)] : 0;
        XySeries curve{tr("%1 (%2)").arg(LtvTexts::cohortMonth(c.months[r]), format::count(static_cast<double>(size))),
                       XySeries::Style::LineWithPoints,
                       {},
                       chartColor(static_cast<int>(i)),
                       {}};
        for (std::size_t m = 0; m < row.size(); ++m) {
            if (!std::isfinite(row[m]))
                continue;
            curve.points.emplace_back(static_cast<double>(m), row[m]);
            curve.labels.push_back(tr("Month %1: %2 per customer").arg(m).arg(format::money(row[m])));
        }
        if (!curve.points.empty())
            data.series.push_back(std::move(curve));
    }
    return data;
}

CategoryData LtvChartData::calibration(const LtvRunDetail& run)
{
    CategoryData data;
    if (!run.calibration)
        return data;
    const LtvCalibration& cal = *run.calibration;
    const QString end = LtvTexts::date(cal.calibrationEnd);
    BarSeries predicted{tr("Predicted"), {}, chartColor(0), {}};
    BarSeries actual{tr("Actual"), {}, chartColor(1), {}};
    for (const LtvCalibrationBucket& b : cal.buckets) {
        const QString bucket = LtvTexts::frequencyBucket(b.frequencyMin, b.frequencyMax);
        data.categories << bucket;
        data.categoryTooltips << tr("%Ln customers with %1 repeat purchases before %2", nullptr,
                                    static_cast<int>(b.customers))
                                     .arg(bucket, end);
        const QLocale locale;
        predicted.values.push_back(b.predicted);
        predicted.tooltips.push_back(tr("%1 per customer (%2 in all)")
                                         .arg(locale.toString(b.predicted, 'f', 3),
                                              locale.toString(b.predicted * static_cast<double>(b.customers), 'f', 1)));
        actual.values.push_back(b.actual);
        actual.tooltips.push_back(
            tr("%1 per customer (%2 in all)")
                .arg(locale.toString(b.actual, 'f', 3), format::count(b.actual * static_cast<double>(b.customers))));
    }
    data.series.push_back(std::move(predicted));
    data.series.push_back(std::move(actual));
    return data;
}

QString LtvChartData::calibrationTitle(const LtvRunDetail& run)
{
    if (!run.calibration)
        return tr("Holdout check");
    const LtvCalibration& cal = *run.calibration;
    return tr("Holdout check, %n days from %1: %2 repeat purchases predicted, %3 happened", nullptr, cal.holdoutDays)
        .arg(LtvTexts::date(cal.calibrationEnd), QLocale().toString(cal.predictedTotal, 'f', 0),
             format::count(cal.actualTotal));
}

} // namespace kestrel::ui
