namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Whatever a clause says was or will be held, or took or will take place, on a day or at a place is an occasion,
/// whatever its noun. Sentences written for these tests.
/// </summary>
public class HeldOccasionTests
{
    private static string Show(IEnumerable<BriefingSite.Model.Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} @{e.Place}"));

    [Fact]
    public void A_named_forum_to_be_held_on_given_days_is_a_planned_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-15", "Readout\n\nThe ministers agreed to coordinate ahead of the Tallinn Forum on Baltic Energy Security, to be held on June 18 and 19."));
        events.ShouldContain(e => e.Title.StartsWith("Tallinn Forum on Baltic Energy Security") && e.Date.ToString() == "2026-06" && e.Status == BriefingSite.Model.EventStatus.Planned, Show(events));
    }

    [Fact]
    public void An_occasion_that_took_place_somewhere_is_an_event()
    {
        var events = EventReadingTests.EventsOf(("2026-05-15", "Chess\n\nBack then, the Nordic Rapid Championship was held in Bergen and two players were refused visas.\n\n"
            + "The couple will marry after a civil ceremony to be held at Rosenborg Castle."));
        events.ShouldContain(e => e.Title.StartsWith("Nordic Rapid Championship") && e.Place == "Bergen", Show(events));
        events.ShouldContain(e => e.Title.StartsWith("Civil ceremony") && e.Status == BriefingSite.Model.EventStatus.Planned, Show(events));
    }

    [Fact]
    public void Custody_interviews_and_occasions_told_again_are_not_new_events()
    {
        var events = EventReadingTests.EventsOf(("2026-05-15", "Court\n\nA court ordered the ship's mate to be held in custody for two weeks.\n\n"
            + "The following is the interview with Anna Berg that took place last year.\n\nThe event was held at the city hall on Monday."));
        events.ShouldBeEmpty(Show(events));
    }
}
