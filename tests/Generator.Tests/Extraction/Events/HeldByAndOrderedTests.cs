using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "The talks were facilitated by Qatar and Egypt": a passive naming who held an event makes it a particular one even
/// when nothing was told of it before. "The president ordered two days of national mourning": a measure an actor
/// ordered or declared is an event. Sentences written for these tests.
/// </summary>
public class HeldByAndOrderedTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Talks_held_by_named_actors_stand_alone()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Ceasefire\n\nThe talks were mediated by Qatar and Egypt, with observers from the African Union."));
        events.ShouldContain(e => e.Kind == "talks", Show(events));
    }

    [Fact]
    public void The_talks_with_nobody_named_still_point_back_and_stand_nowhere()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Ceasefire\n\nThe talks were long and difficult, diplomats said."));
        events.ShouldNotContain(e => e.Kind == "talks", Show(events));
    }

    [Fact]
    public void Mourning_an_actor_ordered_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Funeral\n\nPresident Samia Suluhu Hassan ordered two days of national mourning after the crash."));
        events.ShouldContain(e => e.Kind == "announcement" && e.Title.Contains("mourning"), Show(events));
    }
}
