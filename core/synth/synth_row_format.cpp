#include "synth/synth_row_format.h"

#include "synth/synth_calendar.h"
#include "synth/synth_vocabulary.h"

#include <string_view>

namespace kestrel::core {
namespace {

using namespace std::string_view_literals;

// Names as the schema's CHECK constraints spell them, indexed by the SynthUser enums.
constexpr std::string_view kChannels[] = {"organic", "paid_search", "social",  "affiliate",
                                          "email",   "referral",    "telegram"};
constexpr std::string_view kDevices[] = {"desktop", "mobile", "tablet"};
constexpr std::string_view kStatuses[] = {"created", "paid", "shipped", "delivered", "cancelled", "refunded"};
constexpr std::string_view kOrderChannels[] = {"web", "app", "telegram", "phone"};
// With the tab before and after, so an event's type costs one append.
constexpr std::string_view kEventTypes[] = {"\tsession_start\t",  "\tpage_view\t",   "\tsearch\t",
                                            "\tproduct_view\t",   "\tadd_to_cart\t", "\tremove_from_cart\t",
                                            "\tcheckout_start\t", "\tpurchase\t",    "\tbot_command\t"};
constexpr std::string_view kNull = "\\N";

template <typename E, std::size_t N> std::string_view name(const std::string_view (&names)[N], E value)
{
    return names[static_cast<std::size_t>(value)];
}

void appendLowerLetters(std::string& out, std::string_view text)
{
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if (c >= 'a' && c <= 'z')
            out.push_back(c);
    }
}

void appendOptionalId(std::string& out, std::int64_t id)
{
    if (id > 0)
        SynthRowFormat::appendInt(out, id);
    else
        out += kNull;
}

} // namespace

const std::vector<std::string>& SynthRowFormat::userColumns()
{
    static const std::vector<std::string> c{
        "user_id", "email",      "full_name",  "country",    "city", "acquisition_channel",
        "device",  "birth_year", "created_at", "telegram_id"};
    return c;
}
const std::vector<std::string>& SynthRowFormat::productColumns()
{
    static const std::vector<std::string> c{"product_id", "sku",       "name",      "category",   "brand",
                                            "base_price", "unit_cost", "is_active", "created_at", "tags"};
    return c;
}
const std::vector<std::string>& SynthRowFormat::priceColumns()
{
    static const std::vector<std::string> c{"product_id", "valid_from", "valid_to", "price"};
    return c;
}
const std::vector<std::string>& SynthRowFormat::orderColumns()
{
    static const std::vector<std::string> c{"order_id",     "user_id",  "created_at", "status",
                                            "total_amount", "currency", "channel"};
    return c;
}
const std::vector<std::string>& SynthRowFormat::itemColumns()
{
    static const std::vector<std::string> c{"order_id", "line_no", "product_id", "quantity", "unit_price"};
    return c;
}
const std::vector<std::string>& SynthRowFormat::eventColumns()
{
    static const std::vector<std::string> c{"event_id",   "user_id",    "product_id",  "order_id",
                                            "session_id", "event_type", "occurred_at", "properties"};
    return c;
}

const std::vector<std::string>& SynthRowFormat::spendColumns()
{
    static const std::vector<std::string> columns = {"month", "channel", "spend"};
    return columns;
}

std::string_view SynthRowFormat::channelName(SynthUser::Channel channel)
{
    return name(kChannels, channel);
}

void SynthRowFormat::appendCents(std::string& out, std::int64_t cents)
{
    if (cents < 0) {
        out.push_back('-');
        cents = -cents;
    }
    appendInt(out, cents / 100);
    const auto rest = static_cast<int>(cents % 100);
    const char frac[3] = {'.', static_cast<char>('0' + rest / 10), static_cast<char>('0' + rest % 10)};
    out.append(frac, 3);
}

void SynthRowFormat::appendUser(std::string& out, const SynthUser& u, const SynthCalendar& calendar)
{
    const auto first = SynthVocabulary::firstNames()[static_cast<std::size_t>(u.firstName)];
    const auto last = SynthVocabulary::lastNames()[static_cast<std::size_t>(u.lastName)];
    const auto& country = SynthVocabulary::countries()[static_cast<std::size_t>(u.country)];
    appendInt(out, u.id);
    out.push_back('\t');
    // The id makes the address unique however often a name repeats.
    appendLowerLetters(out, first);
    out.push_back('.');
    appendLowerLetters(out, last);
    appendInt(out, u.id);
    out.push_back('@');
    out += SynthVocabulary::emailDomains()[static_cast<std::size_t>(u.domain)];
    out.push_back('\t');
    out += first;
    out.push_back(' ');
    out += last;
    out.push_back('\t');
    out += country.code;
    out.push_back('\t');
    if (u.city >= 0)
        out += country.cities[static_cast<std::size_t>(u.city)];
    else
        out += kNull;
    out.push_back('\t');
    out += name(kChannels, u.channel);
    out.push_back('\t');
    out += name(kDevices, u.device);
    out.push_back('\t');
    if (u.birthYear > 0)
        appendInt(out, u.birthYear);
    else
        out += kNull;
    out.push_back('\t');
    calendar.appendTimestamp(out, u.createdDay, u.createdSecond);
    out.push_back('\t');
    appendOptionalId(out, u.telegramId);
}

