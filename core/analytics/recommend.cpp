#include "analytics/recommend.h"

#include "analytics/parallel_rows.h"
#include "common/error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <string>

namespace kestrel::core::analytics {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

void checkOptions(const RecommendOptions& o)
{
    const auto bad = [](const std::string& what) { return Error(Error::Code::InvalidArgument, "recommend: " + what); };
    if (o.top < 1 || o.top > 100)
        throw bad("the list length must be 1 to 100, not " + std::to_string(o.top));
    if (!(o.personalHistory > 0) || !(o.cfHistory > 0) || !std::isfinite(o.personalHistory) ||
        !std::isfinite(o.cfHistory))
        throw bad("the blend's history constants must be positive");
    if (!(o.categoryPopularityShare >= 0 && o.categoryPopularityShare <= 1))
        throw bad("the category share of popularity must be 0 to 1");
    if (!(o.repeatThreshold >= 0 && o.repeatThreshold <= 1))
        throw bad("the repeat-purchase threshold must be 0 to 1");
    if (o.popularCandidates < 0 || o.profileFeatures < 1)
        throw bad("candidate counts must be positive");
}

/// Per-thread scratch, sized to the catalogue once and reset item by item after each user.
class Workspace {
public:
    explicit Workspace(const RecommenderModel& m)
        : m_model(m), m_cf(static_cast<std::size_t>(m.items), 0.0f), m_cfBest(static_cast<std::size_t>(m.items), 0.0f),
          m_cfBestItem(static_cast<std::size_t>(m.items), -1), m_mark(static_cast<std::size_t>(m.items), 0),
          m_profile(static_cast<std::size_t>(m.content.features), 0.0)
    {
    }

    /// Fills out[0 … N) and returns how many were filled.
    int recommend(std::int32_t user, RecommendMode mode, Recommendation* out);

private:
    static constexpr std::uint8_t kHistory = 1, kBought = 2, kCandidate = 4, kChosen = 8;

    bool excluded(std::int32_t i) const
    {
        const auto s = static_cast<std::size_t>(i);
        return m_model.active[s] == 0 || ((m_mark[s] & kBought) != 0 && !m_model.repeatNormalItem(i));
    }
    void addCandidate(std::int32_t i)
    {
        auto& mark = m_mark[static_cast<std::size_t>(i)];
        if ((mark & kCandidate) == 0) {
            mark |= kCandidate;
            m_candidates.push_back(i);
        }
    }
    int fromList(const std::vector<std::int32_t>& order, Recommendation* out, int count, int top, bool allowExcluded,
                 std::int32_t favourite, bool personal);
    double popularScore(std::int32_t i, std::int32_t favourite) const;
    std::int32_t contentReason(std::int32_t item) const;
    void reset(std::span<const FeedbackEntry> row);

