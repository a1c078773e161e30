using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A resignation a named person filed or tendered and a first shipment dated in its own phrase are events; "first
/// shipment containers" are containers. Sentences written for these tests.
/// </summary>
public class ResignationAndShipmentTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_minister_who_filed_his_resignation_resigned()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Leak\n\nPrime Minister Lars Odvik filed his resignation after the recording was published."));
        events.ShouldContain(e => e.Kind == "resignation" && e.Title.Contains("Odvik"), Show(events));
    }

    [Fact]
    public void A_first_shipment_dated_in_its_own_phrase_is_an_event_but_shipment_containers_are_none()
    {
        var events = EventReadingTests.EventsOf(("2026-08-20", "Mining\n\nThe Velby mine sent its first shipment of copper concentrate in March 2025."));
        events.ShouldContain(e => e.Kind == "shipment" && e.Date.ToString() == "2025-03", Show(events));
        var none = EventReadingTests.EventsOf(("2026-08-20", "Port\n\nThe first shipment containers to use the new quay were built in Korvel in 2019."));
        none.ShouldNotContain(e => e.Kind == "shipment", Show(none));
    }
}
