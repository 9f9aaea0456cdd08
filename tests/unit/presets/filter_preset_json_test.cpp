// The preset exchange format without a database: round trip and the errors that name the field.
#include "common/error.h"
#include "presets/filter_preset_store.h"

#include <gtest/gtest.h>

using namespace kestrel::core;

namespace {

std::string errorOf(const std::string& text)
{
    try {
        FilterPresetStore::importJson(text);
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::InvalidArgument);
        return e.what();
    }
    return "no error";
}

} // namespace

TEST(FilterPresetJson, RoundTripKeepsPageNameSharingAndFilters)
{
    FilterPreset a;
    a.id = 7;
    a.page = "customers";
    a.name = "Москва, активные";
    a.owner = "alice";
    a.shared = true;
    a.filters = R"({"quick":"Москва","sort":{"column":"revenue","order":"desc"},"hidden":["email"]})";
    FilterPreset b;
    b.page = "customers";
    b.name = "All";
    b.filters = "{}";

    const auto back = FilterPresetStore::importJson(FilterPresetStore::exportJson({a, b}));
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].page, "customers");
    EXPECT_EQ(back[0].name, a.name);
    EXPECT_TRUE(back[0].shared);
    EXPECT_EQ(back[0].id, 0);     // ids stay behind
    EXPECT_EQ(back[0].owner, ""); // so do owners
    EXPECT_EQ(back[0].filters, R"({"hidden":["email"],"quick":"Москва","sort":{"column":"revenue","order":"desc"}})");
    EXPECT_EQ(back[1].name, "All");
    EXPECT_FALSE(back[1].shared);
    EXPECT_EQ(back[1].filters, "{}");
}

TEST(FilterPresetJson, AcceptsABareArrayAndTrimsNames)
{
    const auto presets = FilterPresetStore::importJson(R"([{"name": "  Big  ", "filters": {"quick": "x"}}])");
    ASSERT_EQ(presets.size(), 1u);
    EXPECT_EQ(presets[0].name, "Big");
    EXPECT_EQ(presets[0].page, "");
}

TEST(FilterPresetJson, ErrorsNameThePresetAndTheField)
{
    EXPECT_EQ(errorOf(R"({"presets": [{"name": "a", "filters": {}}, {"filters": {}}]})"), "preset 2: missing \"name\"");
    EXPECT_EQ(errorOf(R"([{"name": 5, "filters": {}}])"), "preset 1: \"name\" must be text");
    EXPECT_EQ(errorOf(R"([{"name": "  ", "filters": {}}])"), "preset 1: \"name\" is empty");
    EXPECT_EQ(errorOf(R"([{"name": "a"}])"), "preset 1: missing \"filters\"");
    EXPECT_EQ(errorOf(R"([{"name": "a", "filters": "x"}])"), "preset 1: \"filters\" must be an object");
    EXPECT_EQ(errorOf(R"([{"name": "a", "filters": {}, "shared": "yes"}])"),
              "preset 1: \"shared\" must be true or false");
    EXPECT_EQ(errorOf(R"([{"name": "a", "filters": {}, "page": 3}])"), "preset 1: \"page\" must be text");
    EXPECT_EQ(errorOf(R"([{"name": "a", "filters": {}}, 3])"), "preset 2: must be an object");
    EXPECT_EQ(errorOf(R"({"format": "something-else", "presets": []})"),
              "This is not a file of Kestrel filter presets (format \"something-else\")");
    EXPECT_EQ(errorOf(R"({"format": "kestrel.filter-presets", "version": 2, "presets": []})"),
              "Filter presets of version 2 are not supported; this Kestrel reads version 1");
    EXPECT_EQ(errorOf(R"({"version": 1})"), "Missing \"presets\": the file must hold a list of presets");
    EXPECT_EQ(errorOf(R"([{"name": "a",)").rfind("The file is not valid JSON", 0), 0u);
    EXPECT_EQ(errorOf(R"([{"name": ")" + std::string(201, 'n') + R"(", "filters": {}}])"),
              "preset 1: \"name\" is longer than 200 characters");
}

TEST(FilterPresetJson, PageKeysAreChecked)
{
    EXPECT_NO_THROW(FilterPresetStore::checkPage("customers"));
    EXPECT_NO_THROW(FilterPresetStore::checkPage("fin.receivables-aging_2"));
    for (const char* bad : {"", "Customers", "1abc", "a b", "a'b", "x;drop"})
        EXPECT_THROW(FilterPresetStore::checkPage(bad), Error) << bad;
    EXPECT_THROW(FilterPresetStore::checkPage(std::string(65, 'a')), Error);
}
