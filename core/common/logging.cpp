#include "common/logging.h"

#include "common/paths.h"

#include <QtCore/QString>
#include <QtCore/QtGlobal>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace kestrel::core::logging {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::info;

void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& msg)
{
    auto log = get("qt");
    const std::string text = msg.toStdString();
    switch (type) {
    case QtDebugMsg: log->debug(text); break;
    case QtInfoMsg: log->info(text); break;
    case QtWarningMsg: log->warn(text); break;
    case QtCriticalMsg: log->error(text); break;
    case QtFatalMsg: log->critical(text); log->flush(); std::abort();
    }
}

}  // namespace

bool isValidLevel(const std::string& level)
{
    return level == "off" || spdlog::level::from_str(level) != spdlog::level::off;
}

void init(const Options& options)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    if (options.console) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_pattern("%^%L%$ %H:%M:%S [%n] %v");
        g_sinks.push_back(console);
    }
    std::filesystem::path file = options.file.empty() ? paths::stateDir() / "kestrel.log" : options.file;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    if (!ec) {
        try {
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.string(), 5 * 1024 * 1024, 3);
            rotating->set_pattern("%Y-%m-%d %H:%M:%S.%e %L [%n] [%t] %v");
            g_sinks.push_back(rotating);
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable state folder must not stop the program; the console still logs.
        }
    }
    g_level = isValidLevel(options.level) ? spdlog::level::from_str(options.level) : spdlog::level::info;
    spdlog::drop_all();
    auto def = std::make_shared<spdlog::logger>("kestrel", g_sinks.begin(), g_sinks.end());
    def->set_level(g_level);
    spdlog::set_default_logger(def);
    spdlog::flush_on(spdlog::level::warn);
    qInstallMessageHandler(qtMessageHandler);
}

void setLevel(const std::string& level)
{
    std::lock_guard lock(g_mutex);
    g_level = isValidLevel(level) ? spdlog::level::from_str(level) : spdlog::level::info;
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& l) { l->set_level(g_level); });
}

std::shared_ptr<spdlog::logger> get(const std::string& name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
    logger->set_level(g_level);
    spdlog::register_logger(logger);
    return logger;
}

}  // namespace kestrel::core::logging
