#include "modeling/csv_dataset.h"

#include "common/error.h"
#include "common/translate.h"
#include "etl/reader_error.h"
#include "etl/value_parser.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace kestrel::core {
namespace {

constexpr double kNumericShare = 0.95;

/// Reads the target's values as 0/1: yes/no, true/false, 1/0 (any case) by meaning; two numbers
/// by order; other text by sort order (the second is positive).
void encodeTarget(const std::string& file, const std::string& column, const std::vector<std::string>& values,
                  const std::vector<std::int64_t>& lines, CsvDataset& out)
{
    std::vector<std::string> distinct;
    for (std::size_t r = 0; r < values.size(); ++r) {
        if (values[r].empty())
            throw lineError(
                file, lines[r],
                trArgs(QCoreApplication::translate("CsvDataset", "the target column \"%1\" is blank"), column));
        if (std::find(distinct.begin(), distinct.end(), values[r]) == distinct.end()) {
            distinct.push_back(values[r]);
            if (distinct.size() > 2)
                throw lineError(
                    file, lines[r],
                    trArgs(QCoreApplication::translate(
                               "CsvDataset",
                               "the target column \"%1\" has a third value \"%2\" (after \"%3\" and \"%4\"); it "
                               "must have two, such as Yes/No or 1/0"),
                           column, values[r], distinct[0], distinct[1]));
        }
    }
    if (distinct.size() < 2)
        throw fileError(file,
                        trArgs(QCoreApplication::translate(
                                   "CsvDataset", "the target column \"%1\" has one class only: every row is \"%2\""),
                               column, distinct.empty() ? std::string() : distinct[0]));
    std::string positive;
    bool b0 = false, b1 = false;
    std::string reason;
    double d0 = 0, d1 = 0;
    std::string canon;
    if (values::parseBoolean(distinct[0], b0, reason) && values::parseBoolean(distinct[1], b1, reason) && b0 != b1)
        positive = b0 ? distinct[0] : distinct[1];
    else if (values::parseDecimal(distinct[0], canon, d0, reason) &&
             values::parseDecimal(distinct[1], canon, d1, reason))
        positive = d0 > d1 ? distinct[0] : distinct[1];
    else
        positive = std::max(distinct[0], distinct[1]);
    out.positiveLabel = positive;
    out.negativeLabel = positive == distinct[0] ? distinct[1] : distinct[0];
    out.y.resize(values.size());
    for (std::size_t r = 0; r < values.size(); ++r)
        out.y[r] = values[r] == positive ? 1.0f : 0.0f;
}

} // namespace

