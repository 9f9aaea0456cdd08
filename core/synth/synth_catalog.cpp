#include "synth/synth_catalog.h"

#include "synth/synth_calendar.h"
#include "synth/synth_random.h"
#include "synth/synth_vocabulary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kestrel::core {
namespace {

constexpr std::uint64_t kProductStream = 0x70726f64; // "prod"
// Separate streams, so tags and companions do not move the draws of the product itself.
constexpr std::uint64_t kTagStream = 0x74616773;       // "tags"
constexpr std::uint64_t kCompanionStream = 0x636f6d70; // "comp"
// Zipf exponent of product popularity: the top 1% of products draw roughly a third of views.
constexpr double kZipfExponent = 1.07;
// Price elasticity of demand used when choosing what is bought: a 20% discount lifts sales ~50%.
constexpr double kElasticity = 1.8;
constexpr double kLowestPriceRatio = 0.7; // deepest discount drawn below
constexpr int kPurchaseTries = 6;
constexpr std::size_t kMaxPeriods = 5; // the list price and up to four changes

std::int64_t toCents(double dollars)
{
    return std::max<std::int64_t>(50, std::llround(dollars * 100.0));
}

} // namespace

SynthCatalog::SynthCatalog(std::uint64_t seed, std::int64_t products, const SynthCalendar& calendar)
    : m_seed(seed), m_products(products), m_days(calendar.days())
{
    const auto n = static_cast<std::uint64_t>(products);
    m_scramble = std::max<std::uint64_t>(1, 0x9E3779B97F4A7C15ull % n);
    while (std::gcd(m_scramble, n) != 1)
        ++m_scramble;

    m_offsets.reserve(static_cast<std::size_t>(products) + 1);
    m_periods.reserve(static_cast<std::size_t>(products) * kMaxPeriods); // exact upper bound: no regrowth
    m_offsets.push_back(0);
    m_category.reserve(static_cast<std::size_t>(products));
    std::vector<int> changeDays;
    for (std::int64_t id = 1; id <= products; ++id) {
        SynthRandom rng(SynthRandom::mix(seed, static_cast<std::uint64_t>(id), kProductStream));
        const Product p = simulate(id, rng);
        m_category.push_back(static_cast<std::uint8_t>(p.categoryIndex));
        // Price changes continue the product's own stream, so they do not depend on other products.
        const int changes = 1 + static_cast<int>(rng.below(kMaxPeriods - 1));
        const int lo = std::max(p.createdDay + 1, -120);
        const int hi = m_days - 1;
        changeDays.clear();
        while (static_cast<int>(changeDays.size()) < changes) {
            const int d = static_cast<int>(rng.between(lo, hi));
            if (std::find(changeDays.begin(), changeDays.end(), d) == changeDays.end())
                changeDays.push_back(d);
        }
        std::sort(changeDays.begin(), changeDays.end());
        const double base = static_cast<double>(p.basePriceCents) / 100.0;
        std::int64_t price = p.basePriceCents;
        m_periods.push_back({p.createdDay, static_cast<std::int32_t>(price)});
        for (int d : changeDays) {
            const double u = rng.uniform();
            std::int64_t next;
            if (u < 0.4)
                next = toCents(base * rng.uniform(kLowestPriceRatio, 0.92)); // promotion
            else if (u < 0.8)
                next = toCents(static_cast<double>(price) / 100.0 * rng.uniform(1.02, 1.12)); // increase
            else
                next = p.basePriceCents; // back to list price
            if (next == price)
                next = toCents(static_cast<double>(price) / 100.0 * 1.05);
            price = next;
            m_periods.push_back({d, static_cast<std::int32_t>(price)});
        }
        m_offsets.push_back(static_cast<std::uint32_t>(m_periods.size()));
    }
    // Each category's products in the order of the global popularity ranks.
    m_byCategory.assign(SynthVocabulary::categories().size(), {});
    for (std::uint64_t rank = 0; rank < n; ++rank) {
        const auto id = static_cast<std::int64_t>((rank * m_scramble) % n) + 1;
        m_byCategory[m_category[index(id)]].push_back(id);
    }
}

SynthCatalog::Product SynthCatalog::simulate(std::int64_t id, SynthRandom& rng) const
{
    const auto categories = SynthVocabulary::categories();
    const auto adjectives = SynthVocabulary::adjectives();
    Product p;
    p.id = id;
    p.categoryIndex = static_cast<int>(rng.below(categories.size()));
    const auto& cat = categories[static_cast<std::size_t>(p.categoryIndex)];
    p.category = cat.name;
    p.noun = cat.nouns[rng.below(cat.nouns.size())];
    p.adjective = adjectives[rng.below(adjectives.size())];
    if (!rng.chance(0.12))
        p.brand = cat.brands[rng.below(cat.brands.size())];
    p.modelNumber = static_cast<int>(rng.between(1, 999));
    // Shop prices end in .99.
    const double list = std::min(20000.0, rng.lognormal(std::log(cat.priceMedian), 0.75));
    p.basePriceCents = std::llround(std::max(1.0, std::floor(list)) * 100.0) - 1;
    p.unitCostCents = std::llround(static_cast<double>(p.basePriceCents) * rng.uniform(0.35, 0.7));
    p.active = !rng.chance(0.03);
    p.createdDay = -static_cast<int>(rng.between(30, 730));
    p.createdSecond = static_cast<int>(rng.below(86400));
    return p;
}

