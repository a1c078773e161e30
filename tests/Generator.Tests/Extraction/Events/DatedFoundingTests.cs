using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A founding told in a dated clause of its own is an event, as a dated participle's already was ("the league, founded
/// in 1990"): "since it was formed in 2014" (the "it" standing for the phrase the sentence opens with), "The party was
/// founded in 2003", and "set up" is a past verb of a deed. Sentences written for these tests.
/// </summary>
public class DatedFoundingTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_founding_told_in_a_dated_passive_is_an_event()
    {
        var events = EventsOf(("2026-03-10", "Militants\n\nThe Sahel Front, which has attacked dozens of convoys since it was formed in 2014, operates across three countries."));
        events.ShouldContain(e => e.Title.Contains("Sahel Front was formed", StringComparison.Ordinal) && e.Date.ToString() == "2014" && e.Status == EventStatus.Happened, Show(events));
        var party = EventsOf(("2026-03-10", "Vote\n\nThe Green Union was founded in 2003 by a group of farmers."));
        party.ShouldContain(e => e.Title.Contains("founded", StringComparison.Ordinal) && e.Date.ToString() == "2003", Show(party));
    }

    [Fact]
    public void Setting_up_a_body_in_a_year_is_a_dated_deed()
    {
        var events = EventsOf(("2026-03-10", "Border\n\nPeru and Ecuador set up a joint border commission in 2015."));
        events.ShouldContain(e => e.Title.Contains("set up a joint border commission", StringComparison.Ordinal) && e.Date.ToString() == "2015", Show(events));
    }
}
