using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An event that what was agreed, decided or pledged is to bring about ("agreed to hold an extraordinary session ... in
/// September", "decided to convene a summit in August") is still to come when it was agreed, so a month named without its
/// year is the next such month; the object of "to lift" or "to end" is something that already is, and a noun "plans" is
/// no one's decision. Sentences written for these tests.
/// </summary>
public class AgreedToHoldTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_session_two_ministers_agreed_to_hold_in_a_later_month_is_in_the_coming_month()
    {
        var events = EventReadingTests.EventsOf(("2026-05-20", "Rivers\n\nThe two ministers met in Varnholm on 18 May and agreed to hold an extraordinary session of the joint river commission in September."));
        var session = events.Where(e => e.Title.Contains("session", StringComparison.OrdinalIgnoreCase)).ShouldHaveSingleItem(Show(events));
        session.Date.ToString().ShouldBe("2026-09");
        session.Status.ShouldBe(EventStatus.Planned);
    }

    [Fact]
    public void Talks_agreed_on_a_day_for_a_month_ahead_are_in_that_month_of_this_year()
    {
        var events = EventReadingTests.EventsOf(("2026-05-20", "Fisheries\n\nOn Monday the delegations of Norvik and Ostland agreed to begin talks in June, the ministry said."));
        events.Where(e => e.Kind == "talks").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-06");
    }

    [Fact]
    public void Sanctions_a_government_agreed_to_lift_keep_the_month_they_were_imposed()
    {
        var events = EventReadingTests.EventsOf(("2026-05-20", "Trade\n\nThe ministers agreed to lift the sanctions imposed on Ostland in March."));
        events.Where(e => e.Kind == "sanctions").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03");
    }
}
