#include "analytics/student_t.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace kestrel::core::analytics {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kTiny = 1e-300;

/// The continued fraction of I_x(a, b) (without its front factor), evaluated by the modified Lentz
/// method; converges quickly for x < (a + 1) / (a + b + 2).
double betaFraction(double a, double b, double x)
{
    const auto guard = [](double v) { return std::abs(v) < kTiny ? kTiny : v; };
    double c = 1.0;
    double d = 1.0 / guard(1.0 - (a + b) * x / (a + 1.0));
    double h = d;
    for (int m = 1; m <= 1000; ++m) {
        const double dm = m;
        // Even step: d_{2m} = m (b − m) x / ((a + 2m − 1)(a + 2m)).
        const double even = dm * (b - dm) * x / ((a + 2.0 * dm - 1.0) * (a + 2.0 * dm));
        d = 1.0 / guard(1.0 + even * d);
        c = guard(1.0 + even / c);
        h *= d * c;
        // Odd step: d_{2m+1} = −(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1)).
        const double odd = -(a + dm) * (a + b + dm) * x / ((a + 2.0 * dm) * (a + 2.0 * dm + 1.0));
        d = 1.0 / guard(1.0 + odd * d);
        c = guard(1.0 + odd / c);
        const double step = d * c;
        h *= step;
        if (std::abs(step - 1.0) < 1e-16)
            break;
    }
    return h;
}

/// P(T > t) for t ≥ 0.
double upperTail(double t, double nu)
{
    const double x = nu / (nu + t * t);
    return 0.5 * regularizedIncompleteBeta(0.5 * nu, 0.5, x);
}

double density(double t, double nu)
{
    const double logNorm =
        std::lgamma(0.5 * (nu + 1.0)) - std::lgamma(0.5 * nu) - 0.5 * std::log(nu * std::numbers::pi);
    return std::exp(logNorm - 0.5 * (nu + 1.0) * std::log1p(t * t / nu));
}

} // namespace

double normalCdf(double z)
{
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

double normalQuantile(double p)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0)
        return kNaN;
    if (p == 0.0)
        return -kInf;
    if (p == 1.0)
        return kInf;
    if (p > 0.5)
        return -normalQuantile(1.0 - p);
    // Lower half: a rational start (Abramowitz & Stegun 26.2.23, error below 4.5e-4), then Newton on
    // Φ, which erfc gives accurately far into the lower tail.
    const double s = std::sqrt(-2.0 * std::log(p));
    double z = -(s - (2.515517 + 0.802853 * s + 0.010328 * s * s) /
                         (1.0 + 1.432788 * s + 0.189269 * s * s + 0.001308 * s * s * s));
    for (int i = 0; i < 50; ++i) {
        const double pdf = std::exp(-0.5 * z * z) / std::sqrt(2.0 * std::numbers::pi);
        if (!(pdf > 0))
            break;
        const double step = (normalCdf(z) - p) / pdf;
        z -= step;
        if (std::abs(step) <= 1e-15 * std::max(1.0, std::abs(z)))
            break;
    }
    return z;
}

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0) || !(b > 0) || std::isnan(x))
        return kNaN;
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
    const double front = std::exp(logFront);
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaFraction(a, b, x) / a;
    return 1.0 - front * betaFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double nu)
{
    if (std::isnan(t) || !(nu > 0))
        return kNaN;
    if (std::isinf(nu))
        return normalCdf(t);
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double tail = upperTail(std::abs(t), nu);
    return t >= 0 ? 1.0 - tail : tail;
}

double studentTQuantile(double p, double nu)
{
    if (std::isnan(p) || p < 0.0 || p > 1.0 || !(nu > 0))
        return kNaN;
    if (p == 0.0)
        return -kInf;
    if (p == 1.0)
        return kInf;
    if (p == 0.5)
        return 0.0;
    if (p < 0.5)
        return -studentTQuantile(1.0 - p, nu);
    if (nu > 1e7)
        return normalQuantile(p);
    if (nu == 1.0)
        return std::tan(std::numbers::pi * (p - 0.5));
    if (nu == 2.0)
        return (2.0 * p - 1.0) / std::sqrt(2.0 * p * (1.0 - p));

    // Solve P(T > t) = q for t > 0; the tail is computed directly, so q near 0 keeps its digits.
    const double q = 1.0 - p;
    // Start: the Cornish–Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5).
    const double z = normalQuantile(p);
    const double z2 = z * z;
    double t = z + z * (z2 + 1.0) / (4.0 * nu) + z * ((5.0 * z2 + 16.0) * z2 + 3.0) / (96.0 * nu * nu) +
               z * (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) / (384.0 * nu * nu * nu);
    // A bracket [lo, hi] with tail(lo) > q > tail(hi).
    double lo = 0.0, hi = std::max(1.0, z);
    while (upperTail(hi, nu) > q) {
        lo = hi;
        hi *= 2.0;
        if (hi > 1e300)
            return kInf;
    }
    if (!(t > lo && t < hi))
        t = 0.5 * (lo + hi);
    for (int i = 0; i < 200; ++i) {
        const double g = upperTail(t, nu) - q; // decreasing in t
        if (g == 0.0)
            return t;
        if (g > 0)
            lo = t;
        else
            hi = t;
        const double f = density(t, nu);
        double next = f > 0 ? t + g / f : kNaN;
        if (!(next > lo && next < hi))
            next = 0.5 * (lo + hi);
        const double step = std::abs(next - t);
        t = next;
        if (step <= 1e-13 * std::max(1.0, t) || hi - lo <= 1e-15 * hi)
            break;
    }
    return t;
}

} // namespace kestrel::core::analytics
