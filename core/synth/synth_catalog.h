#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kestrel::core {

class SynthCalendar;
class SynthRandom;

/// The synthetic product catalogue: products with log-normal list prices and a price history of
/// several periods each (discounts and increases, changing at midnight UTC). Only the price
/// history is kept in memory (8 bytes a period) so orders can look up the price valid on their
/// day; names and other text are regenerated from each product's own seed when written.
class SynthCatalog {
public:
    /// Everything about one product, regenerated on demand.
    struct Product {
        std::int64_t id = 0;
        std::string_view category, brand, adjective, noun; ///< brand may be empty (NULL)
        int categoryIndex = 0;                             ///< into SynthVocabulary::categories()
        std::array<std::string_view, 3> tags{};            ///< 1–3 of the category's tags (crm.products.tags)
        int tagCount = 0;
        int modelNumber = 0;
        std::int64_t basePriceCents = 0;
        std::int64_t unitCostCents = 0;
        bool active = true;
        int createdDay = 0; ///< window day (negative: before the window)
        int createdSecond = 0;
    };
    /// One price period: from startDay (createdDay's createdSecond for the first) to the next one.
    struct Period {
        int startDay;
        std::int32_t priceCents;
    };

    static constexpr std::int64_t kMaxProducts = 10'000'000;

    SynthCatalog(std::uint64_t seed, std::int64_t products, const SynthCalendar& calendar);

    std::int64_t size() const { return m_products; }
    Product product(std::int64_t id) const;
    /// The product's price periods in time order.
    const Period* periodsBegin(std::int64_t id) const { return m_periods.data() + m_offsets[index(id)]; }
    const Period* periodsEnd(std::int64_t id) const { return m_periods.data() + m_offsets[index(id) + 1]; }
    std::int64_t periodCount() const { return static_cast<std::int64_t>(m_periods.size()); }
    /// Price valid on a window day (changes take effect at 00:00 UTC).
    std::int64_t priceOn(std::int64_t id, int day) const;

    /// A product by popularity (Zipf-like: a few best-sellers, a long tail), for views.
    std::int64_t pickPopular(SynthRandom& rng) const;
    /// The same within one category (index into SynthVocabulary::categories()); any product when the
    /// catalogue has none of that category.
    std::int64_t pickPopularIn(SynthRandom& rng, int category) const;
    /// A product for an order on a day: popularity damped by the price elasticity of demand
    /// (discounted products sell more, raised ones less); big spenders lean to dearer products.
    /// category ≥ 0 picks within that category (a customer's taste).
    std::int64_t pickForPurchase(SynthRandom& rng, int day, bool bigSpender, int category = -1) const;
    /// The product often bought together with this one (a charger with a phone): fixed per product,
    /// drawn by popularity from its own seed.
    std::int64_t companion(std::int64_t id) const;
    /// Whether a shopper takes the product at its price on the day (the elasticity's acceptance).
    bool acceptsPrice(SynthRandom& rng, std::int64_t id, int day) const;
    /// The product's category (index into SynthVocabulary::categories()).
    int categoryOf(std::int64_t id) const { return m_category[index(id)]; }

private:
    std::size_t index(std::int64_t id) const { return static_cast<std::size_t>(id - 1); }
    Product simulate(std::int64_t id, SynthRandom& rng) const;

    std::uint64_t m_seed;
    std::int64_t m_products;
    int m_days;
    std::uint64_t m_scramble; // rank -> id permutation: id = (rank * m_scramble) mod n + 1
    std::vector<std::uint32_t> m_offsets;
    std::vector<Period> m_periods;
    std::vector<std::uint8_t> m_category;                // per product
    std::vector<std::vector<std::int64_t>> m_byCategory; // per category: ids by popularity rank
};

} // namespace kestrel::core
