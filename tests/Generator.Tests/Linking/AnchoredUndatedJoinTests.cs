using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>
/// An undated telling that has evidence with one telling of an event two articles date to one day joins the whole event
/// when nothing tells it apart from the others (the cluster is anchored on that day, as a pair told on one day is); an
/// undated report written before that day cannot be of it and stays apart. Short articles written for these tests.
/// </summary>
public class AnchoredUndatedJoinTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} ({string.Join(",", e.Articles)})"));

    private const string Clash = "Border shut after clash\n\nPeru closed all border crossings with Bolivia on 4 May, a day after an exchange of fire near Desaguadero. "
        + "Peru said the crossings would stay shut for a week. Bolivia protested, and Peru gave no answer.";

    private const string Lorries = "Lorries stranded at Desaguadero\n\nThe Andean Community said on Thursday that hundreds of lorries were stranded at Desaguadero. "
        + "Peru closed all border crossings on 4 May. Peru and the Andean Community will meet traders next month. Peru insists the border will reopen.";

    private const string Cost = "Bolivia counts the cost\n\nBolivia's trade minister said that after the clash the authorities closed all border crossings with Bolivia, "
        + "costing ten million dollars. Bolivia wants Peru to pay, and Peru refuses. The Andean Community will hear both in June.";

    [Fact]
    public void An_undated_telling_joins_the_event_two_articles_date_to_one_day()
    {
        var events = EventsOf(("2026-05-06", Clash), ("2026-05-08", Lorries), ("2026-05-13", Cost));
        var closure = events.Where(e => e.Kind == "closure").ShouldHaveSingleItem(Show(events));
        closure.Articles.Length.ShouldBe(3, Show(events));
        closure.Date.ToString().ShouldBe("2026-05-04");
    }

    [Fact]
    public void An_undated_report_written_before_that_day_stays_apart()
    {
        var events = EventsOf(("2026-05-06", Clash), ("2026-05-08", Lorries), ("2026-05-01", Cost));
        events.Where(e => e.Kind == "closure" && e.Articles.Length == 3).ShouldBeEmpty(Show(events));
        events.Where(e => e.Kind == "closure" && e.Articles.Length == 2).ShouldHaveSingleItem(Show(events));
    }
}
