using static BriefingSite.Tests.Linking.EventMergeTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// An event of several days told to the month by one article ("talks on June 9 and 10") and to its first day by another:
/// one event, dated by its month; the day one telling gives anchors it as a day does (a third telling of the month joins).
/// </summary>
public class EventMultiDayMergeTests
{
    private static readonly (string, string, string) Preview =
        ("preview", "2026-06-02", "Chilean and Peruvian fisheries officials will hold two days of talks in Arica on June 9 and 10, Chilean envoy Rosa Fuentes said. Rosa Fuentes said Peru had agreed, and Peru confirmed it.");

    private static readonly (string, string, string) Explainer =
        ("explainer", "2026-06-20", "The fisheries officials of Chile and Peru held a meeting in Arica on 9 and 10 June. Rosa Fuentes led Chile's side, and Peru sent its deputy minister, Rosa Fuentes said.");

    private static readonly (string, string, string) Sketch =
        ("sketch", "2026-06-12", "Rosa Fuentes told senators she had briefed the fisheries committee on 8 June, the day before the talks opened. Peru has not commented, and Rosa Fuentes said Peru would sign soon.");

    [Fact]
    public void An_event_of_two_days_told_to_its_first_day_by_another_article_is_dated_by_its_month()
    {
        var events = Link(Preview, Sketch);
        var merged = events.Where(e => e.Articles.Length == 2).ToList();
        merged.Count.ShouldBe(1, Describe(events));
        merged[0].Date.ShouldNotBeNull();
        merged[0].Date!.Value.ToString().ShouldBe("2026-06", Describe(events));
    }

    [Fact]
    public void A_preview_of_the_month_a_report_of_the_month_and_a_report_of_the_first_day_are_one_event()
    {
        var events = Link(Preview, Explainer, Sketch);
        var merged = events.Where(e => e.Articles.Length == 3).ToList();
        merged.Count.ShouldBe(1, Describe(events));
        merged[0].Date.ShouldNotBeNull();
        merged[0].Date!.Value.ToString().ShouldBe("2026-06", Describe(events));
    }

    [Fact]
    public void Talks_on_another_day_of_the_month_stay_apart()
    {
        var events = Link(Preview,
            ("sketch", "2026-06-30", "Rosa Fuentes told senators she had briefed the fisheries committee on 24 June, the day before the talks opened. Peru has not commented, and Rosa Fuentes said Peru would sign soon."));
        events.Where(e => e.Articles.Length == 2).ShouldBeEmpty(Describe(events));
    }
}
