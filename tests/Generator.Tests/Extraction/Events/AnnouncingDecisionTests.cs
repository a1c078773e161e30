using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// "..., announcing that the border would close": a decision announced with the gerund is an event as it is with
/// "announced that"; "announcing that he was happy" is only what was said. Sentences written for these tests.
/// </summary>
public class AnnouncingDecisionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_decision_announced_with_the_gerund_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-03-04", "Border\n\nThe Estonian government acted swiftly, announcing that the northern border would be closed to all traffic."));
        var measure = events.ShouldHaveSingleItem(Show(events));
        measure.Kind.ShouldBe("announcement");
        measure.Title.ShouldContain("closed");
    }

    [Fact]
    public void What_is_merely_said_with_the_gerund_is_no_event()
    {
        var events = EventReadingTests.EventsOf(("2026-03-04", "Mood\n\nThe Estonian government acted swiftly, announcing that it was happy with the result."));
        events.ShouldBeEmpty(Show(events));
    }
}
