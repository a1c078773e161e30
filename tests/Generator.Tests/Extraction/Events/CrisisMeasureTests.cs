namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// What governments do in a crisis, told undated in the plain past: forces put on standby, citizens being evacuated, a
/// president ordering the destruction or withdrawal of something. Each is an event of the actor that does it.
/// Sentences written for these tests.
/// </summary>
public class CrisisMeasureTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Forces_put_on_standby_are_a_mobilisation_of_whoever_puts_them()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Unrest\n\nThe Italians have already put their forces on standby to evacuate their nationals if necessary.\n\n"
            + "A battalion of 300 Danish troops is understood to have been put on standby."));
        events.ShouldContain(e => e.Kind == "mobilisation" && e.Title == "Italy’s mobilisation", Show(events));
        events.ShouldContain(e => e.Kind == "mobilisation" && e.Title == "Denmark’s mobilisation", Show(events));
    }

    [Fact]
    public void A_country_that_began_evacuating_its_citizens_runs_an_evacuation()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Unrest\n\nBelgium had begun evacuating its citizens after days of riots."));
        events.ShouldContain(e => e.Kind == "evacuation operation" && e.Title == "Belgium’s evacuation operation", Show(events));
    }

    [Fact]
    public void A_president_ordering_the_destruction_of_something_gives_an_order()
    {
        var events = EventReadingTests.EventsOf(("2026-05-14", "Unrest\n\nPresident Marta Vink ordered the destruction of the rebel airstrip."));
        events.ShouldContain(e => e.Kind == "order" && e.Title == "Vink’s order", Show(events));
    }
}
