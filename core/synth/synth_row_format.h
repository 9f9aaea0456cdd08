#pragma once

#include "synth/synth_catalog.h"
#include "synth/synth_user.h"

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::core {

class SynthCalendar;

/// Formats the simulated rows as PostgreSQL COPY text (tab-separated, \N for NULL, no newline:
/// the caller ends the row). Appends to a reused buffer; numbers go through std::to_chars and
/// timestamps through the calendar's pre-formatted dates, so no row allocates.
class SynthRowFormat {
public:
    static const std::vector<std::string>& userColumns();
    static const std::vector<std::string>& productColumns();
    static const std::vector<std::string>& priceColumns();
    static const std::vector<std::string>& orderColumns();
    static const std::vector<std::string>& itemColumns();
    static const std::vector<std::string>& eventColumns();
    static const std::vector<std::string>& spendColumns();

    static void appendUser(std::string& out, const SynthUser& user, const SynthCalendar& calendar);
    static void appendProduct(std::string& out, const SynthCatalog::Product& product, const SynthCalendar& calendar);
    /// Period i of a product: valid_from, valid_to (NULL for the current one), price.
    static void appendPrice(std::string& out, const SynthCatalog& catalog, const SynthCatalog::Product& product,
                            std::size_t period, const SynthCalendar& calendar);
    static void appendOrder(std::string& out, const SynthUser& user, const SynthUser::Order& order,
                            const SynthCalendar& calendar);
    static void appendItem(std::string& out, std::int64_t orderId, int lineNo, const SynthUser::Item& item);
    static void appendEvent(std::string& out, std::int64_t userId, const SynthUser::Event& event,
                            const SynthCalendar& calendar);

    static void appendInt(std::string& out, std::int64_t value)
    {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, value);
        out.append(buf, static_cast<std::size_t>(r.ptr - buf));
    }
    /// A channel as crm.users.acquisition_channel and crm.channel_spend.channel spell it.
    static std::string_view channelName(SynthUser::Channel channel);

    /// 12345 -> "123.45"
    static void appendCents(std::string& out, std::int64_t cents);
};

} // namespace kestrel::core
