#include "pages/pricing_chart_data.h"

#include "models/pricing_texts.h"

#include <QtCore/QLocale>

#include <algorithm>
#include <cmath>

namespace kestrel::ui {
PricingChartData PricingChart::of(const PricingRow& row)
{
    PricingChartData out;
    const QLocale locale;
    const QString name =
        row.product ? (row.productName.isEmpty() ? QString::number(row.productId) : row.productName) : row.category;
    if (row.elasticity)
        out.title =
            tr("%1: elasticity %2 (95% interval %3)")
                .arg(name, PricingTexts::elasticity(row.elasticity), PricingTexts::interval(row.ciLow, row.ciHigh));
    else
        out.title = tr("%1: no elasticity (%2)").arg(name, PricingTexts::flagName(row.flag).toLower());

    XyData& d = out.data;
    d.x.title = row.product ? tr("Price (log scale)") : tr("Price index, 1 = usual prices (log scale)");
    d.x.kind = row.product ? format::Kind::Money : format::Kind::Number;
    d.x.logarithmic = true;
    d.y.title = tr("Units per week (log)");
    d.y.kind = format::Kind::Count;
    d.y.logarithmic = true;

    XySeries weeks;
    weeks.name = tr("Weeks");
    weeks.style = XySeries::Style::Scatter;
    double sumX = 0, sumY = 0, lo = 0, hi = 0;
    int n = 0;
    for (const PricingPoint& p : row.points) {
        if (!(p.price > 0) || !(p.quantity > 0))
            continue;
        weeks.points.emplace_back(p.price, p.quantity);
        const QString week = locale.toString(p.period, QLocale::ShortFormat);
        const QString price = row.product ? format::money(p.price) : locale.toString(p.price, 'f', 3);
        weeks.labels.push_back(
            (row.product ? tr("Week of %1: %2 units at %3") : tr("Week of %1: %2 units at price index %3"))
                .arg(week, format::count(p.quantity), price));
        sumX += std::log(p.price);
        sumY += std::log(p.quantity);
        lo = n == 0 ? p.price : std::min(lo, p.price);
        hi = n == 0 ? p.price : std::max(hi, p.price);
        ++n;
    }
    d.series.push_back(std::move(weeks));
    if (n > 0) {
        out.meanLogPrice = sumX / n;
        out.meanLogUnits = sumY / n;
    }
    if (row.elasticity && n > 1 && hi > lo) {
        const double e = *row.elasticity;
        const auto fitted = [&](double price) {
            return std::exp(out.meanLogUnits + e * (std::log(price) - out.meanLogPrice));
        };
        XySeries line;
        line.name = tr("Fitted, elasticity %1").arg(PricingTexts::elasticity(e));
        line.style = XySeries::Style::Line;
        line.follows = 0; // no legend: the title names the elasticity, the note explains the line
        line.points = {QPointF(lo, fitted(lo)), QPointF(hi, fitted(hi))};
        const QString meaning = PricingTexts::meaning(e);
        line.labels = {meaning, meaning};
        d.series.push_back(std::move(line));
    }
    return out;
}

} // namespace kestrel::ui
