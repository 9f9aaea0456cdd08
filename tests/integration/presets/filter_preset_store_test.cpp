// FilterPresetStore on a real PostgreSQL with two ordinary roles, so row-level security and the
// store's own owner checks are both in play: personal presets stay personal, shared ones are read
// by others but changed or deleted only by their owner.
#include "common/error.h"
#include "db/database.h"
#include "presets/filter_preset_store.h"
#include "test_cluster.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kestrel;
using core::Error;
using core::FilterPreset;
using core::FilterPresetStore;

namespace {

core::ConnectionParams as(const std::string& role)
{
    return core::ConnectionParams::fromDsn(test::TestCluster::instance().dsn() + " user=" + role);
}

const FilterPreset* find(const std::vector<FilterPreset>& list, const std::string& name, const std::string& owner)
{
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const FilterPreset& p) { return p.name == name && p.owner == owner; });
    return it == list.end() ? nullptr : &*it;
}

std::string messageOf(const std::function<void()>& fn)
{
    try {
        fn();
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

class FilterPresetStoreTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        core::Database admin(test::TestCluster::instance().params());
        admin.transact([](pqxx::work& tx) {
            for (const char* role : {"kestrel_alice", "kestrel_bob"}) {
                const std::string r = tx.quote_name(role);
                tx.exec0("DROP ROLE IF EXISTS " + r);
                tx.exec0("CREATE ROLE " + r + " LOGIN");
                tx.exec0("GRANT USAGE ON SCHEMA ops TO " + r);
                tx.exec0("GRANT SELECT, INSERT, UPDATE, DELETE ON ops.filter_presets TO " + r);
                tx.exec0("GRANT USAGE ON SEQUENCE ops.filter_presets_preset_id_seq TO " + r);
            }
        });
    }

    core::Database aliceDb{as("kestrel_alice")};
    core::Database bobDb{as("kestrel_bob")};
    FilterPresetStore alice{aliceDb};
    FilterPresetStore bob{bobDb};
};

} // namespace

TEST_F(FilterPresetStoreTest, SaveListUpdateRemove)
{
    const FilterPreset saved =
        alice.save("customers", "Big spenders", R"({"quick": "vip", "hidden": ["email"]})", false);
    EXPECT_GT(saved.id, 0);
    EXPECT_EQ(saved.owner, "kestrel_alice");
    EXPECT_TRUE(saved.mine);
    EXPECT_FALSE(saved.shared);
    EXPECT_EQ(saved.filters, R"({"quick": "vip", "hidden": ["email"]})"); // jsonb text
    EXPECT_FALSE(saved.createdAt.empty());

    alice.save("customers", "Anyone", "{}", false);
    alice.save("orders", "Other page", "{}", false);
    auto list = alice.list("customers");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].name, "Anyone"); // by name
    EXPECT_EQ(list[1].name, "Big spenders");

    // Saving the same name again updates it in place.
    const FilterPreset updated = alice.save("customers", "Big spenders", R"({"quick": "gold"})", true);
    EXPECT_EQ(updated.id, saved.id);
    EXPECT_TRUE(updated.shared);
    EXPECT_EQ(updated.filters, R"({"quick": "gold"})");
    EXPECT_GE(updated.updatedAt, updated.createdAt);
    list = alice.list("customers");
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(find(list, "Big spenders", "kestrel_alice")->filters, R"({"quick": "gold"})");

    alice.remove(saved.id);
    list = alice.list("customers");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].name, "Anyone");
    // Deleting it again reports that nothing was deleted.
    EXPECT_EQ(messageOf([&] { alice.remove(saved.id); }),
              "Nothing was deleted: preset " + std::to_string(saved.id) + " does not exist any more");
}

