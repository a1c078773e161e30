using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A natural hazard that "struck" is an incident told by the hazard, not an attack; a side that struck is an attack, and
/// an irregular past verb ("struck") tells the past as a regular one does. Sentences written for these tests.
/// </summary>
public class NaturalHazardTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_hazard_that_struck_is_an_incident_named_by_the_hazard()
    {
        var events = EventsOf(("2026-04-02", "Quake\n\nOn Saturday, a strong earthquake struck the coast of Leyte, damaging two bridges.\n\n"
            + "Farmers lost their crops to the cyclone that struck Tonga last month."));
        events.ShouldContain(e => e.Kind == "incident" && e.Title == "Earthquake" && e.Date.ToString() == "2026-03-28", Show(events));
        events.ShouldContain(e => e.Kind == "incident" && e.Title.Contains("Cyclone", StringComparison.OrdinalIgnoreCase) && e.Date.ToString() == "2026-03", Show(events));
        events.ShouldNotContain(e => e.Kind == "attack", Show(events));
    }

    [Fact]
    public void A_side_that_struck_on_a_weekday_attacked_in_the_past()
    {
        var events = EventsOf(("2026-04-02", "Fighting\n\nRebels struck an army base near Goma on Monday."));
        events.ShouldContain(e => e.Kind == "attack" && e.Date.ToString() == "2026-03-30" && e.Status == EventStatus.Happened, Show(events));
    }
}
