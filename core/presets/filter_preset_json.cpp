#include "presets/filter_preset_json.h"

#include "common/error.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>

namespace kestrel::core::preset_json {
namespace {

constexpr const char* kFormat = "kestrel.filter-presets";
constexpr int kMaxName = 200;

QString tr(const char* text)
{
    return QCoreApplication::translate("kestrel::core::FilterPresetStore", text);
}

[[noreturn]] void fail(const QString& message)
{
    throw Error(Error::Code::InvalidArgument, message.toStdString());
}

[[noreturn]] void failAt(int index, const QString& message)
{
    fail(tr("preset %1: %2").arg(index).arg(message));
}

} // namespace

void checkName(const std::string& name)
{
    const QString n = QString::fromStdString(name);
    if (n.trimmed().isEmpty())
        fail(tr("A preset needs a name"));
    if (n.size() > kMaxName)
        fail(tr("A preset name has %1 characters at most").arg(kMaxName));
    if (n.trimmed() != n)
        fail(tr("A preset name cannot start or end with spaces"));
}

std::string normalizeFilters(const std::string& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        fail(tr("The filters are not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        fail(tr("The filters must be a JSON object"));
    return doc.toJson(QJsonDocument::Compact).toStdString();
}

std::string write(const std::vector<FilterPreset>& presets)
{
    QJsonArray list;
    for (const FilterPreset& p : presets) {
        QJsonObject o;
        o.insert(QStringLiteral("page"), QString::fromStdString(p.page));
        o.insert(QStringLiteral("name"), QString::fromStdString(p.name));
        o.insert(QStringLiteral("shared"), p.shared);
        o.insert(QStringLiteral("filters"), QJsonDocument::fromJson(QByteArray::fromStdString(p.filters)).object());
        list.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kFormat));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("presets"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented).toStdString();
}

std::vector<FilterPreset> read(const std::string& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(text), &error);
    if (error.error != QJsonParseError::NoError)
        fail(tr("The file is not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    QJsonArray list;
    if (doc.isArray()) {
        list = doc.array();
    } else {
        const QJsonObject root = doc.object();
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (!format.isUndefined() && format.toString() != QLatin1String(kFormat))
            fail(tr("This is not a file of Kestrel filter presets (format \"%1\")").arg(format.toString()));
        if (const int version = root.value(QStringLiteral("version")).toInt(1); version != 1)
            fail(tr("Filter presets of version %1 are not supported; this Kestrel reads version 1").arg(version));
        const QJsonValue presets = root.value(QStringLiteral("presets"));
        if (!presets.isArray())
            fail(tr("Missing \"presets\": the file must hold a list of presets"));
        list = presets.toArray();
    }

    std::vector<FilterPreset> out;
    for (int i = 0; i < list.size(); ++i) {
        const int n = i + 1;
        if (!list.at(i).isObject())
            failAt(n, tr("must be an object"));
        const QJsonObject o = list.at(i).toObject();
        FilterPreset p;
        const QJsonValue name = o.value(QStringLiteral("name"));
        if (name.isUndefined())
            failAt(n, tr("missing \"name\""));
        if (!name.isString())
            failAt(n, tr("\"name\" must be text"));
        const QString trimmed = name.toString().trimmed();
        if (trimmed.isEmpty())
            failAt(n, tr("\"name\" is empty"));
        if (trimmed.size() > kMaxName)
            failAt(n, tr("\"name\" is longer than %1 characters").arg(kMaxName));
        p.name = trimmed.toStdString();

        const QJsonValue filters = o.value(QStringLiteral("filters"));
        if (filters.isUndefined())
            failAt(n, tr("missing \"filters\""));
        if (!filters.isObject())
            failAt(n, tr("\"filters\" must be an object"));
        p.filters = QJsonDocument(filters.toObject()).toJson(QJsonDocument::Compact).toStdString();

        const QJsonValue page = o.value(QStringLiteral("page"));
        if (!page.isUndefined() && !page.isNull()) {
            if (!page.isString())
                failAt(n, tr("\"page\" must be text"));
            p.page = page.toString().toStdString();
        }
        const QJsonValue shared = o.value(QStringLiteral("shared"));
        if (!shared.isUndefined() && !shared.isNull()) {
            if (!shared.isBool())
                failAt(n, tr("\"shared\" must be true or false"));
            p.shared = shared.toBool();
        }
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace kestrel::core::preset_json
