using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A date opening a sentence reaches a main clause of its own after a long saying ("In June, the minister told reporters
/// ..., and the other side suspended the sessions"), but not what was said ("said ..., and that the army suspended").
/// Sentences written for these tests.
/// </summary>
public class DateAfterSayingClauseTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void An_opening_date_dates_a_main_clause_after_the_saying()
    {
        var events = EventReadingTests.EventsOf(("2026-11-20", "Talks\n\nIn June, the Malian trade minister, Adama Keita, told reporters that his country would not accept the plan, and the Guinean side suspended the technical sessions for two weeks."));
        var suspension = events.ShouldHaveSingleItem(Show(events));
        suspension.Kind.ShouldBe("suspension");
        suspension.Date.ShouldBe(PartialDate.OfMonth(2026, 6));
    }

    [Fact]
    public void What_was_said_does_not_take_the_day_of_the_saying()
    {
        var events = EventReadingTests.EventsOf(("2026-11-20", "Talks\n\nOn Monday, the ministry said the rebels had refused the offer, and that the army suspended the technical sessions."));
        events.ShouldAllBe(e => e.Date == null, Show(events));
    }
}
