using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A name's acronym in brackets stays in its event's phrase ("signed the Sahel Free Trade Area (SFTA) agreement"), and
/// a body announcing that something will be done to a thing names a measure ("announced that the patrol system would be
/// reactivated"), not what it merely expects ("announced that prices would rise"). Sentences written for these tests.
/// </summary>
public class AcronymAndAnnouncedMeasureTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void An_agreement_named_with_its_acronym_in_brackets_is_signed_by_those_before_it()
    {
        var events = EventReadingTests.EventsOf(("2019-07-08", "Trade\n\nPresidents Amadou Toure of Mali and Roch Kabore of Burkina Faso signed the Sahel Free Trade Area (SFTA) agreement."));
        events.ShouldContain(e => e.Kind == "agreement" && e.Title.Contains("Sahel Free Trade Area"), Show(events));
    }

    [Fact]
    public void A_body_announcing_that_a_thing_will_be_done_announces_a_measure()
    {
        var events = EventReadingTests.EventsOf(("2026-01-28", "Navy\n\nAfter the call, the Danish Ministry of Defence announced that the group's patrol system would be reactivated for the first time since 2024.\n\n"
            + "The Danish Ministry of Finance announced that prices would rise."));
        var measure = events.ShouldHaveSingleItem(Show(events));
        measure.Kind.ShouldBe("announcement");
        measure.Title.ShouldContain("reactivated");
        measure.Date.ShouldBeNull();
    }
}
