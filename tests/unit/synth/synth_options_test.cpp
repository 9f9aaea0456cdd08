#include "common/error.h"
#include "synth/synth_generator.h"

#include <gtest/gtest.h>

using kestrel::core::Error;
using kestrel::core::SynthGenerator;
using kestrel::core::SynthOptions;

namespace {
std::string validationError(const SynthOptions& o)
{
    try {
        SynthGenerator(o).validate();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::InvalidArgument);
        return e.what();
    }
    return {};
}
}  // namespace

TEST(SynthOptions, DefaultsAreValid)
{
    EXPECT_EQ(validationError(SynthOptions{}), "");
}

TEST(SynthOptions, NamesTheBadOption)
{
    SynthOptions o;
    o.users = 0;
    EXPECT_NE(validationError(o).find("--users"), std::string::npos);
    o = {};
    o.days = 0;
    EXPECT_NE(validationError(o).find("--days"), std::string::npos);
    o = {};
    o.endDate = "2026-13-45";
    EXPECT_NE(validationError(o).find("--end-date"), std::string::npos);
    o = {};
    o.products = -3;
    EXPECT_NE(validationError(o).find("--products"), std::string::npos);
}
