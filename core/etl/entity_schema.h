#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kestrel::core {

/// The type of an importable field; decides the parser and the staging column type. Month is a
/// calendar month stored as its first day (a date column). TextList is a list of words separated by
/// '|' ("waterproof | Kids"), stored lower-cased, trimmed and without repeats as a text[] column.
enum class FieldType { Integer, Decimal, Text, Timestamp, Date, Month, Boolean, Json, TextList };

/// A field-specific rule applied after type parsing: may normalise the canonical text in place
/// (e.g. upper-case a country code); returns false with a reason to reject the value.
using FieldRule = std::function<bool(std::string& value, std::string& reason)>;

/// One column of an entity as the importer sees it.
struct FieldSpec {
    std::string name;                  ///< target column
    FieldType type = FieldType::Text;
    bool required = false;             ///< the column must be present and every value non-empty
    std::vector<std::string> aliases;  ///< other header names, English and Russian (matched normalised)
    std::optional<double> min, max;    ///< inclusive range for numbers
    std::vector<std::string> allowed;  ///< allowed values (matched case-insensitively, stored as listed)
    FieldRule rule;                    ///< extra check / normalisation
    std::string defaultValue;          ///< used when the column is absent or the value empty
    std::string refEntity;             ///< this value must exist as refEntity's refField
    std::string refField;
    bool unique = false;               ///< unique across the table besides the natural key (e.g. e-mail)
    int maxLength = 0;                 ///< for text; 0 = unlimited
};

/// A cross-field or cross-row check run in SQL on the staging table `_stage` (columns = the
/// entity's fields plus file_line, the record's line in the file). The query returns (file line bigint, column text, value text,
/// reason text) for each row to reject.
struct StageCheck {
    std::string sql;
    /// The reasons the query writes: QT_TRANSLATE_NOOP("EntityChecks", …) templates with %1 %2
    /// placeholders. The k-th is bound as $k, translated and turned into a format() pattern, so the
    /// query writes format($k, arg1, arg2 …) where a reason goes (see sqlFormatPattern).
    std::vector<const char*> reasons;
};

/// Everything the importer knows about one target table. Entities register themselves in
/// EntityRegistry; later modules add theirs the same way (and call ops.track_loads in a migration).
struct EntitySchema {
    std::string name;                   ///< "users" — what the user types
    std::string table;                  ///< "crm.users"
    std::vector<FieldSpec> fields;
    std::vector<std::string> naturalKey;  ///< upsert key, e.g. {"order_id", "line_no"}
    std::vector<StageCheck> checks;
    /// Column whose time range bounds the rows a load touches; passed to the hooks below.
    std::string timeField;
    /// Run before rows are written, with $1/$2 = min/max of timeField over the rows to be written.
    std::string prepareSql;
    /// Run after a load or rollback, with $1/$2 = min/max of timeField over every row it touched.
    std::string refreshSql;

    const FieldSpec* field(const std::string& fieldName) const;
    int fieldIndex(const std::string& fieldName) const;
};

/// The entities the importer can load. Lookup is by EntitySchema::name.
class EntityRegistry {
public:
    static EntityRegistry& instance();
    void add(EntitySchema schema);
    const EntitySchema* find(const std::string& name) const;
    /// In registration order (which is also a valid load order for references).
    const std::vector<EntitySchema>& all() const { return m_entities; }
    /// Names joined with ", " for messages.
    std::string names() const;

private:
    EntityRegistry();
    std::vector<EntitySchema> m_entities;
};

/// The customer tables: users, products, product_prices, orders, order_items, events and
/// channel_spend (acquisition spend per channel and month).
std::vector<EntitySchema> crmEntities();

}  // namespace kestrel::core