    const RecommenderModel& m_model;
    std::vector<float> m_cf, m_cfBest;
    std::vector<std::int32_t> m_cfBestItem;
    std::vector<std::uint8_t> m_mark;
    std::vector<double> m_profile;
    std::vector<std::int32_t> m_profileTouched;
    std::vector<std::int32_t> m_candidates;
    std::vector<FeedbackEntry> m_capped;
    std::vector<std::int32_t> m_strongest;
    std::vector<std::pair<std::int32_t, double>> m_byCategory;
    struct Scored {
        double score;
        double parts[3];
        std::int32_t item;
    };
    std::vector<Scored> m_scored;
};

double Workspace::popularScore(std::int32_t i, std::int32_t favourite) const
{
    const auto s = static_cast<std::size_t>(i);
    const double recent = m_model.popularity.recent[s];
    const double global = m_model.maxPopular > 0 ? recent / m_model.maxPopular : 0.0;
    if (favourite < -1)
        return global;
    const double share = m_model.options.categoryPopularityShare;
    double inCategory = 0;
    if (m_model.category[s] == favourite) {
        const double max = m_model.categoryMaxPopular[static_cast<std::size_t>(favourite + 1)];
        inCategory = max > 0 ? recent / max : 0.0;
    }
    return (1 - share) * global + share * inCategory;
}

std::int32_t Workspace::contentReason(std::int32_t item) const
{
    std::int32_t best = -1;
    double bestSim = 0, bestWeight = 0;
    for (const auto& e : m_capped) {
        if (e.item == item)
            continue;
        const double s = m_model.content.similarity(item, e.item);
        if (s > bestSim || (s == bestSim && s > 0 && e.weight > bestWeight)) {
            best = e.item;
            bestSim = s;
            bestWeight = e.weight;
        }
    }
    return best;
}

int Workspace::fromList(const std::vector<std::int32_t>& order, Recommendation* out, int count, int top,
                        bool allowExcluded, std::int32_t favourite, bool personal)
{
    const float floor = count > 0 ? out[count - 1].score : 1.0f;
    for (const std::int32_t i : order) {
        if (count >= top)
            break;
        const auto s = static_cast<std::size_t>(i);
        if ((m_mark[s] & kChosen) != 0 || (!allowExcluded && excluded(i)) || m_model.active[s] == 0)
            continue;
        m_mark[s] |= kChosen;
        Recommendation& r = out[count++];
        r.item = i;
        r.score = static_cast<float>(std::min<double>(floor, popularScore(i, personal ? favourite : -2)));
        r.source = RecommendSource::Popular;
        r.reasonItem = -1;
        if (personal && favourite >= 0 && m_model.category[s] == favourite) {
            r.reason = ReasonKind::PopularInCategory;
            r.reasonCategory = favourite;
        } else {
            r.reason = ReasonKind::Popular;
            r.reasonCategory = -1;
        }
    }
    return count;
}

void Workspace::reset(std::span<const FeedbackEntry> row)
{
    for (const auto i : m_candidates) {
        const auto s = static_cast<std::size_t>(i);
        m_cf[s] = 0;
        m_cfBest[s] = 0;
        m_cfBestItem[s] = -1;
        m_mark[s] = 0;
    }
    m_candidates.clear();
    for (const auto& e : row)
        m_mark[static_cast<std::size_t>(e.item)] = 0;
    for (const auto f : m_profileTouched)
        m_profile[static_cast<std::size_t>(f)] = 0;
    m_profileTouched.clear();
}

int Workspace::recommend(std::int32_t user, RecommendMode mode, Recommendation* out)
{
    const RecommendOptions& o = m_model.options;
    const int top = o.top;
    const auto row = m_model.feedback.row(user);
    for (const auto& e : row)
        m_mark[static_cast<std::size_t>(e.item)] =
            kHistory | ((e.flags & FeedbackEntry::kBought) != 0 ? kBought : std::uint8_t{0});
    int count = 0;
    const double n = static_cast<double>(row.size());

    if (mode == RecommendMode::Popular || mode == RecommendMode::PopularRecent) {
        count = fromList(mode == RecommendMode::Popular ? m_model.plainOrder : m_model.popularOrder, out, 0, top, false,
                         -1, false);
        if (mode == RecommendMode::Popular)
            for (int k = 0; k < count; ++k) // all-time counts, scaled by the largest
                out[k].score = static_cast<float>(
                    m_model.popularity.plain[static_cast<std::size_t>(out[k].item)] /
                    std::max(1.0, m_model.popularity.plain[static_cast<std::size_t>(m_model.plainOrder.front())]));
        for (int k = 0; k < count; ++k)
            m_mark[static_cast<std::size_t>(out[k].item)] &= static_cast<std::uint8_t>(~kChosen);
        reset(row);
        return count;
    }
    if (row.empty()) {
        if (mode == RecommendMode::Hybrid)
            count = fromList(m_model.popularOrder, out, 0, top, false, -1, false);
        for (int k = 0; k < count; ++k)
            m_mark[static_cast<std::size_t>(out[k].item)] = 0;
        return count;
    }

    cappedRow(row, o.cf.maxUserItems, m_capped);
    const bool useCf = mode != RecommendMode::Content;
    const bool useContent = mode != RecommendMode::ItemCf;
    const bool usePopular = mode == RecommendMode::Hybrid;

    // Item CF: Σ_j sim(i, j) · w(u, j) over the neighbours of the history items; the largest
    // contribution is the reason.
    if (useCf) {
        for (const auto& e : m_capped) {
            const auto items = m_model.neighbours.itemsOf(e.item);
            const auto sims = m_model.neighbours.simsOf(e.item);
            for (std::size_t k = 0; k < items.size(); ++k) {
                const std::int32_t i = items[k];
                const float c = sims[k] * e.weight;
                addCandidate(i);
                const auto s = static_cast<std::size_t>(i);
                m_cf[s] += c;
                if (c > m_cfBest[s]) {
                    m_cfBest[s] = c;
                    m_cfBestItem[s] = e.item;
                }
            }
        }
    }
    // Content: the user's profile (decayed-weight sum of their items' vectors); candidates are the most
    // popular items of its strongest features; the score is the cosine with the profile.
    double profileNorm = 0;
    if (useContent) {
        for (const auto& e : m_capped)
            for (const auto& c : m_model.content.cellsOf(e.item)) {
                double& p = m_profile[static_cast<std::size_t>(c.feature)];
                if (p == 0)
                    m_profileTouched.push_back(c.feature);
                p += static_cast<double>(e.weight) * c.value;
            }
        for (const auto f : m_profileTouched)
            profileNorm += m_profile[static_cast<std::size_t>(f)] * m_profile[static_cast<std::size_t>(f)];
        profileNorm = std::sqrt(profileNorm);
        if (profileNorm > 0) {
            std::vector<std::int32_t>& strongest = m_strongest;
            strongest.assign(m_profileTouched.begin(), m_profileTouched.end());
            const auto keep = std::min<std::size_t>(strongest.size(), static_cast<std::size_t>(o.profileFeatures));
            std::partial_sort(strongest.begin(), strongest.begin() + static_cast<std::ptrdiff_t>(keep), strongest.end(),
                              [&](std::int32_t a, std::int32_t b) {
                                  const double pa = m_profile[static_cast<std::size_t>(a)];
                                  const double pb = m_profile[static_cast<std::size_t>(b)];
                                  return pa != pb ? pa > pb : a < b;
                              });
            for (std::size_t k = 0; k < keep; ++k) {
                const auto items = m_model.content.itemsWith(strongest[k]);
                const auto take =
                    std::min<std::size_t>(items.size(), static_cast<std::size_t>(o.content.candidatesPerFeature));
                for (std::size_t t = 0; t < take; ++t)
                    addCandidate(items[t]);
            }
        }
    }
    // The favourite category: the largest share of the history's weight.
    std::int32_t favourite = -1;
    if (usePopular) {
        double bestWeight = 0;
        auto& byCategory = m_byCategory;
        byCategory.clear();
        for (const auto& e : row) {
            const std::int32_t c = m_model.category[static_cast<std::size_t>(e.item)];
            if (c < 0)
                continue;
            auto it = std::find_if(byCategory.begin(), byCategory.end(), [c](const auto& p) { return p.first == c; });
            if (it == byCategory.end())
                byCategory.emplace_back(c, e.weight);
            else
                it->second += e.weight;
        }
        for (const auto& [c, w] : byCategory)
            if (w > bestWeight || (w == bestWeight && c < favourite)) {
                bestWeight = w;
                favourite = c;
            }
        const int popular = o.popularCandidates > 0 ? o.popularCandidates : 5 * top;
        int taken = 0;
        for (const auto i : m_model.popularOrder) {
            if (taken >= popular)
                break;
            if (!excluded(i)) {
                addCandidate(i);
                ++taken;
            }
        }
        if (favourite >= 0) {
            taken = 0;
            for (const auto i : m_model.categoryPopular[static_cast<std::size_t>(favourite + 1)]) {
                if (taken >= popular)
                    break;
                if (!excluded(i)) {
                    addCandidate(i);
                    ++taken;
                }
            }
        }
    }

    // Each part's scores over the candidates the user may get, normalised by the part's maximum.
    m_scored.clear();
    double maxPart[3] = {0, 0, 0};
    for (const auto i : m_candidates) {
        if (excluded(i))
            continue;
        Scored sc{0, {0, 0, 0}, i};
        const auto s = static_cast<std::size_t>(i);
        if (useCf)
            sc.parts[0] = m_cf[s];
        if (useContent && profileNorm > 0) {
            double dot = 0;
            for (const auto& c : m_model.content.cellsOf(i))
                dot += m_profile[static_cast<std::size_t>(c.feature)] * c.value;
            sc.parts[1] = dot / profileNorm;
        }
        if (usePopular)
            sc.parts[2] = popularScore(i, favourite);
        for (int p = 0; p < 3; ++p)
            maxPart[p] = std::max(maxPart[p], sc.parts[p]);
        m_scored.push_back(sc);
    }
    // Blend by how much history the user has: personal = n / (n + k0), of which item CF takes
    // n / (n + k1) and content the rest; popularity gets 1 − personal.
    double weight[3] = {0, 0, 0};
    if (mode == RecommendMode::Hybrid) {
        const BlendWeights b = blendWeights(n, o);
        weight[0] = b.itemCf;
        weight[1] = b.content;
        weight[2] = b.popular;
    } else {
        weight[useCf ? 0 : 1] = 1;
    }
    for (auto& sc : m_scored) {
        sc.score = 0;
        for (int p = 0; p < 3; ++p) {
            sc.parts[p] = maxPart[p] > 0 ? weight[p] * sc.parts[p] / maxPart[p] : 0.0;
            sc.score += sc.parts[p];
        }
    }
    const auto better = [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.item < b.item;
    };
    // A few spare places: an item whose content reason turns out to be itself is dropped.
    const auto want = std::min(m_scored.size(), static_cast<std::size_t>(top) + 8);
    std::partial_sort(m_scored.begin(), m_scored.begin() + static_cast<std::ptrdiff_t>(want), m_scored.end(), better);
    for (std::size_t k = 0; k < m_scored.size() && count < top; ++k) {
        Scored& sc = m_scored[k];
        if (k >= want) { // rarely: more than 8 dropped; sort the next block
            std::partial_sort(m_scored.begin() + static_cast<std::ptrdiff_t>(k),
                              m_scored.begin() + static_cast<std::ptrdiff_t>(std::min(m_scored.size(), k + 16)),
                              m_scored.end(), better);
        }
        if (sc.score <= 0)
            break;
        int source = 0;
        for (int p = 1; p < 3; ++p)
            if (sc.parts[p] > sc.parts[source])
                source = p;
        Recommendation r;
        r.item = sc.item;
        r.score = static_cast<float>(sc.score);
        const auto s = static_cast<std::size_t>(sc.item);
        if (source == 1) {
            r.reasonItem = contentReason(sc.item);
            if (r.reasonItem < 0) { // only the item itself explains it: no content reason
                if (sc.parts[0] > 0 && sc.parts[0] >= sc.parts[2])
                    source = 0;
                else if (sc.parts[2] > 0)
                    source = 2;
                else
                    continue;
            }
        }
        if (source == 0) {
            r.source = RecommendSource::ItemCf;
            r.reasonItem = m_cfBestItem[s];
            r.reason = (m_mark[static_cast<std::size_t>(r.reasonItem)] & kBought) != 0 ? ReasonKind::BoughtTogether
                                                                                       : ReasonKind::ViewedTogether;
        } else if (source == 1) {
            r.source = RecommendSource::Content;
            r.reason = ReasonKind::SimilarTo;
        } else {
            r.source = RecommendSource::Popular;
            r.reasonItem = -1;
            if (favourite >= 0 && m_model.category[s] == favourite) {
                r.reason = ReasonKind::PopularInCategory;
                r.reasonCategory = favourite;
            } else {
                r.reason = ReasonKind::Popular;
            }
        }
        m_mark[s] |= kChosen;
        out[count++] = r;
    }
    if (mode == RecommendMode::Hybrid && count < top) {
        // Too few personal candidates: popular in the favourite category, then popular overall; as a
        // last resort (everything active already bought) an excluded item, so no list is empty.
        if (favourite >= 0)
            count = fromList(m_model.categoryPopular[static_cast<std::size_t>(favourite + 1)], out, count, top, false,
                             favourite, true);
        count = fromList(m_model.popularOrder, out, count, top, false, favourite, true);
        if (count == 0)
            count = fromList(m_model.popularOrder, out, count, top, true, favourite, true);
    }
    for (int k = 0; k < count; ++k)
        m_mark[static_cast<std::size_t>(out[k].item)] = 0;
    reset(row);
    return count;
}

} // namespace

