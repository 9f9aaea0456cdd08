#pragma once

#include "common/error.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace kestrel::test {

/// Runs f and returns the message of the core::Error it throws (checking its code), or "no error".
inline std::string errorOf(const std::function<void()>& f,
                           core::Error::Code expected = core::Error::Code::InvalidArgument)
{
    try {
        f();
    } catch (const core::Error& e) {
        EXPECT_EQ(e.code(), expected) << e.what();
        return e.what();
    }
    return "no error";
}

} // namespace kestrel::test
