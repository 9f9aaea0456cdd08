#include "customers/recommend_data.h"

#include "common/error.h"
#include "common/translate.h"
#include "db/copy_reader.h"
#include "db/database.h"
#include "jobs/job_context.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <unordered_map>

namespace kestrel::core {
namespace {

/// Maps ids to indices: a direct table when the ids are dense enough, else a binary search.
class IdIndex {
public:
    explicit IdIndex(const std::vector<std::int64_t>& sorted) : m_sorted(sorted)
    {
        if (sorted.empty())
            return;
        m_min = sorted.front();
        const std::int64_t span = sorted.back() - sorted.front() + 1;
        if (span <= 4 * static_cast<std::int64_t>(sorted.size()) + 1024) {
            m_direct.assign(static_cast<std::size_t>(span), -1);
            for (std::size_t k = 0; k < sorted.size(); ++k)
                m_direct[static_cast<std::size_t>(sorted[k] - m_min)] = static_cast<std::int32_t>(k);
        }
    }
    /// −1 when the id is unknown.
    std::int32_t operator()(std::int64_t id) const
    {
        if (!m_direct.empty()) {
            const std::int64_t at = id - m_min;
            return at >= 0 && at < static_cast<std::int64_t>(m_direct.size()) ? m_direct[static_cast<std::size_t>(at)]
                                                                              : -1;
        }
        const auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), id);
        return it != m_sorted.end() && *it == id ? static_cast<std::int32_t>(it - m_sorted.begin()) : -1;
    }

private:
    const std::vector<std::int64_t>& m_sorted;
    std::int64_t m_min = 0;
    std::vector<std::int32_t> m_direct;
};

/// Parses the leading integer of text at pos (tab-separated fields) and moves past its tab.
std::int64_t nextInt(const std::string& line, std::size_t& pos)
{
    std::int64_t v = 0;
    const auto [ptr, ec] = std::from_chars(line.data() + pos, line.data() + line.size(), v);
    if (ec != std::errc())
        throw Error(Error::Code::Internal, "recommend: unexpected COPY row: " + line.substr(0, 80));
    pos = static_cast<std::size_t>(ptr - line.data()) + 1;
    return v;
}

// Views and carts before the cut; COPY takes no parameters, so the cut comes through set_config.
constexpr const char* kEventsQuery = "SELECT user_id, product_id, (event_type = 'add_to_cart')::int, "
                                     "(occurred_at AT TIME ZONE 'UTC')::date - DATE '1970-01-01' FROM crm.events "
                                     "WHERE event_type IN ('product_view', 'add_to_cart') AND product_id IS NOT NULL "
                                     "AND occurred_at < (SELECT current_setting('kestrel.reco_cut')::timestamptz)";
constexpr const char* kPurchasesQuery =
    "SELECT o.user_id, i.product_id, (o.created_at AT TIME ZONE 'UTC')::date - DATE '1970-01-01' "
    "FROM crm.orders o JOIN crm.order_items i USING (order_id) "
    "WHERE o.status IN ('paid', 'shipped', 'delivered') "
    "AND o.created_at < (SELECT current_setting('kestrel.reco_cut')::timestamptz)";
constexpr const char* kProductsQuery =
    "SELECT p.product_id, p.category, coalesce(p.brand, ''), "
    "coalesce((SELECT pp.price FROM crm.product_prices pp WHERE pp.product_id = p.product_id "
    "  AND pp.valid_from <= c.cut AND (pp.valid_to IS NULL OR pp.valid_to > c.cut) "
    "  ORDER BY pp.valid_from DESC LIMIT 1), p.base_price), "
    "array_to_string(p.tags, '|'), p.is_active::int "
    "FROM crm.products p, (SELECT current_setting('kestrel.reco_cut')::timestamptz AS cut) c ORDER BY p.product_id";

} // namespace

void splitCopyRow(const std::string& line, std::vector<std::string>& fields)
{
    fields.clear();
    fields.emplace_back();
    for (std::size_t k = 0; k < line.size(); ++k) {
        const char c = line[k];
        if (c == '\t') {
            fields.emplace_back();
        } else if (c == '\\' && k + 1 < line.size()) {
            const char e = line[++k];
            switch (e) {
            case 't':
                fields.back() += '\t';
                break;
            case 'n':
                fields.back() += '\n';
                break;
            case 'r':
                fields.back() += '\r';
                break;
            case 'N':
                break; // NULL
            default:
                fields.back() += e;
                break;
            }
        } else {
            fields.back() += c;
        }
    }
}

