#include "models/dashboard_snapshot.h"

namespace kestrel::ui {

std::optional<double> KpiValue::change() const
{
    if (!current || !previous || *previous == 0.0)
        return std::nullopt;
    return (*current - *previous) / *previous;
}

} // namespace kestrel::ui
