// The importer against a real PostgreSQL: modes, rejects, repeated files, rollback exactness,
// cancellation, and every bad input of the issue leaving the stored data untouched.
#include "common/error.h"
#include "db/database.h"
#include "etl/load_history.h"
#include "etl/loader.h"
#include "jobs/job_context.h"
#include "test_cluster.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTranslator>
#include <gtest/gtest.h>
#include <pqxx/transaction>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kestrel::core {
namespace {

namespace fs = std::filesystem;

const char* kUsersCsv =
    "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
    "1,ann@example.com,Ann Lee,us,organic,desktop,2025-01-05\n"
    "2,bob@example.com,Bob Stone,GB,social,mobile,2025-01-06T10:00:00Z\n"
    "3,cat@example.com,\"Cat, the \"\"Great\"\"\",DE,email,tablet,07.01.2025 12:30\n";

class LoaderTest : public ::testing::Test {
protected:
    LoaderTest() : m_db(test::TestCluster::instance().params())
    {
        m_dir = fs::temp_directory_path() / ("kestrel-loader-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
        exec("TRUNCATE crm.users, crm.products, crm.product_prices, crm.orders, crm.order_items, crm.events, "
             "crm.events_daily, crm.user_activity_monthly, crm.channel_spend, ml.user_metrics, ops.audit_log, "
             "ops.loads CASCADE");
    }
    ~LoaderTest() override { fs::remove_all(m_dir); }

    std::string file(const std::string& name, const std::string& bytes)
    {
        const auto p = m_dir / name;
        std::ofstream(p, std::ios::binary) << bytes;
        return p.string();
    }

    LoadReport load(const std::string& entity, const std::string& path, LoadMode mode = LoadMode::Upsert,
                    RejectPolicy policy = RejectPolicy::LoadNothing, bool force = false)
    {
        LoadRequest r;
        r.entity = entity;
        r.path = path;
        r.mode = mode;
        r.rejects = policy;
        r.force = force;
        r.rejectsPath = (m_dir / (entity + "-rejects.csv")).string();
        return load(r);
    }
    LoadReport load(const LoadRequest& r)
    {
        std::atomic<bool> stop{false};
        JobContext ctx(m_db, {}, stop);
        return Loader::run(ctx, r);
    }
    RollbackReport rollback(std::int64_t id)
    {
        std::atomic<bool> stop{false};
        JobContext ctx(m_db, {}, stop);
        return LoadHistory::rollback(ctx, id);
    }
    /// Expects the load to throw InvalidArgument whose message contains every fragment.
    std::string expectRefused(const std::string& entity, const std::string& path,
                              std::initializer_list<const char*> fragments, LoadMode mode = LoadMode::Upsert)
    {
        try {
            load(entity, path, mode);
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), Error::Code::InvalidArgument) << e.what();
            for (const char* f : fragments)
                EXPECT_NE(std::string(e.what()).find(f), std::string::npos) << "missing '" << f << "' in: " << e.what();
            return e.what();
        }
        ADD_FAILURE() << "load of " << path << " was not refused";
        return {};
    }

