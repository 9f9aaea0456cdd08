#include "models/recommend_texts.h"

#include "charts/chart_palette.h"

namespace kestrel::ui {

QString RecommendTexts::productLabel(std::int64_t productId, const QString& name)
{
    return name.isEmpty() ? tr("product %1").arg(productId) : name;
}

QString RecommendTexts::reasonSentence(const RecommendListItem& item)
{
    const QString product =
        item.reasonProductId ? productLabel(*item.reasonProductId, item.reasonProductName) : tr("an earlier product");
    if (item.reasonKind == QLatin1String("bought_together"))
        return tr("Bought together with %1").arg(product);
    if (item.reasonKind == QLatin1String("viewed_together"))
        return tr("Viewed together with %1").arg(product);
    if (item.reasonKind == QLatin1String("similar_to"))
        return tr("Similar to %1").arg(product);
    if (item.reasonKind == QLatin1String("popular_in_category"))
        return tr("Popular in %1").arg(item.reasonCategory.isEmpty() ? item.category : item.reasonCategory);
    return tr("Popular now");
}

QString RecommendTexts::reasonName(const QString& reasonKind)
{
    if (reasonKind == QLatin1String("bought_together"))
        return tr("Bought together");
    if (reasonKind == QLatin1String("viewed_together"))
        return tr("Viewed together");
    if (reasonKind == QLatin1String("similar_to"))
        return tr("Similar");
    if (reasonKind == QLatin1String("popular_in_category"))
        return tr("Popular in category");
    if (reasonKind == QLatin1String("popular"))
        return tr("Popular");
    return reasonKind;
}

QString RecommendTexts::reasonTooltip(const QString& reasonKind)
{
    if (reasonKind == QLatin1String("bought_together"))
        return tr("Customers who bought a product this user bought also bought this one");
    if (reasonKind == QLatin1String("viewed_together"))
        return tr("Customers who looked at a product this user looked at also looked at this one");
    if (reasonKind == QLatin1String("similar_to"))
        return tr("Like a product in the user's history: category, brand, price band and tags");
    if (reasonKind == QLatin1String("popular_in_category"))
        return tr("Selling well lately in the user's favourite category");
    if (reasonKind == QLatin1String("popular"))
        return tr("Selling well lately across the shop (what new users get)");
    return {};
}

QString RecommendTexts::sourceName(const QString& source)
{
    if (source == QLatin1String("item_cf"))
        return tr("Item-to-item CF");
    if (source == QLatin1String("content"))
        return tr("Content");
    if (source == QLatin1String("popular"))
        return tr("Popularity");
    return source;
}

QString RecommendTexts::sourceTooltip(const QString& source)
{
    if (source == QLatin1String("item_cf"))
        return tr("Collaborative filtering: products that go together in other customers' views, carts and "
                  "purchases");
    if (source == QLatin1String("content"))
        return tr("Content: products like the ones in the user's history (category, brand, price band, tags)");
    if (source == QLatin1String("popular"))
        return tr("Popularity with recency: what sells lately, in the user's favourite category or overall");
    return {};
}

QString RecommendTexts::modelKey(RecommendModelKind kind)
{
    switch (kind) {
    case RecommendModelKind::Hybrid:
        return QStringLiteral("hybrid");
    case RecommendModelKind::ItemCf:
        return QStringLiteral("item_cf");
    case RecommendModelKind::Content:
        return QStringLiteral("content");
    case RecommendModelKind::PopularityRecent:
        return QStringLiteral("popularity_recent");
    case RecommendModelKind::Popularity:
    case RecommendModelKind::Count:
        break;
    }
    return QStringLiteral("popularity");
}

QString RecommendTexts::modelName(RecommendModelKind kind)
{
    switch (kind) {
    case RecommendModelKind::Hybrid:
        return tr("Hybrid");
    case RecommendModelKind::ItemCf:
        return tr("Item CF alone");
    case RecommendModelKind::Content:
        return tr("Content alone");
    case RecommendModelKind::PopularityRecent:
        return tr("Popularity with recency");
    case RecommendModelKind::Popularity:
    case RecommendModelKind::Count:
        break;
    }
    return tr("Plain popularity");
}

QString RecommendTexts::modelTooltip(RecommendModelKind kind)
{
    switch (kind) {
    case RecommendModelKind::Hybrid:
        return tr("What Kestrel recommends: item CF, content and popularity blended by how much history a user has");
    case RecommendModelKind::ItemCf:
        return tr("Item-to-item collaborative filtering on its own");
    case RecommendModelKind::Content:
        return tr("The content-based part on its own (product attributes)");
    case RecommendModelKind::PopularityRecent:
        return tr("The same best sellers for everyone, recent sales weighing more");
    case RecommendModelKind::Popularity:
    case RecommendModelKind::Count:
        break;
    }
    return tr("The all-time best sellers for everyone: the baseline to beat");
}

QColor RecommendTexts::modelColor(RecommendModelKind kind)
{
    switch (kind) {
    case RecommendModelKind::Hybrid:
        return chartColor(0);
    case RecommendModelKind::ItemCf:
        return chartColor(1);
    case RecommendModelKind::Content:
        return chartColor(2);
    case RecommendModelKind::PopularityRecent:
        return chartColor(3);
    case RecommendModelKind::Popularity:
    case RecommendModelKind::Count:
        break;
    }
    return chartMutedColor();
}

QString RecommendTexts::contentFeature(const QString& key)
{
    if (key == QLatin1String("category"))
        return tr("category");
    if (key == QLatin1String("price_band"))
        return tr("price band");
    if (key == QLatin1String("brand"))
        return tr("brand");
    if (key == QLatin1String("tags"))
        return tr("tags");
    return key;
}

} // namespace kestrel::ui
