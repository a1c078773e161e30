namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A counted plural event noun followed by a list of dates is one event per date ("two phone calls, on 3 September and
/// again on 12 October"); a plural phone call noun is a call cue like the singular. Sentences written for these tests.
/// </summary>
public class CountedDateListTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Two_calls_with_two_dates_are_two_calls()
    {
        var events = EventReadingTests.EventsOf(("2026-11-20", "Baltic diplomacy\n\nForeign Minister Anna Berg held two phone calls with her Latvian counterpart, Juris Ozols, on 3 September and again on 12 October."));
        var calls = events.Where(e => e.Kind == "call").ToList();
        string.Join(",", calls.Select(e => e.Date.ToString()).Order()).ShouldBe("2026-09-03,2026-10-12", Show(events));
        calls.ShouldAllBe(e => !e.Title.Contains("calls"), Show(events));
    }

    [Fact]
    public void A_plural_with_one_date_stays_one_event_and_an_undated_plural_none()
    {
        var one = EventReadingTests.EventsOf(("2026-11-20", "Baltic diplomacy\n\nForeign Minister Anna Berg held two phone calls with her Latvian counterpart, Juris Ozols, on 3 September."));
        one.Count(e => e.Kind == "call").ShouldBe(1, Show(one));
        var none = EventReadingTests.EventsOf(("2026-11-20", "Banking\n\nPhone calls with investors are common, the Latvian lender Kuldiga Bank said on Friday."));
        none.ShouldNotContain(e => e.Kind == "call", Show(none));
    }

    [Fact]
    public void A_date_of_another_precision_frames_the_list_and_splits_nothing()
    {
        var events = EventReadingTests.EventsOf(("2026-11-20", "Border talks\n\nThe two governors have held three meetings this year, in March, in June and again in October."));
        events.Count(e => e.Kind == "meeting").ShouldBeLessThanOrEqualTo(1, Show(events));
    }
}
