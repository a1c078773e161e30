namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A thing a clause says will be signed, published or launched on a day to come is a planned event, whatever its noun;
/// a deadline or no day at all makes none. Sentences written for these tests.
/// </summary>
public class PlannedPassiveTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_report_to_be_published_on_a_day_is_a_planned_event()
    {
        var events = EventReadingTests.EventsOf(("2026-03-01", "Inquiry\n\nThe Harbour Inquiry's findings will be published on 4 May, the ministry said."));
        events.ShouldContain(e => e.Title == "Harbour Inquiry's findings to be published" && e.Date.ToString() == "2026-05-04" && e.Status == BriefingSite.Model.EventStatus.Planned, Show(events));
    }

    [Fact]
    public void A_thing_to_be_signed_at_a_meeting_is_a_signing_besides_the_meeting()
    {
        var events = EventReadingTests.EventsOf(("2026-11-20", "Fisheries\n\nWe expect the charter will be signed at a ministerial meeting of the Nordic Council in Bergen on 9 December."));
        events.ShouldContain(e => e.Title == "Charter to be signed" && e.Date.ToString() == "2026-12-09", Show(events));
        events.ShouldContain(e => e.Kind == "meeting", Show(events));
    }

    [Fact]
    public void A_deadline_or_no_day_makes_no_planned_event()
    {
        var events = EventReadingTests.EventsOf(("2026-03-01", "Rules\n\nThe new rules will be published soon, and the winner will be announced on Friday.\n\n"
            + "The ferry bill is expected to be debated by the end of March.\n\nIt will be signed on Monday."));
        events.ShouldNotContain(e => e.Title.Contains("to be"), Show(events));
    }
}
