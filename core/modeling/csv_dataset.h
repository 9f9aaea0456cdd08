#pragma once

#include "etl/record_reader.h"

#include <cstddef>
#include <string>
#include <vector>

namespace kestrel::core {

struct CsvDatasetOptions {
    std::string target;            ///< the column to predict (two distinct values)
    std::vector<std::string> drop; ///< columns to leave out
    std::size_t maxLevels = 50;    ///< one-hot levels kept per categorical column (the most frequent)
    ReaderOptions reader;
};

/// A CSV (or JSON) file turned into a model matrix: numeric columns as they are (blank = NaN,
/// missing), text columns one-hot encoded (a blank leaves all their indicators missing), and a
/// binary target. Columns unique per row that are not numbers (ids), constant and empty columns
/// are left out, each with a note.
struct CsvDataset {
    std::vector<std::string> featureNames; ///< "tenure", "Contract=Two year", …
    std::vector<float> x;                  ///< rows × featureNames.size(), row-major
    std::vector<float> y;                  ///< 0/1
    std::size_t rows = 0;
    std::string positiveLabel, negativeLabel; ///< the target values read as 1 and 0
    std::vector<std::string> notes;           ///< what was left out or capped, and why

    std::size_t cols() const { return featureNames.size(); }

    /// Reads the whole file (through openRecordReader) and infers column types. Throws
    /// Error(InvalidArgument) naming the file, and where it applies the column and line: an empty
    /// file or one without rows, no such target or --drop column, a blank target, a target with one
    /// class only or more than two values, or non-numeric text in a column that is otherwise
    /// (≥ 95%) numbers.
    static CsvDataset load(const std::string& path, const CsvDatasetOptions& options);
};

} // namespace kestrel::core
