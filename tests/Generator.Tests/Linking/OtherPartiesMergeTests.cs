using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Linking;

/// <summary>Two gatherings of one story dated in one month, each naming who took part and nobody in both, are two events (articles written for these tests).</summary>
public class OtherPartiesMergeTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status} [{string.Join(",", e.Actors)}] ({string.Join(",", e.Articles)})"));

    [Fact]
    public void A_senate_hearing_and_a_council_briefing_of_one_month_stay_apart()
    {
        var events = EventsOf(
            ("2026-03-05", "Truce\n\nColombia and the ELN signed a truce in Havana on Monday. Colombia and the ELN agreed to free hostages. "
                + "Ambassador Ingrid Solberg will brief the UN Security Council on it later this month."),
            ("2026-04-20", "Truce holds\n\nThe truce between Colombia and the ELN has held for five weeks. Colombia and the ELN exchanged prisoners. "
                + "The Senate of Colombia held a hearing on the truce on 24 March."));
        var hearing = events.Where(e => e.Date.ToString() == "2026-03-24").ShouldHaveSingleItem(Show(events));
        hearing.Articles.Length.ShouldBe(1, Show(events));
    }

    [Fact]
    public void An_undated_announcement_sharing_only_a_country_is_not_a_dated_one_of_another_story()
    {
        var events = EventsOf(
            ("2026-04-24", "Carmaker probed\n\nVelmont Motors, the carmaker, is under investigation. On Friday, the United States announced new rules for the emissions tests of carmakers."),
            ("2026-05-10", "Dam row\n\nThe Arden Valley Trust opposes the dam. The Arden Valley Trust and the United States Sierra League have announced their plans to oppose the dam in court."));
        events.ShouldNotContain(e => e.Kind == "announcement" && e.Articles.Length > 1, Show(events));
    }
}
