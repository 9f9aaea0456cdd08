#include "analytics/recommend_item_cf.h"

#include "analytics/parallel_rows.h"
#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace kestrel::core::analytics {

void cappedRow(std::span<const FeedbackEntry> row, int maxItems, std::vector<FeedbackEntry>& out)
{
    out.assign(row.begin(), row.end());
    if (out.size() <= static_cast<std::size_t>(maxItems))
        return;
    const auto heavier = [](const FeedbackEntry& a, const FeedbackEntry& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.item < b.item;
    };
    std::nth_element(out.begin(), out.begin() + maxItems, out.end(), heavier);
    out.resize(static_cast<std::size_t>(maxItems));
    std::sort(out.begin(), out.end(), [](const FeedbackEntry& a, const FeedbackEntry& b) { return a.item < b.item; });
}

ItemNeighbours itemNeighbours(const FeedbackMatrix& feedback, const ItemCfOptions& options,
                              const KernelControl& control)
{
    if (options.neighbours < 1 || options.maxUserItems < 1)
        throw Error(Error::Code::InvalidArgument, "recommend: neighbours and the history cap must be at least 1");
    if (!(options.shrink >= 0))
        throw Error(Error::Code::InvalidArgument, "recommend: the similarity shrinkage must not be negative");
    const std::int32_t items = feedback.items;
    const auto nItems = static_cast<std::size_t>(items);

    // Rows capped to the heaviest M items, and the same cells by item (which users saw item i).
    std::vector<std::int64_t> rowStart(static_cast<std::size_t>(feedback.users) + 1, 0);
    std::vector<std::int32_t> rowItem;
    std::vector<float> rowValue;
    rowItem.reserve(feedback.entries.size());
    rowValue.reserve(feedback.entries.size());
    std::vector<std::int64_t> colStart(nItems + 1, 0);
    std::vector<FeedbackEntry> capped;
    for (std::int32_t u = 0; u < feedback.users; ++u) {
        cappedRow(feedback.row(u), options.maxUserItems, capped);
        for (const auto& e : capped) {
            rowItem.push_back(e.item);
            rowValue.push_back(e.weight);
            ++colStart[static_cast<std::size_t>(e.item) + 1];
        }
        rowStart[static_cast<std::size_t>(u) + 1] = static_cast<std::int64_t>(rowItem.size());
        if (u % 65536 == 0)
            control.throwIfStopped();
    }
    for (std::size_t i = 0; i < nItems; ++i)
        colStart[i + 1] += colStart[i];
    std::vector<std::int32_t> colUser(rowItem.size());
    std::vector<float> colValue(rowItem.size());
    std::vector<double> norm(nItems, 0.0);
    {
        std::vector<std::int64_t> next(colStart.begin(), colStart.end() - 1);
        for (std::int32_t u = 0; u < feedback.users; ++u)
            for (auto k = rowStart[static_cast<std::size_t>(u)]; k < rowStart[static_cast<std::size_t>(u) + 1]; ++k) {
                const auto i = static_cast<std::size_t>(rowItem[static_cast<std::size_t>(k)]);
                const float v = rowValue[static_cast<std::size_t>(k)];
                const auto at = static_cast<std::size_t>(next[i]++);
                colUser[at] = u;
                colValue[at] = v;
                norm[i] += static_cast<double>(v) * v;
            }
    }
    for (auto& n : norm)
        n = std::sqrt(n);
    control.throwIfStopped();
    control.report(0.1);

    // Per item: dot products with every co-occurring item through the users who have both, then the
    // top K. Each thread takes a contiguous slice of items with its own dense accumulator.
    const int parts = defaultThreads(options.threads);
    const auto k = static_cast<std::size_t>(options.neighbours);
    std::vector<std::vector<std::int32_t>> outItem(static_cast<std::size_t>(parts));
    std::vector<std::vector<float>> outSim(static_cast<std::size_t>(parts));
    std::vector<std::vector<std::int64_t>> outCount(static_cast<std::size_t>(parts));
    parallelRows(items, parts, [&](std::int64_t begin, std::int64_t end, int part) {
        std::vector<double> acc(nItems, 0.0);
        std::vector<std::int32_t> touched;
        std::vector<std::pair<float, std::int32_t>> best;
        auto& oi = outItem[static_cast<std::size_t>(part)];
        auto& os = outSim[static_cast<std::size_t>(part)];
        auto& oc = outCount[static_cast<std::size_t>(part)];
        oc.reserve(static_cast<std::size_t>(end - begin));
        for (std::int64_t i = begin; i < end; ++i) {
            if ((i - begin) % 256 == 0) {
                if (part == 0) {
                    control.throwIfStopped();
                    control.report(0.1 + 0.9 * static_cast<double>(i - begin) / static_cast<double>(end - begin));
                } else if (control.stopRequested()) {
                    throw Error(Error::Code::Cancelled, "analytics kernel cancelled");
                }
            }
            touched.clear();
            for (auto c = colStart[static_cast<std::size_t>(i)]; c < colStart[static_cast<std::size_t>(i) + 1]; ++c) {
                const auto u = static_cast<std::size_t>(colUser[static_cast<std::size_t>(c)]);
                const double vi = colValue[static_cast<std::size_t>(c)];
                for (auto r = rowStart[u]; r < rowStart[u + 1]; ++r) {
                    const std::int32_t j = rowItem[static_cast<std::size_t>(r)];
                    if (j == i)
                        continue;
                    double& a = acc[static_cast<std::size_t>(j)];
                    if (a == 0.0)
                        touched.push_back(j);
                    a += vi * rowValue[static_cast<std::size_t>(r)];
                }
            }
            best.clear();
            const double ni = norm[static_cast<std::size_t>(i)];
            for (const std::int32_t j : touched) {
                double& a = acc[static_cast<std::size_t>(j)];
                const double s = a / (ni * norm[static_cast<std::size_t>(j)] + options.shrink);
                a = 0.0;
                if (s > 0)
                    best.emplace_back(static_cast<float>(s), j);
            }
            const auto better = [](const std::pair<float, std::int32_t>& a, const std::pair<float, std::int32_t>& b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            };
            if (best.size() > k) {
                std::nth_element(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(k), best.end(), better);
                best.resize(k);
            }
            std::sort(best.begin(), best.end(), better);
            oc.push_back(static_cast<std::int64_t>(best.size()));
            for (const auto& [s, j] : best) {
                oi.push_back(j);
                os.push_back(s);
            }
        }
    });

    ItemNeighbours result;
    result.items = items;
    result.start.reserve(nItems + 1);
    result.start.push_back(0);
    for (std::size_t p = 0; p < static_cast<std::size_t>(parts); ++p) {
        for (const auto c : outCount[p])
            result.start.push_back(result.start.back() + c);
        result.item.insert(result.item.end(), outItem[p].begin(), outItem[p].end());
        result.sim.insert(result.sim.end(), outSim[p].begin(), outSim[p].end());
    }
    control.report(1.0);
    return result;
}

} // namespace kestrel::core::analytics
