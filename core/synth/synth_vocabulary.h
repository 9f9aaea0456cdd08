#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace kestrel::core {

/// Fixed word lists the synthetic data draws from. Plain ASCII and no tabs or backslashes, so
/// rows can be copied into COPY text without escaping.
struct SynthVocabulary {
    struct Country {
        std::string_view code;
        double weight;
        std::span<const std::string_view> cities;
    };
    struct Category {
        std::string_view name;
        double priceMedian; ///< typical list price in USD
        std::span<const std::string_view> nouns;
        std::span<const std::string_view> brands;
        std::span<const std::string_view> tags; ///< product attributes (crm.products.tags), lower-case words
    };

    static std::span<const std::string_view> firstNames();
    static std::span<const std::string_view> lastNames();
    static std::span<const std::string_view> emailDomains();
    static std::span<const Country> countries();
    static std::span<const Category> categories();
    static std::span<const std::string_view> adjectives();
    /// Commands of the Telegram shop bot; the first one is what a new user sends first.
    static std::span<const std::string_view> botCommands();
};

} // namespace kestrel::core
