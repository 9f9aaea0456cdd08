// The importable customer tables. Header aliases cover the names shops, trackers and CRMs export,
// in English and Russian; rules mirror the tables' CHECK constraints so that bad values are
// rejected with their line and column instead of failing the whole COPY. Their reasons are
// translated with the context "EntityChecks".
#include "etl/entity_schema.h"

#include "common/translate.h"

#include <algorithm>
#include <cctype>

namespace kestrel::core {
namespace {

FieldSpec integer(std::string name, bool required, std::vector<std::string> aliases, std::optional<double> min = {},
                  std::optional<double> max = {})
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = FieldType::Integer;
    f.required = required;
    f.aliases = std::move(aliases);
    f.min = min;
    f.max = max;
    return f;
}

FieldSpec decimal(std::string name, bool required, std::vector<std::string> aliases, std::optional<double> min,
                  double max = 9'999'999'999.99)
{
    FieldSpec f = integer(std::move(name), required, std::move(aliases), min, max);
    f.type = FieldType::Decimal;
    return f;
}

FieldSpec text(std::string name, bool required, std::vector<std::string> aliases, int maxLength = 500)
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = FieldType::Text;
    f.required = required;
    f.aliases = std::move(aliases);
    f.maxLength = maxLength;
    return f;
}

FieldSpec oneOf(std::string name, bool required, std::vector<std::string> aliases, std::vector<std::string> allowed,
                std::string defaultValue = {})
{
    FieldSpec f = text(std::move(name), required, std::move(aliases));
    f.allowed = std::move(allowed);
    f.defaultValue = std::move(defaultValue);
    return f;
}

FieldSpec timestamp(std::string name, bool required, std::vector<std::string> aliases, std::string defaultValue = {})
{
    FieldSpec f;
    f.name = std::move(name);
    f.type = FieldType::Timestamp;
    f.required = required;
    f.aliases = std::move(aliases);
    f.defaultValue = std::move(defaultValue);
    return f;
}

FieldSpec ref(FieldSpec f, std::string entity, std::string field)
{
    f.refEntity = std::move(entity);
    f.refField = std::move(field);
    return f;
}

// `what` is a QT_TRANSLATE_NOOP("EntityChecks", …) template whose %1 is the value.
bool upperCode(std::string& value, std::string& reason, std::size_t length, const char* what)
{
    for (char& c : value)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    const bool ok = value.size() == length
        && std::all_of(value.begin(), value.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!ok)
        reason = trArgs(QCoreApplication::translate("EntityChecks", what), value);
    return ok;
}

EntitySchema users()
{
    EntitySchema e;
    e.name = "users";
    e.table = "crm.users";
    e.naturalKey = {"user_id"};
    FieldSpec email = text("email", true, {"e-mail", "e_mail", "mail", "email address", "почта", "эл. почта",
                                           "электронная почта", "e-mail адрес"});
    email.unique = true;
    email.rule = [](std::string& v, std::string& reason) {
        const auto at = v.find('@');
        if (at == std::string::npos || at == 0 || at + 1 >= v.size()) {
            reason = trArgs(QCoreApplication::translate("EntityChecks", "not an e-mail address: %1"), v);
            return false;
        }
        return true;
    };
    FieldSpec country = text("country", true, {"country_code", "country code", "страна", "код страны"});
    country.rule = [](std::string& v, std::string& reason) {
        return upperCode(v, reason, 2, QT_TRANSLATE_NOOP("EntityChecks", "not a country code: %1"));
    };
    // Optional; a Telegram user id belongs to one customer at most (crm.users.telegram_id is UNIQUE).
    FieldSpec telegram = integer("telegram_id", false, {"telegram", "telegram id", "telegram user id", "tg_id", "tg id",
                                                        "телеграм", "telegram-id", "id телеграм", "телеграм id"},
                                 1);
    telegram.unique = true;
    e.fields = {
        integer("user_id", true, {"id", "user", "customer_id", "client_id", "id пользователя", "пользователь",
                                  "id клиента", "код клиента", "клиент id"}, 1),
        email,
        text("full_name", true, {"name", "full name", "customer name", "client name", "фио", "имя", "клиент",
                                 "имя клиента"}),
        country,
        text("city", false, {"город"}),
        oneOf("acquisition_channel", true, {"channel", "source", "utm_source", "канал", "источник", "канал привлечения"},
              {"organic", "paid_search", "social", "affiliate", "email", "referral", "telegram"}),
        oneOf("device", true, {"device_type", "platform", "устройство", "тип устройства"}, {"desktop", "mobile", "tablet"}),
        integer("birth_year", false, {"year of birth", "год рождения"}, 1900, 2100),
        timestamp("created_at", true, {"registered_at", "registration_date", "signup_date", "created", "date",
                                       "дата регистрации", "зарегистрирован", "дата создания"}),
        telegram,
    };
    return e;
}

EntitySchema products()
{
    EntitySchema e;
    e.name = "products";
    e.table = "crm.products";
    e.naturalKey = {"product_id"};
    FieldSpec sku = text("sku", true, {"article", "vendor_code", "артикул", "код товара"});
    sku.unique = true;
    FieldSpec active;
    active.name = "is_active";
    active.type = FieldType::Boolean;
    active.aliases = {"active", "enabled", "активен", "активный"};
    active.defaultValue = "t";
    // Attributes for the content-based recommendations: "waterproof|kids".
    FieldSpec tags;
    tags.name = "tags";
    tags.type = FieldType::TextList;
    tags.aliases = {"tag", "labels", "attributes", "теги", "метки", "атрибуты"};
    tags.defaultValue = "{}";
    tags.maxLength = 100;
    e.fields = {
        integer("product_id", true, {"id", "product", "item_id", "id товара", "товар id"}, 1),
        sku,
        text("name", true, {"product_name", "title", "название", "наименование", "товар"}),
        text("category", true, {"category_name", "категория"}),
        text("brand", false, {"бренд", "марка", "производитель"}),
        decimal("base_price", true, {"price", "list_price", "цена", "базовая цена"}, 0.01),
        decimal("unit_cost", false, {"cost", "себестоимость", "закупочная цена"}, 0),
        active,
        timestamp("created_at", false, {"created", "дата создания", "добавлен"}, "now"),
        tags,
    };
    return e;
}

EntitySchema productPrices()
{
    EntitySchema e;
    e.name = "product_prices";
    e.table = "crm.product_prices";
    e.naturalKey = {"product_id", "valid_from"};
    e.fields = {
        ref(integer("product_id", true, {"product", "item_id", "id товара", "товар"}, 1), "products", "product_id"),
        timestamp("valid_from", true, {"from", "start", "start_date", "действует с", "дата начала", "с"}),
        timestamp("valid_to", false, {"to", "end", "end_date", "действует по", "дата окончания", "по"}),
        decimal("price", true, {"цена"}, 0.01),
    };
    // Periods of one product may not overlap: inside the file, or with periods already stored
    // (other than those this file replaces through the same key).
    e.checks.push_back({R"sql(
        SELECT b.file_line, 'valid_from', b.valid_from::text, format($1, a.file_line)
          FROM _stage a JOIN _stage b
            ON a.product_id = b.product_id AND a.file_line < b.file_line
           AND tstzrange(a.valid_from, a.valid_to, '[)') && tstzrange(b.valid_from, b.valid_to, '[)')
        UNION ALL
        SELECT s.file_line, 'valid_from', s.valid_from::text, format($2, p.valid_from)
          FROM _stage s JOIN crm.product_prices p
            ON p.product_id = s.product_id AND p.valid_from <> s.valid_from
           AND tstzrange(p.valid_from, p.valid_to, '[)') && tstzrange(s.valid_from, s.valid_to, '[)')
          WHERE NOT EXISTS (SELECT 1 FROM _stage k WHERE k.product_id = p.product_id AND k.valid_from = p.valid_from)
        UNION ALL
        SELECT file_line, 'valid_to', valid_to::text, format($3)
          FROM _stage WHERE valid_to IS NOT NULL AND valid_to <= valid_from
    )sql",
                        {QT_TRANSLATE_NOOP("EntityChecks", "price period overlaps the period on line %1"),
                         QT_TRANSLATE_NOOP("EntityChecks", "price period overlaps the stored period from %1"),
                         QT_TRANSLATE_NOOP("EntityChecks", "valid_to is not after valid_from")}});
    return e;
}

