#pragma once

#include "analytics/kernel_control.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kestrel::core::analytics {

/// Customers' repeat-purchase histories in the form the BG/NBD and Gamma-Gamma models read
/// (Fader, Hardie & Lee 2005; Fader & Hardie 2013), one entry per customer, all in one time unit:
/// - frequency x: repeat purchases (purchase periods after the first; an integer ≥ 0),
/// - recency t_x: time of the last repeat purchase since the first purchase (0 when x = 0),
/// - age T: time from the first purchase to the end of observation (t_x ≤ T),
/// - monetary: mean value of the repeat purchases (only read where x > 0; may be empty for BG/NBD).
struct ClvData {
    std::vector<double> frequency, recency, age, monetary;
    std::size_t size() const { return frequency.size(); }
};

struct BgNbdParams {
    double r = 0, alpha = 0, a = 0, b = 0;
};

struct GammaGammaParams {
    double p = 0, q = 0, gamma = 0;
};

/// How a maximum-likelihood fit went. The optimiser (L-BFGS on the log parameters with the
/// analytic gradient) is started from several points and once more from the best point it reached;
/// the best log-likelihood wins. converged means the winning point's gradient (per customer, in log
/// parameters) is below the tolerance and a restart from it did not improve the likelihood.
struct FitDiagnostics {
    double logLikelihood = 0;  ///< total over the customers fitted
    std::int64_t customers = 0; ///< customers in the fit
    std::int64_t distinctRows = 0; ///< distinct (x, t_x, T) or (x, m) rows after merging identical ones
    int iterations = 0;         ///< L-BFGS iterations over all starts
    int evaluations = 0;        ///< likelihood + gradient evaluations over all starts
    int starts = 0;             ///< optimiser runs (starting points plus the restart)
    bool converged = false;
    double gradientNorm = 0;    ///< at the winning point, per customer, in log parameters
    double seconds = 0;
    std::vector<std::string> notes; ///< English notes (a start that failed, a worse local optimum found)
};

struct BgNbdFit {
    BgNbdParams params;
    FitDiagnostics diagnostics;
};

struct GammaGammaFit {
    GammaGammaParams params;
    FitDiagnostics diagnostics;
};

/// Fits BG/NBD by maximum likelihood. Throws Error(InvalidArgument) when the data are empty, hold an
/// invalid row (negative or non-integer x, t_x > T, x = 0 with t_x > 0, non-finite values — the
/// message names the 0-based row), or have no repeat purchase at all (the likelihood then has no
/// maximum); Error(Cancelled) when control asks to stop.
BgNbdFit fitBgNbd(const ClvData& data, const KernelControl& control = {});

/// Fits Gamma-Gamma on the customers with x > 0 (one-time buyers carry no spend information beyond
/// the first purchase and are left out, as the model requires). Throws Error(InvalidArgument) when
/// fewer than two customers have x > 0, or a repeat buyer's monetary value is missing, not finite or
/// ≤ 0 (naming the row).
GammaGammaFit fitGammaGamma(const ClvData& data, const KernelControl& control = {});

/// Total log-likelihoods and their gradients with respect to the natural parameters (r, α, a, b)
/// and (p, q, γ); for tests and the reference comparison. Rows are taken as they are (no checks).
double bgNbdLogLikelihood(const BgNbdParams& params, const ClvData& data, double gradient[4] = nullptr);
double gammaGammaLogLikelihood(const GammaGammaParams& params, const ClvData& data, double gradient[3] = nullptr);

/// E[purchases in (T, T + t] | x, t_x, T] — the BG/NBD conditional expectation (FHL 2005, eq. 10).
double bgNbdExpectedPurchases(const BgNbdParams& params, double t, double x, double tx, double T);
/// P(alive | x, t_x, T); 1 for x = 0 (BG/NBD customers can only drop out right after a purchase).
double bgNbdProbabilityAlive(const BgNbdParams& params, double x, double tx, double T);
/// E[mean spend per purchase | x, m] (Fader & Hardie 2013, eq. 5); for x = 0 the population mean
/// pγ/(q − 1) (infinite when q ≤ 1).
double gammaGammaExpectedSpend(const GammaGammaParams& params, double x, double monetary);

/// Discounted customer value over `months` months: Σ_{i=1..months} spend × (E[Y(i·m)] − E[Y((i−1)·m)])
/// / (1 + monthlyDiscount)^i, with m = monthLength time units and spend = the Gamma-Gamma expectation.
double customerLifetimeValue(const BgNbdParams& bg, const GammaGammaParams& gg, double x, double tx, double T,
                             double monetary, int months, double monthLength, double monthlyDiscount);

/// The Gauss hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1 by its series.
double hypergeometric2F1(double a, double b, double c, double z);

/// ψ(x), the digamma function, for x > 0.
double digamma(double x);

} // namespace kestrel::core::analytics
