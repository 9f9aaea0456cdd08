// Kestrel's side of bench/clv/run.sh: the BG/NBD and Gamma-Gamma fits of `kestrel fit clv` on a
// summary file, repeated, timed in process (file reading excluded), printed as one JSON line.
#include "analytics/clv.h"
#include "modeling/clv_summary_csv.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace kestrel::core;

namespace {

template <typename Fit> std::vector<double> timeFits(int repeats, Fit&& fit)
{
    std::vector<double> seconds;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fit();
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: kestrel_clv_compare SUMMARY_CSV [REPEATS]\n");
        return 2;
    }
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;
    const ClvSummaryFile file = ClvSummaryFile::load(argv[1]);
    analytics::BgNbdFit bg;
    analytics::GammaGammaFit gg;
    const auto tb = timeFits(repeats, [&] { bg = analytics::fitBgNbd(file.data); });
    const auto tg = timeFits(repeats, [&] { gg = analytics::fitGammaGamma(file.spend); });
    std::printf("{\"bg_nbd\": {\"r\": %.10g, \"alpha\": %.10g, \"a\": %.10g, \"b\": %.10g, \"log_likelihood\": %.10g, "
                "\"starts\": %d, \"evaluations\": %d, \"best_seconds\": %.9g, \"median_seconds\": %.9g}, "
                "\"gamma_gamma\": {\"p\": %.10g, \"q\": %.10g, \"gamma\": %.10g, \"log_likelihood\": %.10g, "
                "\"starts\": %d, \"evaluations\": %d, \"best_seconds\": %.9g, \"median_seconds\": %.9g}}\n",
                bg.params.r, bg.params.alpha, bg.params.a, bg.params.b, bg.diagnostics.logLikelihood,
                bg.diagnostics.starts, bg.diagnostics.evaluations, tb.front(), tb[tb.size() / 2], gg.params.p,
                gg.params.q, gg.params.gamma, gg.diagnostics.logLikelihood, gg.diagnostics.starts,
                gg.diagnostics.evaluations, tg.front(), tg[tg.size() / 2]);
    return 0;
}
