#include "analytics/vector_math.h"

#include <cmath>

#if defined(KESTREL_HAVE_LIBMVEC)
#include <immintrin.h>

// glibc's libmvec AVX2 variants (vector-function ABI names for log and exp, 4 doubles).
extern "C" __m256d _ZGVdN4v_log(__m256d);
extern "C" __m256d _ZGVdN4v_exp(__m256d);
#endif

namespace kestrel::core::analytics {
namespace {

#if defined(KESTREL_HAVE_LIBMVEC)
bool haveAvx2()
{
    static const bool yes = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return yes;
}

__attribute__((target("avx2,fma"))) std::size_t logAvx2(double* v, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(v + i, _ZGVdN4v_log(_mm256_loadu_pd(v + i)));
    return i;
}

__attribute__((target("avx2,fma"))) std::size_t expAvx2(double* v, std::size_t n)
{
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4)
        _mm256_storeu_pd(v + i, _ZGVdN4v_exp(_mm256_loadu_pd(v + i)));
    return i;
}
#endif

} // namespace

void logInPlace(double* v, std::size_t n)
{
    std::size_t done = 0;
#if defined(KESTREL_HAVE_LIBMVEC)
    if (haveAvx2())
        done = logAvx2(v, n);
#endif
    for (std::size_t i = done; i < n; ++i)
        v[i] = std::log(v[i]);
}

void expInPlace(double* v, std::size_t n)
{
    std::size_t done = 0;
#if defined(KESTREL_HAVE_LIBMVEC)
    if (haveAvx2())
        done = expAvx2(v, n);
#endif
    for (std::size_t i = done; i < n; ++i)
        v[i] = std::exp(v[i]);
}

} // namespace kestrel::core::analytics
