namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "became the first ... to visit X" tells a visit that happened; hoping to become the first to visit tells none.
/// Sentences written for these tests.
/// </summary>
public class FirstToVisitTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Becoming_the_first_to_visit_a_place_is_a_visit()
    {
        var events = EventReadingTests.EventsOf(("2026-06-08", "Mining\n\nMs Tanaka became the first Japanese trade minister in more than a decade to visit the Erdenet copper mine on Friday."));
        events.ShouldContain(e => e.Kind == "visit" && e.Date.ToString() == "2026-06-05" && e.Status == BriefingSite.Model.EventStatus.Happened, Show(events));
    }

    [Fact]
    public void Without_a_date_it_is_still_a_visit_to_the_place_named()
    {
        var events = EventReadingTests.EventsOf(("2026-06-08", "Mining\n\nCrowds lined the road as Ingrid Holm, Norway's trade minister, became the first Norwegian minister in a decade to visit the Tavan Tolgoi coal mine."));
        events.ShouldContain(e => e.Kind == "visit" && e.Title.Contains("Tavan Tolgoi") && e.Status == BriefingSite.Model.EventStatus.Happened, Show(events));
    }

    [Fact]
    public void Hoping_to_be_the_first_to_visit_is_no_visit()
    {
        var events = EventReadingTests.EventsOf(("2026-06-08", "Diplomacy\n\nHe hopes to become the first sitting president to visit Pyongyang.\n\nIt was the first time a foreign leader was allowed to visit the site."));
        events.ShouldNotContain(e => e.Kind == "visit", Show(events));
    }
}
