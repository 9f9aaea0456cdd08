#pragma once

#include "common/error.h"
#include "common/translate.h"

#include <cstdint>
#include <string>

namespace kestrel::core {

/// Errors of the file readers: what() is "orders.csv: line 12: message" (or "orders.csv: message"
/// when no line applies), where() is "orders.csv:12" or "orders.csv". The frame is translated
/// (context "RecordReader"); `message` comes translated from the caller.
inline Error fileError(const std::string& file, const std::string& message)
{
    return Error(Error::Code::InvalidArgument,
                 trArgs(QCoreApplication::translate("RecordReader", "%1: %2"), file, message), file);
}

inline Error lineError(const std::string& file, std::int64_t line, const std::string& message)
{
    return Error(Error::Code::InvalidArgument,
                 trArgs(QCoreApplication::translate("RecordReader", "%1: line %2: %3"), file, line, message),
                 file + ":" + std::to_string(line));
}

inline Error lineColumnError(const std::string& file, std::int64_t line, std::int64_t column,
                             const std::string& message)
{
    return Error(
        Error::Code::InvalidArgument,
        trArgs(QCoreApplication::translate("RecordReader", "%1: line %2, column %3: %4"), file, line, column, message),
        file + ":" + std::to_string(line));
}

} // namespace kestrel::core
