#include "modeling/transactions_csv.h"

#include "common/civil_date.h"
#include "common/error.h"
#include "common/translate.h"
#include "etl/reader_error.h"
#include "etl/record_reader.h"
#include "etl/value_parser.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <unordered_map>

namespace kestrel::core {
namespace {

constexpr float kNoPrice = std::numeric_limits<float>::quiet_NaN();

/// Reads up to maxDigits digits (at least one) at pos; false when there is none.
bool digits(std::string_view t, std::size_t& pos, int maxDigits, int& value)
{
    int n = 0;
    value = 0;
    while (pos < t.size() && n < maxDigits && t[pos] >= '0' && t[pos] <= '9') {
        value = value * 10 + (t[pos] - '0');
        ++pos;
        ++n;
    }
    return n > 0;
}

std::string quoted(std::string_view text)
{
    return std::string(text.substr(0, 40));
}

/// The time after a date: [sep]H[H]:MM[:SS[.fff]] — checked, then ignored (days are what counts).
enum class TimePart { None, Ok, Bad, Invalid };

TimePart timeAfter(std::string_view t, std::size_t pos, bool allowT)
{
    if (pos == t.size())
        return TimePart::None;
    if (!(t[pos] == ' ' || (allowT && t[pos] == 'T')))
        return TimePart::Bad;
    ++pos;
    int h = 0, m = 0, s = 0;
    const std::size_t hStart = pos;
    if (!digits(t, pos, 2, h) || pos - hStart < 1 || pos >= t.size() || t[pos] != ':')
        return TimePart::Bad;
    ++pos;
    const std::size_t mStart = pos;
    if (!digits(t, pos, 2, m) || pos - mStart != 2)
        return TimePart::Bad;
    if (pos < t.size() && t[pos] == ':') {
        ++pos;
        const std::size_t sStart = pos;
        if (!digits(t, pos, 2, s) || pos - sStart != 2)
            return TimePart::Bad;
        if (pos < t.size() && t[pos] == '.') {
            ++pos;
            const std::size_t fStart = pos;
            while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9')
                ++pos;
            if (pos == fStart)
                return TimePart::Bad;
        }
    }
    if (pos != t.size())
        return TimePart::Bad;
    return h <= 23 && m <= 59 && s <= 59 ? TimePart::Ok : TimePart::Invalid;
}

std::size_t findColumn(const std::vector<std::string>& columns, const std::string& name)
{
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c] == name)
            return c;
    const std::string lowered = values::lowerAscii(name);
    for (std::size_t c = 0; c < columns.size(); ++c)
        if (values::lowerAscii(columns[c]) == lowered)
            return c;
    return std::string::npos;
}

} // namespace

bool parseTransactionDay(std::string_view raw, std::int32_t& day, std::string& reason)
{
    const std::string_view t = values::trim(raw);
    const auto notADate = [&] {
        reason = trArgs(QCoreApplication::translate(
                            "TransactionsCsv", "not a date or time: %1 (expected YYYY-MM-DD[ HH:MM[:SS]], M/D/YYYY "
                                               "H:MM or DD.MM.YYYY[ HH:MM])"),
                        quoted(t));
        return false;
    };
    int y = 0, mo = 0, d = 0;
    std::size_t pos = 0;
    bool allowT = false;
    int first = 0;
    if (!digits(t, pos, 4, first) || pos >= t.size())
        return notADate();
    if (pos == 4 && t[pos] == '-') { // YYYY-MM-DD
        y = first;
        ++pos;
        if (!digits(t, pos, 2, mo) || pos >= t.size() || t[pos] != '-')
            return notADate();
        ++pos;
        if (!digits(t, pos, 2, d))
            return notADate();
        allowT = true;
    } else if (pos <= 2 && (t[pos] == '/' || t[pos] == '.')) { // M/D/YYYY or DD.MM.YYYY
        const char sep = t[pos];
        ++pos;
        int second = 0;
        if (!digits(t, pos, 2, second) || pos >= t.size() || t[pos] != sep)
            return notADate();
        ++pos;
        const std::size_t yStart = pos;
        if (!digits(t, pos, 4, y) || pos - yStart != 4)
            return notADate();
        if (sep == '/') {
            mo = first;
            d = second;
        } else {
            d = first;
            mo = second;
        }
    } else {
        return notADate();
    }
    const TimePart time = timeAfter(t, pos, allowT);
    if (time == TimePart::Bad)
        return notADate();
    if (mo < 1 || mo > 12 || d < 1 || d > civil::daysInMonth(y, mo)) {
        reason = trArgs(QCoreApplication::translate("TransactionsCsv", "no such date: %1"), quoted(t));
        return false;
    }
    if (time == TimePart::Invalid) {
        reason = trArgs(QCoreApplication::translate("TransactionsCsv", "no such time: %1"), quoted(t));
        return false;
    }
    day = static_cast<std::int32_t>(civil::daysFromCivil(y, mo, d));
    return true;
}

