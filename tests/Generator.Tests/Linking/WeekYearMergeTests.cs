using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// "three weeks ago" in a week that straddles two months is dated by its year alone, but it says more than a year: the
/// event lies within weeks of the article. It merges as an undated mention of its article would (a report within the
/// window after the event), not with the evidence a bare year needs, and the merged event takes the other telling's day.
/// </summary>
public class WeekYearMergeTests
{
    private static readonly (string, string, string) Report =
        ("report", "2026-04-01", "Talks between Kazakhstan and Uzbekistan on river quotas collapsed in Tashkent on March 30. Kazakhstan blamed Uzbekistan, and Uzbekistan denied it.");

    private static readonly (string, string, string) Feature =
        ("feature", "2026-04-21", "The Tashkent talks between Kazakhstan and Uzbekistan collapsed three weeks ago, and neither Kazakhstan nor Uzbekistan has proposed a new round.");

    [Fact]
    public void Talks_collapsed_three_weeks_ago_are_the_talks_another_article_dates_to_the_day()
    {
        var events = Link(Report, Feature);
        var merged = events.Where(e => e.Articles.Length == 2).ToList();
        merged.Count.ShouldBe(1, Describe(events));
        merged[0].Date!.Value.ToString().ShouldBe("2026-03-30", Describe(events));
    }

    [Fact]
    public void Alone_the_week_keeps_its_year()
    {
        var events = Link(Feature);
        events.ShouldContain(e => e.Kind == "talks" && e.Date!.Value.ToString() == "2026", Describe(events));
    }
}
