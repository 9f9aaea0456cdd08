// Our side of bench/kmeans/run.sh: reads the data and initial centres run.sh wrote (raw little-endian
// float64, row-major), runs Lloyd with tol = 0 for a fixed number of iterations and prints one JSON line:
// best-of-N wall time of the whole call, iterations, time per iteration and inertia.
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
        options.maxIterations = std::atoi(argv[4]);
        const int repeats = argc > 5 ? std::atoi(argv[5]) : 3;
        options.threads = argc > 6 ? std::atoi(argv[6]) : 0;
        double best = 1e300;
        KMeansResult result;
        for (int i = 0; i < repeats; ++i) {
            const auto start = std::chrono::steady_clock::now();
            result = lloyd(x, init, options);
            best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        std::printf("{\"rows\": %lld, \"k\": %lld, \"iterations\": %d, \"seconds\": %.6f, \"per_iteration\": %.6f, "
                    "\"inertia\": %.10g}\n",
                    static_cast<long long>(x.rows()), static_cast<long long>(init.rows()), result.iterations, best,
                    best / result.iterations, result.inertia);
    } catch (const std::exception& e) {
        std::cerr << "kestrel_kmeans_compare: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
