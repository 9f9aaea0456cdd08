// Core's messages go through Qt's translation system: a translator installed by the GUI is consulted,
// while without one (the CLI, the other tests) the English text stays exactly as it was.
#include "common/translate.h"
#include "etl/load_statements.h"
#include "etl/reader_error.h"
#include "etl/value_parser.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTranslator>
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

namespace kestrel::core {
namespace {

/// Answers "<prefix><source text>" for the given contexts, nothing for the others.
class PrefixTranslator : public QTranslator {
public:
    PrefixTranslator(QString prefix, std::set<std::string> contexts)
        : m_prefix(std::move(prefix)), m_contexts(std::move(contexts))
    {
    }
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* sourceText, const char* /*disambiguation*/,
                      int /*n*/) const override
    {
        if (m_contexts.count(context) == 0)
            return {};
        return m_prefix + QString::fromUtf8(sourceText);
    }

private:
    QString m_prefix;
    std::set<std::string> m_contexts;
};

/// A QCoreApplication (translators need one) with a PrefixTranslator installed for the test's length.
class TranslateTest : public ::testing::Test {
protected:
    void install(const QString& prefix, std::set<std::string> contexts)
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "kestrel_unit_tests";
            static char* argv[] = {name, nullptr};
            m_app = std::make_unique<QCoreApplication>(argc, argv);
        }
        m_translator = std::make_unique<PrefixTranslator>(prefix, std::move(contexts));
        ASSERT_TRUE(QCoreApplication::installTranslator(m_translator.get()));
    }
    void TearDown() override
    {
        if (m_translator)
            QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
        m_app.reset();
    }

    std::unique_ptr<QCoreApplication> m_app;
    std::unique_ptr<PrefixTranslator> m_translator;
};

TEST(FillArgs, FillsEachPlaceholderOnceAndKeepsArgumentsByteForByte)
{
    EXPECT_EQ(fillArgs("%1: line %2: %3", {"a.csv", 12, "bad"}), "a.csv: line 12: bad");
    // An argument's own placeholder is not expanded again; order follows the numbers.
    EXPECT_EQ(fillArgs("%2 then %1", {"%2", "x"}), "x then %2");
    // Bytes that are not UTF-8 (a lone lead byte from a JSON escape) survive.
    EXPECT_EQ(fillArgs("invalid escape \\%1", {std::string("\xD0")}), "invalid escape \\\xD0");
    // No argument for %3, a percent sign, %L1 read as %1.
    EXPECT_EQ(fillArgs("%1 is 100% of %3 (%L1)", {std::int64_t{-5}}), "-5 is 100% of %3 (-5)");
}

TEST_F(TranslateTest, WithoutATranslatorTheEnglishTextIsUnchanged)
{
    std::string out, reason;
    double value = 0;
    EXPECT_FALSE(values::parseDecimal("12abc", out, value, reason));
    EXPECT_EQ(reason, "not a number: 12abc");
    EXPECT_STREQ(lineError("a.csv", 3, "boom").what(), "a.csv: line 3: boom");
    EXPECT_EQ(sqlReasonPattern("LoadChecks", "no %1 row with %2 = %3"), "no %1$s row with %2$s = %3$s");
}

TEST_F(TranslateTest, AnInstalledTranslatorIsConsultedForCoreMessages)
{
    install(QStringLiteral("RU:"), {"Values", "RecordReader"});
    std::string out, reason;
    double value = 0;
    EXPECT_FALSE(values::parseDecimal("12abc", out, value, reason));
    EXPECT_EQ(reason, "RU:not a number: 12abc");
    EXPECT_FALSE(values::parseDecimal("", out, value, reason));
    EXPECT_EQ(reason, "RU:empty value");
    // The frame of reader errors is translated too; where() stays "file:line".
    const Error e = lineError("a.csv", 3, "boom");
    EXPECT_STREQ(e.what(), "RU:a.csv: line 3: boom");
    EXPECT_EQ(e.where(), "a.csv:3");

    QCoreApplication::removeTranslator(m_translator.get());
    EXPECT_FALSE(values::parseDecimal("12abc", out, value, reason));
    EXPECT_EQ(reason, "not a number: 12abc");
}

TEST_F(TranslateTest, ReasonPatternsForSqlCannotBreakFormat)
{
    // A translation with its own percent signs and a placeholder the source does not have.
    install(QStringLiteral("100% %3%4 "), {"LoadChecks"});
    EXPECT_EQ(sqlReasonPattern("LoadChecks", "no %1 row with %2 = %3"), "100%% %3$s%%4 no %1$s row with %2$s = %3$s");
    EXPECT_EQ(sqlReasonPattern("LoadChecks", "a reason without placeholders"),
              "100%% %%3%%4 a reason without placeholders");
}

} // namespace
} // namespace kestrel::core
