#include "analytics/recommend_feedback.h"

#include "analytics/parallel_rows.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace kestrel::core::analytics {
namespace {

Error badInteraction(std::size_t index, const std::string& what)
{
    return Error(Error::Code::InvalidArgument, "recommend: interaction " + std::to_string(index) + ": " + what);
}

} // namespace

double decayFactor(double ageDays, double halfLifeDays)
{
    if (halfLifeDays <= 0)
        return 1.0;
    return std::exp2(-std::max(0.0, ageDays) / halfLifeDays);
}

FeedbackMatrix buildFeedback(std::span<const Interaction> interactions, std::int32_t users, std::int32_t items,
                             std::int32_t asOfDay, const FeedbackWeights& weights, int threads,
                             const KernelControl& control, std::int32_t endDay)
{
    if (interactions.size() >= 0xFFFFFFFFu)
        throw Error(Error::Code::InvalidArgument, "recommend: more than 4 billion interactions");
    if (users < 0 || items < 0)
        throw Error(Error::Code::InvalidArgument, "recommend: negative user or item count");
    for (const double w : {weights.view, weights.cart, weights.purchase, weights.halfLifeDays})
        if (!(w >= 0) || !std::isfinite(w))
            throw Error(Error::Code::InvalidArgument,
                        "recommend: feedback weights and the half-life must be finite and not negative");

    // Count per user (and check every row once).
    FeedbackMatrix m;
    m.users = users;
    m.items = items;
    std::vector<std::int64_t> start(static_cast<std::size_t>(users) + 1, 0);
    for (std::size_t k = 0; k < interactions.size(); ++k) {
        const Interaction& x = interactions[k];
        if (x.user < 0 || x.user >= users)
            throw badInteraction(k, "user index " + std::to_string(x.user) + " is outside 0.." +
                                        std::to_string(static_cast<long long>(users) - 1));
        if (x.item < 0 || x.item >= items)
            throw badInteraction(k, "item index " + std::to_string(x.item) + " is outside 0.." +
                                        std::to_string(static_cast<long long>(items) - 1));
        if (x.count == 0)
            throw badInteraction(k, "count is 0");
        if (x.day >= endDay)
            continue;
        if (x.day > asOfDay)
            throw badInteraction(k,
                                 "day " + std::to_string(x.day) + " is after the as-of day " + std::to_string(asOfDay));
        ++start[static_cast<std::size_t>(x.user) + 1];
    }
    for (std::size_t u = 0; u < static_cast<std::size_t>(users); ++u)
        start[u + 1] += start[u];
    // A counting sort of the row numbers by user.
    std::vector<std::uint32_t> order(interactions.size());
    {
        std::vector<std::int64_t> next(start.begin(), start.end() - 1);
        for (std::size_t k = 0; k < interactions.size(); ++k)
            if (interactions[k].day < endDay)
                order[static_cast<std::size_t>(next[static_cast<std::size_t>(interactions[k].user)]++)] =
                    static_cast<std::uint32_t>(k);
        order.resize(static_cast<std::size_t>(start.back()));
    }
    control.throwIfStopped();
    control.report(0.3);

    // Each thread sums its contiguous slice of users into its own rows, joined in order.
    const int parts = defaultThreads(threads);
    std::vector<std::vector<FeedbackEntry>> slices(static_cast<std::size_t>(parts));
    std::vector<std::vector<std::int64_t>> sliceStarts(static_cast<std::size_t>(parts));
    parallelRows(users, parts, [&](std::int64_t begin, std::int64_t end, int part) {
        auto& out = slices[static_cast<std::size_t>(part)];
        auto& rows = sliceStarts[static_cast<std::size_t>(part)];
        rows.reserve(static_cast<std::size_t>(end - begin));
        struct Row {
            std::int32_t item, day;
            std::uint16_t count;
            InteractionKind kind;
        };
        std::vector<Row> scratch;
        for (std::int64_t u = begin; u < end; ++u) {
            if (part == 0 && (u - begin) % 16384 == 0) {
                control.throwIfStopped();
                control.report(0.3 + 0.7 * static_cast<double>(u - begin) / static_cast<double>(end - begin));
            } else if ((u - begin) % 16384 == 0 && control.stopRequested()) {
                throw Error(Error::Code::Cancelled, "analytics kernel cancelled");
            }
            rows.push_back(static_cast<std::int64_t>(out.size()));
            const auto b = static_cast<std::size_t>(start[static_cast<std::size_t>(u)]);
            const auto e = static_cast<std::size_t>(start[static_cast<std::size_t>(u) + 1]);
            if (b == e)
                continue;
            scratch.clear();
            for (std::size_t k = b; k < e; ++k) {
                const Interaction& x = interactions[order[k]];
                scratch.push_back({x.item, x.day, x.count, x.kind});
            }
            std::sort(scratch.begin(), scratch.end(),
                      [](const Row& a, const Row& c) { return a.item != c.item ? a.item < c.item : a.day < c.day; });
            for (std::size_t k = 0; k < scratch.size();) {
                FeedbackEntry entry;
                entry.item = scratch[k].item;
                double weight = 0;
                int purchaseDays = 0;
                std::int32_t lastPurchaseDay = 0;
                for (; k < scratch.size() && scratch[k].item == entry.item; ++k) {
                    const Row& x = scratch[k];
                    weight += weights.of(x.kind) * x.count * decayFactor(asOfDay - x.day, weights.halfLifeDays);
                    if (x.kind == InteractionKind::Purchase && (purchaseDays == 0 || x.day != lastPurchaseDay)) {
                        ++purchaseDays;
                        lastPurchaseDay = x.day;
                    }
                }
                entry.weight = static_cast<float>(weight);
                if (purchaseDays > 0)
                    entry.flags |= FeedbackEntry::kBought;
                if (purchaseDays > 1)
                    entry.flags |= FeedbackEntry::kRepeat;
                out.push_back(entry);
            }
        }
    });

    std::size_t total = 0;
    for (const auto& s : slices)
        total += s.size();
    m.entries.reserve(total);
    m.rowStart.reserve(static_cast<std::size_t>(users) + 1);
    for (std::size_t p = 0; p < slices.size(); ++p) {
        const auto offset = static_cast<std::int64_t>(m.entries.size());
        for (const std::int64_t r : sliceStarts[p])
            m.rowStart.push_back(offset + r);
        m.entries.insert(m.entries.end(), slices[p].begin(), slices[p].end());
        std::vector<FeedbackEntry>().swap(slices[p]);
    }
    m.rowStart.push_back(static_cast<std::int64_t>(m.entries.size()));
    control.report(1.0);
    return m;
}

} // namespace kestrel::core::analytics
