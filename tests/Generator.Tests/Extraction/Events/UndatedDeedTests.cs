using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A named actor's act that is news in itself is an event without a date ("the minister sent a letter", "the governor
/// signed the act"); speaking, remembering and acts of unnamed or quoted subjects are not. Sentences written for these tests.
/// </summary>
public class UndatedDeedTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_named_actor_sending_a_letter_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Fisheries\n\nNorwegian Foreign Minister Espen Barth Eide sent a letter asking for new quotas to the European Commission."));
        events.ShouldContain(e => e.Title.StartsWith("Eide sent a letter"), Show(events));
    }

    [Fact]
    public void Acts_of_unnamed_subjects_and_inside_quotes_are_no_events()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Fisheries\n\nSomeone sent a letter to the ministry.\n\n\"Norway signed nothing,\" Eide told reporters."));
        events.ShouldBeEmpty(Show(events));
    }
}
