#pragma once

#include "common/error.h"

#include <cstdint>
#include <string>

namespace kestrel::core {

/// Errors of the file readers: what() is "orders.csv: line 12: message" (or "orders.csv: message"
/// when no line applies), where() is "orders.csv:12" or "orders.csv".
inline Error fileError(const std::string& file, const std::string& message)
{
    return Error(Error::Code::InvalidArgument, file + ": " + message, file);
}

inline Error lineError(const std::string& file, std::int64_t line, const std::string& message)
{
    const std::string lineText = std::to_string(line);
    return Error(Error::Code::InvalidArgument, file + ": line " + lineText + ": " + message, file + ":" + lineText);
}

inline Error lineColumnError(const std::string& file, std::int64_t line, std::int64_t column,
                             const std::string& message)
{
    const std::string lineText = std::to_string(line);
    return Error(Error::Code::InvalidArgument,
                 file + ": line " + lineText + ", column " + std::to_string(column) + ": " + message,
                 file + ":" + lineText);
}

} // namespace kestrel::core
