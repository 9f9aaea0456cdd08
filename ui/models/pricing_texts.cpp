#include "models/pricing_texts.h"

#include <QtCore/QLocale>

#include <cmath>

namespace kestrel::ui {

QString PricingTexts::flagName(const QString& flag)
{
    if (flag.isEmpty())
        return tr("Reliable");
    if (flag == QLatin1String("few_observations"))
        return tr("Few observations");
    if (flag == QLatin1String("little_price_variation"))
        return tr("Little price variation");
    if (flag == QLatin1String("wide_interval"))
        return tr("Interval too wide");
    if (flag == QLatin1String("positive_slope"))
        return tr("Demand rises with price");
    if (flag == QLatin1String("poor_fit"))
        return tr("Poor fit");
    return flag;
}

QString PricingTexts::flagExplanation(const QString& flag)
{
    if (flag.isEmpty())
        return tr("Enough weeks and price changes, a narrow 95% interval and a fit that explains a fair share of "
                  "the weekly ups and downs: the estimate can be used for pricing decisions.");
    if (flag == QLatin1String("few_observations"))
        return tr("Fewer than 30 product-weeks with sales or fewer than 8 different weeks: too little data to "
                  "tell the price effect from chance. Use a longer period or look at the category.");
    if (flag == QLatin1String("little_price_variation"))
        return tr("The price hardly changed (fewer than 3 price levels, or changes of under about 2%): demand cannot "
                  "be compared at different prices, so the slope says little.");
    if (flag == QLatin1String("wide_interval"))
        return tr("The 95% interval is wider than 2: the data agree with very different price responses. Sales are "
                  "too noisy or too thin for a firm number.");
    if (flag == QLatin1String("positive_slope"))
        return tr("Demand rose together with price, clearly. That is not how prices work: something else moved "
                  "with the price (promotion timing, stock, marketing). Do not use it as an elasticity.");
    if (flag == QLatin1String("poor_fit"))
        return tr("Price, trend and season explain under 5% of the week-to-week changes in units: the estimate is "
                  "precise but other causes dominate demand.");
    return {};
}

QString PricingTexts::levelName(bool product)
{
    return product ? tr("Product") : tr("Category");
}

QString PricingTexts::elasticity(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QStringLiteral("—");
    // A real minus sign reads better than a hyphen in a column of negative numbers; −0.001 is "0.00".
    const double shown = std::abs(*value) < 0.005 ? 0.0 : *value;
    return QLocale().toString(shown, 'f', 2).replace(QLatin1Char('-'), QChar(0x2212));
}

QString PricingTexts::interval(std::optional<double> low, std::optional<double> high)
{
    if (!low || !high)
        return QStringLiteral("—");
    return tr("%1 … %2").arg(elasticity(low), elasticity(high));
}

QString PricingTexts::meaning(double e)
{
    const QLocale locale;
    const double change = 100.0 * (std::pow(1.1, e) - 1.0); // the change in units for a 10 % higher price
    const QString amount = locale.toString(std::abs(change), 'f', 0);
    if (std::abs(change) < 0.5)
        return tr("a 10% higher price leaves units sold about the same");
    return change < 0 ? tr("a 10% higher price sells about %1% fewer units").arg(amount)
                      : tr("a 10% higher price sells about %1% more units").arg(amount);
}

} // namespace kestrel::ui
