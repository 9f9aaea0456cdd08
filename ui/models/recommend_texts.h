#pragma once

#include "models/recommend_snapshot.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QString>
#include <QtGui/QColor>

namespace kestrel::ui {

/// The words of the Recommendations page — reasons, parts of the hybrid, the evaluated models and
/// their metrics — shared by its header, charts and tables, so each is translated once.
class RecommendTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::RecommendTexts)
public:
    /// The reason of one recommendation as a sentence: "Bought together with Trail shoes",
    /// "Viewed together with …", "Similar to …", "Popular in Outdoor", "Popular now". A product
    /// without a name is named by its id ("product 42").
    static QString reasonSentence(const RecommendListItem& item);
    /// A reason kind as a short label (chart categories): "Bought together", "Popular in category".
    static QString reasonName(const QString& reasonKind);
    static QString reasonTooltip(const QString& reasonKind);
    /// A part of the hybrid (ml.recommendations.source): "Item-to-item CF", "Content", "Popularity".
    static QString sourceName(const QString& source);
    static QString sourceTooltip(const QString& source);
    /// An evaluated model: "Hybrid", "Item CF alone", "Content alone", "Popularity with recency",
    /// "Plain popularity".
    static QString modelName(RecommendModelKind kind);
    static QString modelTooltip(RecommendModelKind kind);
    /// The JSON key of a model ("hybrid", "item_cf", "content", "popularity_recent", "popularity").
    static QString modelKey(RecommendModelKind kind);
    /// The colour of a model in every chart of the page (the hybrid stands out, plain popularity is grey).
    static QColor modelColor(RecommendModelKind kind);
    /// "product 42" for a product that has no name.
    static QString productLabel(std::int64_t productId, const QString& name);
    /// A content feature the file evaluation used ("category", "price_band") in words.
    static QString contentFeature(const QString& key);
};

} // namespace kestrel::ui
