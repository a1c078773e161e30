using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A relative clause set off by commas between a subject and its event ("The group, which has not made its demands
/// public, claimed the attack") speaks of the subject: its "not" or "would" does not make the event a possibility.
/// Sentences written for these tests.
/// </summary>
public class RelativeAsideTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_negation_inside_a_relative_aside_leaves_the_event_that_follows_it()
    {
        var events = EventsOf(("2031-06-02", "Blast\n\nThe Red Dawn Front, which has not made its aims public, claimed the kidnapping on May 30."));
        events.ShouldContain(e => e.Kind == "claim of responsibility" && e.Date.ToString() == "2031-05-30", Show(events));
    }

    [Fact]
    public void A_negation_of_the_clause_itself_still_denies_the_event()
    {
        var events = EventsOf(("2031-06-02", "Blast\n\nThe Red Dawn Front has not claimed the kidnapping of May 30."));
        events.ShouldNotContain(e => e.Kind == "claim of responsibility", Show(events));
    }
}