TransactionsFile TransactionsFile::load(const TransactionsCsvOptions& options,
                                        const std::function<void(double)>& progress, const std::atomic<bool>* stop)
{
    ReaderOptions readerOptions;
    readerOptions.delimiter = options.delimiter;
    readerOptions.format = FileFormat::Csv;
    auto reader = openRecordReader(options.path, readerOptions);
    TransactionsFile f;
    f.fileName = std::filesystem::path(options.path).filename().string();
    f.delimiter = reader->delimiter();

    struct Field {
        std::string column;
        const char* option;
        std::size_t index = std::string::npos;
    };
    Field user{options.userColumn, "--user-col"}, item{options.itemColumn, "--item-col"},
        time{options.timeColumn, "--time-col"}, quantity{options.quantityColumn, "--qty-col"},
        price{options.priceColumn, "--price-col"}, category{options.categoryColumn, "--category-col"};
    const auto& columns = reader->columns();
    for (Field* field : {&user, &item, &time, &quantity, &price, &category}) {
        if (field->column.empty())
            continue;
        field->index = findColumn(columns, field->column);
        if (field->index == std::string::npos) {
            std::string list;
            for (std::size_t c = 0; c < columns.size() && c < 30; ++c)
                list += (list.empty() ? "" : ", ") + columns[c];
            throw fileError(f.fileName, trArgs(QCoreApplication::translate(
                                                   "TransactionsCsv", "no column \"%1\" (%2); the columns are: %3"),
                                               field->column, field->option, list));
        }
    }
    f.hasCategory = category.index != std::string::npos;
    f.hasPrice = price.index != std::string::npos;
    const bool decimalComma = f.delimiter == ';';

    std::unordered_map<std::string, std::int32_t> userIndex, itemIndex, categoryIndex;
    std::vector<std::vector<std::pair<std::int32_t, std::int32_t>>> itemCategories; // (category, rows)
    Record record;
    std::string reason, canonical;
    const auto bad = [&](const Field& field, const std::string& why) {
        return lineError(f.fileName, record.line,
                         trArgs(QCoreApplication::translate("TransactionsCsv", "column \"%1\" (%2): %3"),
                                columns[field.index], field.option, why));
    };
    const auto value = [&](const Field& field) -> std::string_view {
        if (field.index == std::string::npos || field.index >= record.values.size())
            return {};
        return values::trim(record.values[field.index]);
    };
    bool anyDay = false;
    while (reader->next(record)) {
        ++f.rows;
        if (f.rows % 65536 == 0) {
            if (stop != nullptr && stop->load(std::memory_order_relaxed))
                throw Error(Error::Code::Cancelled, "recommend evaluate: stopped");
            if (progress && reader->fileSize() > 0)
                progress(static_cast<double>(reader->bytesRead()) / static_cast<double>(reader->fileSize()));
        }
        const std::string_view userText = value(user);
        if (userText.empty()) {
            ++f.skippedNoUser;
            continue;
        }
        const std::string_view itemText = value(item);
        if (itemText.empty())
            throw bad(item, trText("TransactionsCsv", QT_TRANSLATE_NOOP("TransactionsCsv", "missing value")));
        std::int32_t day = 0;
        const std::string_view timeText = value(time);
        if (timeText.empty())
            throw bad(time, trText("TransactionsCsv", QT_TRANSLATE_NOOP("TransactionsCsv", "missing value")));
        if (!parseTransactionDay(timeText, day, reason))
            throw bad(time, reason);
        if (quantity.index != std::string::npos) {
            double q = 0;
            const std::string_view qText = value(quantity);
            if (qText.empty())
                throw bad(quantity, trText("TransactionsCsv", QT_TRANSLATE_NOOP("TransactionsCsv", "missing value")));
            if (!values::parseDecimal(qText, canonical, q, reason, decimalComma))
                throw bad(quantity, reason);
            if (q <= 0) {
                ++f.returns;
                continue;
            }
        }
        float unitPrice = kNoPrice;
        if (price.index != std::string::npos) {
            const std::string_view pText = value(price);
            if (!pText.empty()) {
                double p = 0;
                if (!values::parseDecimal(pText, canonical, p, reason, decimalComma))
                    throw bad(price, reason);
                if (p > 0)
                    unitPrice = static_cast<float>(p);
            }
        }
        auto [u, newUser] = userIndex.try_emplace(std::string(userText), static_cast<std::int32_t>(f.userIds.size()));
        if (newUser)
            f.userIds.emplace_back(userText);
        auto [i, newItem] = itemIndex.try_emplace(std::string(itemText), static_cast<std::int32_t>(f.itemIds.size()));
        if (newItem) {
            f.itemIds.emplace_back(itemText);
            itemCategories.emplace_back();
        }
        const std::string_view categoryText = value(category);
        if (!categoryText.empty()) {
            auto [c, newCategory] =
                categoryIndex.try_emplace(std::string(categoryText), static_cast<std::int32_t>(f.categoryNames.size()));
            if (newCategory)
                f.categoryNames.emplace_back(categoryText);
            auto& counts = itemCategories[static_cast<std::size_t>(i->second)];
            auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& p) { return p.first == c->second; });
            if (it == counts.end())
                counts.emplace_back(c->second, 1);
            else
                ++it->second;
        }
        analytics::Interaction x;
        x.user = u->second;
        x.item = i->second;
        x.day = day;
        x.kind = analytics::InteractionKind::Purchase;
        x.count = 1;
        f.interactions.push_back(x);
        f.unitPrices.push_back(unitPrice);
        f.firstDay = anyDay ? std::min(f.firstDay, day) : day;
        f.lastDay = anyDay ? std::max(f.lastDay, day) : day;
        anyDay = true;
    }
    f.purchases = static_cast<std::int64_t>(f.interactions.size());
    {
        std::ifstream in(options.path, std::ios::binary);
        char magic[2] = {0, 0};
        f.compressed = in.read(magic, 2) && magic[0] == '\x1F' && magic[1] == '\x8B';
    }
    f.category.assign(f.itemIds.size(), -1);
    for (std::size_t i = 0; i < itemCategories.size(); ++i) {
        std::int32_t best = -1, bestRows = 0;
        for (const auto& [c, rows] : itemCategories[i])
            if (rows > bestRows) {
                best = c;
                bestRows = rows;
            }
        f.category[i] = best;
    }
    if (progress)
        progress(1.0);
    if (f.purchases == 0)
        throw fileError(f.fileName,
                        trArgs(QCoreApplication::translate(
                                   "TransactionsCsv", "no purchases: %1 rows read, %2 returns, %3 without a user id"),
                               f.rows, f.returns, f.skippedNoUser));
    return f;
}

analytics::ItemCatalogue TransactionsFile::catalogueBefore(std::int32_t endDay) const
{
    analytics::ItemCatalogue c;
    const auto n = itemIds.size();
    c.category = category;
    c.brand.assign(n, -1);
    c.price.assign(n, std::numeric_limits<double>::quiet_NaN());
    std::vector<std::vector<float>> prices(n);
    for (std::size_t k = 0; k < interactions.size(); ++k)
        if (interactions[k].day < endDay && !std::isnan(unitPrices[k]))
            prices[static_cast<std::size_t>(interactions[k].item)].push_back(unitPrices[k]);
    for (std::size_t i = 0; i < n; ++i) {
        auto& p = prices[i];
        if (p.empty())
            continue;
        std::sort(p.begin(), p.end());
        const std::size_t mid = p.size() / 2;
        c.price[i] = p.size() % 2 == 1 ? p[mid] : (static_cast<double>(p[mid - 1]) + p[mid]) / 2.0;
    }
    return c;
}

} // namespace kestrel::core
