#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace kestrel::ui {

/// The words of the Pricing page, shared by its header, table and chart, so each is translated once.
class PricingTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::PricingTexts)
public:
    /// A stored flag in words: "few_observations" → "Few observations"; "" → "Reliable".
    static QString flagName(const QString& flag);
    /// Why a flag is raised and what to do about it (a tooltip); for "" what reliable means.
    static QString flagExplanation(const QString& flag);
    /// "Category" / "Product".
    static QString levelName(bool product);
    /// An elasticity with two decimals in the locale ("−1.74"); "—" when missing.
    static QString elasticity(std::optional<double> value);
    /// "−2.10 … −1.42"; "—" when missing.
    static QString interval(std::optional<double> low, std::optional<double> high);
    /// What an elasticity means in words: "a 10% higher price sells about 17% fewer units".
    static QString meaning(double elasticity);
};

} // namespace kestrel::ui
