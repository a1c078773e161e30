using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// Words that look like events and are not: a venue named after a conference ("the Pellworth Peace Conference Centre"),
/// an appeal ("calls on both governments to ..."), a crowd that visited an exhibition, a cargo due in a port, and the terms
/// "under the agreement" told before, ruling something out. The real ones beside them stay. Sentences written for these tests.
/// </summary>
public class NamesAndLookalikesTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_venue_named_after_a_conference_is_no_conference()
    {
        var events = EventsOf(("2026-05-08", "Advisory\n\nThe signing will take place at the Pellworth Peace Conference Centre, Varnö.\n\nThe Pellworth Peace Conference opened in Varnö on Monday."));
        var talks = events.Where(e => e.Kind == "talks").ShouldHaveSingleItem(Show(events));
        talks.Title.ShouldNotContain("Centre");
        talks.Date.ToString().ShouldBe("2026-05-04");
    }

    [Fact]
    public void An_appeal_that_calls_on_governments_is_no_call()
    {
        var events = EventsOf(("2026-05-08", "Statement\n\nThe Nordvik Rights Watch calls on both governments to open their archives from 1994 and 1995."));
        events.ShouldNotContain(e => e.Kind == "call", Show(events));
    }

    [Fact]
    public void A_rally_visited_by_thousands_is_no_visit()
    {
        var events = EventsOf(("2026-05-08", "Rally\n\nOn Wednesday, the opposition candidate Mira Holub held a rally in Ostrava. The rally was visited by several thousand people and was one of the largest in Moravia in years."));
        events.ShouldNotContain(e => e.Kind == "visit", Show(events));
        events.Where(e => e.Kind == "protest").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-05-06");
    }

    [Fact]
    public void A_cargo_due_in_a_port_is_no_visit_but_a_minister_due_in_a_capital_is()
    {
        var cargo = EventsOf(("2026-05-08", "Shipping\n\nThe 60-tonne cargo left Darrow by rail and is due in Kelport in about a week."));
        cargo.ShouldNotContain(e => e.Kind == "visit", Show(cargo));
        var trip = EventsOf(("2026-05-08", "Diplomacy\n\nDarrow's prime minister is due in Kelport on Monday."));
        trip.ShouldContain(e => e.Kind == "visit", Show(trip));
    }

    [Fact]
    public void The_terms_under_an_agreement_are_no_planned_agreement_of_their_own()
    {
        var events = EventsOf(("2026-05-08", "Trade\n\nMarrow Mining and Teshio Trading signed a supply agreement in Varnö on Thursday. Under the agreement, Teshio will buy up to 8,000 tonnes of ore a year from 2028."));
        var agreement = events.Where(e => e.Kind == "agreement").ShouldHaveSingleItem(Show(events));
        agreement.Status.ShouldBe(EventStatus.Happened);
        agreement.Date.ToString().ShouldBe("2026-05-07");
    }

    [Fact]
    public void Ruling_something_out_is_no_ruling()
    {
        var events = EventsOf(("2026-05-08", "Tolls\n\nTransport Minister Anna Berglund has ruled out new road tolls in Telemark.\n\nThe Borgarting appeals court ruled on Tuesday that the old tolls were lawful."));
        events.ShouldNotContain(e => e.Kind == "decision" && e.Title.Contains("Berglund"), Show(events));
        events.ShouldContain(e => e.Kind == "decision" && e.Date.ToString() == "2026-05-05", Show(events));
    }
}
