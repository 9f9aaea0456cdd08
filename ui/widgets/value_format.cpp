#include "widgets/value_format.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kestrel::ui::format {
namespace {

QString number(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

// Drops a trailing ".0" so axis labels stay short (1.5K but 2K).
QString trimmed(double v, int decimals)
{
    if (std::abs(v - std::round(v)) < 1e-9)
        return number(std::round(v), 0);
    return number(v, decimals);
}

} // namespace

QString count(double value)
{
    return QLocale().toString(static_cast<qlonglong>(std::llround(value)));
}

QString money(double value)
{
    return QCoreApplication::translate("kestrel::ui::format", "$%1").arg(number(value, 2));
}

QString moneyCompact(double value)
{
    const double a = std::abs(value);
    if (a < 10'000)
        return money(value);
    if (a < 10'000'000)
        return QCoreApplication::translate("kestrel::ui::format", "$%1K").arg(number(value / 1e3, 1));
    if (a < 10'000'000'000)
        return QCoreApplication::translate("kestrel::ui::format", "$%1M").arg(number(value / 1e6, 2));
    return QCoreApplication::translate("kestrel::ui::format", "$%1B").arg(number(value / 1e9, 2));
}

QString percent(double fraction, int decimals)
{
    return QCoreApplication::translate("kestrel::ui::format", "%1%").arg(number(fraction * 100.0, decimals));
}

QString decimal(double value, int significant)
{
    if (std::abs(value) < 1e-12)
        return number(0, 0);
    // Whole numbers of any size keep their digits; fractions get `significant` of them.
    const double a = std::abs(value);
    const int digits = static_cast<int>(std::floor(std::log10(a))) + 1;
    const int decimals = std::clamp(significant - digits, 0, 6);
    QString text = number(value, decimals);
    if (decimals > 0) {
        const QChar point = QLocale().decimalPoint().front();
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

QString value(std::optional<double> v, Kind kind)
{
    if (!v)
        return QStringLiteral("—");
    switch (kind) {
    case Kind::Count:
        return count(*v);
    case Kind::Money:
        return moneyCompact(*v);
    case Kind::Ratio:
        return percent(*v, 1);
    case Kind::Number:
        return decimal(*v, 3);
    }
    return {};
}

QString exact(std::optional<double> v, Kind kind)
{
    if (!v)
        return QCoreApplication::translate("kestrel::ui::format", "not defined");
    switch (kind) {
    case Kind::Count:
        return count(*v);
    case Kind::Money:
        return money(*v);
    case Kind::Ratio:
        return percent(*v, 2);
    case Kind::Number:
        return decimal(*v, 4);
    }
    return {};
}

QString axis(double v, Kind kind)
{
    const double a = std::abs(v);
    QString text;
    if (kind == Kind::Ratio)
        return percent(v, a < 0.1 && a > 1e-12 ? 1 : 0);
    if (kind == Kind::Number && a < 1e4)
        return decimal(v, 3);
    if (a >= 1e9)
        text = QCoreApplication::translate("kestrel::ui::format", "%1B").arg(trimmed(v / 1e9, 1));
    else if (a >= 1e6)
        text = QCoreApplication::translate("kestrel::ui::format", "%1M").arg(trimmed(v / 1e6, 1));
    else if (a >= 1e4)
        text = QCoreApplication::translate("kestrel::ui::format", "%1K").arg(trimmed(v / 1e3, 1));
    else
        text = trimmed(v, a < 10 ? 1 : 0);
    return kind == Kind::Money ? QCoreApplication::translate("kestrel::ui::format", "$%1").arg(text) : text;
}

QString change(std::optional<double> relativeChange)
{
    if (!relativeChange)
        return QCoreApplication::translate("kestrel::ui::format", "n/a");
    const double pct = *relativeChange * 100.0;
    const QString magnitude = QCoreApplication::translate("kestrel::ui::format", "%1%").arg(number(std::abs(pct), 1));
    if (std::abs(pct) < 0.05)
        return magnitude;
    return (pct > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + magnitude;
}

QString instant(const QString& stored)
{
    // PostgreSQL writes "2026-05-01 00:00:00+00" (or "…+05:30", "….123456+00").
    QString iso = stored.trimmed();
    iso.replace(QLatin1Char(' '), QLatin1Char('T'));
    static const QRegularExpression hourOffset(QStringLiteral("[+-]\\d\\d$"));
    if (hourOffset.match(iso).hasMatch())
        iso += QStringLiteral(":00");
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return stored;
    const QDateTime utc = t.toUTC();
    if (utc.time() == QTime(0, 0))
        return QLocale().toString(utc.date(), QStringLiteral("d MMM yyyy"));
    return QCoreApplication::translate("kestrel::ui::format", "%1 UTC")
        .arg(QLocale().toString(utc, QStringLiteral("d MMM yyyy, HH:mm")));
}

} // namespace kestrel::ui::format
