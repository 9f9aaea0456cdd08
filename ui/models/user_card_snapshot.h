#pragma once

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QMetaType>
#include <QtCore/QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace kestrel::ui {

/// One reason of a score, as ml.user_metrics.*_reasons stores it (0006).
struct CardReason {
    QString feature;
    std::optional<double> value;
    double contribution = 0;
};

/// A row of the card's timeline: an event (crm.events; purchase events are left out, their order
/// is its own row) or an order. Newest first; ties at the same instant: orders before events, then
/// the larger id first.
struct CardTimelineItem {
    enum class Kind { Order = 0, Event = 1 };
    Kind kind = Kind::Event;
    QDateTime at;
    QString atKey;       ///< the instant as PostgreSQL prints it (exact; the keyset key)
    std::int64_t id = 0; ///< event_id or order_id
    QString eventType;   ///< events: as stored ("product_view" …)
    std::optional<std::int64_t> productId;
    QString productName;
    std::int64_t sessionId = 0;
    QString detail; ///< events: the bot command or search query when the event has one
    QString status; ///< orders
    std::optional<double> amount;
    int items = 0;
};

/// Where the next timeline page starts.
struct CardTimelineCursor {
    bool started = false;
    QString atKey;
    int kind = 0;
    std::int64_t id = 0;
};

/// One month of the spend chart: revenue of paid, shipped and delivered orders.
struct CardMonth {
    QDate month;
    double revenue = 0;
    int orders = 0;
};

/// A product the user bought (paid, shipped or delivered orders).
struct CardProduct {
    std::int64_t productId = 0;
    QString name;
    QString category;
    std::int64_t quantity = 0;
    double spend = 0;
    int orders = 0;
    QDateTime lastBought;
};

/// A recommended product with its reason (ml.recommendations, 0008).
struct CardRecommendation {
    int rank = 0;
    std::int64_t productId = 0;
    QString name;
    QString category;
    double score = 0;
    QString source;     ///< item_cf, content, popular
    QString reasonKind; ///< bought_together, viewed_together, similar_to, popular_in_category, popular
    std::optional<std::int64_t> reasonProductId;
    QString reasonProductName;
    QString reasonCategory;
};

/// Where the recommendations came from.
enum class RecommendationOrigin {
    Run,         ///< the user's own list of the newest succeeded recommend run
    RunPopular,  ///< no list for the user (newer than the run): the run's popular list
    Bestsellers, ///< no recommend run: the most units sold in the last 90 days of orders
    None,        ///< the shop has no products (or sold none and the run had no popular list)
};

/// Everything the user card shows. Immutable once made; crosses threads.
struct UserCardSnapshot {
    std::int64_t userId = 0;
    bool found = false;

    // Profile (crm.users).
    QString name;
    QString email;
    QString country;
    QString city;
    QString channel;
    QString device;
    std::optional<int> birthYear;
    QDateTime registered;
    std::optional<std::int64_t> telegramId;

    // Scores and values (ml.user_metrics; empty = not computed for this user).
    std::optional<int> segmentId;
    QString segmentProfile;
    std::optional<int> rfmR, rfmF, rfmM;
    QString rfmSegment;
    std::optional<int> frequency;
    std::optional<double> monetary;
    std::optional<int> recencyDays;
    std::optional<double> purchase30d;
    std::vector<CardReason> purchaseReasons;
    std::optional<double> churn;
    std::vector<CardReason> churnReasons;
    std::optional<double> ltv3m, ltv6m, ltv12m, ltvPredicted, pAlive, expected90d;
    QDateTime firstPurchase;

    std::vector<CardTimelineItem> timeline;
    CardTimelineCursor timelineCursor;
    bool timelineMore = false;
    std::vector<CardMonth> spend;
    std::vector<CardProduct> products;
    std::vector<CardRecommendation> recommendations;
    RecommendationOrigin recommendationOrigin = RecommendationOrigin::None;
    std::int64_t recommendRunId = 0;

    double elapsedMs = 0;
};
using UserCardSnapshotPtr = std::shared_ptr<const UserCardSnapshot>;

/// A further page of the timeline.
struct CardTimelinePage {
    std::vector<CardTimelineItem> items;
    CardTimelineCursor cursor;
    bool more = false;
};
using CardTimelinePagePtr = std::shared_ptr<const CardTimelinePage>;

} // namespace kestrel::ui

Q_DECLARE_METATYPE(kestrel::ui::UserCardSnapshotPtr)
Q_DECLARE_METATYPE(kestrel::ui::CardTimelinePagePtr)
