using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A hazard's deed told past a restrictive "that" clause of its own ("The blaze that has burned for four days ... crossed
/// into Bolivia on Sunday afternoon") is dated as one told right after its subject; a warning given to a named person on
/// a day is a deed, a warning given to nobody in particular is talk. Sentences written for these tests.
/// </summary>
public class HazardRelativeAndWarningTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_hazard_past_its_own_that_clause_did_the_dated_deed()
    {
        var events = EventsOf(("2026-03-10", "Fire\n\nThe blaze that has burned for four days in the hills above Lake Verde crossed into Bolivia on Sunday afternoon, and residents fled."));
        events.ShouldContain(e => e.Title == "The blaze crossed into Bolivia" && e.Date.ToString() == "2026-03-08", Show(events));
    }

    [Fact]
    public void A_saying_before_the_hazard_or_a_date_inside_its_clause_makes_no_such_deed()
    {
        var said = EventsOf(("2026-03-10", "Fire\n\nOfficials said the fire that burned the hills reached the town in 2019."));
        said.ShouldNotContain(e => e.Title.Contains("said the fire", StringComparison.Ordinal), Show(said));
        var inside = EventsOf(("2026-03-10", "Storm\n\nThe storm that hit the coast on Monday flooded forty homes."));
        inside.ShouldNotContain(e => e.Title.Contains("storm flooded", StringComparison.Ordinal), Show(inside));
    }

    [Fact]
    public void A_warning_given_to_a_named_person_on_a_day_is_a_deed()
    {
        var events = EventsOf(("2026-03-10", "Memoir\n\nAccording to the memoir, Lord Harwell had warned Maria Okonjo in a letter on 4 May 2019 that the plan could fail."));
        events.ShouldContain(e => e.Title.Contains("warned Maria Okonjo", StringComparison.Ordinal) && e.Date.ToString() == "2019-05-04", Show(events));
        var talk = EventsOf(("2026-03-10", "Prices\n\nThe minister Maria Okonjo warned on Tuesday that prices would rise."));
        talk.ShouldNotContain(e => e.Title.Contains("warned", StringComparison.Ordinal), Show(talk));
    }
}
