#include "synth/synth_user_model.h"

#include "synth/synth_calendar.h"
#include "synth/synth_catalog.h"
#include "synth/synth_random.h"
#include "synth/synth_vocabulary.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace kestrel::core {
namespace {

// Independent streams per stage: a pass that needs only the plan does not draw order or event
// numbers, yet every pass sees the same plan.
constexpr std::uint64_t kProfileStream = 1;
constexpr std::uint64_t kPlanStream = 2;
constexpr std::uint64_t kOrderStream = 3;
constexpr std::uint64_t kEventStream = 4;
constexpr std::uint64_t kTasteStream = 5;
constexpr std::uint64_t kTasteOrderStream = 6;
constexpr std::uint64_t kTasteEventStream = 7;

// Shoppers have tastes and some products go together, so what a customer viewed and bought says
// something about what they will buy next (what recommenders learn from): most users favour one
// category, which draws this share of their views and purchases; a further order line is the
// previous line's companion product this often.
constexpr double kTasteUsers = 0.85;
constexpr double kTasteShare = 0.6;
constexpr double kCompanionShare = 0.35;
// Its own stream, so adding the Telegram id left every earlier profile draw (and data set) as it was.
constexpr std::uint64_t kTelegramStream = 8;

constexpr double kChannelWeights[] = {30, 18, 15, 10, 8, 9, 10}; // order of SynthUser::Channel
constexpr double kPreWindowShare = 0.35;                         // customers who signed up before the window
constexpr double kWhaleShare = 0.015;                            // big spenders: more sessions, bigger baskets
constexpr double kChurnShare = 0.28;
constexpr double kBotSessionShare = 0.35; // of a Telegram user's sessions
constexpr double kOtherTelegramShare = 0.12; // users of other channels who also wrote to the shop's bot
constexpr int kMaxSessionEvents = 40;
constexpr int kPurchaseMinEvents = 5; // session_start, product_view, add_to_cart, checkout, purchase
constexpr int kMaxItems = 8;
constexpr int kMaxQuantity = 24;

using EventType = SynthUser::EventType;

template <typename Weights> int pickWeighted(SynthRandom& rng, const Weights& weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double u = rng.uniform() * total;
    int i = 0;
    for (double w : weights) {
        if (u < w)
            return i;
        u -= w;
        ++i;
    }
    return i - 1;
}

EventType browseEvent(SynthRandom& rng)
{
    const double u = rng.uniform();
    if (u < 0.30)
        return EventType::PageView;
    if (u < 0.64)
        return EventType::ProductView;
    if (u < 0.78)
        return EventType::Search;
    if (u < 0.90)
        return EventType::AddToCart;
    if (u < 0.94)
        return EventType::RemoveFromCart;
    if (u < 0.97)
        return EventType::CheckoutStart; // an abandoned checkout
    return EventType::PageView;
}

// A Telegram-like user id (ten digits) that no other user of the same seed shares: (id xor k) and
// the multiplication by an odd number modulo 2^32 are both one-to-one on 32-bit values, and user ids
// stay far below 2^32 (the generator allows 100 million).
std::int64_t telegramIdOf(std::uint64_t seed, std::int64_t id)
{
    const auto k = static_cast<std::uint32_t>(SynthRandom::mix(seed, kTelegramStream));
    const std::uint32_t scrambled = (static_cast<std::uint32_t>(id) ^ k) * 2654435761u;
    return 1'000'000'000LL + static_cast<std::int64_t>(scrambled);
}

} // namespace

SynthUserModel::SynthUserModel(std::uint64_t seed, const SynthCalendar& calendar, const SynthCatalog& catalog)
    : m_seed(seed), m_calendar(calendar), m_catalog(catalog),
      m_lastYear(std::stoi(SynthCalendar::formatDate(calendar.dayNumber(calendar.days() - 1)).substr(0, 4)))
{
}

