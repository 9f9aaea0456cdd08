#include "models/anomaly_texts.h"

#include "pages/dashboard_page.h"

#include <QtCore/QLocale>

#include <cmath>

namespace kestrel::ui {

QString AnomalyTexts::metric(const QString& metric, const QString& eventType)
{
    if (metric == QLatin1String("revenue"))
        return tr("Revenue");
    if (metric == QLatin1String("orders"))
        return tr("Orders");
    if (metric == QLatin1String("new_users"))
        return tr("New users");
    if (metric == QLatin1String("conversion"))
        return tr("Conversion");
    if (metric == QLatin1String("events"))
        return tr("Events: %1").arg(DashboardPage::eventTypeLabel(eventType));
    return metric;
}

format::Kind AnomalyTexts::valueKind(const QString& metric)
{
    if (metric == QLatin1String("revenue"))
        return format::Kind::Money;
    if (metric == QLatin1String("conversion"))
        return format::Kind::Ratio;
    return format::Kind::Count;
}

QString AnomalyTexts::value(const QString& metric, double v)
{
    return format::exact(v, valueKind(metric));
}

QString AnomalyTexts::direction(const QString& direction)
{
    return direction == QLatin1String("spike")  ? tr("Spike")
           : direction == QLatin1String("drop") ? tr("Drop")
                                                : direction;
}

QString AnomalyTexts::severity(const QString& severity)
{
    if (severity == QLatin1String("low"))
        return tr("Low");
    if (severity == QLatin1String("medium"))
        return tr("Medium");
    if (severity == QLatin1String("high"))
        return tr("High");
    return severity;
}

QString AnomalyTexts::status(const QString& status)
{
    if (status == QLatin1String("new"))
        return tr("To review");
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("dismissed"))
        return tr("Dismissed");
    return status;
}

QString AnomalyTexts::deviation(double relative)
{
    if (!std::isfinite(relative))
        return QStringLiteral("—");
    const QString number = format::percent(std::abs(relative), 1);
    return relative >= 0 ? QStringLiteral("+") + number : QStringLiteral("−") + number;
}

QColor AnomalyTexts::markColor(const QString& status)
{
    if (status == QLatin1String("accepted"))
        return QColor(0x64, 0x74, 0x8b);
    if (status == QLatin1String("dismissed"))
        return QColor(0xcb, 0xd5, 0xe1);
    return QColor(0xea, 0x58, 0x0c);
}

QString AnomalyTexts::markTooltip(const QString& metric, double value, double baseline, double score,
                                  const QString& direction, const QString& status)
{
    return tr("%1 (%2): %3, expected about %4\nscore %5 · %6")
        .arg(AnomalyTexts::direction(direction), AnomalyTexts::status(status).toLower(),
             AnomalyTexts::value(metric, value), AnomalyTexts::value(metric, baseline),
             QLocale().toString(score, 'f', 1),
             AnomalyTexts::deviation(baseline != 0 ? (value - baseline) / baseline : std::nan("")));
}

} // namespace kestrel::ui
