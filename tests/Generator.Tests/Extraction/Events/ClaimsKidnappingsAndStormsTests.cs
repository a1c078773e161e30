using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Plain news wording of Data/events.yml: a group that claimed an attack or responsibility, people who were abducted or
/// kidnapped, a storm making landfall, a warning or an evacuation order issued, a minute's silence, a dated liberation.
/// Sentences written for these tests.
/// </summary>
public class ClaimsKidnappingsAndStormsTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_group_that_claimed_the_attack_or_responsibility_makes_a_claim()
    {
        var events = EventsOf(("2031-06-02", "Blast\n\nThe Red Dawn Front claimed responsibility for the blast near the harbour."));
        events.ShouldContain(e => e.Kind == "claim of responsibility" && e.Title == "Red Dawn Front’s claim of responsibility", Show(events));
        var denied = EventsOf(("2031-06-02", "Networks\n\nCable operators have long claimed no responsibility for what viewers watch."));
        denied.ShouldNotContain(e => e.Kind == "claim of responsibility", Show(denied));
    }

    [Fact]
    public void People_abducted_on_a_day_are_a_kidnapping_of_that_day()
    {
        var events = EventsOf(("2031-06-02", "Hostages\n\nTwo Dutch engineers were abducted near Gao on May 28."));
        events.ShouldContain(e => e.Kind == "kidnapping" && e.Date.ToString() == "2031-05-28", Show(events));
    }

    [Fact]
    public void A_storm_making_landfall_and_the_warnings_and_orders_before_it_are_events()
    {
        var events = EventsOf(("2031-09-03", "Hurricane Ida\n\nIda made landfall near Punta Gorda on Monday. The Weather Bureau of Belize issued a tropical storm warning for the coast, "
            + "and Corozal District issued an evacuation order on Sunday."));
        events.ShouldContain(e => e.Kind == "landfall" && e.Date.ToString() == "2031-09-01", Show(events));
        events.ShouldContain(e => e.Kind == "alert", Show(events));
        events.ShouldContain(e => e.Kind == "order" && e.Date.ToString() == "2031-08-31", Show(events));
    }

    [Fact]
    public void A_minutes_silence_and_a_dated_liberation_are_events()
    {
        var events = EventsOf(("2031-01-20", "Anniversary\n\nThe Latvian Parliament held a minute's silence on Monday, before a ceremony marking the Allies' 1945 liberation of the city of Riga."));
        events.ShouldContain(e => e.Kind == "commemoration" && e.Date.ToString() == "2031-01-20", Show(events));
        events.ShouldContain(e => e.Kind == "liberation" && e.Date.ToString() == "1945", Show(events));
    }
}
