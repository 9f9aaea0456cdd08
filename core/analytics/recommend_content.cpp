#include "analytics/recommend_content.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

namespace kestrel::core::analytics {
namespace {

Error badCatalogue(const std::string& what)
{
    return Error(Error::Code::InvalidArgument, "recommend: catalogue: " + what);
}

void checkCatalogue(const ItemCatalogue& c)
{
    const auto n = c.category.size();
    if (c.brand.size() != n || c.price.size() != n || (!c.active.empty() && c.active.size() != n) ||
        (!c.tagStart.empty() && c.tagStart.size() != n + 1))
        throw badCatalogue("the attribute vectors differ in length");
    for (std::size_t i = 0; i < n; ++i) {
        if (c.category[i] < -1)
            throw badCatalogue("item " + std::to_string(i) + ": category id " + std::to_string(c.category[i]));
        if (c.brand[i] < -1)
            throw badCatalogue("item " + std::to_string(i) + ": brand id " + std::to_string(c.brand[i]));
        if (!std::isnan(c.price[i]) && !(c.price[i] > 0 && std::isfinite(c.price[i])))
            throw badCatalogue("item " + std::to_string(i) + ": price " + std::to_string(c.price[i]) +
                               " is not positive");
    }
    if (!c.tagStart.empty()) {
        if (c.tagStart.front() != 0 || c.tagStart.back() != static_cast<std::int64_t>(c.tags.size()))
            throw badCatalogue("tag offsets do not cover the tags");
        for (std::size_t i = 0; i < n; ++i)
            if (c.tagStart[i + 1] < c.tagStart[i])
                throw badCatalogue("item " + std::to_string(i) + ": tag offsets decrease");
        for (const auto t : c.tags)
            if (t < 0)
                throw badCatalogue("tag id " + std::to_string(t));
    }
}

} // namespace

double ContentModel::similarity(std::int32_t a, std::int32_t b) const
{
    const auto x = cellsOf(a);
    const auto y = cellsOf(b);
    double dot = 0;
    std::size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
        if (x[i].feature == y[j].feature)
            dot += static_cast<double>(x[i++].value) * y[j++].value;
        else if (x[i].feature < y[j].feature)
            ++i;
        else
            ++j;
    }
    return dot;
}

std::vector<std::int32_t> priceBands(const ItemCatalogue& catalogue, int bands)
{
    const auto n = static_cast<std::size_t>(catalogue.size());
    std::vector<std::int32_t> band(n, -1);
    // Group the priced items by category, cheapest first.
    std::vector<std::int32_t> order;
    for (std::size_t i = 0; i < n; ++i)
        if (!std::isnan(catalogue.price[i]))
            order.push_back(static_cast<std::int32_t>(i));
    std::sort(order.begin(), order.end(), [&](std::int32_t a, std::int32_t b) {
        const auto ca = catalogue.category[static_cast<std::size_t>(a)];
        const auto cb = catalogue.category[static_cast<std::size_t>(b)];
        if (ca != cb)
            return ca < cb;
        const double pa = catalogue.price[static_cast<std::size_t>(a)];
        const double pb = catalogue.price[static_cast<std::size_t>(b)];
        return pa != pb ? pa < pb : a < b;
    });
    for (std::size_t g = 0; g < order.size();) {
        const auto category = catalogue.category[static_cast<std::size_t>(order[g])];
        std::size_t end = g;
        while (end < order.size() && catalogue.category[static_cast<std::size_t>(order[end])] == category)
            ++end;
        const double size = static_cast<double>(end - g);
        std::size_t cheaper = 0; // items of the group strictly cheaper than the current price
        for (std::size_t k = g; k < end; ++k) {
            const double p = catalogue.price[static_cast<std::size_t>(order[k])];
            if (k > g && p != catalogue.price[static_cast<std::size_t>(order[k - 1])])
                cheaper = k - g;
            band[static_cast<std::size_t>(order[k])] =
                std::min(bands - 1, static_cast<std::int32_t>(std::floor(bands * static_cast<double>(cheaper) / size)));
        }
        g = end;
    }
    return band;
}