void SynthRowFormat::appendProduct(std::string& out, const SynthCatalog::Product& p, const SynthCalendar& calendar)
{
    appendInt(out, p.id);
    out += "\tSKU-";
    const auto idText = std::to_string(p.id);
    if (idText.size() < 7)
        out.append(7 - idText.size(), '0');
    out += idText;
    out.push_back('\t');
    if (!p.brand.empty()) {
        out += p.brand;
        out.push_back(' ');
    }
    out += p.adjective;
    out.push_back(' ');
    out += p.noun;
    out += " M";
    appendInt(out, p.modelNumber);
    out.push_back('\t');
    out += p.category;
    out.push_back('\t');
    if (!p.brand.empty())
        out += p.brand;
    else
        out += kNull;
    out.push_back('\t');
    appendCents(out, p.basePriceCents);
    out.push_back('\t');
    appendCents(out, p.unitCostCents);
    out += p.active ? "\tt\t"sv : "\tf\t"sv;
    calendar.appendTimestamp(out, p.createdDay, p.createdSecond);
    out += "\t{"sv; // the tags are plain lower-case words: no quoting needed in the array literal
    for (int t = 0; t < p.tagCount; ++t) {
        if (t > 0)
            out.push_back(',');
        out += p.tags[static_cast<std::size_t>(t)];
    }
    out.push_back('}');
}

void SynthRowFormat::appendPrice(std::string& out, const SynthCatalog& catalog, const SynthCatalog::Product& p,
                                 std::size_t period, const SynthCalendar& calendar)
{
    const SynthCatalog::Period* first = catalog.periodsBegin(p.id);
    const SynthCatalog::Period* last = catalog.periodsEnd(p.id);
    const SynthCatalog::Period* it = first + period;
    appendInt(out, p.id);
    out.push_back('\t');
    // The first period opens when the product was created; later ones at midnight of their day.
    calendar.appendTimestamp(out, it->startDay, period == 0 ? p.createdSecond : 0);
    out.push_back('\t');
    if (it + 1 < last)
        calendar.appendTimestamp(out, (it + 1)->startDay, 0);
    else
        out += kNull;
    out.push_back('\t');
    appendCents(out, it->priceCents);
}

void SynthRowFormat::appendOrder(std::string& out, const SynthUser& u, const SynthUser::Order& o,
                                 const SynthCalendar& calendar)
{
    appendInt(out, o.id);
    out.push_back('\t');
    appendInt(out, u.id);
    out.push_back('\t');
    calendar.appendTimestamp(out, o.day, o.second);
    out.push_back('\t');
    out += name(kStatuses, o.status);
    out.push_back('\t');
    appendCents(out, o.totalCents);
    out += "\tUSD\t";
    out += name(kOrderChannels, o.channel);
}

void SynthRowFormat::appendItem(std::string& out, std::int64_t orderId, int lineNo, const SynthUser::Item& item)
{
    appendInt(out, orderId);
    out.push_back('\t');
    appendInt(out, lineNo);
    out.push_back('\t');
    appendInt(out, item.productId);
    out.push_back('\t');
    appendInt(out, item.quantity);
    out.push_back('\t');
    appendCents(out, item.unitCents);
}

void SynthRowFormat::appendEvent(std::string& out, std::int64_t userId, const SynthUser::Event& e,
                                 const SynthCalendar& calendar)
{
    appendInt(out, e.id);
    out.push_back('\t');
    appendInt(out, userId);
    out.push_back('\t');
    appendOptionalId(out, e.productId);
    out.push_back('\t');
    appendOptionalId(out, e.orderId);
    out.push_back('\t');
    appendInt(out, e.sessionId);
    out += name(kEventTypes, e.type);
    calendar.appendTimestamp(out, e.day, e.second);
    out.push_back('\t');
    if (e.command >= 0) {
        out += "{\"command\": \"";
        out += SynthVocabulary::botCommands()[static_cast<std::size_t>(e.command)];
        out += "\"}";
    } else {
        out += kNull;
    }
}

} // namespace kestrel::core
