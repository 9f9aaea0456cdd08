#pragma once

#include <cstdint>
#include <vector>

namespace kestrel::core {

/// One simulated customer: the profile, the planned sessions and, as far as a pass needs them,
/// the orders, order lines and events. Reused from user to user so the vectors keep their
/// capacity and the hot loop does not allocate.
struct SynthUser {
    enum class Channel : std::uint8_t { Organic, PaidSearch, Social, Affiliate, Email, Referral, Telegram };
    enum class Device : std::uint8_t { Desktop, Mobile, Tablet };
    enum class SessionKind : std::uint8_t { Browse, Purchase, Bot };
    enum class OrderStatus : std::uint8_t { Created, Paid, Shipped, Delivered, Cancelled, Refunded };
    enum class OrderChannel : std::uint8_t { Web, App, Telegram, Phone };
    enum class EventType : std::uint8_t {
        SessionStart,
        PageView,
        Search,
        ProductView,
        AddToCart,
        RemoveFromCart,
        CheckoutStart,
        Purchase,
        BotCommand
    };

    struct Session {
        int day;
        int start; ///< second of the day of the first event
        int step;  ///< seconds between events (jittered within the step)
        int size;  ///< events in the session
        int order; ///< index into orders for a purchase session, else -1
        SessionKind kind;
        std::uint32_t draw; ///< generation order, the last sort key (keeps the sort deterministic)
        std::int64_t id;
    };
    struct Order {
        std::int64_t id;
        int day;
        int second;
        OrderStatus status;
        OrderChannel channel;
        std::int64_t totalCents;
        int firstItem;
        int itemCount;
    };
    struct Item {
        std::int64_t productId;
        int quantity;
        std::int64_t unitCents;
    };
    struct Event {
        std::int64_t id;
        std::int64_t productId; ///< 0 = NULL
        std::int64_t orderId;   ///< 0 = NULL
        std::int64_t sessionId;
        int day;
        int second;
        EventType type;
        std::int8_t command; ///< bot command index, -1 = no properties
    };

    // Profile.
    std::int64_t id = 0;
    int firstName = 0, lastName = 0, domain = 0;
    int country = 0, city = -1; ///< city -1 = NULL
    Channel channel = Channel::Organic;
    Device device = Device::Desktop;
    int birthYear = 0; ///< 0 = NULL
    std::int64_t telegramId = 0; ///< 0 = NULL
    int signupDay = 0, signupSecond = 0;
    int createdDay = 0, createdSecond = 0; ///< sign-up, moved no later than the first event
    int activeFrom = 0, activeTo = 0;      ///< window days with activity (a churner stops early)
    double activity = 1;                   ///< relative event rate
    double purchaseRate = 0;               ///< chance that a session ends in an order
    bool whale = false, churner = false, coldStart = false;
    int taste = -1;           ///< favourite product category (index into SynthVocabulary::categories()), −1 = none
    std::uint64_t weight = 0; ///< share of the event budget

    std::int64_t eventCount = 0;
    std::vector<Session> sessions;
    std::vector<Order> orders;
    std::vector<Item> items;
    std::vector<Event> events;
};

} // namespace kestrel::core