ContentModel buildContentModel(const ItemCatalogue& catalogue, std::span<const double> popularity,
                               const ContentOptions& options)
{
    checkCatalogue(catalogue);
    if (options.priceBands < 1 || options.priceBands > 100)
        throw badCatalogue("price bands must be 1 to 100, not " + std::to_string(options.priceBands));
    for (const double w : {options.categoryWeight, options.brandWeight, options.priceBandWeight, options.tagWeight})
        if (!(w >= 0) || !std::isfinite(w))
            throw badCatalogue("content weights must be finite and not negative");
    if (options.candidatesPerFeature < 1)
        throw badCatalogue("candidates per feature must be at least 1");
    const std::int32_t n = catalogue.size();
    if (!popularity.empty() && popularity.size() != static_cast<std::size_t>(n))
        throw badCatalogue("popularity has " + std::to_string(popularity.size()) + " values for " + std::to_string(n) +
                           " items");

    ContentModel m;
    m.items = n;
    m.priceBand = priceBands(catalogue, options.priceBands);
    std::int32_t categories = 0, brands = 0, tags = 0;
    for (std::int32_t i = 0; i < n; ++i) {
        categories = std::max(categories, catalogue.category[static_cast<std::size_t>(i)] + 1);
        brands = std::max(brands, catalogue.brand[static_cast<std::size_t>(i)] + 1);
        m.hasPrice = m.hasPrice || m.priceBand[static_cast<std::size_t>(i)] >= 0;
    }
    for (const auto t : catalogue.tags)
        tags = std::max(tags, t + 1);
    m.hasCategory = categories > 0;
    m.hasBrand = brands > 0;
    m.hasTags = tags > 0;
    // Feature ids: categories, brands, price bands per category group (group 0 = no category), tags.
    const std::int32_t brandBase = categories;
    const std::int32_t bandBase = brandBase + brands;
    const std::int32_t tagBase = bandBase + (categories + 1) * options.priceBands;
    m.features = tagBase + tags;

    m.start.reserve(static_cast<std::size_t>(n) + 1);
    m.start.push_back(0);
    std::vector<ContentCell> cells;
    for (std::int32_t i = 0; i < n; ++i) {
        const auto s = static_cast<std::size_t>(i);
        cells.clear();
        if (catalogue.category[s] >= 0 && options.categoryWeight > 0)
            cells.push_back({catalogue.category[s], static_cast<float>(options.categoryWeight)});
        if (catalogue.brand[s] >= 0 && options.brandWeight > 0)
            cells.push_back({brandBase + catalogue.brand[s], static_cast<float>(options.brandWeight)});
        if (m.priceBand[s] >= 0 && options.priceBandWeight > 0)
            cells.push_back({bandBase + (catalogue.category[s] + 1) * options.priceBands + m.priceBand[s],
                             static_cast<float>(options.priceBandWeight)});
        if (!catalogue.tagStart.empty() && options.tagWeight > 0) {
            const auto b = static_cast<std::size_t>(catalogue.tagStart[s]);
            const auto e = static_cast<std::size_t>(catalogue.tagStart[s + 1]);
            std::vector<std::int32_t> own(catalogue.tags.begin() + static_cast<std::ptrdiff_t>(b),
                                          catalogue.tags.begin() + static_cast<std::ptrdiff_t>(e));
            std::sort(own.begin(), own.end());
            own.erase(std::unique(own.begin(), own.end()), own.end());
            for (const auto t : own)
                cells.push_back(
                    {tagBase + t, static_cast<float>(options.tagWeight / std::sqrt(static_cast<double>(own.size())))});
        }
        double norm = 0;
        for (const auto& c : cells)
            norm += static_cast<double>(c.value) * c.value;
        norm = std::sqrt(norm);
        for (auto& c : cells)
            c.value = static_cast<float>(c.value / norm);
        std::sort(cells.begin(), cells.end(),
                  [](const ContentCell& a, const ContentCell& b) { return a.feature < b.feature; });
        m.cells.insert(m.cells.end(), cells.begin(), cells.end());
        m.start.push_back(static_cast<std::int64_t>(m.cells.size()));
    }

    // Inverted lists, most popular first.
    std::vector<std::int32_t> byPopularity(static_cast<std::size_t>(n));
    std::iota(byPopularity.begin(), byPopularity.end(), 0);
    if (!popularity.empty())
        std::stable_sort(byPopularity.begin(), byPopularity.end(), [&](std::int32_t a, std::int32_t b) {
            return popularity[static_cast<std::size_t>(a)] > popularity[static_cast<std::size_t>(b)];
        });
    m.featureStart.assign(static_cast<std::size_t>(m.features) + 1, 0);
    for (const auto& c : m.cells)
        ++m.featureStart[static_cast<std::size_t>(c.feature) + 1];
    for (std::size_t f = 0; f < static_cast<std::size_t>(m.features); ++f)
        m.featureStart[f + 1] += m.featureStart[f];
    m.featureItems.resize(m.cells.size());
    std::vector<std::int64_t> next(m.featureStart.begin(), m.featureStart.end() - 1);
    for (const std::int32_t i : byPopularity)
        for (const auto& c : m.cellsOf(i))
            m.featureItems[static_cast<std::size_t>(next[static_cast<std::size_t>(c.feature)]++)] = i;
    return m;
}

} // namespace kestrel::core::analytics