TEST_F(FilterPresetStoreTest, SharedPresetsAreSeenByOthersPersonalOnesAreNot)
{
    alice.save("segments", "Alice private", R"({"quick": "a"})", false);
    const FilterPreset team = alice.save("segments", "Team view", R"({"quick": "t"})", true);

    auto bobs = bob.list("segments");
    ASSERT_EQ(bobs.size(), 1u);
    EXPECT_EQ(bobs[0].name, "Team view");
    EXPECT_EQ(bobs[0].owner, "kestrel_alice");
    EXPECT_TRUE(bobs[0].shared);
    EXPECT_FALSE(bobs[0].mine);

    // Bob's preset of the same name is his own; Alice's stays as it was.
    const FilterPreset bobsTeam = bob.save("segments", "Team view", R"({"quick": "bob"})", false);
    EXPECT_NE(bobsTeam.id, team.id);
    bobs = bob.list("segments");
    ASSERT_EQ(bobs.size(), 2u);
    EXPECT_TRUE(bobs[0].mine); // own first
    EXPECT_EQ(bobs[0].filters, R"({"quick": "bob"})");
    EXPECT_EQ(find(bobs, "Team view", "kestrel_alice")->filters, R"({"quick": "t"})");

    // Alice does not see Bob's personal preset.
    const auto alices = alice.list("segments");
    EXPECT_EQ(alices.size(), 2u);
    EXPECT_EQ(find(alices, "Team view", "kestrel_bob"), nullptr);

    // Bob cannot delete Alice's shared preset: the error names the owner and nothing changes.
    EXPECT_EQ(messageOf([&] { bob.remove(team.id); }),
              "The preset \"Team view\" belongs to kestrel_alice; only its owner can delete it");
    EXPECT_NE(find(alice.list("segments"), "Team view", "kestrel_alice"), nullptr);

    // And the database holds the line for any other client: plain SQL by Bob touches only his rows.
    bobDb.transact([](pqxx::work& tx) {
        tx.exec0("UPDATE ops.filter_presets SET filters = '{\"hacked\": true}'");
        tx.exec0("DELETE FROM ops.filter_presets");
    });
    const auto after = alice.list("segments");
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(find(after, "Team view", "kestrel_alice")->filters, R"({"quick": "t"})");
    EXPECT_TRUE(bob.list("segments").size() == 1u && !bob.list("segments")[0].mine);
    EXPECT_THROW(bobDb.transact([](pqxx::work& tx) {
        tx.exec0("INSERT INTO ops.filter_presets (page, name, owner) VALUES ('segments', 'forged', 'kestrel_alice')");
    }),
                 Error);
}

TEST_F(FilterPresetStoreTest, ExportImportRoundTripIntoAnotherRole)
{
    alice.save("ltv", "High LTV", R"({"quick": "high", "sort": {"column": "ltv", "order": "desc"}})", true);
    alice.save("ltv", "Кириллица", R"({"quick": "Москва"})", false);
    const std::string json = FilterPresetStore::exportJson(alice.list("ltv"));

    const auto parsed = FilterPresetStore::importJson(json);
    ASSERT_EQ(parsed.size(), 2u);
    EXPECT_EQ(bob.saveAll("ltv", parsed), 2);
    const auto bobs = bob.list("ltv");
    const FilterPreset* high = find(bobs, "High LTV", "kestrel_bob");
    const FilterPreset* cyr = find(bobs, "Кириллица", "kestrel_bob");
    ASSERT_TRUE(high && cyr);
    EXPECT_TRUE(high->mine);
    EXPECT_TRUE(high->shared);
    EXPECT_EQ(high->filters, R"({"sort": {"order": "desc", "column": "ltv"}, "quick": "high"})");
    EXPECT_EQ(cyr->filters, R"({"quick": "Москва"})");
    EXPECT_FALSE(cyr->shared);

    // Importing the same file again overwrites instead of duplicating.
    EXPECT_EQ(bob.saveAll("ltv", parsed), 2);
    EXPECT_EQ(bob.list("ltv").size(), 3u); // two own + Alice's shared one
}

TEST_F(FilterPresetStoreTest, BadInputIsRefusedWithClearErrorsAndNothingHalfSaved)
{
    EXPECT_EQ(messageOf([&] { alice.save("rfm", "x", "[1, 2]", false); }), "The filters must be a JSON object");
    EXPECT_EQ(messageOf([&] { alice.save("rfm", "x", "{nope", false); }).rfind("The filters are not valid JSON", 0),
              0u);
    EXPECT_EQ(messageOf([&] { alice.save("rfm", "   ", "{}", false); }), "A preset needs a name");
    EXPECT_EQ(messageOf([&] { alice.save("Bad Page", "x", "{}", false); }),
              "\"Bad Page\" is not a page key (lower-case letters, digits, _ . -; 64 at most)");
    EXPECT_EQ(messageOf([&] { FilterPresetStore::importJson(R"([{"name": "a", "filters": {}}, {"filters": {}}])"); }),
              "preset 2: missing \"name\"");

    // One bad preset in an import saves none of them.
    std::vector<FilterPreset> batch(2);
    batch[0].name = "good";
    batch[1].name = "bad";
    batch[1].filters = "[]";
    EXPECT_THROW(alice.saveAll("rfm", batch), Error);
    EXPECT_TRUE(alice.list("rfm").empty());

    // Values are bound, never spliced into SQL.
    const std::string tricky = "x'); DELETE FROM ops.filter_presets; --";
    alice.save("rfm", tricky, R"({"quick": "'; DROP TABLE ops.filter_presets; --"})", false);
    const auto list = alice.list("rfm");
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0].name, tricky);

    // The table's CHECKs hold against direct SQL too.
    core::Database admin(test::TestCluster::instance().params());
    try {
        admin.transact([](pqxx::work& tx) {
            tx.exec0("INSERT INTO ops.filter_presets (page, name, filters) VALUES ('rfm', 'arr', '[]')");
        });
        FAIL() << "a non-object filters value was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.sqlstate(), "23514");
    }
    EXPECT_THROW(admin.transact([](pqxx::work& tx) {
        tx.exec0("INSERT INTO ops.filter_presets (page, name) VALUES ('rfm', ' padded ')");
    }),
                 Error);
}