CsvDataset CsvDataset::load(const std::string& path, const CsvDatasetOptions& options)
{
    const std::string file = std::filesystem::path(path).filename().string();
    auto reader = openRecordReader(path, options.reader);
    const bool decimalHint = reader->delimiter() == ';';

    std::vector<std::vector<std::string>> cols;
    std::vector<std::int64_t> lines;
    Record rec;
    while (reader->next(rec)) {
        const auto& names = reader->columns();
        if (cols.size() < names.size())
            cols.resize(names.size(), std::vector<std::string>(lines.size()));
        lines.push_back(rec.line);
        for (std::size_t c = 0; c < cols.size(); ++c)
            cols[c].emplace_back(c < rec.values.size() ? values::trim(rec.values[c]) : std::string_view());
    }
    const std::vector<std::string> names = reader->columns();
    cols.resize(names.size(), std::vector<std::string>(lines.size()));
    if (lines.empty())
        throw fileError(file, QCoreApplication::translate("CsvDataset", "no rows to learn from").toStdString());

    auto columnIndex = [&](const std::string& name) -> std::size_t {
        const auto it = std::find(names.begin(), names.end(), name);
        if (it == names.end()) {
            std::string list;
            for (const auto& n : names)
                list += (list.empty() ? "" : ", ") + n;
            throw fileError(
                file, trArgs(QCoreApplication::translate("CsvDataset", "no column \"%1\" (columns: %2)"), name, list));
        }
        return static_cast<std::size_t>(it - names.begin());
    };
    const std::size_t target = columnIndex(options.target);
    std::unordered_set<std::size_t> dropped;
    for (const auto& d : options.drop)
        dropped.insert(columnIndex(d));

    CsvDataset out;
    out.rows = lines.size();
    encodeTarget(file, options.target, cols[target], lines, out);

    // Each kept column becomes one numeric feature or a block of one-hot features.
    struct Feature {
        std::size_t column;
        bool numeric;
        std::vector<std::string> levels;
    };
    std::vector<Feature> features;
    std::vector<std::vector<double>> numbers(names.size());
    for (std::size_t c = 0; c < names.size(); ++c) {
        if (c == target || dropped.count(c))
            continue;
        const auto& v = cols[c];
        std::size_t nonBlank = 0, parsed = 0, firstBad = v.size();
        numbers[c].assign(v.size(), std::nan(""));
        std::string canon, reason;
        for (std::size_t r = 0; r < v.size(); ++r) {
            if (v[r].empty())
                continue;
            ++nonBlank;
            double d = 0;
            if (values::parseDecimal(v[r], canon, d, reason, decimalHint)) {
                numbers[c][r] = d;
                ++parsed;
            } else if (firstBad == v.size()) {
                firstBad = r;
            }
        }
        if (nonBlank == 0) {
            out.notes.push_back(
                trArgs(QCoreApplication::translate("CsvDataset", "column \"%1\" left out: it is empty"), names[c]));
            continue;
        }
        if (parsed == nonBlank) {
            const auto [lo, hi] = std::minmax_element(numbers[c].begin(), numbers[c].end(), [](double a, double b) {
                return std::isnan(a) ? false : std::isnan(b) ? true : a < b;
            });
            if (*lo == *hi && nonBlank == v.size()) {
                out.notes.push_back(trArgs(
                    QCoreApplication::translate("CsvDataset", "column \"%1\" left out: it is the same in every row"),
                    names[c]));
                continue;
            }
            features.push_back({c, true, {}});
            continue;
        }
        if (double(parsed) >= kNumericShare * double(nonBlank)) {
            std::string why;
            double d = 0;
            values::parseDecimal(v[firstBad], why, d, reason, decimalHint);
            throw lineError(file, lines[firstBad],
                            trArgs(QCoreApplication::translate(
                                       "CsvDataset", "column \"%1\": %2 (%3 of its %4 values are not numbers; fix "
                                                     "them or leave the column out with --drop)"),
                                   names[c], reason, nonBlank - parsed, nonBlank));
        }
        std::unordered_map<std::string, std::size_t> counts;
        for (const auto& s : v)
            if (!s.empty())
                ++counts[s];
        if (counts.size() == v.size()) {
            out.notes.push_back(
                trArgs(QCoreApplication::translate("CsvDataset",
                                                   "column \"%1\" left out: a different value in every row (an id?)"),
                       names[c]));
            continue;
        }
        if (counts.size() == 1 && nonBlank == v.size()) {
            out.notes.push_back(
                trArgs(QCoreApplication::translate("CsvDataset", "column \"%1\" left out: it is the same in every row"),
                       names[c]));
            continue;
        }
        std::vector<std::pair<std::string, std::size_t>> byCount(counts.begin(), counts.end());
        std::sort(byCount.begin(), byCount.end(), [](const auto& a, const auto& b) {
            return a.second != b.second ? a.second > b.second : a.first < b.first;
        });
        if (byCount.size() > options.maxLevels) {
            out.notes.push_back(
                trArgs(QCoreApplication::translate("CsvDataset", "column \"%1\": %2 values, one-hot encoded for the "
                                                                 "%3 most frequent (the rest count as none of them)"),
                       names[c], byCount.size(), options.maxLevels));
            byCount.resize(options.maxLevels);
        }
        Feature f{c, false, {}};
        for (const auto& [level, n] : byCount)
            f.levels.push_back(level);
        std::sort(f.levels.begin(), f.levels.end());
        features.push_back(std::move(f));
    }

    std::size_t oneHotColumns = 0, oneHotFeatures = 0;
    for (const auto& f : features) {
        if (f.numeric) {
            out.featureNames.push_back(names[f.column]);
        } else {
            ++oneHotColumns;
            for (const auto& level : f.levels) {
                out.featureNames.push_back(names[f.column] + "=" + level);
                ++oneHotFeatures;
            }
        }
    }
    if (oneHotColumns)
        out.notes.push_back(
            trArgs(QCoreApplication::translate("CsvDataset", "%1 text columns one-hot encoded into %2 features"),
                   oneHotColumns, oneHotFeatures));
    if (out.featureNames.empty())
        throw fileError(
            file, trArgs(QCoreApplication::translate("CsvDataset", "no columns left to learn from besides \"%1\""),
                         options.target));

    const std::size_t width = out.featureNames.size();
    out.x.assign(out.rows * width, 0.0f);
    std::size_t offset = 0;
    for (const auto& f : features) {
        const auto& v = cols[f.column];
        if (f.numeric) {
            for (std::size_t r = 0; r < out.rows; ++r)
                out.x[r * width + offset] = static_cast<float>(numbers[f.column][r]);
            ++offset;
            continue;
        }
        std::unordered_map<std::string, std::size_t> index;
        for (std::size_t l = 0; l < f.levels.size(); ++l)
            index[f.levels[l]] = l;
        for (std::size_t r = 0; r < out.rows; ++r) {
            float* row = &out.x[r * width + offset];
            if (v[r].empty()) {
                std::fill(row, row + f.levels.size(), std::nanf(""));
                continue;
            }
            if (const auto it = index.find(v[r]); it != index.end())
                row[it->second] = 1.0f;
        }
        offset += f.levels.size();
    }
    return out;
}

} // namespace kestrel::core
