#pragma once

#include <cmath>
#include <cstdint>

namespace kestrel::core {

/// Small seeded generator (xoshiro256** seeded through splitmix64) with the distributions the
/// synthetic data needs. std's distributions are avoided on purpose: their algorithms differ
/// between standard libraries, and a seed must give the same data set wherever Kestrel is built.
class SynthRandom {
public:
    explicit SynthRandom(std::uint64_t seed) { reseed(seed); }

    /// Mixes several values into one seed, e.g. (seed, user id, stream): each entity and each
    /// purpose gets an independent stream, so one pass can regenerate a user without the others.
    static std::uint64_t mix(std::uint64_t a, std::uint64_t b, std::uint64_t c = 0)
    {
        std::uint64_t s = a;
        std::uint64_t h = splitmix(s);
        s ^= b * 0xD1B54A32D192ED03ull;
        h ^= splitmix(s);
        s ^= c * 0xAEF17502108EF2D9ull;
        h ^= splitmix(s);
        return h;
    }

    void reseed(std::uint64_t seed)
    {
        std::uint64_t s = seed;
        for (auto& word : m_state)
            word = splitmix(s);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    /// Uniform in (0, 1]: safe to take the logarithm of.
    double uniformOpen() { return (static_cast<double>(next() >> 11) + 1.0) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }

    /// Uniform integer in [0, n) without modulo bias (Lemire's multiply-and-reject).
    std::uint64_t below(std::uint64_t n)
    {
        if (n <= 1)
            return 0;
        __extension__ using U128 = unsigned __int128;
        U128 m = static_cast<U128>(next()) * n;
        auto low = static_cast<std::uint64_t>(m);
        if (low < n) {
            const std::uint64_t threshold = (0 - n) % n;
            while (low < threshold) {
                m = static_cast<U128>(next()) * n;
                low = static_cast<std::uint64_t>(m);
            }
        }
        return static_cast<std::uint64_t>(m >> 64);
    }
    /// Uniform integer in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        return lo + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(hi - lo) + 1));
    }

    /// Standard normal by Box-Muller (one value per call; the spare is dropped to keep the
    /// stream position independent of call history).
    double normal()
    {
        const double r = std::sqrt(-2.0 * std::log(uniformOpen()));
        return r * std::cos(2.0 * kPi * uniform());
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }
    /// exp(N(mu, sigma)): order values, activity levels, prices.
    double lognormal(double mu, double sigma) { return std::exp(normal(mu, sigma)); }
    double exponential(double mean) { return -std::log(uniformOpen()) * mean; }
    /// Pareto with scale xm and shape alpha (alpha near 1 = very heavy tail).
    double pareto(double xm, double alpha) { return xm / std::pow(uniformOpen(), 1.0 / alpha); }

    /// Poisson count: Knuth's product method for small means, a rounded normal for large ones.
    std::int64_t poisson(double mean)
    {
        if (mean <= 0)
            return 0;
        if (mean < 30) {
            const double limit = std::exp(-mean);
            std::int64_t k = 0;
            double p = uniform();
            while (p > limit) {
                ++k;
                p *= uniform();
            }
            return k;
        }
        const double v = std::floor(normal(mean, std::sqrt(mean)) + 0.5);
        return v < 0 ? 0 : static_cast<std::int64_t>(v);
    }

    /// Failures before the first success with probability p per trial (mean (1-p)/p).
    std::int64_t geometric(double p)
    {
        if (p >= 1)
            return 0;
        return static_cast<std::int64_t>(std::floor(std::log(uniformOpen()) / std::log1p(-p)));
    }

private:
    static constexpr double kPi = 3.14159265358979323846;

    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    static std::uint64_t splitmix(std::uint64_t& s)
    {
        std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    std::uint64_t m_state[4];
};

} // namespace kestrel::core
