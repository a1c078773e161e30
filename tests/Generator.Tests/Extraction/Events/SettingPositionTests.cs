using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A council that sets its position on a file (Data/events.yml, verbs: position) takes a decision, done or planned, on the
/// day the text gives. Sentences written for these tests.
/// </summary>
public class SettingPositionTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_council_expected_to_set_its_position_in_a_month_is_a_planned_event()
    {
        var events = EventsOf(("2026-04-21", "Visas\n\nThe Council of the EU is expected to set its position on the Moldovan file in June."));
        var position = events.Where(e => e.Kind == "position").ShouldHaveSingleItem(Show(events));
        position.Status.ShouldBe(EventStatus.Planned);
        position.Date.ToString().ShouldBe("2026-06");
    }

    [Fact]
    public void Ministers_who_set_their_position_on_a_day_took_a_decision()
    {
        var events = EventsOf(("2026-04-21", "Visas\n\nThe interior ministers set their position on the Moldovan file in Luxembourg on Tuesday."));
        events.Where(e => e.Kind == "position").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-04-21");
    }
}