void SynthUserModel::profile(std::int64_t id, SynthUser& u) const
{
    SynthRandom rng(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(id), kProfileStream));
    const int days = m_calendar.days();
    u.id = id;
    u.firstName = static_cast<int>(rng.below(SynthVocabulary::firstNames().size()));
    u.lastName = static_cast<int>(rng.below(SynthVocabulary::lastNames().size()));
    u.domain = static_cast<int>(rng.below(SynthVocabulary::emailDomains().size()));
    const auto countries = SynthVocabulary::countries();
    double countryWeights[32] = {};
    const std::size_t countryCount = std::min<std::size_t>(countries.size(), 32);
    for (std::size_t i = 0; i < countryCount; ++i)
        countryWeights[i] = countries[i].weight;
    u.country = pickWeighted(rng, std::span<const double>(countryWeights, countryCount));
    const auto& cities = countries[static_cast<std::size_t>(u.country)].cities;
    u.city = rng.chance(0.06) ? -1 : static_cast<int>(rng.below(cities.size()));
    u.channel = static_cast<SynthUser::Channel>(pickWeighted(rng, kChannelWeights));
    if (u.channel == SynthUser::Channel::Telegram)
        u.device = rng.chance(0.85) ? SynthUser::Device::Mobile : SynthUser::Device::Desktop;
    else
        u.device = static_cast<SynthUser::Device>(pickWeighted(rng, std::initializer_list<double>{35, 55, 10}));
    u.birthYear =
        rng.chance(0.08) ? 0 : m_lastYear - static_cast<int>(std::clamp(std::lround(rng.normal(34, 11)), 16L, 80L));
    // Everyone who came through the Telegram channel has a Telegram id; some others wrote to the bot too.
    SynthRandom telegram(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(id), kTelegramStream));
    const bool hasTelegram = u.channel == SynthUser::Channel::Telegram || telegram.chance(kOtherTelegramShare);
    u.telegramId = hasTelegram ? telegramIdOf(m_seed, id) : 0;

    if (rng.chance(kPreWindowShare))
        u.signupDay = -static_cast<int>(rng.between(1, 365));
    else
        u.signupDay = m_calendar.sampleSignupDay(rng);
    u.signupSecond = m_calendar.sampleSecondOfDay(rng);
    u.activeFrom = std::max(u.signupDay, 0);
    u.activeTo = days - 1;
    u.coldStart = days > 2 * kColdStartDays && u.signupDay >= days - kColdStartDays;
    u.whale = !u.coldStart && rng.chance(kWhaleShare);
    u.activity = std::min(30.0, rng.lognormal(0, 0.8));
    if (u.whale)
        u.activity *= 3;
    if (u.coldStart)
        u.activity *= 4; // a burst of curiosity in the first days, still only a handful of events
    // Who buys: many never do, most now and then, a loyal core often; whales always keep buying.
    const double segment = rng.uniform();
    if (u.coldStart)
        u.purchaseRate = 0;
    else if (segment < 0.40)
        u.purchaseRate = 0;
    else if (segment < 0.85)
        u.purchaseRate = std::clamp(rng.lognormal(std::log(0.08), 0.5), 0.01, 0.3);
    else
        u.purchaseRate = rng.uniform(0.25, 0.5);
    if (u.whale)
        u.purchaseRate = std::max(u.purchaseRate, rng.uniform(0.3, 0.5));
    // Engagement predicts retention: the less a user visits and buys, the likelier they leave
    // (about kChurnShare overall); loyal buyers and whales rarely do.
    u.churner = false;
    const bool canChurn = !u.coldStart && u.activeFrom <= days - 1 - kQuietDays;
    const double engagement = std::clamp(1.0 / std::sqrt(std::max(u.activity, 1e-3)), 0.4, 2.2) *
                              (u.purchaseRate >= 0.25 ? 0.45 : u.purchaseRate > 0 ? 0.9 : 1.25);
    if (rng.chance(std::min(0.9, kChurnShare * engagement)) && canChurn) {
        u.churner = true;
        u.activeTo = static_cast<int>(rng.between(u.activeFrom, days - 1 - kQuietDays));
    }
    const double activeDays = u.activeTo - u.activeFrom + 1;
    u.weight = static_cast<std::uint64_t>(std::max(1L, std::lround(u.activity * activeDays * 256.0)));
    // Taste from its own stream, so the profile above draws what it always drew.
    SynthRandom taste(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(id), kTasteStream));
    u.taste = taste.chance(kTasteUsers) ? static_cast<int>(taste.below(SynthVocabulary::categories().size())) : -1;
}

