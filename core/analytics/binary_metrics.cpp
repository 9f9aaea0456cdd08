#include "analytics/binary_metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace kestrel::core::binary_metrics {
namespace {

void checkSizes(std::span<const float> labels, std::span<const float> scores)
{
    if (labels.size() != scores.size())
        throw std::invalid_argument("binary metrics: " + std::to_string(labels.size()) + " labels but " +
                                    std::to_string(scores.size()) + " scores");
}

/// Row indices by score, highest first; equal scores keep row order.
std::vector<std::size_t> orderByScoreDesc(std::span<const float> scores)
{
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    return order;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

double rocAuc(std::span<const float> labels, std::span<const float> scores)
{
    checkSizes(labels, scores);
    const std::size_t n = labels.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    double positiveRankSum = 0;
    std::size_t positives = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]])
            ++j;
        const double averageRank = (double(i + 1) + double(j)) / 2.0; // 1-based ranks i+1 … j
        for (std::size_t k = i; k < j; ++k)
            if (labels[order[k]] > 0.5f) {
                positiveRankSum += averageRank;
                ++positives;
            }
        i = j;
    }
    const std::size_t negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return kNaN;
    const double p = double(positives);
    return (positiveRankSum - p * (p + 1) / 2.0) / (p * double(negatives));
}

std::vector<std::pair<double, double>> rocCurve(std::span<const float> labels, std::span<const float> scores,
                                                std::size_t maxPoints)
{
    checkSizes(labels, scores);
    const std::size_t n = labels.size();
    const auto positives =
        static_cast<std::size_t>(std::count_if(labels.begin(), labels.end(), [](float y) { return y > 0.5f; }));
    const std::size_t negatives = n - positives;
    if (positives == 0 || negatives == 0)
        return {};
    const std::vector<std::size_t> order = orderByScoreDesc(scores);
    std::vector<std::pair<double, double>> all{{0.0, 0.0}};
    std::size_t tp = 0, fp = 0;
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        for (; j < n && scores[order[j]] == scores[order[i]]; ++j)
            (labels[order[j]] > 0.5f ? tp : fp) += 1;
        all.emplace_back(double(fp) / double(negatives), double(tp) / double(positives));
        i = j;
    }
    if (all.size() <= maxPoints || maxPoints < 2)
        return all;
    std::vector<std::pair<double, double>> thinned;
    for (std::size_t k = 0; k < maxPoints; ++k)
        thinned.push_back(all[k * (all.size() - 1) / (maxPoints - 1)]);
    return thinned;
}

double averagePrecision(std::span<const float> labels, std::span<const float> scores)
{
    checkSizes(labels, scores);
    const auto order = orderByScoreDesc(scores);
    const double totalPositives = double(std::count_if(labels.begin(), labels.end(), [](float v) { return v > 0.5f; }));
    if (totalPositives == 0)
        return kNaN;
    double ap = 0, truePositives = 0, previousRecall = 0;
    const std::size_t n = order.size();
    for (std::size_t i = 0; i < n;) {
        std::size_t j = i;
        while (j < n && scores[order[j]] == scores[order[i]]) {
            if (labels[order[j]] > 0.5f)
                truePositives += 1;
            ++j;
        }
        const double recall = truePositives / totalPositives;
        const double precision = truePositives / double(j);
        ap += (recall - previousRecall) * precision;
        previousRecall = recall;
        i = j;
    }
    return ap;
}

double logLoss(std::span<const float> labels, std::span<const float> probabilities, double eps)
{
    checkSizes(labels, probabilities);
    if (labels.empty())
        return kNaN;
    double sum = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double p = std::clamp(double(probabilities[i]), eps, 1.0 - eps);
        sum -= labels[i] > 0.5f ? std::log(p) : std::log(1.0 - p);
    }
    return sum / double(labels.size());
}

std::vector<ReliabilityBin> reliabilityCurve(std::span<const float> labels, std::span<const float> probabilities,
                                             int bins)
{
    checkSizes(labels, probabilities);
    if (bins < 1)
        throw std::invalid_argument("reliability curve: bins must be at least 1");
    std::vector<ReliabilityBin> all(static_cast<std::size_t>(bins));
    std::vector<double> positives(all.size(), 0.0);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const double p = std::clamp(double(probabilities[i]), 0.0, 1.0);
        const auto b = std::min<std::size_t>(static_cast<std::size_t>(p * bins), all.size() - 1);
        all[b].meanPredicted += p;
        all[b].count += 1;
        positives[b] += labels[i] > 0.5f ? 1.0 : 0.0;
    }
    std::vector<ReliabilityBin> out;
    for (std::size_t b = 0; b < all.size(); ++b) {
        ReliabilityBin bin = all[b];
        bin.lower = double(b) / bins;
        bin.upper = double(b + 1) / bins;
        if (bin.count == 0)
            continue;
        bin.meanPredicted /= double(bin.count);
        bin.observedRate = positives[b] / double(bin.count);
        out.push_back(bin);
    }
    return out;
}

std::vector<LiftPoint> liftAtDeciles(std::span<const float> labels, std::span<const float> scores, int deciles)
{
    checkSizes(labels, scores);
    std::vector<LiftPoint> out;
    const std::size_t n = labels.size();
    if (n == 0)
        return out;
    const auto order = orderByScoreDesc(scores);
    const double totalPositives = double(std::count_if(labels.begin(), labels.end(), [](float v) { return v > 0.5f; }));
    const double baseRate = totalPositives / double(n);
    double positives = 0;
    std::size_t taken = 0;
    for (int d = 1; d <= std::clamp(deciles, 0, 10); ++d) {
        const auto rows = static_cast<std::size_t>(std::llround(double(n) * d / 10.0));
        for (; taken < rows; ++taken)
            positives += labels[order[taken]] > 0.5f ? 1.0 : 0.0;
        LiftPoint point;
        point.fraction = d / 10.0;
        point.rows = rows;
        point.positiveRate = rows ? positives / double(rows) : kNaN;
        point.lift = baseRate > 0 && rows ? point.positiveRate / baseRate : kNaN;
        point.capture = totalPositives > 0 ? positives / totalPositives : kNaN;
        out.push_back(point);
    }
    return out;
}

} // namespace kestrel::core::binary_metrics
