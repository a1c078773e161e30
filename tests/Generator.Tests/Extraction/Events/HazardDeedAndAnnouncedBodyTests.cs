using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A hazard that moved, spread or struck on a day is an event as an actor's deed is ("When the flames crossed into
/// Peru on March 4"); fires told in the plural with their own date are one ("the fires of May 2019"), a counted plural
/// is a figure ("40% more fires in 2025"); a named leader announcing that a body of named parties will act announced a
/// decision. Sentences written for these tests.
/// </summary>
public class HazardDeedAndAnnouncedBodyTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_hazard_that_crossed_a_border_on_a_day_is_an_event()
    {
        var events = EventsOf(("2026-03-10", "Fire\n\nWhen the flames crossed into Peru on March 4, the brigade drove to the pass."));
        events.ShouldContain(e => e.Title.Contains("flames crossed into Peru", StringComparison.Ordinal) && e.Date.ToString() == "2026-03-04", Show(events));
        var spill = EventsOf(("2026-03-10", "Spill\n\nThe poisoned wave had crossed into Austria on the Inn at Kufstein on Saturday."));
        spill.ShouldContain(e => e.Title.Contains("wave had crossed into Austria", StringComparison.Ordinal) && e.Date.ToString() == "2026-03-07", Show(spill));
    }

    [Fact]
    public void Dated_fires_in_the_plural_are_an_event_and_counted_ones_a_figure()
    {
        var events = EventsOf(("2026-03-10", "Fire\n\nOld farmers remember the fires of May 2019, which destroyed forty farms in the valley."));
        events.ShouldContain(e => e.Kind == "incident" && e.Date.ToString() == "2019-05", Show(events));
        var figure = EventsOf(("2026-03-10", "Fire\n\nThe agency has counted 40% more fires in Bolivia in 2025 than in 2024."));
        figure.ShouldNotContain(e => e.Kind == "incident", Show(figure));
    }

    [Fact]
    public void Announcing_that_a_body_of_named_parties_will_act_is_a_decision()
    {
        var events = EventsOf(("2026-03-10", "Relief\n\nPresident Mirela Vasquez has announced that a coalition of Peru, Chile and Bolivia will lead the relief effort."));
        events.ShouldContain(e => e.Kind == "announcement" && e.Title.Contains("Vasquez", StringComparison.Ordinal), Show(events));
    }
}
