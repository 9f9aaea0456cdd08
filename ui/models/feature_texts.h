#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace kestrel::ui {

/// The words for the customer features of core/customers/FeatureBuilder (every name of
/// FeatureBuilder::featureNames()), shared by every page that shows them: segment profiles,
/// feature importance, the reasons of a score.
class FeatureTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::FeatureTexts)
public:
    /// A readable name: "days_since_last_event" → "Days since last visit"; an unknown name is
    /// returned as it is.
    static QString label(const QString& feature);
    /// A shorter name for a narrow axis ("recency_days" → "Recency"); label() when there is none.
    static QString shortLabel(const QString& feature);
    /// One sentence on what the feature measures, for tooltips.
    static QString description(const QString& feature);
    /// The user's value as people read it: days and counts whole, money in dollars, shares in
    /// percent; "none" when missing (no event in the window, no order).
    static QString value(const QString& feature, std::optional<double> value);
    /// One reason of a score: "Days since last visit: 45 (+0.83)" — the value and the feature's
    /// contribution to the score in log-odds.
    static QString reason(const QString& feature, std::optional<double> value, double contribution);
    /// "+0.83" in the locale's digits.
    static QString contribution(double logOdds);
    /// True for the names FeatureBuilder makes.
    static bool isKnown(const QString& feature);
};

} // namespace kestrel::ui