void SynthUserModel::simulate(SynthUser& u, std::int64_t eventCount, Depth depth, Ids& ids) const
{
    u.eventCount = eventCount;
    const std::int64_t firstEventId = ids.nextEvent;
    const std::int64_t firstOrderId = ids.nextOrder;
    plan(u);
    for (auto& s : u.sessions)
        s.id = ids.nextSession++;
    ids.nextEvent += eventCount;
    ids.nextOrder += static_cast<std::int64_t>(
        std::count_if(u.sessions.begin(), u.sessions.end(), [](const auto& s) { return s.order >= 0; }));
    u.orders.clear();
    u.items.clear();
    u.events.clear();
    if (depth == Depth::Plan)
        return;
    buildOrders(u, firstOrderId);
    if (depth == Depth::Events)
        buildEvents(u, firstEventId);
}

void SynthUserModel::plan(SynthUser& u) const
{
    SynthRandom rng(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(u.id), kPlanStream));
    u.sessions.clear();
    const bool telegram = u.channel == SynthUser::Channel::Telegram;
    std::int64_t remaining = u.eventCount;
    std::uint32_t draw = 0;
    while (remaining > 0) {
        auto kind = SynthUser::SessionKind::Browse;
        auto size = std::min<std::int64_t>(kMaxSessionEvents, 2 + rng.geometric(1.0 / 4.5));
        if (telegram && rng.chance(kBotSessionShare)) {
            kind = SynthUser::SessionKind::Bot;
            size = std::min<std::int64_t>(10, 2 + rng.geometric(0.5));
        } else if (u.purchaseRate > 0 && rng.chance(u.purchaseRate) && remaining >= kPurchaseMinEvents) {
            kind = SynthUser::SessionKind::Purchase;
            size = std::max<std::int64_t>(size, kPurchaseMinEvents + rng.geometric(0.5));
        }
        size = std::min(size, remaining);
        remaining -= size;
        // A user who signed up inside the window starts with a session on the sign-up day.
        const bool signupSession = draw == 0 && u.signupDay >= 0;
        // A churner fades before stopping: the earlier of two draws makes the density of their sessions
        // fall linearly to zero at activeTo, so a falling activity trend foretells the stop.
        int day = signupSession ? u.signupDay : m_calendar.sampleActivityDay(rng, u.activeFrom, u.activeTo);
        if (!signupSession && u.churner)
            day = std::min(day, m_calendar.sampleActivityDay(rng, u.activeFrom, u.activeTo));
        int start = signupSession ? u.signupSecond : m_calendar.sampleSecondOfDay(rng);
        const int step = 15 + static_cast<int>(rng.below(76));
        const int duration = static_cast<int>(size - 1) * step;
        start = std::min(start, 86399 - duration); // a session never runs past midnight
        u.sessions.push_back({day, start, step, static_cast<int>(size), -1, kind, draw++, 0});
    }
    std::sort(u.sessions.begin(), u.sessions.end(), [](const auto& a, const auto& b) {
        if (a.day != b.day)
            return a.day < b.day;
        if (a.start != b.start)
            return a.start < b.start;
        return a.draw < b.draw;
    });
    int orders = 0;
    for (auto& s : u.sessions)
        if (s.kind == SynthUser::SessionKind::Purchase)
            s.order = orders++;
    u.createdDay = u.signupDay;
    u.createdSecond = u.signupSecond;
    if (!u.sessions.empty() && u.sessions.front().day == u.signupDay)
        u.createdSecond = std::min(u.signupSecond, u.sessions.front().start);
}