EntitySchema orders()
{
    EntitySchema e;
    e.name = "orders";
    e.table = "crm.orders";
    e.naturalKey = {"order_id"};
    FieldSpec currency = text("currency", false, {"валюта", "currency_code"});
    currency.defaultValue = "USD";
    currency.rule = [](std::string& v, std::string& reason) {
        return upperCode(v, reason, 3, QT_TRANSLATE_NOOP("EntityChecks", "not a currency code: %1"));
    };
    e.fields = {
        integer("order_id", true, {"id", "order", "order_number", "номер заказа", "заказ", "id заказа"}, 1),
        ref(integer("user_id", true, {"customer_id", "client_id", "user", "клиент", "id клиента", "покупатель"}, 1),
            "users", "user_id"),
        timestamp("created_at", true, {"order_date", "date", "created", "дата", "дата заказа"}),
        oneOf("status", true, {"order_status", "статус"},
              {"created", "paid", "shipped", "delivered", "cancelled", "refunded"}),
        decimal("total_amount", true, {"total", "amount", "sum", "revenue", "сумма", "итого", "сумма заказа"}, 0),
        currency,
        oneOf("channel", false, {"sales_channel", "канал продаж"}, {"web", "app", "telegram", "phone"}, "web"),
    };
    return e;
}

