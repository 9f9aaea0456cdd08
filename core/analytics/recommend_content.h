#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace kestrel::core::analytics {

/// What the catalogue says about each item, indexed like the interactions' items. Every vector has
/// one entry per item (tags in compressed rows: item i's tag ids are tags[tagStart[i] ..
/// tagStart[i + 1]), or tagStart empty when no item has tags).
struct ItemCatalogue {
    std::vector<std::int32_t> category; ///< category id ≥ 0, or −1 for none
    std::vector<std::int32_t> brand;    ///< brand id ≥ 0, or −1 for none
    std::vector<double> price;          ///< > 0, or NaN when unknown
    std::vector<std::int64_t> tagStart;
    std::vector<std::int32_t> tags;   ///< tag ids ≥ 0
    std::vector<std::uint8_t> active; ///< 1 = may be recommended; empty = all active

    std::int32_t size() const { return static_cast<std::int32_t>(category.size()); }
    bool isActive(std::int32_t i) const { return active.empty() || active[static_cast<std::size_t>(i)] != 0; }
};

/// Weights of the attribute groups in an item's content vector.
struct ContentOptions {
    int priceBands = 5; ///< quantile bands of price within the item's category
    double categoryWeight = 1.0;
    double brandWeight = 1.0;
    double priceBandWeight = 1.0;
    double tagWeight = 1.0;         ///< split evenly among the item's tags
    int candidatesPerFeature = 100; ///< a user's content candidates: the most popular items of each profile feature
};

/// One (feature, value) of an item's content vector.
struct ContentCell {
    std::int32_t feature = 0;
    float value = 0;
};

/// The content vectors of the catalogue: one-hot category, brand, price band within category and
/// tags (each group with its weight, tags sharing theirs), L2-normalised, so the cosine of two items
/// is the plain dot product. Items without any attribute have an empty vector and are similar to
/// nothing.
struct ContentModel {
    std::int32_t items = 0;
    std::int32_t features = 0;
    std::vector<std::int32_t> priceBand; ///< 0 … priceBands − 1 (cheapest first), −1 without a price
    std::vector<std::int64_t> start;     ///< item i's cells are cells[start[i] .. start[i + 1])
    std::vector<ContentCell> cells;      ///< ascending feature
    /// Per feature the items that have it, most popular first (ties: lower index), for candidates.
    std::vector<std::int64_t> featureStart;
    std::vector<std::int32_t> featureItems;
    /// Which attributes the catalogue had at all (for reports): category, brand, price, tags.
    bool hasCategory = false, hasBrand = false, hasPrice = false, hasTags = false;

    std::span<const ContentCell> cellsOf(std::int32_t i) const
    {
        const auto b = static_cast<std::size_t>(start[static_cast<std::size_t>(i)]);
        return {cells.data() + b, static_cast<std::size_t>(start[static_cast<std::size_t>(i) + 1]) - b};
    }
    std::span<const std::int32_t> itemsWith(std::int32_t feature) const
    {
        const auto b = static_cast<std::size_t>(featureStart[static_cast<std::size_t>(feature)]);
        return {featureItems.data() + b,
                static_cast<std::size_t>(featureStart[static_cast<std::size_t>(feature) + 1]) - b};
    }
    /// Cosine of two items' content vectors.
    double similarity(std::int32_t a, std::int32_t b) const;
};

/// Price band of each item: the quantile band of its price among the priced items of its category
/// (items without a category form one group): band = ⌊bands · r / n⌋ where r counts the group's
/// items strictly cheaper, so equal prices share a band. −1 for an item without a price.
std::vector<std::int32_t> priceBands(const ItemCatalogue& catalogue, int bands);

/// Builds the content vectors. popularity (one value per item, may be empty) orders each feature's
/// item list. Throws Error(InvalidArgument) when the catalogue's vectors differ in length, an id is
/// below −1 (tags: below 0), a price is ≤ 0, or bands / weights are out of range.
ContentModel buildContentModel(const ItemCatalogue& catalogue, std::span<const double> popularity,
                               const ContentOptions& options);

} // namespace kestrel::core::analytics
