#include "etl/entity_schema.h"

#include "common/error.h"

namespace kestrel::core {

const FieldSpec* EntitySchema::field(const std::string& fieldName) const
{
    const int i = fieldIndex(fieldName);
    return i < 0 ? nullptr : &fields[static_cast<std::size_t>(i)];
}

int EntitySchema::fieldIndex(const std::string& fieldName) const
{
    for (std::size_t i = 0; i < fields.size(); ++i)
        if (fields[i].name == fieldName)
            return static_cast<int>(i);
    return -1;
}

EntityRegistry::EntityRegistry()
{
    for (auto& e : crmEntities())
        add(std::move(e));
}

EntityRegistry& EntityRegistry::instance()
{
    static EntityRegistry registry;
    return registry;
}

void EntityRegistry::add(EntitySchema schema)
{
    if (find(schema.name))
        throw Error(Error::Code::Internal, "entity registered twice: " + schema.name);
    for (const auto& key : schema.naturalKey)
        if (schema.fieldIndex(key) < 0)
            throw Error(Error::Code::Internal, "natural key " + key + " is not a field of " + schema.name);
    m_entities.push_back(std::move(schema));
}

const EntitySchema* EntityRegistry::find(const std::string& name) const
{
    for (const auto& e : m_entities)
        if (e.name == name)
            return &e;
    return nullptr;
}

std::string EntityRegistry::names() const
{
    std::string out;
    for (const auto& e : m_entities) {
        if (!out.empty())
            out += ", ";
        out += e.name;
    }
    return out;
}

}  // namespace kestrel::core
