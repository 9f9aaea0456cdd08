#pragma once

namespace kestrel::core::analytics {

/// The standard normal distribution function Φ(z).
double normalCdf(double z);

/// The standard normal quantile Φ⁻¹(p) for 0 < p < 1 (±infinity at 0 and 1, NaN outside): Newton's
/// method on Φ from a bracketing start, to about 1e-14.
double normalQuantile(double p);

/// The regularised incomplete beta function I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1, by its continued
/// fraction (modified Lentz), on the side of x where the fraction converges fast.
double regularizedIncompleteBeta(double a, double b, double x);

/// Student's t distribution function with nu > 0 degrees of freedom (not necessarily whole).
double studentTCdf(double t, double nu);

/// The quantile of Student's t with nu > 0 degrees of freedom: the t with studentTCdf(t, nu) = p,
/// for 0 < p < 1 (±infinity at 0 and 1, NaN for bad arguments). Closed forms for nu = 1 and 2; else
/// Newton steps on the distribution function, safeguarded by bisection, to a relative 1e-12. Above
/// 1e7 degrees of freedom the normal quantile.
double studentTQuantile(double p, double nu);

} // namespace kestrel::core::analytics
