#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <optional>

namespace kestrel::ui {

struct CustomerLtvBands;

/// The words of the Customers page and the user card, shared by their tables, filters and export
/// (so each is translated once).
class CustomerTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::CustomerTexts)
public:
    /// An RFM segment as stored ("Champions", core/analytics/rfm_segment.h) in the reader's
    /// language; an unknown name as it is.
    static QString rfmSegment(const QString& stored);
    /// The stored names in their order of value (Champions … Lost).
    static const QStringList& rfmSegments();
    /// "2 · high spend, buys monthly" (the first phrases of the profile), "Segment 2" without one,
    /// "Noise" for DBSCAN's −1.
    static QString segment(int segmentId, const QString& profile);
    /// Churn band 0 "Low (< 0.3)", 1 "Medium (0.3–0.6)", 2 "High (≥ 0.6)", 3 "Not scored".
    static QString churnBand(int band);
    /// LTV band 0 … 3 with its edges ("Top 5 % (≥ $1,234)"), 4 "No prediction".
    static QString ltvBand(int band, const CustomerLtvBands& bands);
    /// An event type as stored ("product_view") in words ("Viewed a product").
    static QString eventType(const QString& type);
    /// An order status as stored ("delivered") in words.
    static QString orderStatus(const QString& status);
    /// A device as stored ("mobile") in words.
    static QString device(const QString& device);
    /// The reason of a recommendation as a sentence: bought_together → "Bought together with X",
    /// viewed_together → "Viewed together with X", similar_to → "Similar to X",
    /// popular_in_category → "Popular in C", popular → "Popular now".
    static QString recommendationReason(const QString& kind, const QString& productName, const QString& category);
    /// Where a recommendation came from, in words ("item-to-item", "content", "popularity").
    static QString recommendationSource(const QString& source);
    /// "—" for a missing value.
    static QString missing();
    /// A day count: "12 days".
    static QString days(int days);
};

} // namespace kestrel::ui
