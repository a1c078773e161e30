using BriefingSite.Model;
using static BriefingSite.Tests.Extraction.Events.EventReadingTests;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A year inside an event's own phrase ("the 2030 Ruritanian presidential election") gives way to a day or month of that
/// same year right after it ("on November 3"); a day or month of another year leaves the year alone.
/// </summary>
public class YearThenDayTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void A_day_of_the_same_year_right_after_the_event_dates_it_to_the_day()
    {
        var events = EventsOf(("2030-11-24", "Transition\n\nOn Monday, the electoral commission sent a letter to the president-elect, giving his team access to resources following the 2030 Ruritanian presidential election on November 3."));
        events.ShouldContain(e => e.Title.Contains("election") && e.Date.ToString() == "2030-11-03", Show(events));
    }

    [Fact]
    public void A_month_of_another_year_leaves_the_year()
    {
        var events = EventsOf(("2019-09-20", "Referendum\n\nThe 2016 referendum in June divided the country."));
        events.ShouldContain(e => e.Title.Contains("referendum") && e.Date.ToString() == "2016", Show(events));
    }
}
