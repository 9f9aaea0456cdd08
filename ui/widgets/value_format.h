#pragma once

#include <QtCore/QString>

#include <optional>

namespace kestrel::ui::format {

/// How a number reads: an amount of things or of money (US dollars, the orders' currency), a
/// share, or a plain measure (a z-score, a silhouette, a distance).
enum class Kind { Count, Money, Ratio, Number };

/// 1,234,567 (locale grouping).
QString count(double value);
/// $1,234.56 — exact, for tooltips and small amounts.
QString money(double value);
/// $987.65, $1,234.5K, $12.35M — compact for tiles.
QString moneyCompact(double value);
/// 12.3% for 0.123.
QString percent(double fraction, int decimals = 1);
/// A plain measure with at most `significant` significant digits: 0.123, −1.5, 42.
QString decimal(double value, int significant = 3);
/// The tile's main text for a value of that kind; "—" when undefined.
QString value(std::optional<double> v, Kind kind);
/// Exact text for tooltips.
QString exact(std::optional<double> v, Kind kind);
/// Short axis label: 0, 500, 1.5K, 2M; with a currency sign for money.
QString axis(double v, Kind kind);
/// A stored instant (PostgreSQL timestamptz text, e.g. an as-of) as people read it: "1 May 2026"
/// at midnight UTC, else "1 May 2026, 14:30 UTC"; the text itself when it does not parse.
QString instant(const QString& stored);
/// ▲ 12.3% / ▼ 4.0% / 0.0% / n/a (when the previous value is 0 or missing).
QString change(std::optional<double> relativeChange);

} // namespace kestrel::ui::format
