#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QString>

#include <cstdint>
#include <string>

namespace kestrel::core {
enum class FieldType;
enum class LoadMode;
} // namespace kestrel::core

namespace kestrel::ui {

/// The words the import wizard, the Loads page and the toasts use for the importer's technical
/// names (entities, modes, statuses, field types), so they are translated once.
class LoadTexts {
    Q_DECLARE_TR_FUNCTIONS(kestrel::ui::LoadTexts)
public:
    /// "order_items" → "Order items"; an unknown name is returned as it is.
    static QString entity(const std::string& name);
    /// "rolled_back" → "Rolled back".
    static QString status(const std::string& status);
    /// "upsert" → "Upsert", "rollback" → "Rollback", "generate" → "Generated".
    static QString mode(const std::string& mode);
    static QString mode(core::LoadMode mode);
    /// One line on what the mode does to the table.
    static QString modeExplanation(core::LoadMode mode);
    static QString fieldType(core::FieldType type);
    static QString count(std::int64_t n);
    /// "0.4 s", "12 s", "3 min 05 s".
    static QString duration(double seconds);
    /// "2025-03-01T10:20:30Z" → the same instant in local time, short locale format.
    static QString timestamp(const std::string& iso);
    /// The delimiter as a user reads it: "comma (,)", "semicolon (;)", "tab".
    static QString delimiter(char c);
};

} // namespace kestrel::ui
