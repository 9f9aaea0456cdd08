#include "import/load_texts.h"

#include "etl/entity_schema.h"
#include "etl/loader.h"

#include <QtCore/QDateTime>
#include <QtCore/QLocale>

#include <cmath>

namespace kestrel::ui {
namespace {

struct Name {
    const char* key;
    const char* text;
};

QString lookup(const Name* names, std::size_t n, const std::string& key)
{
    for (std::size_t i = 0; i < n; ++i) {
        if (key == names[i].key)
            return LoadTexts::tr(names[i].text);
    }
    return QString::fromStdString(key);
}

} // namespace

QString LoadTexts::entity(const std::string& name)
{
    static const Name names[] = {
        {"users", QT_TR_NOOP("Users")},
        {"products", QT_TR_NOOP("Products")},
        {"product_prices", QT_TR_NOOP("Product prices")},
        {"orders", QT_TR_NOOP("Orders")},
        {"order_items", QT_TR_NOOP("Order items")},
        {"events", QT_TR_NOOP("Events")},
        {"channel_spend", QT_TR_NOOP("Channel spend")},
    };
    return lookup(names, std::size(names), name);
}

QString LoadTexts::status(const std::string& status)
{
    static const Name names[] = {
        {"running", QT_TR_NOOP("Running")},         {"succeeded", QT_TR_NOOP("Succeeded")},
        {"failed", QT_TR_NOOP("Failed")},           {"cancelled", QT_TR_NOOP("Cancelled")},
        {"rolled_back", QT_TR_NOOP("Rolled back")}, {"dry_run", QT_TR_NOOP("Checked")},
    };
    return lookup(names, std::size(names), status);
}

QString LoadTexts::mode(const std::string& mode)
{
    static const Name names[] = {
        {"append", QT_TR_NOOP("Append")},     {"upsert", QT_TR_NOOP("Upsert")},      {"replace", QT_TR_NOOP("Replace")},
        {"rollback", QT_TR_NOOP("Rollback")}, {"generate", QT_TR_NOOP("Generated")},
    };
    return lookup(names, std::size(names), mode);
}

QString LoadTexts::mode(core::LoadMode mode)
{
    return LoadTexts::mode(core::loadModeName(mode));
}

QString LoadTexts::modeExplanation(core::LoadMode mode)
{
    switch (mode) {
    case core::LoadMode::Append:
        return tr("Adds the rows of the file; a row whose key is already stored is rejected.");
    case core::LoadMode::Upsert:
        return tr("Adds new rows and updates stored rows with the same key; nothing is removed.");
    case core::LoadMode::Replace:
        return tr("Makes the table equal to the file: adds, updates, and removes stored rows the file does not have.");
    }
    return {};
}

QString LoadTexts::fieldType(core::FieldType type)
{
    switch (type) {
    case core::FieldType::Integer:
        return tr("integer");
    case core::FieldType::Decimal:
        return tr("number");
    case core::FieldType::Text:
        return tr("text");
    case core::FieldType::Timestamp:
        return tr("date and time");
    case core::FieldType::Date:
        return tr("date");
    case core::FieldType::Month:
        return tr("month");
    case core::FieldType::Boolean:
        return tr("yes/no");
    case core::FieldType::Json:
        return tr("JSON");
    case core::FieldType::TextList:
        return tr("list (a | b | c)");
    }
    return {};
}

QString LoadTexts::count(std::int64_t n)
{
    return QLocale().toString(static_cast<qlonglong>(n));
}

QString LoadTexts::duration(double seconds)
{
    const QLocale locale;
    if (seconds < 1)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 2));
    if (seconds < 10)
        return tr("%1 s").arg(locale.toString(seconds, 'f', 1));
    if (seconds < 60)
        return tr("%1 s").arg(static_cast<int>(std::lround(seconds)));
    const auto total = static_cast<long long>(std::lround(seconds));
    return tr("%1 min %2 s").arg(total / 60).arg(total % 60, 2, 10, QLatin1Char('0'));
}

QString LoadTexts::timestamp(const std::string& iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromStdString(iso), Qt::ISODate);
    if (!t.isValid())
        return QString::fromStdString(iso);
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString LoadTexts::delimiter(char c)
{
    switch (c) {
    case ',':
        return tr("comma (,)");
    case ';':
        return tr("semicolon (;)");
    case '\t':
        return tr("tab");
    case 0:
        return tr("none");
    }
    return QString(QLatin1Char(c));
}

} // namespace kestrel::ui
