#include "models/feature_texts.h"

#include "widgets/value_format.h"

#include <QtCore/QLocale>

#include <cmath>

namespace kestrel::ui {
namespace {

enum class Unit { Days, Count, Money, Share, Ratio };

struct Feature {
    const char* key;
    const char* label;
    const char* shortLabel; // nullptr: the label is short enough
    const char* description;
    Unit unit;
};

// Every column of FeatureBuilder::featureNames(), in its order. The short labels are those the
// Segments page has always shown on its narrow profile chart.
constexpr Feature kFeatures[] = {
    {"recency_days", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Days since last order"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Recency"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Recency: days since the last order"), Unit::Days},
    {"frequency", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Orders"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Orders: the number of completed orders"), Unit::Count},
    {"monetary", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Spend"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Spend: the total of completed orders"), Unit::Money},
    {"tenure_days", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Days since sign-up"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Tenure"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Tenure: days since the customer signed up"), Unit::Days},
    {"avg_basket", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Average basket"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Basket"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Basket: the average order amount"), Unit::Money},
    {"days_between_orders", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Days between orders"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts",
                       "Days between orders: the average gap between completed orders (none with fewer than two)"),
     Unit::Days},
    {"category_spread", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Categories bought"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Categories"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Categories: the number of product categories bought"),
     Unit::Count},
    {"sessions_7d", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Visits, 7 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Visits: sessions started in the last 7 days"), Unit::Count},
    {"sessions_30d", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Visits, 30 days"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Sessions"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Sessions: visits in the last 30 days"), Unit::Count},
    {"sessions_90d", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Visits, 90 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Visits: sessions started in the last 90 days"), Unit::Count},
    {"events_30d_page_view", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Page views, 30 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Page views in the last 30 days"), Unit::Count},
    {"events_30d_product_view", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Product views, 30 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Product pages viewed in the last 30 days"), Unit::Count},
    {"events_30d_add_to_cart", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Added to cart, 30 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Products added to the cart in the last 30 days"), Unit::Count},
    {"events_30d_checkout_start", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Checkouts, 30 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Checkouts started in the last 30 days"), Unit::Count},
    {"events_30d_purchase", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Purchases, 30 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Purchases recorded by the site in the last 30 days"), Unit::Count},
    {"events_30d_search", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Searches, 30 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Searches in the last 30 days"), Unit::Count},
    {"activity_trend", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Activity trend"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Trend"),
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Trend: activity in the last 30 days against the 30 before"),
     Unit::Ratio},
    {"bot_commands_30d", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Bot commands, 30 days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Commands sent to the Telegram bot in the last 30 days"),
     Unit::Count},
    {"days_since_last_event", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Days since last visit"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts",
                       "Days since the last activity of any kind; none when there was none in the last 90 days"),
     Unit::Days},
    {"active_days", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Active days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Active days: days with any activity, over the whole history"),
     Unit::Count},
    {"active_day_share", QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts", "Share of active days"), nullptr,
     QT_TRANSLATE_NOOP("kestrel::ui::FeatureTexts",
                       "Share of active days: active days out of all days since the first one (a steady visitor is "
                       "near their usual rate, a fading one far below it)"),
     Unit::Share},
};

const Feature* find(const QString& feature)
{
    for (const Feature& f : kFeatures) {
        if (feature == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

QString translate(const char* text)
{
    return QCoreApplication::translate("kestrel::ui::FeatureTexts", text);
}

} // namespace

bool FeatureTexts::isKnown(const QString& feature)
{
    return find(feature) != nullptr;
}

QString FeatureTexts::label(const QString& feature)
{
    const Feature* f = find(feature);
    return f ? translate(f->label) : feature;
}

QString FeatureTexts::shortLabel(const QString& feature)
{
    const Feature* f = find(feature);
    if (!f)
        return feature;
    return translate(f->shortLabel ? f->shortLabel : f->label);
}

QString FeatureTexts::description(const QString& feature)
{
    const Feature* f = find(feature);
    return f ? translate(f->description) : feature;
}

QString FeatureTexts::value(const QString& feature, std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return tr("none");
    const Feature* f = find(feature);
    switch (f ? f->unit : Unit::Ratio) {
    case Unit::Days:
    case Unit::Count:
        return format::count(*value);
    case Unit::Money:
        return format::money(*value);
    case Unit::Share:
        return format::percent(*value, 0);
    case Unit::Ratio:
        return format::decimal(*value, 3);
    }
    return {};
}

QString FeatureTexts::contribution(double logOdds)
{
    const QString digits = QLocale().toString(std::abs(logOdds), 'f', 2);
    return logOdds < 0 ? QStringLiteral("−") + digits : QStringLiteral("+") + digits;
}

QString FeatureTexts::reason(const QString& feature, std::optional<double> v, double logOdds)
{
    return tr("%1: %2 (%3)").arg(label(feature), value(feature, v), contribution(logOdds));
}

} // namespace kestrel::ui
