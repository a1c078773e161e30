using BriefingSite.Extraction.Events;
using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// An event its own phrase says lasts several days ("the three-day forum", "a week-long tour") is dated by the month of
/// the one day the text gives, its first; an event of one day keeps its day.
/// </summary>
public class MultiDayEventTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void The_day_a_three_day_summit_begins_dates_it_to_the_month()
    {
        var events = EventsOf(("2026-03-04", "Ministers\n\nThe three-day summit of Baltic fisheries ministers in Tartu begins on 14 March, officials said."));
        events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03");
    }

    [Fact]
    public void A_summit_of_one_day_keeps_its_day()
    {
        var events = EventsOf(("2026-03-04", "Ministers\n\nThe summit of Baltic fisheries ministers in Tartu begins on 14 March, officials said."));
        events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2026-03-14");
    }

    [Theory]
    [InlineData("the two-day", true)]
    [InlineData("a week-long", true)]
    [InlineData("a 3-day", true)]
    [InlineData("the annual", false)]
    [InlineData("a one-day", false)]
    public void Lasting_words(string modifiers, bool lasting) => MultiDayEvents.Lasting(modifiers).ShouldBe(lasting);
}
