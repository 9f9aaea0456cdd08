#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kestrel::core {

class SynthRandom;

/// The generated history's days: [lastDay - days + 1, lastDay] in UTC. Days are numbered within
/// the window (0 = first day; negative = before it, for sign-ups and product launches). Holds
/// the seasonality curves used to draw when things happen and pre-formatted date text, so a
/// timestamp costs two small copies in the hot loop.
class SynthCalendar {
public:
    /// How far before the window dates can reach (users who signed up earlier, older products).
    static constexpr int kLeadDays = 800;

    /// Incident days, so anomaly detection has something real to find: in histories of at least
    /// kIncidentMinDays an outage kOutageDaysBeforeEnd days before the last day (traffic, sign-ups and
    /// with them orders fall to 30 %) and a promotion kPromoDaysBeforeEnd days before it (190 %), both
    /// inside the dashboard's default 30 days; from kOldOutageMinDays an older outage (45 %) as well.
    static constexpr int kIncidentMinDays = 70;
    static constexpr int kOutageDaysBeforeEnd = 20;
    static constexpr int kPromoDaysBeforeEnd = 9;
    static constexpr int kOldOutageMinDays = 120;
    static constexpr int kOldOutageDaysBeforeEnd = 75;

    SynthCalendar(std::int64_t lastDayNumber, int days);

    /// "YYYY-MM-DD" to days since 1970-01-01; nullopt when malformed or not a real date.
    static std::optional<std::int64_t> parseDate(std::string_view text);
    static std::int64_t todayUtc();
    static std::string formatDate(std::int64_t dayNumber);

    int days() const { return m_days; }
    std::int64_t firstDayNumber() const { return m_first; }
    std::int64_t dayNumber(int day) const { return m_first + day; }

    /// Appends "YYYY-MM-DD HH:MM:SS+00" for a window day (kLeadDays before it at the earliest).
    void appendTimestamp(std::string& out, int day, int secondOfDay) const
    {
        out.append(m_dayText.data() + static_cast<std::size_t>(day + kLeadDays) * kDayTextSize, kDayTextSize);
        const char* h = kPairs + 2 * (secondOfDay / 3600);
        const char* m = kPairs + 2 * (secondOfDay / 60 % 60);
        const char* s = kPairs + 2 * (secondOfDay % 60);
        const char text[11] = {h[0], h[1], ':', m[0], m[1], ':', s[0], s[1], '+', '0', '0'};
        out.append(text, sizeof text);
    }

    /// A day in [lo, hi] weighted by weekly and yearly seasonality (more on weekends and in the
    /// November–December peak), for sessions.
    int sampleActivityDay(SynthRandom& rng, int lo, int hi) const;
    /// A sign-up day in [0, days) weighted by seasonality and slow growth of the audience.
    int sampleSignupDay(SynthRandom& rng) const;
    /// A second of the day following a daily traffic curve (quiet nights, evening peak).
    int sampleSecondOfDay(SynthRandom& rng) const;

private:
    static constexpr std::size_t kDayTextSize = 11; // "YYYY-MM-DD "
    static const char kPairs[201];

    static int sampleCdf(const std::vector<double>& cdf, double u, int lo, int hi);
    double seasonality(int day) const;
    /// 1 on ordinary days; the traffic multiplier of an incident day (see kIncidentMinDays).
    double incidentFactor(int day) const;

    std::int64_t m_first;
    int m_days;
    std::string m_dayText;
    std::vector<double> m_activityCdf; // m_activityCdf[d] = weight of days before d; size days + 1
    std::vector<double> m_signupCdf;
    std::vector<double> m_hourCdf; // size 25
};

} // namespace kestrel::core
