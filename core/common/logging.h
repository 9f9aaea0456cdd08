#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace spdlog { class logger; }

namespace kestrel::core::logging {

struct Options {
    std::string level = "info";          ///< trace, debug, info, warn, error, critical, off
    std::filesystem::path file;          ///< rotating file; empty = stateDir()/kestrel.log
    bool console = true;
};

/// Parses a level name; returns false for an unknown one.
bool isValidLevel(const std::string& level);

/// Sets up the console and rotating-file sinks and routes Qt's messages into spdlog.
/// Safe to call again (e.g. after the settings dialog changed the level).
void init(const Options& options);

/// Changes the level of every logger at run time.
void setLevel(const std::string& level);

/// A named logger (db, jobs, ui, analytics, synth, cli) sharing the common sinks.
std::shared_ptr<spdlog::logger> get(const std::string& name);

}  // namespace kestrel::core::logging
