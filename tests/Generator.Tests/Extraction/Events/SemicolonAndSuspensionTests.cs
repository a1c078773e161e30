using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A semicolon ends the clause a date dates; talks or sessions suspended and diplomatic relations broken off are events;
/// a people or a group that protested did so. Sentences written for these tests.
/// </summary>
public class SemicolonAndSuspensionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_date_after_a_semicolon_does_not_date_the_clause_before_it()
    {
        var events = EventReadingTests.EventsOf(("2026-11-20", "History\n\nThat summer, Mali broke off diplomatic relations with Guinea; they were restored only in 1992."));
        events.ShouldContain(e => e.Kind == "relations", Show(events));
        events.ShouldNotContain(e => e.Kind == "relations" && e.Date != null, Show(events));
    }

    [Fact]
    public void A_side_that_suspended_the_technical_sessions_made_a_suspension()
    {
        var events = EventReadingTests.EventsOf(("2026-11-20", "Talks\n\nIn the summer the Togolese side suspended the technical sessions for three weeks."));
        events.ShouldContain(e => e.Kind == "suspension", Show(events));
    }

    [Fact]
    public void A_people_that_protested_held_a_protest_and_a_minister_protesting_that_is_speaking()
    {
        var events = EventReadingTests.EventsOf(("2020-07-11", "Protests\n\nFriday night was the fourth night in a row that Croatians protested; the protest started out against the curfew.\n\n"
            + "The Croatian minister protested that the figures were wrong."));
        events.Where(e => e.Kind == "protest").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2020-07-10");
    }
}