BlendWeights blendWeights(double n, const RecommendOptions& options)
{
    BlendWeights b;
    if (!(n > 0))
        return b;
    const double personal = n / (n + options.personalHistory);
    const double cfShare = n / (n + options.cfHistory);
    b.itemCf = personal * cfShare;
    b.content = personal - b.itemCf;
    b.popular = 1 - personal;
    return b;
}

RecommenderModel fitRecommender(std::span<const Interaction> interactions, const ItemCatalogue& catalogue,
                                std::int32_t users, std::int32_t asOfDay, const RecommendOptions& options,
                                const KernelControl& control, std::int32_t endDay)
{
    checkOptions(options);
    RecommenderModel m;
    m.options = options;
    m.users = users;
    m.items = catalogue.size();
    m.asOfDay = asOfDay;
    m.options.cf.threads = options.threads;

    auto started = Clock::now();
    m.feedback = buildFeedback(interactions, users, m.items, asOfDay, options.weights, options.threads,
                               control.sub(0.0, 0.2), endDay);
    m.stats.feedbackSeconds = secondsSince(started);
    m.popularity = itemPopularity(interactions, m.items, asOfDay, options.weights.halfLifeDays, endDay);
    for (const auto& x : interactions) {
        if (x.day >= endDay)
            continue;
        (x.kind == InteractionKind::View   ? m.stats.views
         : x.kind == InteractionKind::Cart ? m.stats.carts
                                           : m.stats.purchases) += x.count;
    }
    control.throwIfStopped();

    started = Clock::now();
    m.content = buildContentModel(catalogue, m.popularity.recent, options.content);
    m.category = catalogue.category;
    m.active.assign(static_cast<std::size_t>(m.items), 1);
    for (std::int32_t i = 0; i < m.items; ++i)
        m.active[static_cast<std::size_t>(i)] = catalogue.isActive(i) ? 1 : 0;
    m.stats.contentSeconds = secondsSince(started);
    control.report(0.25);

    started = Clock::now();
    m.neighbours = itemNeighbours(m.feedback, m.options.cf, control.sub(0.25, 1.0));
    m.stats.similaritySeconds = secondsSince(started);

    // Popular orders.
    std::vector<std::int32_t> all(static_cast<std::size_t>(m.items));
    std::iota(all.begin(), all.end(), 0);
    const auto& recent = m.popularity.recent;
    const auto& plain = m.popularity.plain;
    m.popularOrder.clear();
    for (const auto i : all)
        if (m.active[static_cast<std::size_t>(i)] != 0)
            m.popularOrder.push_back(i);
    m.plainOrder = m.popularOrder;
    std::sort(m.popularOrder.begin(), m.popularOrder.end(), [&](std::int32_t a, std::int32_t b) {
        const auto sa = static_cast<std::size_t>(a), sb = static_cast<std::size_t>(b);
        if (recent[sa] != recent[sb])
            return recent[sa] > recent[sb];
        if (plain[sa] != plain[sb])
            return plain[sa] > plain[sb];
        return a < b;
    });
    std::sort(m.plainOrder.begin(), m.plainOrder.end(), [&](std::int32_t a, std::int32_t b) {
        const auto sa = static_cast<std::size_t>(a), sb = static_cast<std::size_t>(b);
        return plain[sa] != plain[sb] ? plain[sa] > plain[sb] : a < b;
    });
    for (const auto i : m.popularOrder)
        m.maxPopular = std::max(m.maxPopular, recent[static_cast<std::size_t>(i)]);

    // Per category: popular items and the repeat-purchase rate of its (user, item) purchase pairs.
    std::int32_t categories = 0;
    for (const auto c : m.category)
        categories = std::max(categories, c + 1);
    const auto groups = static_cast<std::size_t>(categories) + 1;
    m.categoryPopular.assign(groups, {});
    m.categoryMaxPopular.assign(groups, 0.0);
    for (const auto i : m.popularOrder) {
        const auto g = static_cast<std::size_t>(m.category[static_cast<std::size_t>(i)] + 1);
        m.categoryPopular[g].push_back(i);
        m.categoryMaxPopular[g] = std::max(m.categoryMaxPopular[g], recent[static_cast<std::size_t>(i)]);
    }
    std::vector<std::int64_t> pairs(groups, 0), repeats(groups, 0);
    for (const auto& e : m.feedback.entries) {
        if ((e.flags & FeedbackEntry::kBought) == 0)
            continue;
        const auto g = static_cast<std::size_t>(m.category[static_cast<std::size_t>(e.item)] + 1);
        ++pairs[g];
        if ((e.flags & FeedbackEntry::kRepeat) != 0)
            ++repeats[g];
    }
    m.categoryRepeatRate.assign(groups, 0.0);
    m.repeatNormal.assign(groups, 0);
    for (std::size_t g = 0; g < groups; ++g) {
        m.categoryRepeatRate[g] = pairs[g] > 0 ? static_cast<double>(repeats[g]) / static_cast<double>(pairs[g]) : 0.0;
        m.repeatNormal[g] = pairs[g] > 0 && m.categoryRepeatRate[g] >= options.repeatThreshold ? 1 : 0;
        m.stats.repeatNormalCategories += m.repeatNormal[g];
    }

    m.stats.users = users;
    m.stats.items = m.items;
    m.stats.activeItems = static_cast<std::int64_t>(m.popularOrder.size());
    m.stats.feedbackCells = static_cast<std::int64_t>(m.feedback.entries.size());
    for (std::int32_t u = 0; u < users; ++u)
        if (m.feedback.rowStart[static_cast<std::size_t>(u)] == m.feedback.rowStart[static_cast<std::size_t>(u) + 1])
            ++m.stats.coldUsers;
    for (std::int32_t i = 0; i < m.items; ++i)
        if (!m.neighbours.itemsOf(i).empty())
            ++m.stats.itemsWithNeighbours;
    control.report(1.0);
    return m;
}

