#include "models/customer_texts.h"

#include "models/customer_list_query.h"
#include "pages/segment_chart_data.h"
#include "widgets/value_format.h"

#include <QtCore/QLocale>
#include <QtCore/QStringList>

namespace kestrel::ui {

const QStringList& CustomerTexts::rfmSegments()
{
    // As core::analytics::rfmSegmentName spells them, in the order of ml.rfm_segment_rank (0009).
    static const QStringList names = {
        QStringLiteral("Champions"),      QStringLiteral("Loyal"),     QStringLiteral("Potential loyalists"),
        QStringLiteral("New customers"),  QStringLiteral("Promising"), QStringLiteral("Need attention"),
        QStringLiteral("About to sleep"), QStringLiteral("At risk"),   QStringLiteral("Cannot lose them"),
        QStringLiteral("Hibernating"),    QStringLiteral("Lost")};
    return names;
}

QString CustomerTexts::rfmSegment(const QString& stored)
{
    static const char* const texts[] = {
        QT_TR_NOOP("Champions"),      QT_TR_NOOP("Loyal"),     QT_TR_NOOP("Potential loyalists"),
        QT_TR_NOOP("New customers"),  QT_TR_NOOP("Promising"), QT_TR_NOOP("Need attention"),
        QT_TR_NOOP("About to sleep"), QT_TR_NOOP("At risk"),   QT_TR_NOOP("Cannot lose them"),
        QT_TR_NOOP("Hibernating"),    QT_TR_NOOP("Lost")};
    const qsizetype i = rfmSegments().indexOf(stored);
    return i < 0 ? stored : tr(texts[i]);
}

QString CustomerTexts::segment(int segmentId, const QString& profile)
{
    if (segmentId < 0)
        return tr("Noise");
    const QString shortProfile =
        SegmentChartData::shortProfile(profile, 2).replace(QLatin1Char('\n'), QLatin1Char(' '));
    return shortProfile.isEmpty() ? tr("Segment %1").arg(segmentId) : tr("%1 · %2").arg(segmentId).arg(shortProfile);
}

QString CustomerTexts::churnBand(int band)
{
    const QLocale locale;
    switch (band) {
    case 0:
        return tr("Low (< %1)").arg(locale.toString(0.3, 'f', 1));
    case 1:
        return tr("Medium (%1–%2)").arg(locale.toString(0.3, 'f', 1), locale.toString(0.6, 'f', 1));
    case 2:
        return tr("High (≥ %1)").arg(locale.toString(0.6, 'f', 1));
    case 3:
        return tr("Not scored");
    default:
        return {};
    }
}

QString CustomerTexts::ltvBand(int band, const CustomerLtvBands& bands)
{
    const auto money = [](std::optional<double> v) { return v ? format::money(*v) : QString(); };
    switch (band) {
    case 0:
        return bands.isKnown() ? tr("Bottom 50% (< %1)").arg(money(bands.p50)) : tr("Bottom 50%");
    case 1:
        return bands.isKnown() ? tr("50–80% (%1–%2)").arg(money(bands.p50), money(bands.p80)) : tr("50–80%");
    case 2:
        return bands.isKnown() ? tr("80–95% (%1–%2)").arg(money(bands.p80), money(bands.p95)) : tr("80–95%");
    case 3:
        return bands.isKnown() ? tr("Top 5% (≥ %1)").arg(money(bands.p95)) : tr("Top 5%");
    case 4:
        return tr("No prediction");
    default:
        return {};
    }
}

QString CustomerTexts::eventType(const QString& type)
{
    if (type == QLatin1String("session_start"))
        return tr("Session started");
    if (type == QLatin1String("page_view"))
        return tr("Viewed a page");
    if (type == QLatin1String("search"))
        return tr("Searched");
    if (type == QLatin1String("product_view"))
        return tr("Viewed a product");
    if (type == QLatin1String("add_to_cart"))
        return tr("Added to cart");
    if (type == QLatin1String("remove_from_cart"))
        return tr("Removed from cart");
    if (type == QLatin1String("checkout_start"))
        return tr("Started checkout");
    if (type == QLatin1String("purchase"))
        return tr("Purchase");
    if (type == QLatin1String("bot_command"))
        return tr("Bot command");
    return type;
}

QString CustomerTexts::orderStatus(const QString& status)
{
    if (status == QLatin1String("created"))
        return tr("Created");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("shipped"))
        return tr("Shipped");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QString CustomerTexts::device(const QString& device)
{
    if (device == QLatin1String("desktop"))
        return tr("Desktop");
    if (device == QLatin1String("mobile"))
        return tr("Mobile");
    if (device == QLatin1String("tablet"))
        return tr("Tablet");
    return device;
}

QString CustomerTexts::recommendationReason(const QString& kind, const QString& productName, const QString& category)
{
    if (kind == QLatin1String("bought_together"))
        return tr("Bought together with %1").arg(productName);
    if (kind == QLatin1String("viewed_together"))
        return tr("Viewed together with %1").arg(productName);
    if (kind == QLatin1String("similar_to"))
        return tr("Similar to %1").arg(productName);
    if (kind == QLatin1String("popular_in_category"))
        return tr("Popular in %1").arg(category);
    return tr("Popular now");
}

QString CustomerTexts::recommendationSource(const QString& source)
{
    if (source == QLatin1String("item_cf"))
        return tr("Item-to-item");
    if (source == QLatin1String("content"))
        return tr("Similar products");
    if (source == QLatin1String("popular"))
        return tr("Popularity");
    return source;
}

QString CustomerTexts::missing()
{
    return QStringLiteral("—");
}

QString CustomerTexts::days(int days)
{
    return tr("%n days", nullptr, days);
}

} // namespace kestrel::ui
