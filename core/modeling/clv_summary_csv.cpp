#include "modeling/clv_summary_csv.h"

#include "common/error.h"
#include "common/translate.h"
#include "etl/reader_error.h"
#include "etl/record_reader.h"
#include "etl/value_parser.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <optional>

namespace kestrel::core {
namespace {

constexpr std::size_t kLinesNamed = 10;

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::optional<std::size_t> findColumn(const std::vector<std::string>& names, std::initializer_list<const char*> aliases)
{
    for (const char* alias : aliases)
        for (std::size_t c = 0; c < names.size(); ++c)
            if (lower(names[c]) == alias)
                return c;
    return std::nullopt;
}

/// Lines grouped by what is wrong with them, in the order the problems were first met.
class LineProblems {
public:
    void add(const std::string& problem, std::int64_t line)
    {
        auto it = m_index.find(problem);
        if (it == m_index.end()) {
            it = m_index.emplace(problem, m_items.size()).first;
            m_items.push_back({problem, {}, 0});
        }
        Item& item = m_items[it->second];
        if (item.lines.size() < kLinesNamed)
            item.lines.push_back(line);
        ++item.count;
    }
    bool empty() const { return m_items.empty(); }

    /// "recency is greater than T (lines 5, 9, 12 and 40 more)", one problem per line of text.
    std::vector<std::string> describe() const
    {
        std::vector<std::string> out;
        for (const auto& item : m_items) {
            std::string list;
            for (const auto l : item.lines)
                list += (list.empty() ? "" : ", ") + std::to_string(l);
            const auto more = item.count - static_cast<std::int64_t>(item.lines.size());
            if (more > 0)
                list = trArgs(QCoreApplication::translate("ClvSummary", "%1 and %2 more"), list, more);
            out.push_back(trArgs(QCoreApplication::translate("ClvSummary", "%1 (lines %2)"), item.problem, list));
        }
        return out;
    }

private:
    struct Item {
        std::string problem;
        std::vector<std::int64_t> lines;
        std::int64_t count = 0;
    };
    std::map<std::string, std::size_t> m_index;
    std::vector<Item> m_items;
};

std::string tr(const char* text)
{
    return QCoreApplication::translate("ClvSummary", text).toStdString();
}

} // namespace

ClvSummaryFile ClvSummaryFile::load(const std::string& path)
{
    const std::string file = std::filesystem::path(path).filename().string();
    auto reader = openRecordReader(path);
    const auto& names = reader->columns();
    const auto cF = findColumn(names, {"frequency", "x"});
    const auto cR = findColumn(names, {"recency", "t_x", "tx"});
    const auto cT = findColumn(names, {"t", "age"});
    const auto cM = findColumn(names, {"monetary_value", "monetary", "zbar", "m_x"});
    std::string missing;
    const std::pair<std::optional<std::size_t>, const char*> required[] = {{cF, "frequency"}, {cR, "recency"}, {cT, "T"}};
    for (const auto& [col, name] : required)
        if (!col)
            missing += (missing.empty() ? "" : ", ") + std::string(name);
    if (!missing.empty()) {
        std::string list;
        for (const auto& n : names)
            list += (list.empty() ? "" : ", ") + n;
        throw fileError(file, trArgs(QCoreApplication::translate(
                                         "ClvSummary", "missing column(s) %1 (the file has: %2); expected frequency, "
                                                       "recency, T and optionally monetary_value"),
                                     missing, list));
    }

    ClvSummaryFile out;
    out.hasMonetary = cM.has_value();
    LineProblems errors, warnings;
    Record rec;
    std::string canon, reason;
    auto number = [&](std::size_t col, const char* name, std::int64_t line, double& value) {
        const std::string text(values::trim(col < rec.values.size() ? rec.values[col] : std::string()));
        if (text.empty()) {
            errors.add(trArgs(QCoreApplication::translate("ClvSummary", "%1 is blank"), name), line);
            return false;
        }
        if (!values::parseDecimal(text, canon, value, reason, false)) {
            errors.add(trArgs(QCoreApplication::translate("ClvSummary", "%1 is not a number"), name), line);
            return false;
        }
        return true;
    };
    std::int64_t rows = 0;
    while (reader->next(rec)) {
        ++rows;
        const std::int64_t line = rec.line;
        double x = 0, tx = 0, T = 0;
        bool ok = number(*cF, "frequency", line, x);
        ok = number(*cR, "recency", line, tx) && ok;
        ok = number(*cT, "T", line, T) && ok;
        if (!ok)
            continue;
        bool valid = true;
        auto fail = [&](const char* problem) {
            errors.add(tr(problem), line);
            valid = false;
        };
        if (x < 0 || x != std::floor(x))
            fail(QT_TRANSLATE_NOOP("ClvSummary", "frequency is not a whole number ≥ 0"));
        if (tx < 0)
            fail(QT_TRANSLATE_NOOP("ClvSummary", "recency is negative"));
        if (T < 0)
            fail(QT_TRANSLATE_NOOP("ClvSummary", "T is negative"));
        if (tx > T)
            fail(QT_TRANSLATE_NOOP("ClvSummary", "recency is greater than T"));
        if (x == 0 && tx > 0)
            fail(QT_TRANSLATE_NOOP("ClvSummary", "frequency is 0 but recency is above 0"));
        double m = std::numeric_limits<double>::quiet_NaN();
        if (cM && x > 0) {
            const std::string text(values::trim(*cM < rec.values.size() ? rec.values[*cM] : std::string()));
            if (text.empty())
                fail(QT_TRANSLATE_NOOP("ClvSummary", "monetary_value of a repeat buyer is missing"));
            else if (!values::parseDecimal(text, canon, m, reason, false))
                fail(QT_TRANSLATE_NOOP("ClvSummary", "monetary_value is not a number"));
            else if (m < 0)
                fail(QT_TRANSLATE_NOOP("ClvSummary", "monetary_value is negative"));
            else if (m == 0)
                warnings.add(tr(QT_TRANSLATE_NOOP(
                                 "ClvSummary",
                                 "monetary_value is 0 for a repeat buyer (kept for BG/NBD, left out of Gamma-Gamma)")),
                             line);
        }
        if (!valid)
            continue;
        out.lines.push_back(line);
        out.data.frequency.push_back(x);
        out.data.recency.push_back(tx);
        out.data.age.push_back(T);
        out.data.monetary.push_back(m);
        if (x == 0)
            ++out.oneTimeBuyers;
        else if (m > 0) {
            out.spend.frequency.push_back(x);
            out.spend.recency.push_back(tx);
            out.spend.age.push_back(T);
            out.spend.monetary.push_back(m);
        }
    }
    if (rows == 0)
        throw fileError(file, tr(QT_TRANSLATE_NOOP("ClvSummary", "no customer rows (only a header)")));
    if (!errors.empty()) {
        std::string text;
        for (const auto& d : errors.describe())
            text += (text.empty() ? " " : "; ") + d;
        throw fileError(file, trArgs(QCoreApplication::translate("ClvSummary", "invalid rows, nothing was fitted:%1"),
                                     text));
    }
    if (out.oneTimeBuyers == rows)
        throw fileError(file, trArgs(QCoreApplication::translate(
                                         "ClvSummary",
                                         "all %1 customers are one-time buyers (frequency 0): the models need repeat "
                                         "purchases"),
                                     rows));
    out.warnings = warnings.describe();
    return out;
}

} // namespace kestrel::core
