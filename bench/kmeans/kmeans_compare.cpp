// Our side of bench/kmeans/run.sh: reads the data and initial centres run.sh wrote (raw little-endian
// float64, row-major), runs Lloyd with tol = 0 for a fixed number of iterations and prints one JSON line:
// best-of-N wall time of the whole call with MAX_ITER and with 1 iteration, time per iteration (whole
// call / iterations and the marginal (N-run − 1-run) / (N − 1)) and inertia.
#include "analytics/kmeans.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

using namespace kestrel::core::analytics;

namespace {

RowMatrix readMatrix(const std::string& path, Eigen::Index cols)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        throw std::runtime_error("cannot open " + path);
    }
    const auto bytes = static_cast<Eigen::Index>(in.tellg());
    in.seekg(0);
    RowMatrix m(bytes / static_cast<Eigen::Index>(sizeof(double)) / cols, cols);
    in.read(reinterpret_cast<char*>(m.data()), static_cast<std::streamsize>(m.size() * sizeof(double)));
    return m;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 5) {
        std::cerr << "usage: kestrel_kmeans_compare DATA.f64 CENTRES.f64 COLUMNS MAX_ITER [REPEATS] [THREADS]\n";
        return 2;
    }
    try {
        const Eigen::Index cols = std::atol(argv[3]);
        const RowMatrix x = readMatrix(argv[1], cols);
        const RowMatrix init = readMatrix(argv[2], cols);
        KMeansOptions options;
        options.tolerance = 0.0;
        const int repeats = argc > 5 ? std::atoi(argv[5]) : 3;
        options.threads = argc > 6 ? std::atoi(argv[6]) : 0;
        auto bestOf = [&](int iterations, KMeansResult& result) {
            options.maxIterations = iterations;
            double best = 1e300;
            for (int i = 0; i < repeats; ++i) {
                const auto start = std::chrono::steady_clock::now();
                result = lloyd(x, init, options);
                best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
            }
            return best;
        };
        const int maxIterations = std::atoi(argv[4]);
        KMeansResult result;
        const double one = bestOf(1, result);
        const double best = bestOf(maxIterations, result);
        // The marginal cost of an iteration: the N-iteration run minus the 1-iteration run, per extra iteration.
        const double marginal = result.iterations > 1 ? (best - one) / (result.iterations - 1) : best;
        std::printf("{\"rows\": %lld, \"k\": %lld, \"iterations\": %d, \"seconds\": %.6f, "
                    "\"one_iteration_seconds\": %.6f, \"per_iteration\": %.6f, \"marginal_per_iteration\": %.6f, "
                    "\"inertia\": %.10g}\n",
                    static_cast<long long>(x.rows()), static_cast<long long>(init.rows()), result.iterations, best, one,
                    best / result.iterations, marginal, result.inertia);
    } catch (const std::exception& e) {
        std::cerr << "kestrel_kmeans_compare: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