RecommendData RecommendData::read(JobContext& ctx, const std::string& asOf, double from, double to)
{
    RecommendData d;
    std::string asOfText = asOf;
    if (asOfText.size() == 10 && asOfText[4] == '-' && asOfText[7] == '-')
        asOfText += " 00:00:00+00";
    const auto step = [&](double f, const char* text) {
        ctx.progress(from + (to - from) * f, QCoreApplication::translate("Recommend", text).toStdString());
    };
    try {
        ctx.db().read([&](pqxx::work& tx) {
            tx.exec0("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            const auto r = tx.exec_params1(
                "SELECT c::text, ((c AT TIME ZONE 'UTC')::date - DATE '1970-01-01') FROM (SELECT coalesce("
                "NULLIF($1, '')::timestamptz, ((greatest((SELECT max(created_at) FROM crm.orders), "
                "(SELECT max(occurred_at) FROM crm.events), (SELECT max(created_at) FROM crm.users))"
                " AT TIME ZONE 'UTC')::date + 1)::timestamp AT TIME ZONE 'UTC') AS c) AS t",
                asOfText);
            if (r[0].is_null())
                throw Error(Error::Code::InvalidArgument,
                            QCoreApplication::translate("Recommend", "there are no users: nothing to recommend "
                                                                     "(nothing was written)")
                                .toStdString());
            d.asOf = r[0].c_str();
            d.asOfDay = r[1].as<std::int32_t>();
            tx.exec_params("SELECT set_config('kestrel.reco_cut', $1, true)", d.asOf);

            std::string line;
            std::vector<std::string> f;
            step(0.0, QT_TRANSLATE_NOOP("Recommend", "Reading products"));
            {
                CopyReader copy(tx, kProductsQuery);
                std::unordered_map<std::string, std::int32_t> categoryIds, brandIds, tagIds;
                const auto idOf = [](std::unordered_map<std::string, std::int32_t>& ids, const std::string& name) {
                    return ids.try_emplace(name, static_cast<std::int32_t>(ids.size())).first->second;
                };
                auto& c = d.catalogue;
                c.tagStart.push_back(0);
                while (copy.next(line)) {
                    splitCopyRow(line, f);
                    d.productIds.push_back(std::stoll(f[0]));
                    const auto before = categoryIds.size();
                    const std::int32_t category = idOf(categoryIds, f[1]);
                    if (categoryIds.size() > before)
                        d.categories.push_back(f[1]);
                    c.category.push_back(category);
                    c.brand.push_back(f[2].empty() ? -1 : idOf(brandIds, f[2]));
                    const double price = std::strtod(f[3].c_str(), nullptr);
                    c.price.push_back(price > 0 ? price : std::numeric_limits<double>::quiet_NaN());
                    for (std::size_t b = 0; b < f[4].size();) {
                        const auto e = std::min(f[4].find('|', b), f[4].size());
                        if (e > b)
                            c.tags.push_back(idOf(tagIds, f[4].substr(b, e - b)));
                        b = e + 1;
                    }
                    c.tagStart.push_back(static_cast<std::int64_t>(c.tags.size()));
                    c.active.push_back(f[5] == "1" ? 1 : 0);
                }
            }
            if (d.productIds.empty())
                throw Error(Error::Code::InvalidArgument,
                            QCoreApplication::translate("Recommend", "there are no products: nothing to recommend "
                                                                     "(nothing was written)")
                                .toStdString());
            ctx.throwIfStopped();
            step(0.05, QT_TRANSLATE_NOOP("Recommend", "Reading users"));
            {
                CopyReader copy(tx, "SELECT user_id FROM crm.users ORDER BY user_id");
                while (copy.next(line))
                    d.userIds.push_back(std::stoll(line));
            }
            if (d.userIds.empty())
                throw Error(Error::Code::InvalidArgument,
                            QCoreApplication::translate("Recommend", "there are no users: nothing to recommend "
                                                                     "(nothing was written)")
                                .toStdString());
            ctx.throwIfStopped();
            const IdIndex userIndex(d.userIds), productIndex(d.productIds);
            const auto expected = static_cast<double>(std::max<long long>(
                1, tx.exec1("SELECT coalesce(sum(greatest(c.reltuples, 0)), 0)::bigint FROM pg_inherits i "
                            "JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'crm.events'::regclass")[0]
                       .as<long long>()));
            step(0.1, QT_TRANSLATE_NOOP("Recommend", "Reading views and carts"));
            {
                CopyReader copy(tx, kEventsQuery);
                long long rows = 0;
                while (copy.next(line)) {
                    std::size_t pos = 0;
                    const std::int64_t user = nextInt(line, pos);
                    const std::int64_t product = nextInt(line, pos);
                    const std::int64_t cart = nextInt(line, pos);
                    const std::int64_t day = nextInt(line, pos);
                    analytics::Interaction x;
                    x.user = userIndex(user);
                    x.item = productIndex(product);
                    if (x.user < 0 || x.item < 0)
                        continue; // a row added after the users were read
                    x.day = static_cast<std::int32_t>(day);
                    x.kind = cart != 0 ? analytics::InteractionKind::Cart : analytics::InteractionKind::View;
                    (cart != 0 ? d.carts : d.views) += 1;
                    d.interactions.push_back(x);
                    if (++rows % 1048576 == 0) {
                        ctx.throwIfStopped();
                        step(0.1 + 0.6 * std::min(1.0, static_cast<double>(rows) / (0.45 * expected)),
                             QT_TRANSLATE_NOOP("Recommend", "Reading views and carts"));
                    }
                }
            }
            step(0.7, QT_TRANSLATE_NOOP("Recommend", "Reading purchases"));
            {
                CopyReader copy(tx, kPurchasesQuery);
                long long rows = 0;
                while (copy.next(line)) {
                    std::size_t pos = 0;
                    const std::int64_t user = nextInt(line, pos);
                    const std::int64_t product = nextInt(line, pos);
                    const std::int64_t day = nextInt(line, pos);
                    analytics::Interaction x;
                    x.user = userIndex(user);
                    x.item = productIndex(product);
                    if (x.user < 0 || x.item < 0)
                        continue;
                    x.day = static_cast<std::int32_t>(day);
                    x.kind = analytics::InteractionKind::Purchase;
                    ++d.purchases;
                    d.interactions.push_back(x);
                    if (++rows % 1048576 == 0)
                        ctx.throwIfStopped();
                }
            }
            step(1.0, QT_TRANSLATE_NOOP("Recommend", "Reading purchases"));
        });
    } catch (const Error& e) {
        if (e.sqlstate().rfind("22", 0) == 0)
            throw Error(
                Error::Code::InvalidArgument,
                trArgs(QCoreApplication::translate("Recommend", "the as-of date '%1' is not a valid date or time"),
                       asOf));
        throw;
    }
    return d;
}

} // namespace kestrel::core
