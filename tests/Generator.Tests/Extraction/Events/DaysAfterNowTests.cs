using BriefingSite.Model;

namespace BriefingSite.Tests.Extraction.Events;

/// <summary>
/// A sentence that opens "Three days after &lt;event&gt;," and goes on in the present ("the two countries are still
/// arguing") counts from the day of writing: the event lies that far before the article's date. With a main clause in
/// the past ("Norvik recalled its envoy") the sentence says nothing of when the event was. Sentences written for these tests.
/// </summary>
public class DaysAfterNowTests
{
    private static string Show(IEnumerable<Event> events) => string.Join(" / ", events.Select(e => $"{e.Kind} '{e.Title}' {e.Date} {e.Status}"));

    [Fact]
    public void Days_after_an_event_with_a_main_clause_in_the_present_count_back_from_the_article()
    {
        var events = EventReadingTests.EventsOf(("2027-03-16", "Talks\n\nThree days after a football match in Halden, the two countries are still arguing about what their ministers agreed."));
        events.Where(e => e.Kind == "match").ShouldHaveSingleItem(Show(events)).Date.ToString().ShouldBe("2027-03-13");
    }

    [Fact]
    public void Days_after_an_event_with_a_main_clause_in_the_past_leave_it_undated()
    {
        var events = EventReadingTests.EventsOf(("2027-03-16", "Talks\n\nThree days after the summit in Halden, Norvik recalled its envoy."));
        events.Where(e => e.Kind == "summit").ShouldHaveSingleItem(Show(events)).Date.ShouldBeNull();
    }
}