void recommendFor(const RecommenderModel& model, RecommendMode mode, std::span<const std::int32_t> users,
                  std::vector<Recommendation>& out, std::vector<std::int32_t>& counts, const KernelControl& control)
{
    const auto top = static_cast<std::size_t>(model.options.top);
    out.assign(users.size() * top, Recommendation{});
    counts.assign(users.size(), 0);
    for (const auto u : users)
        if (u < 0 || u >= model.users)
            throw Error(Error::Code::InvalidArgument, "recommend: user index " + std::to_string(u) + " is outside 0.." +
                                                          std::to_string(static_cast<long long>(model.users) - 1));
    const int parts = defaultThreads(model.options.threads);
    parallelRows(static_cast<std::int64_t>(users.size()), parts, [&](std::int64_t begin, std::int64_t end, int part) {
        Workspace ws(model);
        for (std::int64_t k = begin; k < end; ++k) {
            if ((k - begin) % 1024 == 0) {
                if (part == 0) {
                    control.throwIfStopped();
                    control.report(static_cast<double>(k - begin) / static_cast<double>(end - begin));
                } else if (control.stopRequested()) {
                    throw Error(Error::Code::Cancelled, "analytics kernel cancelled");
                }
            }
            const auto s = static_cast<std::size_t>(k);
            counts[s] = ws.recommend(users[s], mode, out.data() + s * top);
        }
    });
    control.report(1.0);
}

std::vector<Recommendation> popularList(const RecommenderModel& model, int n)
{
    std::vector<Recommendation> out;
    const double max = model.maxPopular > 0 ? model.maxPopular : 1.0;
    for (const auto i : model.popularOrder) {
        if (static_cast<int>(out.size()) >= n)
            break;
        Recommendation r;
        r.item = i;
        r.score = static_cast<float>(model.popularity.recent[static_cast<std::size_t>(i)] / max);
        out.push_back(r);
    }
    return out;
}

} // namespace kestrel::core::analytics
