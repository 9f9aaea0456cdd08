#pragma once

#include <cstddef>

namespace kestrel::core::analytics {

/// v[i] = ln v[i] and v[i] = e^v[i] over an array. On x86-64 with AVX2 (checked once at run time)
/// four values at a time through glibc's vector math library (libmvec, ≤ 4 ulp); elsewhere one at
/// a time through std::log / std::exp. The likelihood fits spend most of their time here.
void logInPlace(double* v, std::size_t n);
void expInPlace(double* v, std::size_t n);

} // namespace kestrel::core::analytics
