using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "The Front claimed the kidnapping three days later and released a video": a count of days closing the clause of the deed
/// before it, with no comma or conjunction between, dates that deed from the event spoken of before it; it does not place
/// the next clause's event after that deed. Sentences written for these tests.
/// </summary>
public class TrailingCountTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_count_closing_a_deeds_clause_dates_that_deed_from_the_event_before()
    {
        var events = EventsOf(("2031-06-02", "Hostages\n\nTwo Dutch engineers were abducted near Gao on May 8. The Red Dawn Front claimed the kidnapping three days later and released a video of the captives in late May."));
        events.Where(e => e.Kind == "claim of responsibility").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2031-05-11", Show(events));
    }

    [Fact]
    public void A_count_after_a_comma_still_places_the_next_clauses_event()
    {
        var events = EventsOf(("2026-07-20", "Oslo, July 20 -- Nordic defence ministers met in Oslo on July 2, and two days later the prime ministers held talks in Bergen."));
        events.Where(e => e.Kind == "talks").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-07-04", Show(events));
    }
}
