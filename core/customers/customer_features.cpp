#include "customers/customer_features.h"

#include "common/error.h"

#include <algorithm>

namespace kestrel::core {

int CustomerFeatures::column(std::string_view name) const
{
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        throw Error(Error::Code::Internal, "no feature named " + std::string(name));
    return static_cast<int>(it - names.begin());
}

} // namespace kestrel::core
