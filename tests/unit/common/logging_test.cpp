#include "common/logging.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace logging = kestrel::core::logging;

TEST(Logging, KnowsLevelNames)
{
    for (const char* level : {"trace", "debug", "info", "warn", "error", "critical", "off"})
        EXPECT_TRUE(logging::isValidLevel(level)) << level;
    EXPECT_FALSE(logging::isValidLevel("loud"));
    EXPECT_FALSE(logging::isValidLevel(""));
}

TEST(Logging, WritesNamedLoggersToTheRotatingFileAtTheChosenLevel)
{
    const auto file = std::filesystem::temp_directory_path() / ("kestrel-log-test-" + std::to_string(::getpid()) + ".log");
    std::filesystem::remove(file);
    logging::Options opts;
    opts.level = "warn";
    opts.console = false;
    opts.file = file;
    logging::init(opts);
    logging::get("db")->info("hidden at warn");
    logging::get("db")->warn("shown at warn");
    logging::setLevel("debug");
    logging::get("jobs")->debug("shown at debug");
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->flush(); });
    std::ifstream in(file);
    std::stringstream all;
    all << in.rdbuf();
    EXPECT_EQ(all.str().find("hidden at warn"), std::string::npos);
    EXPECT_NE(all.str().find("[db]"), std::string::npos);
    EXPECT_NE(all.str().find("shown at warn"), std::string::npos);
    EXPECT_NE(all.str().find("shown at debug"), std::string::npos);
    std::filesystem::remove(file);
}
