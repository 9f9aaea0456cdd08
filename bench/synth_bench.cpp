// Client-side cost of `kestrel generate`: simulating users and formatting their rows as COPY text,
// without a database. The server's COPY is the bottleneck of a real load; these numbers show how
// much headroom the generator leaves (rows/s in the "items_per_second" column).
#include "synth/synth_calendar.h"
#include "synth/synth_catalog.h"
#include "synth/synth_cursor.h"
#include "synth/synth_row_format.h"
#include "synth/synth_user_model.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace kestrel::core;

constexpr std::uint64_t kSeed = 42;
constexpr std::int64_t kProducts = 1000;
constexpr std::int64_t kEventsPerUser = 50;
constexpr std::size_t kFlushBytes = 1 << 18; // as CopyStream: the buffer is handed on at 256 KiB

struct World {
    SynthCalendar calendar{*SynthCalendar::parseDate("2026-05-01"), 180};
    SynthCatalog catalog{kSeed, kProducts, calendar};
    SynthUserModel model{kSeed, calendar, catalog};
};

const World& world()
{
    static const World w;
    return w;
}

/// Clears the buffer like a COPY flush would, so the benchmark measures formatting, not growth.
void endRow(std::string& buffer)
{
    buffer.push_back('\n');
    if (buffer.size() >= kFlushBytes) {
        benchmark::DoNotOptimize(buffer.data());
        buffer.clear();
    }
}

void BM_SynthEventsFormat(benchmark::State& state)
{
    const World& w = world();
    const std::int64_t users = state.range(0);
    const std::uint64_t weight = SynthCursor::totalWeight(w.model, users);
    std::string buffer;
    buffer.reserve(kFlushBytes + 4096);
    std::int64_t rows = 0;
    for (auto _ : state) {
        SynthCursor cursor(w.model, users, users * kEventsPerUser, weight);
        while (cursor.next(SynthUserModel::Depth::Events)) {
            const SynthUser& u = cursor.user();
            for (const auto& e : u.events) {
                SynthRowFormat::appendEvent(buffer, u.id, e, w.calendar);
                endRow(buffer);
            }
            rows += static_cast<std::int64_t>(u.events.size());
        }
    }
    state.SetItemsProcessed(rows);
}
BENCHMARK(BM_SynthEventsFormat)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_SynthEventsSimulateOnly(benchmark::State& state)
{
    const World& w = world();
    const std::int64_t users = state.range(0);
    const std::uint64_t weight = SynthCursor::totalWeight(w.model, users);
    std::int64_t rows = 0;
    for (auto _ : state) {
        SynthCursor cursor(w.model, users, users * kEventsPerUser, weight);
        while (cursor.next(SynthUserModel::Depth::Events)) {
            benchmark::DoNotOptimize(cursor.user().events.data());
            rows += static_cast<std::int64_t>(cursor.user().events.size());
        }
    }
    state.SetItemsProcessed(rows);
}
BENCHMARK(BM_SynthEventsSimulateOnly)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_SynthUsersFormat(benchmark::State& state)
{
    const World& w = world();
    const std::int64_t users = state.range(0);
    const std::uint64_t weight = SynthCursor::totalWeight(w.model, users);
    std::string buffer;
    buffer.reserve(kFlushBytes + 4096);
    std::int64_t rows = 0;
    for (auto _ : state) {
        SynthCursor cursor(w.model, users, users * kEventsPerUser, weight);
        while (cursor.next(SynthUserModel::Depth::Plan)) {
            SynthRowFormat::appendUser(buffer, cursor.user(), w.calendar);
            endRow(buffer);
            ++rows;
        }
    }
    state.SetItemsProcessed(rows);
}
BENCHMARK(BM_SynthUsersFormat)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_SynthOrdersFormat(benchmark::State& state)
{
    const World& w = world();
    const std::int64_t users = state.range(0);
    const std::uint64_t weight = SynthCursor::totalWeight(w.model, users);
    std::string buffer;
    buffer.reserve(kFlushBytes + 4096);
    std::int64_t rows = 0;
    for (auto _ : state) {
        SynthCursor cursor(w.model, users, users * kEventsPerUser, weight);
        while (cursor.next(SynthUserModel::Depth::Orders)) {
            const SynthUser& u = cursor.user();
            for (const auto& o : u.orders) {
                SynthRowFormat::appendOrder(buffer, u, o, w.calendar);
                endRow(buffer);
                for (int line = 0; line < o.itemCount; ++line) {
                    SynthRowFormat::appendItem(buffer, o.id, line + 1,
                                               u.items[static_cast<std::size_t>(o.firstItem + line)]);
                    endRow(buffer);
                }
                rows += 1 + o.itemCount;
            }
        }
    }
    state.SetItemsProcessed(rows);
}
BENCHMARK(BM_SynthOrdersFormat)->Arg(10'000)->Unit(benchmark::kMillisecond);

void BM_SynthPlanningPass(benchmark::State& state)
{
    const World& w = world();
    const std::int64_t users = state.range(0);
    for (auto _ : state)
        benchmark::DoNotOptimize(SynthCursor::totalWeight(w.model, users));
    state.SetItemsProcessed(state.iterations() * users);
}
BENCHMARK(BM_SynthPlanningPass)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
