using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An arrest of people counted, not named ("police arrested 14 students"), and protesters who gathered somewhere, are
/// events; a count of people in a general remark, or evidence that was gathered, is not. Sentences written for these tests.
/// </summary>
public class CountedArrestAndGatheringTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void An_arrest_of_a_counted_group_by_a_body_is_an_event()
    {
        var events = EventsOf(("2026-05-08", "Crackdown\n\nIn the run-up to the vote, riot police arrested 14 engineering students outside the university in Vorlanda."));
        var arrest = events.Where(e => e.Kind == "arrest").ShouldHaveSingleItem(Show(events));
        arrest.Status.ShouldBe(EventStatus.Happened);
    }

    [Fact]
    public void Counted_people_arrested_on_a_day_are_an_event()
    {
        var events = EventsOf(("2026-05-08", "Crackdown\n\nAt least 23 farmers were arrested on Tuesday during a march on the ministry, the union said."));
        events.Where(e => e.Kind == "arrest").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-05");
    }

    [Fact]
    public void Counted_people_arrested_over_the_years_with_no_day_are_no_event()
    {
        var events = EventsOf(("2026-05-08", "Profile\n\nHundreds of journalists were arrested under the old regime, she wrote."));
        events.ShouldNotContain(e => e.Kind == "arrest", Show(events));
    }

    [Fact]
    public void Protesters_who_gathered_somewhere_on_a_day_held_a_protest()
    {
        var events = EventsOf(("2026-05-08", "Unrest\n\nOn Thursday, several thousand protesters carrying green flags gathered outside the parliament in Tallvik. The protest ended peacefully at dusk."));
        var protest = events.Where(e => e.Kind == "protest").ShouldHaveSingleItem(Show(events));
        protest.Date.ToString().ShouldBe("2026-05-07");
    }

    [Fact]
    public void Evidence_gathered_is_no_protest()
    {
        var events = EventsOf(("2026-05-08", "Inquiry\n\nThe protesters' lawyers said the evidence was gathered in Tallvik last year."));
        events.ShouldNotContain(e => e.Kind == "protest", Show(events));
    }
}