    void exec(const std::string& sql)
    {
        m_db.transact([&](pqxx::work& tx) { tx.exec0(sql); });
    }
    std::string text(const std::string& sql)
    {
        std::string v;
        m_db.read([&](pqxx::work& tx) {
            const auto r = tx.exec1(sql);
            v = r[0].is_null() ? "<null>" : r[0].c_str();
        });
        return v;
    }
    long long scalar(const std::string& sql) { return std::stoll(text(sql)); }
    /// A digest of every row (load_id included) of the customer tables.
    std::string digest()
    {
        std::string all;
        for (const char* t : {"users ORDER BY user_id", "products ORDER BY product_id",
                              "product_prices ORDER BY product_id, valid_from", "orders ORDER BY order_id",
                              "order_items ORDER BY order_id, line_no", "events ORDER BY event_id",
                              "events_daily ORDER BY day, event_type", "channel_spend ORDER BY month, channel"}) {
            const std::string name = std::string(t).substr(0, std::string(t).find(' '));
            const std::string order = std::string(t).substr(std::string(t).find("ORDER BY"));
            all += text("SELECT coalesce(md5(string_agg(t::text, '|' " + order + ")), '-') FROM crm." + name + " t");
        }
        return all;
    }
    std::string readFile(const std::string& path)
    {
        std::ifstream in(path, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }

    Database m_db;
    fs::path m_dir;
};

TEST_F(LoaderTest, LoadsUsersAndRecordsTheLoad)
{
    const auto rep = load("users", file("users.csv", kUsersCsv));
    EXPECT_EQ(rep.status, "succeeded");
    EXPECT_EQ(rep.rowsRead, 3);
    EXPECT_EQ(rep.rowsInserted, 3);
    EXPECT_EQ(rep.rowsRejected, 0);
    EXPECT_EQ(rep.delimiter, ',');
    EXPECT_EQ(text("SELECT full_name FROM crm.users WHERE user_id = 3"), "Cat, the \"Great\"");
    EXPECT_EQ(text("SELECT country FROM crm.users WHERE user_id = 1"), "US");
    EXPECT_EQ(text("SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM crm.users WHERE user_id = 3"),
              "2025-01-07 12:30");
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users WHERE load_id = " + std::to_string(rep.loadId)), 3);
    EXPECT_EQ(text("SELECT status || '/' || entity || '/' || mode || '/' || rows_inserted || '/' || file_name || '/' || "
                   "length(file_sha256) FROM ops.loads WHERE load_id = " + std::to_string(rep.loadId)),
              "succeeded/users/upsert/3/users.csv/64");
    EXPECT_EQ(text("SELECT file_size FROM ops.loads WHERE load_id = " + std::to_string(rep.loadId)),
              std::to_string(std::string(kUsersCsv).size()));
    EXPECT_EQ(scalar("SELECT count(*) FROM ops.audit_log WHERE action = 'load.import'"), 1);
}

TEST_F(LoaderTest, ReadsWindows1251SemicolonsRussianHeadersAndDecimalCommas)
{
    load("users", file("users.csv", kUsersCsv));
    // "Артикул;Название;Категория;Цена;Себестоимость;id товара" in Windows-1251, prices with decimal commas.
    const std::string cp1251Header = "\xC0\xF0\xF2\xE8\xEA\xF3\xEB;\xCD\xE0\xE7\xE2\xE0\xED\xE8\xE5;"
                                     "\xCA\xE0\xF2\xE5\xE3\xEE\xF0\xE8\xFF;\xD6\xE5\xED\xE0;"
                                     "\xD1\xE5\xE1\xE5\xF1\xF2\xEE\xE8\xEC\xEE\xF1\xF2\xFC;id \xF2\xEE\xE2\xE0\xF0\xE0\r\n";
    const std::string body = "SKU-1;\xD7\xE0\xE9\xED\xE8\xEA;\xCA\xF3\xF5\xED\xFF;\"1 234,56\";99,5;10\r\n"
                             "SKU-2;\xCB\xE0\xEC\xEF\xE0;\xD1\xE2\xE5\xF2;15;7,25;11\r\n";
    const auto rep = load("products", file("products.csv", cp1251Header + body));
    EXPECT_EQ(rep.encoding, "Windows-1251");
    EXPECT_EQ(rep.delimiter, ';');
    EXPECT_EQ(rep.rowsInserted, 2);
    EXPECT_EQ(text("SELECT name || '|' || category || '|' || base_price || '|' || unit_cost FROM crm.products "
                   "WHERE product_id = 10"),
              "Чайник|Кухня|1234.56|99.50");
    EXPECT_EQ(text("SELECT is_active::text FROM crm.products WHERE product_id = 11"), "true");
}

// Product tags (the content part of the recommendations): a '|'-separated list, trimmed, lower-cased,
// without repeats; a missing column or empty value is no tags; a changed list is an update that a
// rollback restores; a word that is too long is a reject naming line and column.
TEST_F(LoaderTest, ProductTagsAreAListSeparatedByBars)
{
    const auto first =
        load("products", file("tags.csv", "product_id,sku,name,category,base_price,created_at,Теги\n"
                                          "1,S1,Kettle,home,10,2025-01-01,\"Steel | GIFT|gift|| Кухня \"\n"
                                          "2,S2,Mug,home,5,2025-01-01,\n"
                                          "3,S3,Odd,home,5,2025-01-01,\"say \"\"hi\"\"|back\\slash\"\n"));
    EXPECT_EQ(first.rowsInserted, 3);
    EXPECT_EQ(text("SELECT tags::text FROM crm.products WHERE product_id = 1"), "{steel,gift,кухня}");
    EXPECT_EQ(text("SELECT tags::text FROM crm.products WHERE product_id = 2"), "{}");
    EXPECT_EQ(text("SELECT array_to_string(tags, ' + ') FROM crm.products WHERE product_id = 3"),
              "say \"hi\" + back\\slash");
    // Without the column the products have no tags.
    load("products", file("plain.csv", "product_id,sku,name,category,base_price\n4,S4,Pan,home,20\n"));
    EXPECT_EQ(text("SELECT tags::text FROM crm.products WHERE product_id = 4"), "{}");
    // The same list in another spelling is unchanged; a new list is an update that a rollback undoes.
    // (created_at is given: its default, the time of the load, would change every row.)
    const auto again = load("products", file("again.csv", "product_id,sku,name,category,base_price,created_at,tags\n"
                                                          "1,S1,Kettle,home,10,2025-01-01,STEEL|gift|кухня\n"
                                                          "2,S2,Mug,home,5,2025-01-01,ceramic\n"));
    EXPECT_EQ(again.rowsUnchanged, 1);
    EXPECT_EQ(again.rowsUpdated, 1);
    EXPECT_EQ(text("SELECT tags::text FROM crm.products WHERE product_id = 2"), "{ceramic}");
    rollback(again.loadId);
    EXPECT_EQ(text("SELECT tags::text FROM crm.products WHERE product_id = 2"), "{}");
    const auto bad = load("products",
                          file("long.csv", "product_id,sku,name,category,base_price,tags\n5,S5,Box,home,3,ok|" +
                                               std::string(101, 'x') + "\n"),
                          LoadMode::Upsert, RejectPolicy::LoadGoodRows);
    ASSERT_EQ(bad.sampleRejects.size(), 1u);
    EXPECT_EQ(bad.sampleRejects[0].line, 2);
    EXPECT_EQ(bad.sampleRejects[0].column, "tags");
    EXPECT_EQ(bad.sampleRejects[0].reason.rfind("a word longer than 100 characters: xxx", 0), 0u);
}

TEST_F(LoaderTest, UpsertUpdatesChangedRowsCountsUnchangedAndRollbackRestoresExactly)
{
    const auto first = load("users", file("users.csv", kUsersCsv));
    const std::string before = digest();
    const auto second = load("users", file("users2.csv",
                                           "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                           "1,ann@example.com,Ann Lee,US,organic,desktop,2025-01-05\n"
                                           "2,bob@new.example.com,Bob Stone,GB,social,mobile,2025-01-06T10:00:00Z\n"
                                           "4,dan@example.com,Dan Roe,FR,referral,mobile,2025-02-01\n"));
    EXPECT_EQ(second.rowsUpdated, 1);
    EXPECT_EQ(second.rowsInserted, 1);
    EXPECT_EQ(second.rowsUnchanged, 1);
    EXPECT_EQ(text("SELECT email FROM crm.users WHERE user_id = 2"), "bob@new.example.com");
    EXPECT_EQ(scalar("SELECT load_id FROM crm.users WHERE user_id = 1"), first.loadId);  // untouched row keeps its load
    EXPECT_NE(digest(), before);

    const auto rb = rollback(second.loadId);
    EXPECT_EQ(rb.rowsRestored, 1);
    EXPECT_EQ(rb.rowsDeleted, 1);
    EXPECT_EQ(digest(), before);
    EXPECT_EQ(text("SELECT status || '/' || rolled_back_by FROM ops.loads WHERE load_id = " + std::to_string(second.loadId)),
              "rolled_back/" + std::to_string(rb.rollbackLoadId));
    EXPECT_EQ(text("SELECT mode || '/' || rollback_of || '/' || status FROM ops.loads WHERE load_id = " +
                   std::to_string(rb.rollbackLoadId)),
              "rollback/" + std::to_string(second.loadId) + "/succeeded");
    EXPECT_EQ(scalar("SELECT count(*) FROM ops.audit_log WHERE action = 'load.rollback'"), 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM ops.undo_crm_users"), 0);

    // Twice is refused, and so is a rollback of a load that stored nothing.
    EXPECT_THROW(rollback(second.loadId), Error);
    EXPECT_THROW(rollback(999999), Error);
}

TEST_F(LoaderTest, ReplaceRemovesRowsMissingFromTheFileAndRollbackPutsThemBack)
{
    load("users", file("users.csv", kUsersCsv));
    const std::string before = digest();
    const auto rep = load("users", file("only2.csv",
                                        "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                        "2,bob@example.com,Bob Stone,GB,social,mobile,2025-01-06T10:00:00Z\n"),
                          LoadMode::Replace);
    EXPECT_EQ(rep.rowsDeleted, 2);
    EXPECT_EQ(rep.rowsUnchanged, 1);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users"), 1);
    const auto rb = rollback(rep.loadId);
    EXPECT_EQ(rb.rowsReinserted, 2);
    EXPECT_EQ(digest(), before);
}

TEST_F(LoaderTest, ReplaceIsRefusedWhenOtherTablesReferToRemovedRows)
{
    load("users", file("users.csv", kUsersCsv));
    load("orders", file("orders.csv", "order_id,user_id,created_at,status,total_amount\n10,3,2025-02-01,paid,12.50\n"));
    const std::string before = digest();
    expectRefused("users",
                  file("only2.csv", "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                    "2,bob@example.com,Bob Stone,GB,social,mobile,2025-01-06\n"),
                  {"replace would remove", "1 orders rows"}, LoadMode::Replace);
    EXPECT_EQ(digest(), before);
}

TEST_F(LoaderTest, RollbackIsRefusedWhileALaterLoadOrReferringRowsDependOnIt)
{
    const auto users = load("users", file("users.csv", kUsersCsv));
    const auto orders =
        load("orders", file("orders.csv", "order_id,user_id,created_at,status,total_amount\n10,3,2025-02-01,paid,12.50\n"));
    try {
        rollback(users.loadId);
        FAIL() << "rollback of users referred to by orders was allowed";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("1 orders rows (load " + std::to_string(orders.loadId) + ")"),
                  std::string::npos)
            << e.what();
    }
    const auto users2 = load("users", file("u2.csv", "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                                     "9,z@example.com,Zed,US,organic,desktop,2025-03-01\n"));
    rollback(orders.loadId);
    try {
        rollback(users.loadId);
        FAIL() << "rollback under a later load was allowed";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("load " + std::to_string(users2.loadId) + " changed users after it"),
                  std::string::npos)
            << e.what();
    }
    rollback(users2.loadId);
    rollback(users.loadId);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users"), 0);
}

TEST_F(LoaderTest, AppendRejectsKeysThatAreAlreadyStored)
{
    load("users", file("users.csv", kUsersCsv));
    const auto rep = load("users",
                          file("more.csv", "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                           "3,cat2@example.com,Cat,DE,email,tablet,2025-01-07\n"
                                           "5,eve@example.com,Eve,DE,email,tablet,2025-01-07\n"),
                          LoadMode::Append, RejectPolicy::LoadGoodRows);
    EXPECT_EQ(rep.rowsInserted, 1);
    EXPECT_EQ(rep.rowsRejected, 1);
    ASSERT_FALSE(rep.sampleRejects.empty());
    EXPECT_EQ(rep.sampleRejects[0].line, 2);
    EXPECT_NE(rep.sampleRejects[0].reason.find("already stored"), std::string::npos);
    EXPECT_EQ(text("SELECT email FROM crm.users WHERE user_id = 3"), "cat@example.com");
}

TEST_F(LoaderTest, AnEmailHeldByAnotherStoredUserIsRejected)
{
    load("users", file("users.csv", kUsersCsv));
    const auto rep = load("users",
                          file("clash.csv", "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                            "8,ann@example.com,Another Ann,US,organic,desktop,2025-01-05\n"
                                            "9,new@example.com,New,US,organic,desktop,2025-01-05\n"),
                          LoadMode::Upsert, RejectPolicy::LoadGoodRows);
    EXPECT_EQ(rep.rowsInserted, 1);
    ASSERT_EQ(rep.sampleRejects.size(), 1u);
    EXPECT_EQ(rep.sampleRejects[0].line, 2);
    EXPECT_EQ(rep.sampleRejects[0].column, "email");
    EXPECT_EQ(rep.sampleRejects[0].reason, "email already belongs to user_id 1");
}

// Guards the optional Telegram id of users (issue 6): read when the file has it (by name or alias),
// several users without one are no duplicates, the same id twice in the file or an id held by
// another stored user is rejected with its line, and a file without the column still loads.
TEST_F(LoaderTest, UsersMayCarryAnOptionalUniqueTelegramId)
{
    const auto rep = load("users", file("tg.csv", "user_id,email,full_name,country,acquisition_channel,device,"
                                                  "created_at,Telegram ID\n"
                                                  "1,ann@example.com,Ann Lee,US,telegram,mobile,2025-01-05,5000000001\n"
                                                  "2,bob@example.com,Bob Stone,GB,social,mobile,2025-01-06,\n"
                                                  "3,cat@example.com,Cat Moon,DE,email,tablet,2025-01-07,\n"));
    EXPECT_EQ(rep.rowsInserted, 3);
    EXPECT_EQ(scalar("SELECT telegram_id FROM crm.users WHERE user_id = 1"), 5000000001LL);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users WHERE telegram_id IS NULL"), 2);

    // The same id on two lines of a file, and an id that another stored user has: nothing loads.
    const std::string path = file("tg-bad.csv", "user_id,email,full_name,country,acquisition_channel,device,"
                                                "created_at,telegram_id\n"
                                                "4,dan@example.com,Dan Fox,US,telegram,mobile,2025-01-08,777\n"
                                                "5,eve@example.com,Eve Oak,US,telegram,mobile,2025-01-09,777\n"
                                                "6,fay@example.com,Fay Elm,US,telegram,mobile,2025-01-10,5000000001\n"
                                                "7,gus@example.com,Gus Ash,US,telegram,mobile,2025-01-11,0\n");
    expectRefused("users", path, {"tg-bad.csv", "rows rejected", "nothing was loaded"});
    const std::string rejects = readFile((m_dir / "users-rejects.csv").string());
    EXPECT_NE(rejects.find("duplicate telegram_id in the file: also on line 2"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("telegram_id already belongs to user_id 1"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("5,telegram_id,0,"), std::string::npos) << rejects; // ids are positive
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users"), 3);

    // A users file without the column loads as before.
    load("users", file("users.csv", kUsersCsv), LoadMode::Upsert);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users"), 3);
}

TEST_F(LoaderTest, TheSameFileTwiceIsRefusedUnlessForced)
{
    const auto path = file("users.csv", kUsersCsv);
    EXPECT_FALSE(LoadHistory::findLoadedFile(m_db, "users", fileSha256Hex(path)));
    const auto first = load("users", path);
    // What the import wizard asks before it offers "force".
    const auto previous = LoadHistory::findLoadedFile(m_db, "users", fileSha256Hex(path));
    ASSERT_TRUE(previous);
    EXPECT_EQ(previous->loadId, first.loadId);
    EXPECT_FALSE(LoadHistory::findLoadedFile(m_db, "products", fileSha256Hex(path)));
    expectRefused("users", path, {"already loaded", ("load " + std::to_string(first.loadId)).c_str(), "--force"});
    EXPECT_EQ(text("SELECT status FROM ops.loads ORDER BY load_id DESC LIMIT 1"), "failed");
    const auto forced = load("users", path, LoadMode::Upsert, RejectPolicy::LoadNothing, true);
    EXPECT_EQ(forced.status, "succeeded");
    EXPECT_EQ(forced.rowsUnchanged, 3);
}

TEST_F(LoaderTest, RejectsGoToAFileAndByDefaultNothingIsStored)
{
    load("users", file("users.csv", kUsersCsv));
    const std::string before = digest();
    const std::string bad = "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                            "10,ok@example.com,Ok,US,organic,desktop,2025-01-05\n"
                            "11,not-an-email,Bad Mail,US,organic,desktop,2025-01-05\n"
                            "12,x@example.com,Bad Date,US,organic,desktop,31.02.2025\n"
                            "13,y@example.com,Bad Channel,US,tv,desktop,2025-01-05\n"
                            "10,dup@example.com,Dup,US,organic,desktop,2025-01-05\n";
    const std::string path = file("bad.csv", bad);
    const std::string msg = expectRefused("users", path, {"bad.csv", "4 of 5 rows rejected", "nothing was loaded"});
    EXPECT_EQ(digest(), before);
    const std::string rejects = readFile((m_dir / "users-rejects.csv").string());
    EXPECT_NE(rejects.find("3,email,not-an-email,not an e-mail address: not-an-email"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("4,created_at,31.02.2025,no such date"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("5,acquisition_channel,tv,\"not one of organic"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("6,user_id,10,duplicate user_id in the file: also on line 2"), std::string::npos) << rejects;
    EXPECT_EQ(text("SELECT status || '/' || rows_rejected || '/' || (error_log_path IS NOT NULL) FROM ops.loads "
                   "ORDER BY load_id DESC LIMIT 1"),
              "failed/4/true");

    const auto partial = load("users", path, LoadMode::Upsert, RejectPolicy::LoadGoodRows, true);
    EXPECT_EQ(partial.rowsInserted, 1);
    EXPECT_EQ(partial.rowsRejected, 4);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users"), 4);
}

TEST_F(LoaderTest, ReferencesToMissingRowsAreRejectedWithTheirLine)
{
    load("users", file("users.csv", kUsersCsv));
    load("products", file("p.csv", "product_id,sku,name,category,base_price\n1,S1,Kettle,Kitchen,10\n"));
    load("orders", file("o.csv", "order_id,user_id,created_at,status,total_amount\n100,1,2025-02-01,paid,10\n"));
    const auto rep =
        load("order_items",
             file("items.csv", "order_id,line_no,product_id,quantity,unit_price\n100,1,1,1,10\n100,2,77,1,5\n101,1,1,1,5\n"),
             LoadMode::Upsert, RejectPolicy::LoadGoodRows);
    EXPECT_EQ(rep.rowsInserted, 1);
    ASSERT_EQ(rep.sampleRejects.size(), 2u);
    EXPECT_EQ(rep.sampleRejects[0].line, 3);
    EXPECT_EQ(rep.sampleRejects[0].column, "product_id");
    EXPECT_EQ(rep.sampleRejects[0].reason, "no products row with product_id = 77");
    EXPECT_EQ(rep.sampleRejects[1].line, 4);
    EXPECT_EQ(rep.sampleRejects[1].reason, "no orders row with order_id = 101");
}

/// Answers "RU 100%: <source text>" for the contexts of the reasons SQL writes, while installed.
class SqlReasonTranslator : public QTranslator {
public:
    SqlReasonTranslator() { QCoreApplication::installTranslator(this); }
    ~SqlReasonTranslator() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        const std::string c = context;
        if (c != "LoadChecks" && c != "EntityChecks")
            return {};
        return QStringLiteral("RU 100%: ") + QString::fromUtf8(sourceText);
    }
};

// Guards the reasons built in SQL: the translated template is a bound format() pattern, so a
// translator's text (percent signs included) reaches the rejects as written.
TEST_F(LoaderTest, ReasonsWrittenInSqlFollowTheInstalledTranslator)
{
    load("users", file("users.csv", kUsersCsv));
    load("products", file("p.csv", "product_id,sku,name,category,base_price\n1,S1,Kettle,Kitchen,10\n"));
    load("product_prices", file("prices.csv", "product_id,valid_from,valid_to,price\n1,2025-01-01,2025-02-01,10\n"));
    load("orders", file("o.csv", "order_id,user_id,created_at,status,total_amount\n100,1,2025-02-01,paid,10\n"));
    const SqlReasonTranslator translator;
    const auto items = load("order_items",
                            file("items.csv", "order_id,line_no,product_id,quantity,unit_price\n"
                                              "100,1,77,1,5\n"
                                              "100,1,1,1,5\n"),
                            LoadMode::Upsert, RejectPolicy::LoadGoodRows);
    ASSERT_EQ(items.sampleRejects.size(), 2u);
    EXPECT_EQ(items.sampleRejects[0].reason, "RU 100%: no products row with product_id = 77");
    EXPECT_EQ(items.sampleRejects[1].reason, "RU 100%: duplicate key in the file: also on line 2");
    const auto prices = load("product_prices",
                             file("prices2.csv", "product_id,valid_from,valid_to,price\n"
                                                 "1,2025-03-01,2025-04-01,12\n"
                                                 "1,2025-03-15,,13\n"),
                             LoadMode::Upsert, RejectPolicy::LoadGoodRows);
    ASSERT_EQ(prices.sampleRejects.size(), 1u);
    EXPECT_EQ(prices.sampleRejects[0].reason, "RU 100%: price period overlaps the period on line 2");
}

TEST_F(LoaderTest, BadFilesAreRefusedNamingLineAndColumnAndChangeNothing)
{
    load("users", file("users.csv", kUsersCsv));
    const std::string before = digest();
    const std::string header = "user_id,email,full_name,country,acquisition_channel,device,created_at\n";
    expectRefused("users", file("truncated.csv", header + "20,t@example.com,\"Trunc"), {"truncated.csv", "line 2", "truncated"});
    expectRefused("users", file("unknown.csv", "user_id,email,full_name,country,acquisition_channel,device,created_at,shoe\n"),
                  {"unknown.csv", "line 1", "column 8", "shoe"});
    expectRefused("users", file("missing.csv", "user_id,full_name,country,acquisition_channel,device,created_at\n1,A,US,organic,desktop,2025-01-01\n"),
                  {"missing.csv", "line 1", "\"email\" is missing"});
    expectRefused("users", file("empty.csv", ""), {"empty.csv", "empty"});
    expectRefused("users", file("image.csv", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), {"image.csv"});
    {
        LoadRequest r;
        r.entity = "users";
        r.path = file("cp1251.csv", header + "21,w@example.com,\xC8\xE2\xE0\xED,RU,organic,desktop,2025-01-01\n");
        r.reader.encoding = TextEncoding::Utf8;
        try {
            load(r);
            ADD_FAILURE() << "forced UTF-8 on a Windows-1251 file was accepted";
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
        }
    }
    EXPECT_EQ(digest(), before);
    EXPECT_EQ(scalar("SELECT count(*) FROM ops.loads WHERE status = 'failed'"), 6);
}

TEST_F(LoaderTest, EventsFromJsonLinesFillPartitionsAndTheDailyRollUp)
{
    load("users", file("users.csv", kUsersCsv));
    const std::string jsonl =
        "{\"event_id\": 1, \"user_id\": 1, \"session_id\": 5, \"event_type\": \"page_view\", "
        "\"occurred_at\": \"2024-11-03T10:00:00+03:00\", \"properties\": {\"path\": \"/\"}}\n"
        "{\"event_id\": 2, \"user_id\": 2, \"session_id\": 6, \"event_type\": \"search\", \"occurred_at\": \"2024-11-03 12:00\"}\n"
        "{\"event_id\": 3, \"user_id\": 2, \"session_id\": 6, \"event_type\": \"search\", \"occurred_at\": \"2024-11-04 12:00\"}\n";
    const auto rep = load("events", file("events.jsonl", jsonl));
    EXPECT_EQ(rep.format, "json");
    EXPECT_EQ(rep.rowsInserted, 3);
    EXPECT_EQ(text("SELECT properties->>'path' FROM crm.events WHERE event_id = 1"), "/");
    EXPECT_EQ(text("SELECT to_char(occurred_at AT TIME ZONE 'UTC', 'HH24:MI') FROM crm.events WHERE event_id = 1"), "07:00");
    EXPECT_EQ(scalar("SELECT sum(events) FROM crm.events_daily WHERE day BETWEEN '2024-11-03' AND '2024-11-04'"), 3);
    EXPECT_EQ(scalar("SELECT users FROM crm.events_daily WHERE day = '2024-11-03' AND event_type = 'search'"), 1);
    rollback(rep.loadId);
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.events_daily WHERE day BETWEEN '2024-11-03' AND '2024-11-04'"), 0);
}

TEST_F(LoaderTest, OrdersFromAJsonArrayAndOverlappingPricePeriods)
{
    load("users", file("users.csv", kUsersCsv));
    const auto orders = load("orders", file("orders.json", R"([
        {"order_id": 1, "user_id": 1, "created_at": "2025-03-01T09:15:00+03:00", "status": "PAID",
         "total_amount": "1 234,56", "currency": "rub"},
        {"order_id": 2, "user_id": 2, "created_at": "02.03.2025", "status": "refunded", "total_amount": 10.5}
    ])"));
    EXPECT_EQ(orders.rowsInserted, 2);
    EXPECT_EQ(text("SELECT status || '/' || total_amount || '/' || currency || '/' || channel FROM crm.orders "
                   "WHERE order_id = 1"),
              "paid/1234.56/RUB/web");

    load("products", file("p.csv", "product_id,sku,name,category,base_price\n1,S1,Kettle,Kitchen,10\n"));
    load("product_prices", file("prices.csv", "product_id,valid_from,valid_to,price\n1,2025-01-01,2025-02-01,10\n"));
    const auto rep = load("product_prices",
                          file("prices2.csv", "product_id,valid_from,valid_to,price\n"
                                              "1,2025-01-15,2025-03-01,11\n"   // overlaps the stored period
                                              "1,2025-03-01,2025-04-01,12\n"   // fine
                                              "1,2025-03-15,,13\n"),           // overlaps line 3
                          LoadMode::Upsert, RejectPolicy::LoadGoodRows);
    EXPECT_EQ(rep.rowsInserted, 1);
    ASSERT_EQ(rep.sampleRejects.size(), 2u);
    EXPECT_EQ(rep.sampleRejects[0].line, 2);
    EXPECT_NE(rep.sampleRejects[0].reason.find("overlaps the stored period"), std::string::npos);
    EXPECT_EQ(rep.sampleRejects[1].line, 4);
    EXPECT_EQ(rep.sampleRejects[1].reason, "price period overlaps the period on line 3");
}

TEST_F(LoaderTest, DryRunReportsButStoresNothing)
{
    const std::string before = digest();
    LoadRequest r;
    r.entity = "users";
    r.path = file("users.csv", kUsersCsv);
    r.dryRun = true;
    const auto rep = load(r);
    EXPECT_EQ(rep.status, "dry_run");
    EXPECT_EQ(rep.rowsInserted, 3);
    EXPECT_EQ(digest(), before);
    EXPECT_EQ(scalar("SELECT count(*) FROM ops.loads"), 0);
}

// Regression: a dry run that would update or delete stored rows wrote undo rows for "load 0",
// which ops.loads does not have (foreign key violation), so the check failed instead of reporting.
TEST_F(LoaderTest, DryRunOfUpdatesAndDeletesReports)
{
    load("users", file("users.csv", kUsersCsv));
    const std::string before = digest();
    LoadRequest r;
    r.entity = "users";
    r.path = file("changed.csv", "user_id,email,full_name,country,acquisition_channel,device,created_at\n"
                                 "1,ann@example.com,Ann Changed,US,organic,desktop,2025-01-05\n"
                                 "4,dan@example.com,Dan,US,organic,desktop,2025-01-05\n");
    r.dryRun = true;
    auto rep = load(r);
    EXPECT_EQ(rep.status, "dry_run");
    EXPECT_EQ(rep.rowsUpdated, 1);
    EXPECT_EQ(rep.rowsInserted, 1);
    r.mode = LoadMode::Replace;
    rep = load(r);
    EXPECT_EQ(rep.rowsDeleted, 2);
    EXPECT_EQ(digest(), before);
    EXPECT_EQ(scalar("SELECT count(*) FROM ops.loads"), 1);
}

TEST_F(LoaderTest, CancelInTheMiddleLeavesTablesAsTheyWere)
{
    load("users", file("users.csv", kUsersCsv));
    const std::string before = digest();
    std::string big = "user_id,email,full_name,country,acquisition_channel,device,created_at\n";
    for (int i = 100; i < 60100; ++i)
        big += std::to_string(i) + ",u" + std::to_string(i) + "@example.com,User " + std::to_string(i) +
               ",US,organic,desktop,2025-01-05\n";
    LoadRequest r;
    r.entity = "users";
    r.path = file("big.csv", big);
    std::atomic<bool> stop{false};
    JobContext ctx(m_db, [&](double f, const std::string&) { if (f > 0.1) stop = true; }, stop);
    try {
        Loader::run(ctx, r);
        FAIL() << "the load was not cancelled";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), Error::Code::Cancelled) << e.what();
    }
    EXPECT_EQ(digest(), before);
    EXPECT_EQ(text("SELECT status FROM ops.loads ORDER BY load_id DESC LIMIT 1"), "cancelled");
}

// Guards the race where Cancel arrives before the load has done anything: still one history row.
TEST_F(LoaderTest, ALoadCancelledBeforeItStartsIsRecordedAsCancelled)
{
    LoadRequest r;
    r.entity = "users";
    r.path = file("users.csv", kUsersCsv);
    std::atomic<bool> stop{true};
    JobContext ctx(m_db, {}, stop);
    EXPECT_THROW(Loader::run(ctx, r), Error);
    EXPECT_EQ(text("SELECT status FROM ops.loads ORDER BY load_id DESC LIMIT 1"), "cancelled");
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.users"), 0);
}

TEST_F(LoaderTest, AnInterruptedLoadIsMarkedFailedInTheHistory)
{
    exec("INSERT INTO ops.loads (source, target_table, format, status, entity, mode, started_at) "
         "VALUES ('x.csv', 'crm.users', 'csv', 'running', 'users', 'upsert', now() - interval '1 hour')");
    const auto loads = LoadHistory::list(m_db);
    ASSERT_EQ(loads.size(), 1u);
    EXPECT_EQ(loads[0].status, "failed");
    EXPECT_NE(loads[0].error.find("interrupted"), std::string::npos);
}

TEST_F(LoaderTest, ChannelSpendLoadsByMonthAndChannelAndRollsBack)
{
    // Russian headers by alias; months as YYYY-MM, MM.YYYY or the first day; a decimal comma.
    const auto first = load("channel_spend", file("spend.csv", "Месяц;Канал;Расход\n"
                                                               "2025-01;paid_search;1 200,50\n"
                                                               "02.2025;paid_search;900\n"
                                                               "2025-01-01;email;0\n"));
    EXPECT_EQ(first.status, "succeeded");
    EXPECT_EQ(first.rowsInserted, 3);
    EXPECT_EQ(text("SELECT string_agg(month || ' ' || channel || ' ' || spend, ', ' ORDER BY month, channel) "
                   "FROM crm.channel_spend"),
              "2025-01-01 email 0.00, 2025-01-01 paid_search 1200.50, 2025-02-01 paid_search 900.00");
    EXPECT_EQ(scalar("SELECT count(*) FROM crm.channel_spend WHERE load_id = " + std::to_string(first.loadId)), 3);
    const std::string before = digest();

    // Upsert by (month, channel), English aliases this time; then the rollback restores the first load.
    const auto second = load("channel_spend", file("spend2.csv", "period,utm_source,cost\n"
                                                                 "2025-02,paid_search,950\n"
                                                                 "2025-03,social,300.25\n"));
    EXPECT_EQ(second.rowsUpdated, 1);
    EXPECT_EQ(second.rowsInserted, 1);
    EXPECT_EQ(text("SELECT spend FROM crm.channel_spend WHERE month = '2025-02-01' AND channel = 'paid_search'"),
              "950.00");
    rollback(second.loadId);
    EXPECT_EQ(digest(), before);
}

TEST_F(LoaderTest, BadChannelSpendRowsNameLineAndFieldAndStoreNothing)
{
    load("channel_spend", file("spend.csv", "month,channel,spend\n2025-01,email,10\n"));
    const std::string before = digest();
    const std::string path = file("bad-spend.csv", "month,channel,spend\n"
                                                   "2025-02,email,20\n"
                                                   "2025-02,tv,30\n"
                                                   "2025-03,social,-5\n"
                                                   "2025-03-15,social,7\n"
                                                   "2025-13,email,1\n"
                                                   "2025-02,email,21\n");
    expectRefused("channel_spend", path, {"bad-spend.csv", "5 of 6 rows rejected", "nothing was loaded"});
    EXPECT_EQ(digest(), before);
    const std::string rejects = readFile((m_dir / "channel_spend-rejects.csv").string());
    EXPECT_NE(rejects.find("3,channel,tv,\"not one of organic"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("4,spend,-5,below the minimum 0"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("5,month,2025-03-15,not the first day of a month: 2025-03-15"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("6,month,2025-13,no such month: 2025-13"), std::string::npos) << rejects;
    EXPECT_NE(rejects.find("7,month,\"2025-02-01, email\",duplicate key in the file: also on line 2"),
              std::string::npos)
        << rejects;
}

TEST_F(LoaderTest, UnknownEntityAndMappingOverridesAreChecked)
{
    EXPECT_THROW(load("customers", file("users.csv", kUsersCsv)), Error);
    LoadRequest r;
    r.entity = "users";
    r.path = file("mapped.csv", "Код клиента;Почта;ФИО;Страна;Канал;Устройство;Дата регистрации;Заметка\n"
                                "7;g@example.com;Галина;RU;telegram;mobile;01.03.2025\n");
    r.mapping = {{"Заметка", ""}};
    const auto rep = load(r);
    EXPECT_EQ(rep.rowsInserted, 1);
    EXPECT_EQ(text("SELECT full_name || '/' || acquisition_channel FROM crm.users WHERE user_id = 7"), "Галина/telegram");
    r.mapping = {{"Заметка", "shoe_size"}};
    EXPECT_THROW(load(r), Error);
}

}  // namespace
}  // namespace kestrel::core