SynthCatalog::Product SynthCatalog::product(std::int64_t id) const
{
    SynthRandom rng(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(id), kProductStream));
    Product p = simulate(id, rng);
    // 1–3 distinct tags of the category's vocabulary.
    const auto tags = SynthVocabulary::categories()[static_cast<std::size_t>(p.categoryIndex)].tags;
    SynthRandom tagRng(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(id), kTagStream));
    const int wanted = 1 + static_cast<int>(tagRng.below(3));
    for (int attempt = 0; attempt < 8 && p.tagCount < wanted; ++attempt) {
        const std::string_view tag = tags[tagRng.below(tags.size())];
        if (std::find(p.tags.begin(), p.tags.begin() + p.tagCount, tag) == p.tags.begin() + p.tagCount)
            p.tags[static_cast<std::size_t>(p.tagCount++)] = tag;
    }
    return p;
}

std::int64_t SynthCatalog::priceOn(std::int64_t id, int day) const
{
    const Period* first = periodsBegin(id);
    const Period* last = periodsEnd(id);
    // The first period starts before the window, so every window day falls in some period.
    const Period* it = std::upper_bound(first + 1, last, day, [](int d, const Period& p) { return d < p.startDay; });
    return (it - 1)->priceCents;
}

std::int64_t SynthCatalog::pickPopular(SynthRandom& rng) const
{
    const double n = static_cast<double>(m_products);
    const double e = 1.0 - kZipfExponent;
    const double x = std::pow(1.0 + rng.uniform() * (std::pow(n + 1.0, e) - 1.0), 1.0 / e);
    const auto rank = std::clamp<std::int64_t>(static_cast<std::int64_t>(x) - 1, 0, m_products - 1);
    // Scatter ranks over ids so best-sellers are not simply the lowest ids.
    return static_cast<std::int64_t>((static_cast<std::uint64_t>(rank) * m_scramble) %
                                     static_cast<std::uint64_t>(m_products)) +
           1;
}

std::int64_t SynthCatalog::pickPopularIn(SynthRandom& rng, int category) const
{
    if (category < 0 || static_cast<std::size_t>(category) >= m_byCategory.size() ||
        m_byCategory[static_cast<std::size_t>(category)].empty())
        return pickPopular(rng);
    const auto& ids = m_byCategory[static_cast<std::size_t>(category)];
    const double n = static_cast<double>(ids.size());
    const double e = 1.0 - kZipfExponent;
    const double x = std::pow(1.0 + rng.uniform() * (std::pow(n + 1.0, e) - 1.0), 1.0 / e);
    const auto rank =
        std::clamp<std::int64_t>(static_cast<std::int64_t>(x) - 1, 0, static_cast<std::int64_t>(ids.size()) - 1);
    return ids[static_cast<std::size_t>(rank)];
}

std::int64_t SynthCatalog::companion(std::int64_t id) const
{
    SynthRandom rng(SynthRandom::mix(m_seed, static_cast<std::uint64_t>(id), kCompanionStream));
    std::int64_t other = pickPopular(rng);
    if (other == id)
        other = other % m_products + 1;
    return other;
}

bool SynthCatalog::acceptsPrice(SynthRandom& rng, std::int64_t id, int day) const
{
    const double maxBoost = std::pow(kLowestPriceRatio, -kElasticity);
    const double ratio = static_cast<double>(priceOn(id, day)) / static_cast<double>(periodsBegin(id)->priceCents);
    return rng.uniform() * maxBoost < std::pow(ratio, -kElasticity);
}

std::int64_t SynthCatalog::pickForPurchase(SynthRandom& rng, int day, bool bigSpender, int category) const
{
    const double maxBoost = std::pow(kLowestPriceRatio, -kElasticity);
    const auto pick = [&] { return category >= 0 ? pickPopularIn(rng, category) : pickPopular(rng); };
    std::int64_t id = 0;
    for (int attempt = 0; attempt < kPurchaseTries; ++attempt) {
        id = pick();
        std::int64_t price = priceOn(id, day);
        if (bigSpender) {
            const std::int64_t other = pick();
            if (const std::int64_t otherPrice = priceOn(other, day); otherPrice > price) {
                id = other;
                price = otherPrice;
            }
        }
        const double ratio = static_cast<double>(price) / static_cast<double>(periodsBegin(id)->priceCents);
        if (rng.uniform() * maxBoost < std::pow(ratio, -kElasticity))
            return id;
    }
    return id;
}

} // namespace kestrel::core
