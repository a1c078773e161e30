using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Events named without a date of their own that the prose still makes particular: a numbered session of a body ("the
/// fourth session of the joint commission"), an event the clause expects ("a vote is expected before the end of the
/// year"), a deal signed with someone ("signed a supply deal with ..."), borders closed. Sentences written for these tests.
/// </summary>
public class ExpectedAndOrdinalEventTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_numbered_session_of_a_body_is_a_particular_meeting()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Visit\n\nThe Malian minister, Awa Keita, co-chaired the fourth session of the joint commission of cooperation between the two countries."));
        events.ShouldContain(e => e.Kind == "meeting" && e.Title.Contains("session", StringComparison.OrdinalIgnoreCase), Show(events));
    }

    [Fact]
    public void A_session_of_its_kind_or_without_a_number_is_none()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Visit\n\nIt was the first session of its kind. Sessions of the commission are usually dull."));
        events.ShouldBeEmpty(Show(events));
    }

    [Fact]
    public void An_event_the_clause_expects_before_the_end_of_the_year_is_planned_in_that_year()
    {
        var events = EventReadingTests.EventsOf(("2026-10-06", "Ratification\n\nThe parliament of Ghana must still ratify the treaty, and a vote is expected before the end of the year."));
        var vote = events.Where(e => e.Kind == "election").ShouldHaveSingleItem(Show(events));
        vote.Status.ShouldBe(EventStatus.Planned);
        vote.Date.ToString().ShouldBe("2026");
    }

    [Fact]
    public void A_deal_signed_with_someone_is_a_deal_and_dealing_with_something_is_not()
    {
        var events = EventReadingTests.EventsOf(("2026-06-06", "Mining\n\nA state-owned company, Gobi Metals, signed a copper supply deal with the Korean trading house Daewoo in Ulaanbaatar.\n\n"
            + "Farmers must deal with the drought."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Title.Contains("Daewoo"), Show(events));
        events.Count.ShouldBe(1, Show(events));
    }

    [Fact]
    public void A_government_closing_its_border_crossings_is_a_closure()
    {
        var events = EventReadingTests.EventsOf(("2026-03-01", "Border\n\nOn Friday the Thai government closed all permanent border crossings with Cambodia."));
        events.ShouldContain(e => e.Kind == "closure" && e.Date.ToString() == "2026-02-27", Show(events));
    }
}