void SynthUserModel::buildOrders(SynthUser& u, std::int64_t firstOrderId) const
{
    SynthRandom rng(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(u.id), kOrderStream));
    // What the shopper's taste and the companions change is drawn from its own stream, after the
    // order stream has drawn what it always drew: orders, lines, quantities and statuses stay as they
    // were, only which products are bought (and so the prices) follow the taste.
    SynthRandom taste(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(u.id), kTasteOrderStream));
    const int lastDay = m_calendar.days() - 1;
    std::array<std::int64_t, kMaxItems> drawn{}; // the order stream's products of this order
    for (const auto& s : u.sessions) {
        if (s.order < 0)
            continue;
        SynthUser::Order o{};
        o.id = firstOrderId + s.order;
        o.day = s.day;
        o.second = s.start + (s.size - 1) * s.step; // the purchase event, last of the session
        o.firstItem = static_cast<int>(u.items.size());
        const auto wanted = std::min<std::int64_t>(kMaxItems, 1 + rng.poisson(u.whale ? 1.5 : 0.5));
        std::size_t drawnCount = 0;
        const auto inOrder = [&](std::int64_t product) {
            return std::any_of(u.items.begin() + o.firstItem, u.items.end(),
                               [&](const auto& it) { return it.productId == product; });
        };
        for (std::int64_t line = 0; line < wanted; ++line) {
            std::int64_t product = m_catalog.pickForPurchase(rng, s.day, u.whale);
            const auto seen = [&](std::int64_t p) {
                return std::find(drawn.begin(), drawn.begin() + static_cast<std::ptrdiff_t>(drawnCount), p) !=
                       drawn.begin() + static_cast<std::ptrdiff_t>(drawnCount);
            };
            for (int retry = 0; retry < 4 && seen(product); ++retry)
                product = m_catalog.pickForPurchase(rng, s.day, u.whale);
            if (seen(product))
                continue; // a tiny catalogue: fewer lines rather than a repeated product
            drawn[drawnCount++] = product;
            auto quantity = 1 + rng.geometric(u.whale ? 0.45 : 0.8);
            if (rng.chance(0.02))
                quantity *= rng.between(3, 10); // occasional bulk buy: the far tail of order values
            quantity = std::min<std::int64_t>(quantity, kMaxQuantity);
            // The companion of the previous line, or a product of the favourite category.
            std::int64_t chosen = product;
            if (static_cast<int>(u.items.size()) > o.firstItem && taste.chance(kCompanionShare)) {
                const std::int64_t companion = m_catalog.companion(u.items.back().productId);
                if (m_catalog.acceptsPrice(taste, companion, s.day))
                    chosen = companion;
            } else if (u.taste >= 0 && taste.chance(kTasteShare)) {
                chosen = m_catalog.pickForPurchase(taste, s.day, u.whale, u.taste);
            }
            if (inOrder(chosen))
                chosen = product;
            if (inOrder(chosen))
                continue;
            const std::int64_t unit = m_catalog.priceOn(chosen, s.day);
            u.items.push_back({chosen, static_cast<int>(quantity), unit});
            o.totalCents += unit * quantity;
        }
        o.itemCount = static_cast<int>(u.items.size()) - o.firstItem;

        const int age = lastDay - s.day;
        const double r = rng.uniform();
        using Status = SynthUser::OrderStatus;
        if (r < 0.05)
            o.status = Status::Cancelled;
        else if (age <= 1)
            o.status = r < 0.5 ? Status::Created : Status::Paid;
        else if (age <= 5)
            o.status = r < 0.3 ? Status::Paid : Status::Shipped;
        else if (age > 7 && r > 0.96)
            o.status = Status::Refunded;
        else
            o.status = Status::Delivered;

        using OChannel = SynthUser::OrderChannel;
        const double c = rng.uniform();
        if (u.channel == SynthUser::Channel::Telegram && c < 0.75)
            o.channel = OChannel::Telegram;
        else if (u.device == SynthUser::Device::Mobile)
            o.channel = c < 0.6 ? OChannel::App : OChannel::Web;
        else if (u.device == SynthUser::Device::Tablet)
            o.channel = c < 0.45 ? OChannel::App : OChannel::Web;
        else
            o.channel = c < 0.07 ? OChannel::Phone : OChannel::Web;
        u.orders.push_back(o);
    }
}