EntitySchema orderItems()
{
    EntitySchema e;
    e.name = "order_items";
    e.table = "crm.order_items";
    e.naturalKey = {"order_id", "line_no"};
    e.fields = {
        ref(integer("order_id", true, {"order", "номер заказа", "заказ"}, 1), "orders", "order_id"),
        integer("line_no", true, {"line", "position", "позиция", "строка", "номер строки"}, 1, 32767),
        ref(integer("product_id", true, {"product", "item_id", "товар", "id товара"}, 1), "products", "product_id"),
        integer("quantity", true, {"qty", "count", "количество", "кол-во"}, 1, 2147483647),
        decimal("unit_price", true, {"price", "цена", "цена за единицу"}, 0),
    };
    return e;
}

EntitySchema events()
{
    EntitySchema e;
    e.name = "events";
    e.table = "crm.events";
    e.naturalKey = {"event_id"};
    FieldSpec props;
    props.name = "properties";
    props.type = FieldType::Json;
    props.aliases = {"props", "params", "параметры", "свойства"};
    e.fields = {
        integer("event_id", true, {"id", "event", "id события"}, 1),
        ref(integer("user_id", true, {"customer_id", "client_id", "user", "пользователь", "клиент"}, 1), "users",
            "user_id"),
        ref(integer("product_id", false, {"product", "item_id", "товар"}, 1), "products", "product_id"),
        ref(integer("order_id", false, {"order", "заказ"}, 1), "orders", "order_id"),
        integer("session_id", true, {"session", "сессия"}),
        oneOf("event_type", true, {"type", "event_name", "event", "тип", "тип события", "событие"},
              {"session_start", "page_view", "search", "product_view", "add_to_cart", "remove_from_cart",
               "checkout_start", "purchase", "bot_command"}),
        timestamp("occurred_at", true, {"timestamp", "time", "event_time", "date", "created_at", "время", "дата"}),
        props,
    };
    e.checks.push_back({"SELECT file_line, 'order_id', '', format($1) "
                        "FROM _stage WHERE event_type = 'purchase' AND order_id IS NULL",
                        {QT_TRANSLATE_NOOP("EntityChecks", "a purchase event needs an order_id")}});
    e.timeField = "occurred_at";
    e.prepareSql = "SELECT crm.ensure_event_partitions($1, $2)";
    e.refreshSql = "SELECT crm.refresh_events_daily(($1 AT TIME ZONE 'UTC')::date, ($2 AT TIME ZONE 'UTC')::date)";
    return e;
}

// Acquisition spend per channel and month, for CAC and LTV:CAC. A month is written "2025-03",
// "03.2025" or as the first day of the month; another day is rejected (see values::parseMonth)
// rather than moved to its month, so a file of daily spend is not silently merged. The channels
// are those of crm.users.acquisition_channel.
EntitySchema channelSpend()
{
    EntitySchema e;
    e.name = "channel_spend";
    e.table = "crm.channel_spend";
    e.naturalKey = {"month", "channel"};
    FieldSpec month;
    month.name = "month";
    month.type = FieldType::Month;
    month.required = true;
    month.aliases = {"period", "month_start", "date", "месяц", "период", "дата"};
    e.fields = {
        month,
        oneOf("channel", true, {"acquisition_channel", "source", "utm_source", "канал", "источник",
                                "канал привлечения"},
              {"organic", "paid_search", "social", "affiliate", "email", "referral", "telegram"}),
        decimal("spend", true, {"cost", "amount", "ad_spend", "budget", "расход", "расходы", "затраты", "бюджет"}, 0,
                999'999'999'999.99),
    };
    return e;
}

}  // namespace

std::vector<EntitySchema> crmEntities()
{
    return {users(), products(), productPrices(), orders(), orderItems(), events(), channelSpend()};
}

}  // namespace kestrel::core