void SynthUserModel::buildEvents(SynthUser& u, std::int64_t firstEventId) const
{
    SynthRandom rng(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(u.id), kEventStream));
    SynthRandom taste(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(u.id), kTasteEventStream));
    const auto commands = static_cast<std::uint64_t>(SynthVocabulary::botCommands().size());
    std::int64_t nextId = firstEventId;
    bool started = false; // a bot user's very first command is /start
    for (const auto& s : u.sessions) {
        const SynthUser::Order* order = s.order >= 0 ? &u.orders[static_cast<std::size_t>(s.order)] : nullptr;
        // In a purchase session the last three events are add_to_cart, checkout_start and purchase;
        // before them come product views (and carts) of the ordered products, and before those browsing.
        const int middle = order ? s.size - 4 : s.size - 1;
        const int funnel = order ? std::min(middle, 2 * order->itemCount - 1) : 0;
        const int browse = middle - funnel;
        std::int64_t current = 0; // the product last looked at, for cart events
        for (int i = 0; i < s.size; ++i) {
            SynthUser::Event e{};
            e.id = nextId++;
            e.sessionId = s.id;
            e.day = s.day;
            e.second = s.start + i * s.step +
                       (i > 0 && i < s.size - 1 ? static_cast<int>(rng.below(static_cast<std::uint64_t>(s.step))) : 0);
            e.command = -1;
            if (i == 0) {
                e.type = EventType::SessionStart;
            } else if (s.kind == SynthUser::SessionKind::Bot) {
                e.type = EventType::BotCommand;
                e.command = static_cast<std::int8_t>(started ? 1 + rng.below(commands - 1) : 0);
                started = true;
            } else if (i <= browse) {
                e.type = browseEvent(rng);
                if (e.type == EventType::ProductView ||
                    (current == 0 && (e.type == EventType::AddToCart || e.type == EventType::RemoveFromCart))) {
                    current = m_catalog.pickPopular(rng);
                    if (u.taste >= 0 && taste.chance(kTasteShare))
                        current = m_catalog.pickPopularIn(taste, u.taste);
                }
                if (e.type == EventType::ProductView || e.type == EventType::AddToCart ||
                    e.type == EventType::RemoveFromCart)
                    e.productId = current;
            } else if (order && i <= middle) {
                // Funnel step k: view of item 0, then (view, cart) pairs for the other items.
                const int k = i - browse - 1;
                const int item = (k + 1) / 2;
                e.type = (k == 0 || k % 2 == 1) ? EventType::ProductView : EventType::AddToCart;
                e.productId = u.items[static_cast<std::size_t>(order->firstItem + item)].productId;
            } else if (order && i == s.size - 3) {
                e.type = EventType::AddToCart;
                e.productId = u.items[static_cast<std::size_t>(order->firstItem)].productId;
            } else if (order && i == s.size - 2) {
                e.type = EventType::CheckoutStart;
            } else {
                e.type = EventType::Purchase;
                e.orderId = order->id;
            }
            u.events.push_back(e);
        }
    }
}

} // namespace kestrel::core
